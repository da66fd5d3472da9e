import CaseloadCore

/// A sheet to start an import from (`caseload template KIND`): the columns of `kind` named as
/// the run's language names them (Dutch: `organisatie`, `uren`, …; English: the file format's
/// own names), one example row that imports as it is, and a note per column.
public struct TemplateSheet: Sendable {
    /// A value of the example row, typed as a spreadsheet holds it.
    public enum Value: Hashable, Sendable {
        /// Text.
        case text(String)
        /// A number (hours, a share).
        case number(Double)
        /// A whole number.
        case integer(Int)
        /// A date.
        case date(Day)
        /// Yes or no.
        case bool(Bool)
    }

    /// One column.
    public struct Column: Hashable, Sendable {
        /// Its header, in the run's language.
        public var name: String
        /// Whether a new item must have it.
        public var required: Bool
        /// The example row's value.
        public var example: Value
        /// What it holds and how to write it.
        public var note: String
    }

    /// What the sheet is for.
    public var kind: ScenarioChange.Section
    /// The columns in order.
    public var columns: [Column]

    /// The template of `kind` in `language`.
    public init(kind: ScenarioChange.Section, language: Language) {
        self.kind = kind
        columns = Self.specs(kind).map { s in
            Column(name: language == .nl ? s.nl : s.en, required: s.required, example: s.example, note: s.note(language))
        }
    }

    /// A column as both languages name it.
    struct Spec {
        var en: String
        var nl: String
        var required: Bool
        var example: Value
        var note: Text
    }

    /// The example's organisation, worker and family, which the other templates' examples name.
    static let organisation = "jbg"
    static let worker = "jb-01"
    static let family = "fam-0001"

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Value { Day(year: y, month: m, day: d).map(Value.date) ?? .text("") }

    static let id = Spec(
        en: "id", nl: "id", required: true, example: .text(""),
        note: Text(
            nl: "Unieke code; bij gezinnen een pseudoniem, nooit een naam.", en: "A unique code; for families a pseudonym, never a name."))

