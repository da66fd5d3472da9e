import CaseloadCore
import CaseloadSearch
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadFormats

// What a Dutch spreadsheet really writes (SPEC §4, issue 30): Windows-1252, a `sep=;` first
// line, trailing empty cells and rows, Dutch column names and values, messages in Dutch.

// MARK: - Helpers

private func pick<T>(_ xs: [T], _ rng: inout SplitMix64) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
private func chance(_ p: Double, _ rng: inout SplitMix64) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

/// `text` as Windows-1252 bytes, as Dutch Excel's default CSV export writes it; the test's own
/// table, so that a wrong entry in the reader's table shows as a mismatch.
private func windows1252(_ text: String) -> [UInt8] {
    let high: [Character: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8A,
        "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
        "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]
    return text.unicodeScalars.map { scalar in
        if let byte = high[Character(scalar)] { return byte }
        precondition(scalar.value < 0x100 && !(0x80..<0xA0).contains(scalar.value), "\(scalar) is not in Windows-1252")
        return UInt8(scalar.value)
    }
}

/// Words with the letters Dutch names and notes carry; a cell is one or two of them, so that an
/// accented letter is never followed by two more high bytes (the one pattern that Windows-1252
/// and UTF-8 could share, and which no Dutch word writes).
private let dutchWords = [
    "José", "Zoë", "Ömer", "café", "€ 5", "1–2", "Noël", "Hélène", "ré-integratie", "’s-Hertogenbosch", "Gaëlle", "Brûlé",
    "idee", "Ede", "Wageningen", "“tja”", "Œuvre", "façade",
]

private func cell(_ rng: inout SplitMix64) -> String {
    chance(0.5, &rng) ? pick(dutchWords, &rng) : pick(dutchWords, &rng) + " " + pick(dutchWords, &rng)
}

/// A CSV line of `cells`, quoting the ones that hold the delimiter or a quote.
private func line(_ cells: [String], _ delimiter: String) -> String {
    cells.map { c in
        c.contains(delimiter) || c.contains("\"") ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
    }.joined(separator: delimiter)
}

private func emptyScenario() -> Scenario { Scenario(week: ISOWeek(year: 2026, week: 48)!) }

/// `text` merged as `kind` into `scenario`, read in `language`.
private func merged(
    _ kind: CSVImport.Kind, _ bytes: [UInt8], into scenario: Scenario, language: Language = .en
) throws -> Scenario {
    let table = try CSVTable(bytes: bytes, file: "\(kind.rawValue).csv", language: language)
    return try CSVImport.merge(kind, table, into: scenario).scenario
}

private func merged(_ kind: CSVImport.Kind, _ text: String, into scenario: Scenario, language: Language = .en) throws -> Scenario {
    try merged(kind, Array(text.utf8), into: scenario, language: language)
}

private func refused(_ kind: CSVImport.Kind, _ text: String, into scenario: Scenario, language: Language = .en) throws -> InputError {
    try #require(throws: InputError.self) { try merged(kind, text, into: scenario, language: language) }
}

/// A scenario with one organisation and one registered worker, for files of cases.
private func team() throws -> Scenario {
    var scenario = emptyScenario()
    scenario = try merged(.organisations, "id,kind\njbg,gi\n", into: scenario)
    return try merged(
        .staff, "id,organisation,tasks,hours,registered_until,municipalities\njb-01,jbg,casework,36,2030-01-01,Ede\n", into: scenario)
}

// MARK: - Encodings

@Suite struct DutchEncodingTests {
    @Test(arguments: 0..<200)
    func windows1252AndUTF8ReadTheSame(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 7_919 &+ 3)
        let delimiter = pick([";", ",", "\t"], &rng)
        let columns = Int.random(in: 1...5, using: &rng)
        var rows = [(0..<columns).map { "kolom \($0) ë" }]
        for _ in 0..<Int.random(in: 1...8, using: &rng) { rows.append((0..<columns).map { _ in cell(&rng) }) }
        let text = rows.map { line($0, delimiter) }.joined(separator: chance(0.5, &rng) ? "\r\n" : "\n") + "\n"

        let utf8 = try CSVTable(bytes: (chance(0.5, &rng) ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), file: "t.csv")
        let ansi = try CSVTable(bytes: windows1252(text), file: "t.csv")
        #expect(utf8.encoding == .utf8)
        #expect(ansi.encoding == .windows1252)
        #expect(ansi.header == utf8.header)
        #expect(ansi.rows == utf8.rows)
        #expect(ansi.delimiter == utf8.delimiter)
        // And both read what was written.
        #expect(utf8.header == rows[0].map { $0.lowercased() })
        for (row, written) in zip(utf8.rows, rows.dropFirst()) {
            #expect(utf8.header.map { row.values[$0] } == written.map(Optional.some), "seed \(seed)")
        }
    }

    @Test func everyByteOfWindows1252ReadsAsItsTableSays() throws {
        // 0x80–0x9F, the part where Windows-1252 differs from Latin-1, byte by byte.
        let expected = Array("€\u{0}‚ƒ„…†‡ˆ‰Š‹Œ\u{0}Ž\u{0}\u{0}‘’“”•–—˜™š›œ\u{0}žŸ".unicodeScalars)
        for byte in UInt8(0x80)...0x9F {
            let bytes = Array("id\nx".utf8) + [byte]
            if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
                let error = try #require(throws: CSVError.self) { try CSVTable(bytes: bytes, file: "t.csv") }
                #expect(error.line == 2)
                #expect(error.message.contains("column 2"))
                continue
            }
            let table = try CSVTable(bytes: bytes, file: "t.csv")
            #expect(table.rows[0]["id"]?.unicodeScalars.last == expected[Int(byte - 0x80)], "byte \(byte)")
        }
        let latin = try CSVTable(bytes: Array("id\nx".utf8) + Array(0xA1...0xFF), file: "t.csv")
        #expect(latin.rows[0]["id"]?.unicodeScalars.dropFirst().map(\.value) == Array(0xA1...0xFF))
    }

    @Test func undefinedByteIsNamedInDutch() throws {
        let bytes = Array("id;naam\r\nw1;Zo".utf8) + [0xEB, 0x8D] + Array("\r\n".utf8)
        let error = try #require(throws: CSVError.self) { try CSVTable(bytes: bytes, file: "t.csv", language: .nl) }
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("byte 0x8D in kolom 7 is geen teken"), "\(error)")
    }

    @Test func utf16WithBOMReadsLikeUTF8() throws {
        let text = "id;naam\r\nw1;Zoë – €\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let reference = try CSVTable(parsing: text, file: "t.csv")
        for bytes in [little, big] {
            let table = try CSVTable(bytes: bytes, file: "t.csv")
            #expect(table.encoding == .utf16)
            #expect(table.rows == reference.rows)
        }
    }
}

