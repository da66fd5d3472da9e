import CaseloadCore
import Foundation

/// The Dutch words a manager's spreadsheet uses for columns and values (SPEC §4, "What Dutch
/// spreadsheets really write"), mapped to the names the import reads.
///
/// Names and values are compared after `normalised`: letter case, accents, and spaces, `_` and
/// `-` between words do not count, because spreadsheets are typed by hand and `Uren_Casuswerk`,
/// `uren casuswerk` and `Uren-casuswerk` all mean the same column.
enum ImportVocabulary {
    /// `name` lowercased, without accents, with every run of spaces, `_` and `-` one space.
    static func normalised(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return folded.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0.isWhitespace }).joined(separator: " ")
    }

    /// The column a file's `written` column name stands for in a file of `kind`, e.g. `gemeente`
    /// → `municipality`, `Uren administratie` → `hours_admin`; nil for a name that is none.
    static func column(_ written: String, kind: CSVImport.Kind) -> String? {
        let name = normalised(written)
        if name == "naam" { return kind == .organisations || kind == .staff ? "name" : nil }
        if let column = columns[name] { return column }
        if kind == .cases {
            for (prefix, field) in [
                ("hours ", "hours_"), ("uren ", "hours_"), ("supporter ", "supporter_"), ("ondersteuner ", "supporter_"),
            ]
            where name.hasPrefix(prefix) && name.count > prefix.count {
                // A declared kind keeps the spelling the file gives it after the prefix.
                let rest = String(written.lowercased().dropFirst(prefix.count))
                return field + (taskKinds[normalised(rest)] ?? rest)
            }
        }
        return nil
    }

    /// A task kind as the import stores it: a built-in one from its Dutch or English name,
    /// another as written.
    static func taskKind(_ written: String) -> String { taskKinds[normalised(written)] ?? written }

    /// Every column name the import knows, English and Dutch, by its normalised form.
    private static let columns: [String: String] = {
        let english = [
            "id", "name", "kind", "mandates", "organisations", "shared_support", "organisation", "role", "tasks", "registered_until",
            "hours", "casework_share", "max_cases", "max_children", "started", "leaves", "skills", "municipalities", "municipality",
            "children", "framework", "phase", "priority", "duo", "lead", "partner", "waiting_since", "lock", "worker", "from", "to",
        ]
        // Other names managers use for the same columns, read but not suggested.
        let synonyms = ["code": "id", "casusregisseur": "lead", "t/m": "to"]
        var all = Dictionary(uniqueKeysWithValues: english.map { (normalised($0), $0) })
        for (column, name) in dutchNames { all[normalised(name)] = column }
        for (name, column) in synonyms { all[normalised(name)] = column }
        return all
    }()

    /// The Dutch name of each column that has one, as a message in Dutch suggests it.
    static let dutchNames: [String: String] = [
        "name": "naam", "kind": "soort", "mandates": "mandaten", "organisations": "organisaties",
        "shared_support": "gedeelde ondersteuning", "organisation": "organisatie", "role": "functie", "tasks": "taken",
        "registered_until": "geregistreerd tot", "hours": "uren", "casework_share": "aandeel casuswerk", "max_cases": "max gezinnen",
        "max_children": "max kinderen", "started": "in dienst", "leaves": "uit dienst", "skills": "expertise",
        "municipalities": "gemeenten", "municipality": "gemeente", "children": "kinderen", "framework": "kader", "phase": "fase",
        "priority": "prioriteit", "lead": "regievoerder", "partner": "duopartner", "waiting_since": "wacht sinds", "lock": "vast",
        "worker": "medewerker", "from": "van", "to": "tot en met",
    ]
    /// The built-in task kinds by their English and Dutch names.
    private static let taskKinds: [String: String] = Dictionary(
        uniqueKeysWithValues: TaskKind.builtIn.map { ($0.id, $0.id) } + TaskKind.dutchNames.map { ($1, $0) })
}

/// A value the import reads from a code in a cell (`kind`, `framework`, `phase`), by its English
/// code or its Dutch name.
protocol ImportCode: RawRepresentable, CaseIterable, Hashable where RawValue == String {
    /// The Dutch name of each value, as a Dutch manager writes it.
    static var dutchNames: [Self: String] { get }
    /// What a value is, in a message: `framework`, `kader`.
    static var what: Text { get }
}

extension ImportCode {
    /// The value `text` names, in any letter case and with spaces, `_` or `-` alike.
    static func named(_ text: String) -> Self? {
        let name = ImportVocabulary.normalised(text)
        return allCases.first {
            ImportVocabulary.normalised($0.rawValue) == name || dutchNames[$0].map(ImportVocabulary.normalised) == name
        }
    }

    /// The known values for a message: Dutch names in Dutch, codes in English.
    static func known(_ language: Language) -> String {
        allCases.map { language == .nl ? dutchNames[$0] ?? $0.rawValue : $0.rawValue }.joined(separator: ", ")
    }
}

extension Framework: ImportCode {
    static let dutchNames: [Framework: String] = [
        .voluntary: "vrijwillig", .ots: "ots", .provisionalOts: "voorlopige ots", .guardianship: "voogdij",
        .youthProbation: "jeugdreclassering", .vtInvestigation: "vt-onderzoek", .rvdkInvestigation: "raadsonderzoek",
    ]
    static let what = Text(nl: "kader", en: "framework")
}

extension Phase: ImportCode {
    static let dutchNames: [Phase: String] = [.start: "begin", .middle: "midden", .end: "eind"]
    static let what = Text(nl: "fase", en: "phase")
}

extension Organisation.Kind: ImportCode {
    static let dutchNames: [Organisation.Kind: String] = [
        .localTeam: "lokaal team", .veiligThuis: "veilig thuis", .raad: "raad", .gi: "gi", .other: "anders",
    ]
    static let what = Text(nl: "soort", en: "kind")
}
