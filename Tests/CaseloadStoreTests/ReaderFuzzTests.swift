import CaseloadCore
import CaseloadSearch
import CaseloadFormats
import CaseloadStore
import Foundation
import Testing

/// Thousands of mutated scenario and CSV files: each is read whole or refused with an
/// `InputError` that names the file (and, where it can, the line); never a crash, and a refused
/// import writes nothing.
@Suite struct ReaderFuzzTests {
    static let scenario = """
        name: fuzz
        week: 2026-W48
        settings: {max_cases_per_fte: 9, overload_allowed: 0.1}
        organisations: [{id: gi, name: GI, kind: gi}, {id: lt, name: Local team, kind: local-team}]
        staff:
          - {id: w1, organisation: gi, tasks: [casework, admin], registered_until: 2030-01-01, hours: 36}
          - {id: w2, organisation: lt, tasks: [casework], registered_until: 23-11-2029, hours: 24, municipalities: [ede]}
          - {id: s1, organisation: gi, tasks: [admin, legal], hours: 24, absences: [{from: 2026-11-23, to: 2026-11-24}]}
        cases:
          - {id: fam-1, municipality: ede, children: 2, framework: ots, phase: start, priority: 1, duo: true, lead: w1, partner: w2}
          - {id: fam-2, municipality: ede, framework: guardianship, hours: {casework: 2.5, legal: 0.5}, waiting_since: 2026-10-01}
        case_types:
          ots: {start: {weeks: 6, hours: {casework: 4.8, admin: 1.2}}}

        """

    static let staffCSV = """
        id;name;organisation;tasks;registered_until;hours;casework_share;started;municipalities
        w3;Anna;gi;casework|admin;2029-03-31;32;0,8;01-02-2024;ede|wageningen
        s2;;lt;admin;;"24";;;
        "w4";"Bo ""B"" K";gi;casework;31-12-2030;36,5;;2025-06-01;

        """

    static let casesCSV = """
        id,municipality,children,framework,phase,priority,duo,hours_casework,hours_admin,lead,waiting_since,lock
        fam-3,ede,1,ots,middle,2,nee,3.5,0.5,w1,2026-11-01,false
        fam-4,wageningen,3,youth-probation,start,1,ja,,,,,0

        """

    /// One random edit of `text`.
    static func mutate(_ text: String, _ g: inout SplitMix64) -> String {
        var chars = Array(text)
        let pieces: [String] = [
            ":", "-", "{", "}", "[", "]", "'", "\"", "#", "\t", "\n", ",", ";", "|", "0", "9", "e", "é", "\u{0}", "\u{FEFF}",
            "\r\n", " ", "&a", "*a", "!!str", "1e309", "-5", "NaN", "99999999999999999999", "", "null", "~", "yes",
            "2026-02-30", "bsn", "name",
        ]
        func at() -> Int { chars.isEmpty ? 0 : Int(g.next() % UInt64(chars.count + 1)) }
        switch g.next() % 8 {
        case 0:  // replace a character
            if !chars.isEmpty { chars[Int(g.next() % UInt64(chars.count))] = pieces[Int(g.next() % UInt64(pieces.count))].first ?? "x" }
        case 1:  // insert a piece
            chars.insert(contentsOf: Array(pieces[Int(g.next() % UInt64(pieces.count))]), at: at())
        case 2:  // delete a range
            let from = at()
            chars.removeSubrange(from..<min(chars.count, from + Int(g.next() % 12)))
        case 3:  // truncate
            chars = Array(chars.prefix(at()))
        case 4:  // duplicate a line
            var lines = String(chars).components(separatedBy: "\n")
            let i = Int(g.next() % UInt64(lines.count))
            lines.insert(lines[i], at: i)
            chars = Array(lines.joined(separator: "\n"))
        case 5:  // swap delimiters
            chars = chars.map { $0 == "," ? ";" : $0 == ";" ? "," : $0 }
        case 6:  // a huge field
            chars.insert(contentsOf: Array(String(repeating: "x", count: Int(g.next() % 5000))), at: at())
        default:  // CRLF line ends
            chars = Array(String(chars).replacingOccurrences(of: "\n", with: "\r\n"))
        }
        return String(chars)
    }

    /// These loops run for minutes on the cooperative pool, which has one thread per core: they
    /// yield now and then so that the server suites' handlers, on the same 2 threads, get their
    /// turn (without it a server test waited for the fuzzing to end, past its client's timeout).
    static let yieldEvery = 50