// MARK: - sep= and trailing empties

@Suite struct SepLineTests {
    @Test(arguments: 0..<200)
    func sepLineNamesTheDelimiterAndKeepsLineNumbers(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 104_729 &+ 11)
        let (delimiter, sep) = pick([(";", "sep=;"), (",", "sep=,"), ("\t", "sep=\t"), ("\t", "sep=\\t"), (";", "\"sep=;\"")], &rng)
        let columns = Int.random(in: 1...4, using: &rng)
        // Cells hold the other delimiters, so that detection alone would often pick wrongly.
        let others = [";", ",", "\t"].filter { $0 != delimiter }
        let header = (0..<columns).map { "c\($0)" }
        var lines = [sep + String(repeating: delimiter == "\t" ? "" : delimiter, count: Int.random(in: 0...2, using: &rng))]
        lines.append(line(header, delimiter) + String(repeating: delimiter, count: Int.random(in: 0...3, using: &rng)))
        var expected: [(line: Int, cells: [String])] = []
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
            if chance(0.2, &rng) {
                // An empty row as spreadsheets export it.
                lines.append(String(repeating: delimiter, count: Int.random(in: 0...columns + 2, using: &rng)))
                continue
            }
            let cells = (0..<columns).map { i in "v\(i)" + (chance(0.4, &rng) ? pick(others, &rng) + "x" : "") }
            lines.append(line(cells, delimiter) + String(repeating: delimiter, count: Int.random(in: 0...3, using: &rng)))
            expected.append((lines.count, cells))
        }
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            lines.append(String(repeating: delimiter, count: Int.random(in: 0...columns + 2, using: &rng)))
        }
        let text = lines.joined(separator: pick(["\r\n", "\n"], &rng)) + (chance(0.5, &rng) ? "\r\n" : "")
        let table = try CSVTable(parsing: text, file: "t.csv")
        #expect(table.delimiter == Character(delimiter), "seed \(seed): \(text.debugDescription)")
        #expect(table.header == header)
        #expect(table.headerLine == 2)
        #expect(table.rows.map(\.line) == expected.map(\.line))
        #expect(table.rows.map { r in header.map { r.values[$0] ?? "?" } } == expected.map(\.cells))
    }

    @Test func errorsNameTheFilesOwnLines() throws {
        let base = try merged(.organisations, "id,kind\njbg,gi\n", into: emptyScenario())
        let error = try refused(.staff, "sep=;\r\nid;organisatie;uren\r\nw1;jbg;abc\r\n", into: base)
        #expect(error.problems.map(\.line) == [3], "\(error)")
        #expect(error.problems.first?.field == "uren")
    }

    @Test func unknownSepIsRefusedOnLineOne() throws {
        let error = try #require(throws: CSVError.self) { try CSVTable(parsing: "sep=|\nid\nw1\n", file: "t.csv") }
        #expect(error.kind == .sepLine)
        #expect(error.line == 1)
    }

    @Test func withoutSepLineTheIssuesMisleadingErrorIsGone() throws {
        // Issue 30: `sep=;` was read as a one-column header.
        let table = try CSVTable(parsing: "sep=;\nid;naam;uren\nw1;An;4,5\n", file: "t.csv")
        #expect(table.header == ["id", "naam", "uren"])
        #expect(try table.rows[0].number("uren", in: table) == 4.5)
    }
}

