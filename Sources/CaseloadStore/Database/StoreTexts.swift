import CaseloadCore

/// What the database's errors tell a manager, in Dutch and English.
///
/// The texts live here rather than in CaseloadReport's `Texts` catalogue because the store cannot
/// see the reports; each is a `Text`, so a message without its translation does not compile.
/// Commands keep their English names: they are what the manager types.
enum StoreTexts {
    static let noDraft = Text(
        nl:
            "er is geen concept om akkoord te geven; maak er een met `caseload plan`, of noem een plan: `caseload approve N` (zie `caseload plans`)",
        en: "there is no draft to approve; run `caseload plan` to make one, or name a plan: `caseload approve N` (see `caseload plans`)")

    static func noPlan(_ id: Int64) -> Text {
        Text(nl: "er is geen plan \(id); zie `caseload plans`", en: "there is no plan \(id); see `caseload plans`")
    }

    static func breaksRules(_ id: Int64, count: Int) -> Text {
        Text(
            nl: "plan \(id) kan geen akkoord krijgen: de gegevens van het team zijn veranderd sinds het gemaakt is, en het "
                + "breekt nu \(count) harde \(count == 1 ? "regel" : "regels"):",
            en: "plan \(id) cannot be approved: the team's data changed since it was made and it now breaks "
                + "\(count) hard rule\(count == 1 ? "" : "s"):")
    }

    static func andMore(_ n: Int) -> Text { Text(nl: "… en nog \(n)", en: "… and \(n) more") }

    static let replanThenApprove = Text(
        nl: "maak met `caseload plan` een concept op de gegevens van vandaag, en geef akkoord met `caseload approve`",
        en: "run `caseload plan` for a draft on today's data, then `caseload approve`")

    static func noCase(_ id: String) -> Text {
        Text(
            nl: "er is geen gezin \(id); controleer de code (caseload plans, caseload show)",
            en: "there is no family \(id); check the code (caseload plans, caseload show)")
    }

    static func noLead(_ id: String) -> Text {
        Text(
            nl: "\(id) heeft geen vaste regievoerder om vast te zetten; noem er een: caseload pin \(id) --lead MEDEWERKER",
            en: "\(id) has no lead of record to pin; give one: caseload pin \(id) --lead WORKER")
    }

    static func pinRefused(_ id: String, count: Int) -> Text {
        Text(
            nl: "kan \(id) niet vastzetten: \(count == 1 ? "dat breekt een harde regel" : "dat breekt \(count) harde regels")",
            en: "cannot pin \(id): \(count == 1 ? "it breaks a hard rule" : "it breaks \(count) hard rules")")
    }

    static let toMakePossible = Text(nl: "zo kan het wel", en: "to make it possible")

    static func unreadableValue(table: String, row: String, field: String, value: String) -> Text {
        Text(
            nl: "de database bevat een waarde die caseload niet kan lezen: tabel \(table), rij '\(row)', veld \(field): '\(value)'. "
                + "Die is buiten caseload veranderd of beschadigd: verbeter de rij of zet een back-up terug, en draai dan `caseload check`.",
            en: "the database holds a value caseload cannot read: \(table) row '\(row)', field \(field): '\(value)'. "
                + "It was changed outside caseload or is damaged: correct the row or restore a backup, then run `caseload check`.")
    }

    static let planRejected = Text(
        nl: "een plan dat harde regels breekt wordt niet bewaard (een fout in caseload: meld die alstublieft):",
        en: "refusing to save a plan that breaks hard rules (a bug: please report it):")
}