    @Test func mutatedScenariosAreReadWholeOrRefusedWithTheirFile() async {
        var g = SplitMix64(seed: 2026)
        var accepted = 0
        var refused = 0
        var withLine = 0
        for round in 0..<12_000 {
            if round % Self.yieldEvery == 0 { await Task.yield() }
            var text = Self.scenario
            for _ in 0..<(1 + Int(g.next() % 3)) { text = Self.mutate(text, &g) }
            do {
                let scenario = try ScenarioReader().read(text: text, file: "fuzz.yaml")
                #expect(ScenarioValidator().issues(in: scenario).isEmpty, "accepted an invalid scenario:\n\(text)")
                accepted += 1
            } catch {
                refused += 1
                #expect(!error.problems.isEmpty)
                for problem in error.problems { #expect(problem.file == "fuzz.yaml") }
                if error.problems.allSatisfy({ $0.line != nil }) { withLine += 1 }
                #expect(error.description.contains("fuzz.yaml"))
            }
        }
        #expect(accepted > 200 && refused > 2000, "accepted \(accepted), refused \(refused)")
        // Every refusal points at a line: YAML syntax, duplicate keys and control characters too.
        #expect(withLine == refused, "\(withLine) of \(refused) refusals name a line")
    }

    @Test(arguments: [CSVImport.Kind.staff, .cases])
    func mutatedCSVImportsAreAppliedWholeOrNotAtAll(kind: CSVImport.Kind) async throws {
        let database = try AppDatabase.inMemory()
        _ = try database.load(try ScenarioReader().read(text: Self.scenario, file: "base.yaml"))
        var g = SplitMix64(seed: kind == .staff ? 7 : 8)
        var accepted = 0
        var refused = 0
        for round in 0..<5_000 {
            if round % Self.yieldEvery == 0 { await Task.yield() }
            var text = kind == .staff ? Self.staffCSV : Self.casesCSV
            for _ in 0..<(1 + Int(g.next() % 3)) { text = Self.mutate(text, &g) }
            let snapshot = try database.scenario()
            do {
                let table = try CSVTable(parsing: text, file: "fuzz.csv")
                _ = try database.apply { try CSVImport.merge(kind, table, into: $0) }
                accepted += 1
                let issues = ScenarioValidator().issues(in: try database.scenario())
                #expect(issues.isEmpty, "\(issues.prefix(2))\n\(text.debugDescription)")
                if !issues.isEmpty { break }
            } catch let error as InputError {
                refused += 1
                for problem in error.problems { #expect(problem.file == "fuzz.csv") }
                #expect(try database.scenario() == snapshot, "a refused import changed the database")
            } catch let error as CSVError {
                refused += 1
                #expect(error.file == "fuzz.csv" && (error.line ?? 1) >= 1)
                #expect(try database.scenario() == snapshot)
            }
        }
        #expect(accepted > 80 && refused > 800, "accepted \(accepted), refused \(refused)")
    }
}

/// The size limits: a wrong file is refused with its line, never read into memory whole.
@Suite struct InputLimitTests {
    @Test func aLongCellIsRefusedWithItsLineAndColumn() throws {
        let text = "id,name,organisation,hours\nw1,\(String(repeating: "x", count: 1_001)),gi,32\n"
        let error = try #require(throws: CSVError.self) { try CSVTable(parsing: text, file: "staff.csv") }
        #expect(error.line == 2 && error.message.contains("name") && error.message.contains("1000"))
    }

    @Test func tooManyRowsAreRefused() throws {
        var text = "id,organisation,hours\n"
        text.reserveCapacity(4_000_000)
        for i in 0...CSVTable.maxRows { text += "w\(i),gi,1\n" }
        let error = try #require(throws: CSVError.self) { try CSVTable(parsing: text, file: "staff.csv") }
        #expect(error.line == CSVTable.maxRows + 2)
    }

    @Test func aLongScenarioValueIsRefusedWithItsLine() throws {
        let text = "week: 2026-W48\nname: \(String(repeating: "y", count: 2_000))\n"
        let error = try #require(throws: InputError.self) { try ScenarioReader().read(text: text, file: "s.yaml") }
        #expect(error.problems.contains { $0.line == 2 && $0.message.contains("limited to 1000") })
    }
}