// MARK: - Dutch column names

/// Every field with its Dutch name, per kind (SPEC §4).
private let dutchColumns: [(CSVImport.Kind, String, String)] = [
    (.organisations, "naam", "name"), (.organisations, "soort", "kind"), (.organisations, "mandaten", "mandates"),
    (.staff, "naam", "name"), (.staff, "organisatie", "organisation"), (.staff, "functie", "role"), (.staff, "taken", "tasks"),
    (.staff, "geregistreerd tot", "registered_until"), (.staff, "uren", "hours"), (.staff, "aandeel casuswerk", "casework_share"),
    (.staff, "max gezinnen", "max_cases"), (.staff, "max kinderen", "max_children"), (.staff, "in dienst", "started"),
    (.staff, "uit dienst", "leaves"), (.staff, "expertise", "skills"), (.staff, "gemeenten", "municipalities"),
    (.staff, "code", "id"), (.cases, "id", "id"), (.cases, "gemeente", "municipality"), (.cases, "kinderen", "children"),
    (.cases, "kader", "framework"), (.cases, "fase", "phase"), (.cases, "prioriteit", "priority"), (.cases, "duo", "duo"),
    (.cases, "uren casuswerk", "hours_casework"), (.cases, "uren administratie", "hours_admin"),
    (.cases, "uren juridisch", "hours_legal"), (.cases, "uren plaatsing", "hours_placement"), (.cases, "hours_admin", "hours_admin"),
    (.cases, "regievoerder", "lead"), (.cases, "casusregisseur", "lead"), (.cases, "duopartner", "partner"),
    (.cases, "wacht sinds", "waiting_since"), (.cases, "vast", "lock"), (.cases, "ondersteuner juridisch", "supporter_legal"),
    (.absences, "medewerker", "worker"), (.absences, "van", "from"), (.absences, "tot en met", "to"), (.absences, "uren", "hours"),
    (.staff, "registered_until", "registered_until"), (.cases, "waiting_since", "waiting_since"),
]

/// `name` as a hand-typed header may spell it: random letter case, an accent on an `e`, and
/// spaces, `_` or `-` between the words.
private func spelled(_ name: String, _ rng: inout SplitMix64) -> String {
    let separator = pick([" ", "_", "-", "  "], &rng)
    return name.split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: separator).map { c -> String in
        var s = String(c)
        if s == "e", chance(0.2, &rng) { s = pick(["é", "ë", "è"], &rng) }
        return chance(0.5, &rng) ? s.uppercased() : s
    }.joined()
}

