import CaseloadCore

/// What an import tells a manager about a file's columns and rows, in Dutch and English.
///
/// The texts live here rather than in CaseloadReport's `Texts` catalogue because the import
/// module cannot see the reports; they are built of the same `Text` (now in CaseloadCore), so a
/// message without its translation does not compile either.
enum ImportTexts {
    static let refusedFamilyData = Text(
        nl: "geweigerd: gezinnen staan er alleen als pseudoniem in — haal namen, BSN, adressen en vrije tekst uit de export",
        en: "refused: families are pseudonymous codes only — remove names, BSN, addresses and free text from the export")

    static let refusedStaffData = Text(
        nl: "geweigerd: medewerkersgegevens bevatten geen BSN, adressen, notities of redenen van afwezigheid",
        en: "refused: staff data holds no BSN, addresses, notes or absence reasons")

    static func unknownColumn(known: String) -> Text {
        Text(nl: "onbekende kolom (bekend: \(known))", en: "unknown column (known: \(known))")
    }

    static let missingColumn = Text(nl: "kolom ontbreekt", en: "missing column")

    static func sameField(_ first: String, _ second: String, field: String) -> Text {
        Text(
            nl: "de kolommen '\(first)' en '\(second)' geven allebei \(field); laat er één staan",
            en: "columns '\(first)' and '\(second)' both give \(field); keep one of them")
    }

    static func unknownCode(_ what: Text, _ text: String, known: String) -> Text {
        Text(
            nl: "\(what.nl) '\(text)' is onbekend (bekend: \(known))",
            en: "unknown \(what.en) '\(text)' (known: \(known))")
    }

    static func wouldClear(_ text: String, column: String) -> Text {
        Text(
            nl: "'\(text)' zou \(column) wissen, dat elke rij moet hebben; geef een waarde of laat de cel leeg",
            en: "'\(text)' would clear \(column), which every row must have; give a value or leave the cell empty")
    }

    static func emptyKey(_ column: String) -> Text {
        Text(nl: "leeg; elke rij heeft een \(column) nodig", en: "empty; every row needs a \(column)")
    }

    static func newItemLacks(_ what: Text, _ id: String, column: String, columnMissing: Bool) -> Text {
        Text(
            nl: "\(what.nl) \(id) is nieuw: \(column) is verplicht\(columnMissing ? " (kolom ontbreekt)" : "")",
            en: "new \(what.en) \(id): \(column) required\(columnMissing ? " (missing column)" : "")")
    }

    static let worker = Text(nl: "medewerker", en: "worker")
    static let family = Text(nl: "gezin", en: "family")
    static let network = Text(nl: "netwerk", en: "network")

    static func fromNotDate(_ text: String) -> Text {
        Text(nl: "'\(text)' is geen datum; geef de eerste dag afwezig", en: "'\(text)' is not a date; give the first day away")
    }

    static let fromEmpty = Text(nl: "leeg; geef de eerste dag afwezig", en: "empty; give the first day away")

    static func toNotDate(_ text: String) -> Text {
        Text(
            nl: "'\(text)' is geen datum; geef de laatste dag afwezig, of laat de cel leeg voor één dag",
            en: "'\(text)' is not a date; give the last day away, or leave it empty for one day")
    }
}
