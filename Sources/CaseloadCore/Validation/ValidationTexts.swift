/// What the scenario validator and the pin check tell a manager, in Dutch and English.
///
/// The texts live here rather than in CaseloadReport's `Texts` catalogue because the rules
/// module cannot see the reports; each is a `Text`, so a message without its translation does
/// not compile. Field and section names stay the file's own (`hours`, `staff`): they are what the
/// manager looks for in the file.
enum ValidationTexts {
    static func field(_ name: String) -> Text { Text(nl: "veld '\(name)'", en: "field '\(name)'") }

    static let empty = Text(nl: "is leeg", en: "is empty")
    static func duplicateID(_ id: String) -> Text {
        Text(nl: "id '\(id)' komt twee keer voor; elk id mag één keer", en: "duplicate id '\(id)'")
    }
    static func unknown(_ what: Text, _ id: String, known: String? = nil) -> Text {
        let list = known.map { Text(nl: " (bekend: \($0))", en: " (known: \($0))") } ?? Text(nl: "", en: "")
        return Text(nl: "\(what.nl) '\(id)' is onbekend\(list.nl)", en: "unknown \(what.en) '\(id)'\(list.en)")
    }
    static let organisation = Text(nl: "organisatie", en: "organisation")
    static let taskKind = Text(nl: "taaksoort", en: "task kind")
    static let worker = Text(nl: "medewerker", en: "worker")
    static let networkJoinsTwo = Text(
        nl: "een netwerk verbindt minstens twee organisaties", en: "a network joins at least two organisations")
    static let caseworkRegistered = Text(
        nl: "casework blijft bij geregistreerde professionals (Besluit Jeugdwet 5.1.1)",
        en: "casework stays with registered professionals (Besluit Jeugdwet 5.1.1)")
    static func tooManyTaskKinds(_ n: Int, max: Int) -> Text {
        Text(nl: "\(n) taaksoorten; er kunnen er hoogstens \(max) zijn", en: "\(n) task kinds; at most \(max) are supported")
    }
    static func between(_ low: String, _ high: String, not value: String? = nil) -> Text {
        Text(
            nl: "moet tussen \(low) en \(high) liggen" + (value.map { ", niet \($0)" } ?? ""),
            en: "must be between \(low) and \(high)" + (value.map { ", not \($0)" } ?? ""))
    }
    static let aboveZeroAtMost168 = Text(nl: "moet boven 0 en hoogstens 168 zijn", en: "must be above 0 and at most 168")
    static let notNegative = Text(nl: "mag niet negatief zijn", en: "must not be negative")
    static let zeroOrMore = Text(nl: "moet 0 of meer zijn", en: "must be 0 or more")
    static func lastDayBeforeFirst(_ leaves: Day, _ started: Day) -> Text {
        Text(
            nl: "de laatste werkdag (\(leaves)) valt voor de eerste (\(started))",
            en: "the last working day (\(leaves)) comes before the first (\(started))")
    }
    static func absenceEndsBeforeStart(_ n: Int, _ to: Day, _ from: Day) -> Text {
        Text(
            nl: "afwezigheid \(n) eindigt (\(to)) voordat ze begint (\(from))",
            en: "absence \(n) ends (\(to)) before it starts (\(from))")
    }
    static func absenceNegativeHours(_ n: Int) -> Text {
        Text(nl: "afwezigheid \(n) heeft negatieve uren", en: "absence \(n) has negative hours")
    }
    static func priority(_ p: Int) -> Text {
        Text(nl: "moet 1 (urgent), 2 of 3 zijn, niet \(p)", en: "must be 1 (urgent), 2 or 3, not \(p)")
    }
    static func kindHours(_ kind: String, _ range: Text) -> Text {
        Text(nl: "\(kind): uren \(range.nl)", en: "\(kind): hours \(range.en)")
    }
    static let partnerIsLead = Text(nl: "de duopartner kan niet de regievoerder zijn", en: "the partner cannot be the lead")
    static let weeksNotNegative = Text(nl: "het aantal weken mag niet negatief zijn", en: "weeks must not be negative")
    static let rampUp = Text(
        nl: "maanden mogen niet negatief zijn en factoren moeten tussen 0 en 1 liggen",
        en: "months must not be negative and factors must be between 0 and 1")
    static let weights = Text(nl: "gewichten mogen niet negatief zijn", en: "weights must not be negative")
}