@Suite struct DutchColumnTests {
    @Test(arguments: 0..<300)
    func anySpellingOfAColumnMapsToItsField(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed) &+ 77)
        let (kind, name, field) = pick(dutchColumns, &rng)
        let written = spelled(name, &rng)
        #expect(ImportVocabulary.column(written, kind: kind) == field, "'\(written)' in \(kind)")
    }

    @Test func naamIsANameOnlyForOrganisationsAndStaff() {
        #expect(ImportVocabulary.column("Naam", kind: .staff) == "name")
        #expect(ImportVocabulary.column("Naam", kind: .cases) == nil)
        #expect(ImportVocabulary.column("naam", kind: .absences) == nil)
    }

    @Test func aFamilysNaamColumnIsStillRefused() throws {
        let error = try refused(.cases, "id;gemeente;kader;naam\nfam-1;Ede;ots;x\n", into: try team(), language: .nl)
        #expect(error.problems.contains { $0.field == "naam" && $0.message.hasPrefix("geweigerd") }, "\(error)")
        let unknown = try refused(.staff, "code;organisatie;uren;kader\nw1;jbg;3;ots\n", into: try team(), language: .nl)
        #expect(unknown.problems.map(\.field) == ["kader"], "\(unknown)")
        #expect(unknown.problems.first?.message.hasPrefix("onbekende kolom (bekend: id, naam, organisatie, functie, taken") == true)
    }

    @Test(arguments: 0..<40)
    func aStaffFileReadsTheSameInEitherLanguage(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 31 &+ 5)
        let fields: [(en: String, nl: String, value: String)] = [
            ("id", "code", "jb-0\(seed % 10)"), ("name", "naam", "Zoë"), ("organisation", "organisatie", "jbg"),
            ("tasks", "taken", "casework|admin"), ("registered_until", "geregistreerd tot", "31-03-2029"), ("hours", "uren", "32,5"),
            ("casework_share", "aandeel casuswerk", "0,8"), ("max_cases", "max gezinnen", "8"), ("started", "in dienst", "2024-02-01"),
            ("skills", "expertise", "lvb"), ("municipalities", "gemeenten", "Ede|Wageningen"),
        ]
        let order = fields.shuffled(using: &rng)
        let english = line(order.map(\.en), ";") + "\n" + line(order.map(\.value), ";") + "\n"
        let dutch = line(order.map { spelled(chance(0.7, &rng) ? $0.nl : $0.en, &rng) }, ";") + "\n" + line(order.map(\.value), ";") + "\n"
        let base = try merged(.organisations, "id,kind\njbg,gi\n", into: emptyScenario())
        let a = try merged(.staff, english, into: base)
        let b = try merged(.staff, windows1252(dutch), into: base, language: .nl)
        #expect(a.staff == b.staff, "\(dutch)")
        #expect(b.staff.first?.name == "Zoë")
    }

    @Test func aFieldGivenTwiceIsRefusedNamingBothColumns() throws {
        let base = try merged(.organisations, "id,kind\njbg,gi\n", into: emptyScenario())
        let error = try refused(.staff, "id;hours;organisatie;Uren\njb-01;32;jbg;30\n", into: base, language: .nl)
        let problem = try #require(error.problems.first, "\(error)")
        #expect(problem.field == "uren")
        #expect(problem.message.contains("'hours'") && problem.message.contains("'uren'"), "\(problem.message)")
        #expect(error.problems.count == 1, "\(error)")
    }

    @Test func errorsNameTheColumnAsTheFileWritesIt() throws {
        let error = try refused(.cases, "id;gemeente;kader;kinderen\nfam-1;Ede;ots;twee\n", into: try team(), language: .nl)
        #expect(error.problems.map(\.field) == ["kinderen"], "\(error)")
        #expect(error.problems.first?.message == "'twee' is geen geheel getal")
        let lacking = try refused(.cases, "id;kader\nfam-1;ots\n", into: try team(), language: .nl)
        #expect(lacking.problems.map(\.message) == ["gezin fam-1 is nieuw: gemeente is verplicht (kolom ontbreekt)"], "\(lacking)")
    }
}

// MARK: - Dutch values

private func spelledValue(_ text: String, _ rng: inout SplitMix64) -> String {
    let separator = pick([" ", "-", "_"], &rng)
    return text.split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: separator).map { c in
        chance(0.5, &rng) ? String(c).uppercased() : String(c)
    }.joined()
}