    static func specs(_ kind: ScenarioChange.Section) -> [Spec] {
        switch kind {
        case .organisations:
            [
                with(id, example: .text(organisation)),
                Spec(
                    en: "name", nl: "naam", required: false, example: .text("Jeugdbescherming Gelderland"),
                    note: Text(nl: "Naam van de organisatie.", en: "The organisation's name.")),
                Spec(
                    en: "kind", nl: "soort", required: false, example: .text("gi"),
                    note: Text(
                        nl: "gi, lokaal team, veilig thuis, raad of anders.", en: "gi, local-team, veilig-thuis, raad or other.")),
            ]
        case .networks:
            [
                with(id, example: .text("foodvalley")),
                Spec(
                    en: "organisations", nl: "organisaties", required: true, example: .text(organisation + "|jeugdlink"),
                    note: Text(
                        nl: "Codes van twee of meer organisaties, gescheiden door |.",
                        en: "The codes of two or more organisations, separated by |.")),
            ]
        case .staff:
            [
                with(id, example: .text(worker)),
                Spec(
                    en: "name", nl: "naam", required: false, example: .text("Anouk de Vries"),
                    note: Text(nl: "Naam van de medewerker.", en: "The worker's name.")),
                Spec(
                    en: "organisation", nl: "organisatie", required: true, example: .text(organisation),
                    note: Text(nl: "Code van de organisatie (zie organisaties).", en: "The organisation's code (see organisations).")),
                Spec(
                    en: "role", nl: "functie", required: false, example: .text("jeugdbeschermer"),
                    note: Text(nl: "Functie.", en: "Job title.")),
                Spec(
                    en: "tasks", nl: "taken", required: false, example: .text("casework|admin"),
                    note: Text(
                        nl: "Soorten werk, gescheiden door |: casuswerk, administratie, juridisch, plaatsing.",
                        en: "Kinds of work, separated by |: casework, admin, legal, placement.")),
                Spec(
                    en: "registered_until", nl: "geregistreerd tot", required: false, example: day(2029, 3, 31),
                    note: Text(nl: "SKJ-registratie geldig tot (datum).", en: "SKJ registration valid until (a date).")),
                Spec(
                    en: "hours", nl: "uren", required: true, example: .number(32),
                    note: Text(nl: "Contracturen per week.", en: "Contract hours a week.")),
                Spec(
                    en: "casework_share", nl: "aandeel casuswerk", required: false, example: .number(0.8),
                    note: Text(nl: "Deel van de uren voor casuswerk, bijv. 0,8.", en: "Share of the hours for casework, e.g. 0.8.")),
                Spec(
                    en: "max_cases", nl: "max gezinnen", required: false, example: .integer(8),
                    note: Text(
                        nl: "Caseloadnorm in gezinnen (leeg: uit de instellingen).", en: "Caseload norm in families (empty: the settings')."
                    )),
                Spec(
                    en: "max_children", nl: "max kinderen", required: false, example: .integer(11),
                    note: Text(
                        nl: "Caseloadnorm in kinderen (leeg: uit de instellingen).", en: "Caseload norm in children (empty: the settings')."
                    )),
                Spec(
                    en: "started", nl: "in dienst", required: false, example: day(2024, 2, 1),
                    note: Text(nl: "Datum in dienst.", en: "Date started.")),
                Spec(
                    en: "leaves", nl: "uit dienst", required: false, example: .text(""),
                    note: Text(nl: "Datum uit dienst, als bekend.", en: "Date leaving, when known.")),
                Spec(
                    en: "skills", nl: "expertise", required: false, example: .text("lvb"),
                    note: Text(nl: "Expertise, gescheiden door |.", en: "Skills, separated by |.")),
                Spec(
                    en: "municipalities", nl: "gemeenten", required: false, example: .text("ede|wageningen"),
                    note: Text(
                        nl: "Gemeenten waar de medewerker werkt, gescheiden door |.", en: "Municipalities worked in, separated by |.")),
            ]
        case .cases:
            [
                with(id, example: .text(family)),
                Spec(
                    en: "municipality", nl: "gemeente", required: true, example: .text("ede"),
                    note: Text(nl: "Gemeente van het gezin.", en: "The family's municipality.")),
                Spec(
                    en: "children", nl: "kinderen", required: false, example: .integer(2),
                    note: Text(nl: "Aantal kinderen met een maatregel.", en: "Children under a measure.")),
                Spec(
                    en: "framework", nl: "kader", required: true, example: .text("ots"),
                    note: Text(
                        nl: "vrijwillig, ots, voorlopige ots, voogdij, jeugdreclassering, vt-onderzoek of raadsonderzoek.",
                        en: "voluntary, ots, provisional-ots, guardianship, youth-probation, vt-investigation or rvdk-investigation.")),
                Spec(
                    en: "phase", nl: "fase", required: false, example: .text("start"),
                    note: Text(nl: "begin, midden of eind.", en: "start, middle or end.")),
                Spec(
                    en: "priority", nl: "prioriteit", required: false, example: .integer(1),
                    note: Text(nl: "1 is het hoogst.", en: "1 is the highest.")),
                Spec(
                    en: "duo", nl: "duo", required: false, example: .bool(true),
                    note: Text(nl: "Met een duopartner: ja of nee.", en: "With a duo partner: yes or no.")),
                Spec(
                    en: "hours_casework", nl: "uren casuswerk", required: false, example: .number(4.5),
                    note: Text(
                        nl: "Uren casuswerk per week (leeg: uit kader en fase).",
                        en: "Casework hours a week (empty: by framework and phase).")),
                Spec(
                    en: "lead", nl: "regievoerder", required: false, example: .text(worker),
                    note: Text(nl: "Code van de huidige regievoerder, als die er is.", en: "The current lead's code, if any.")),
                Spec(
                    en: "partner", nl: "duopartner", required: false, example: .text(""),
                    note: Text(nl: "Code van de huidige duopartner.", en: "The current duo partner's code.")),
                Spec(
                    en: "waiting_since", nl: "wacht sinds", required: false, example: .text(""),
                    note: Text(nl: "Datum op de wachtlijst, als het gezin wacht.", en: "Date put on the waiting list, if waiting.")),
            ]
        case .absences:
            [
                Spec(
                    en: "worker", nl: "medewerker", required: true, example: .text(worker),
                    note: Text(nl: "Code van de medewerker.", en: "The worker's code.")),
                Spec(
                    en: "from", nl: "van", required: true, example: day(2026, 11, 23),
                    note: Text(nl: "Eerste dag afwezig.", en: "First day away.")),
                Spec(
                    en: "to", nl: "tot en met", required: false, example: day(2026, 11, 27),
                    note: Text(nl: "Laatste dag afwezig.", en: "Last day away.")),
                Spec(
                    en: "hours", nl: "uren", required: false, example: .text(""),
                    note: Text(nl: "Uren afwezig per week (leeg: de hele week).", en: "Hours away a week (empty: the whole week).")),
            ]
        }
    }

    static func with(_ spec: Spec, example: Value) -> Spec {
        var s = spec
        s.example = example
        return s
    }
}