@Suite struct DutchValueTests {
    @Test(arguments: 0..<100)
    func codesRoundTripThroughTheirDutchNames(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 13 &+ 1)
        let framework = pick(Framework.allCases, &rng)
        let phase = pick(Phase.allCases, &rng)
        let duo = chance(0.5, &rng)
        let lock = chance(0.5, &rng)
        let frameworkText = spelledValue(chance(0.7, &rng) ? Framework.dutchNames[framework]! : framework.rawValue, &rng)
        let phaseText = spelledValue(chance(0.7, &rng) ? Phase.dutchNames[phase]! : phase.rawValue, &rng)
        let duoText = spelledValue(pick(duo ? ["ja", "waar", "yes", "1"] : ["nee", "onwaar", "no", "0"], &rng), &rng)
        let lockText = spelledValue(pick(lock ? ["ja", "waar", "true"] : ["nee", "onwaar", "false"], &rng), &rng)
        let text = "id;gemeente;kader;fase;duo;vast\nfam-1;ede;\(frameworkText);\(phaseText);\(duoText);\(lockText)\n"
        let scenario = try merged(.cases, text, into: try team(), language: .nl)
        let family = try #require(scenario.cases.first)
        #expect(family.framework == framework, "\(frameworkText)")
        #expect(family.phase == phase, "\(phaseText)")
        #expect(family.duo == duo)
        #expect(family.lock == lock)
        // The municipality takes the spelling already stored.
        #expect(family.municipality == "Ede")
    }

    @Test(arguments: Organisation.Kind.allCases)
    func organisationKindsByTheirDutchNames(kind: Organisation.Kind) throws {
        var rng = SplitMix64(seed: UInt64(kind.rawValue.count))
        let text = "code;naam;soort\nx;X;\(spelledValue(Organisation.Kind.dutchNames[kind]!, &rng))\n"
        #expect(try merged(.organisations, text, into: emptyScenario()).organisations.first?.kind == kind)
    }

    @Test func taskKindsByTheirDutchNames() throws {
        let base = try merged(.organisations, "id,kind\njbg,gi\n", into: emptyScenario())
        let staff = try merged(
            .staff, "code;organisatie;taken;uren\nw1;jbg;Casuswerk|administratie|JURIDISCH|plaatsing;36\n", into: base, language: .nl)
        #expect(staff.staff.first?.tasks == ["casework", "admin", "legal", "placement"])
    }

    @Test func unknownFrameworkIsNamedInDutchWithTheDutchNames() throws {
        let error = try refused(.cases, "id;gemeente;kader\nfam-1;Ede;pleegzorg\n", into: try team(), language: .nl)
        let message = try #require(error.problems.first?.message)
        #expect(message.hasPrefix("kader 'pleegzorg' is onbekend (bekend: vrijwillig, ots, voorlopige ots, voogdij"), "\(message)")
        #expect(error.problems.first?.field == "kader")
        let english = try refused(.cases, "id,municipality,framework\nfam-1,Ede,pleegzorg\n", into: try team())
        #expect(english.problems.first?.message.hasPrefix("unknown framework 'pleegzorg' (known: voluntary, ots") == true)
    }

    @Test func municipalitiesMatchWhateverTheirCase() throws {
        let scenario = try merged(
            .cases, "id;gemeente;kader\nfam-1;EDE;ots\nfam-2;wageningen;ots\nfam-3;Wageningen;ots\n", into: try team())
        #expect(scenario.cases.map(\.municipality) == ["Ede", "wageningen", "wageningen"])
    }
}

// MARK: - As Dutch Excel writes it

@Suite struct DutchExcelFileTests {
    @Test func aCasesFileAsExcelSavesIt() throws {
        // As Dutch Excel 365 saves "CSV (gescheiden door lijstscheidingsteken)": `sep=;`, CRLF,
        // decimal commas, rows padded to the widest, and empty rows at the end.
        let bytes: [UInt8] =
            Array("sep=;\r\nid;Gemeente;Kader;Fase;Kinderen;Uren casuswerk;Regievoerder;Wacht sinds;;\r\n".utf8)
            + Array("fam-1;ede;Voorlopige OTS;begin;2;4,5;jb-01;;;\r\n".utf8)
            + Array("fam-2;Ede;voogdij;Midden;1;3,25;;23-11-2026;;\r\n".utf8)
            + Array(";;;;;;;;;\r\n;;;;;;;;;\r\n".utf8)
        let scenario = try merged(.cases, bytes, into: try team(), language: .nl)
        let families = scenario.cases
        #expect(families.map(\.id) == ["fam-1", "fam-2"])
        #expect(families.map(\.framework) == [.provisionalOts, .guardianship])
        #expect(families.map(\.phase) == [.start, .middle])
        #expect(families.map(\.municipality) == ["Ede", "Ede"])
        #expect(families[0].hours == ["casework": 4.5])
        #expect(families[0].lead == "jb-01")
        #expect(families[1].waitingSince == Day(year: 2026, month: 11, day: 23))
    }

    @Test func aStaffFileInWindows1252() throws {
        // "Hélène Zoë" and "’s-Hertogenbosch" as the bytes Windows-1252 writes.
        let bytes: [UInt8] =
            Array("Code;Naam;Organisatie;Functie;Taken;Uren;Geregistreerd tot;Gemeenten\r\n".utf8)
            + Array("jb-02;H".utf8) + [0xE9] + Array("l".utf8) + [0xE8] + Array("ne Zo".utf8) + [0xEB]
            + Array(";jbg;jeugdbeschermer;casuswerk|administratie;32,5;31-03-2029;".utf8) + [0x92]
            + Array("s-Hertogenbosch\r\n".utf8)
        let base = try merged(.organisations, "id;naam;soort\r\njbg;Jeugdbescherming Gelderland;GI\r\n", into: emptyScenario())
        let worker = try #require(try merged(.staff, bytes, into: base, language: .nl).staff.first)
        #expect(worker.name == "Hélène Zoë")
        #expect(worker.municipalities == ["’s-Hertogenbosch"])
        #expect(worker.hours == 32.5)
        #expect(worker.tasks == ["casework", "admin"])
        #expect(worker.registeredUntil == Day(year: 2029, month: 3, day: 31))
    }

    @Test func anAbsencesFileWithDutchHeaders() throws {
        let base = try merged(
            .staff, "id,organisation,tasks,hours\nw1,jbg,admin,36\n",
            into: try merged(.organisations, "id,kind\njbg,gi\n", into: emptyScenario()))
        let scenario = try merged(.absences, "Medewerker;Van;Tot en met;Uren\r\nw1;23-11-2026;24-11-2026;\r\n", into: base)
        #expect(scenario.staff.first?.absences.count == 1)
    }
}

// MARK: - Through the binary

@Suite struct DutchImportCommandTests {
    private static func file(_ name: String, _ bytes: [UInt8], in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func aWindows1252StaffFileWithDutchHeadersImports() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("team.sqlite").path
        let organisations = try Self.file(
            "organisaties.csv", Array("sep=;\r\nCode;Naam;Soort\r\njbg;Jeugdbescherming;gi\r\n".utf8), in: folder)
        let staff = try Self.file(
            "medewerkers.csv",
            Array("Code;Naam;Organisatie;Taken;Uren\r\njb-01;Zo".utf8) + [0xEB] + Array(";jbg;casuswerk;32,5\r\n;;;;\r\n".utf8), in: folder)
        let first = try TestProcess.run(["import", "organisations", organisations, "--db", db])
        #expect(first.status == 0, "\(first.errors)")
        let run = try TestProcess.run(["import", "staff", staff, "--db", db])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.text.contains("jb-01"), "\(run.text)")
    }

    @Test func anUndefinedByteExits65NamingLineAndColumn() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("team.sqlite").path
        let staff = try Self.file(
            "medewerkers.csv", Array("Code;Organisatie;Uren\r\njb-01;jb".utf8) + [0x81] + Array(";32\r\n".utf8), in: folder)
        let run = try TestProcess.run(["import", "staff", staff, "--db", db])
        #expect(run.status == 65)
        #expect(run.errors.contains("medewerkers.csv:2: byte 0x81 in kolom 9 is geen teken"), "\(run.errors)")
        let english = try TestProcess.run(["import", "staff", staff, "--db", db, "--lang", "en"])
        #expect(english.status == 65)
        #expect(english.errors.contains("medewerkers.csv:2: byte 0x81 in column 9 is no character"), "\(english.errors)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
