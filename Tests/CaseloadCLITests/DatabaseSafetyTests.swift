import CaseloadCore
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadCLI

/// `caseload check` on a damaged database: exit 65 with a message that says what is wrong, never
/// a crash, never a pass, and never a write to the damaged file. Check runs as a process of its
/// own, so that a crash shows as an exit status instead of ending the test run.
@Suite struct DamagedDatabaseTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        /// A fifth of the file, from 40 % on, overwritten.
        case middleOverwritten
        /// The file cut to half its length.
        case truncated
        /// The first 100 bytes, SQLite's header, overwritten.
        case headerOverwritten
        /// A task's hours turned to text: the file is sound to SQLite, and reading it would stop.
        case textWhereHoursBelong
        /// A plan's week that is no ISO week.
        case weekThatIsNoWeek
        /// A plan's score that is no JSON.
        case scoreThatIsNoJSON
        /// A third of a plan's waiting families lost: its figures still keep every rule.
        case waitingRowsLost

        var testDescription: String { rawValue }

        /// What check must say, besides that the database is not sound.
        var says: String {
            switch self {
            case .middleOverwritten, .truncated, .headerOverwritten: "is damaged: SQLite cannot read it"
            case .textWhereHoursBelong: "table plan_tasks, column hours: 1 values that are no real"
            case .weekThatIsNoWeek: "plan 1 (week 48), current: unreadable"
            case .scoreThatIsNoJSON: "the score is unreadable"
            case .waitingRowsLost: "families waiting when saved"
            }
        }

        /// Whether check finds it in the file, before it opens the database to write (as every
        /// command opens it, which rewrites a few header bytes).
        var foundInTheFile: Bool {
            switch self {
            case .middleOverwritten, .truncated, .headerOverwritten, .textWhereHoursBelong: true
            case .weekThatIsNoWeek, .scoreThatIsNoJSON, .waitingRowsLost: false
            }
        }

        func apply(to path: String) throws {
            let url = URL(fileURLWithPath: path)
            var bytes = try Data(contentsOf: url)
            let n = bytes.count
            switch self {
            case .middleOverwritten:
                for i in (n * 2 / 5)..<(n * 3 / 5) { bytes[i] = UInt8(truncatingIfNeeded: i &* 37 &+ 11) }
            case .truncated:
                bytes = bytes.prefix(n / 2)
            case .headerOverwritten:
                for i in 0..<100 { bytes[i] = 0xAB }
            case .textWhereHoursBelong:
                return try execute("UPDATE plan_tasks SET hours = 'abc' WHERE rowid = (SELECT MIN(rowid) FROM plan_tasks)", path)
            case .weekThatIsNoWeek:
                return try execute("UPDATE plans SET week = 'week 48'", path)
            case .scoreThatIsNoJSON:
                return try execute("UPDATE plans SET score = 'nonsense'", path)
            case .waitingRowsLost:
                return try execute("DELETE FROM plan_waiting WHERE position % 3 = 0", path)
            }
            try bytes.write(to: url)
        }

        private func execute(_ sql: String, _ path: String) throws {
            let changed = try AppDatabase.open(path: path).writer.write { db in
                try db.execute(sql: sql)
                return db.changesCount
            }
            #expect(changed > 0, "\(sql) changed nothing")
        }
    }

    @Test(arguments: Damage.allCases)
    func checkSaysTheDatabaseIsNotSound(damage: Damage) throws {
        let w = try Workspace()
        #expect(w.run("load", Fixtures.foodvalley) == 0)
        #expect(Caseload.main(arguments: ["plan", "--save", "--db", w.db] + Fixtures.moves(2000)) == 0)
        let sound = try TestProcess.run(["check", "--db", w.db])
        #expect(sound.status == 0 && !sound.crashed, "the sound database fails: \(sound.errors)")
        try damage.apply(to: w.db)
        // The damage is in the file itself, not in a write-ahead log beside it.
        #expect(!FileManager.default.fileExists(atPath: w.db + "-wal"))
        let before = try Data(contentsOf: URL(fileURLWithPath: w.db))

        let checked = try TestProcess.run(["check", "--db", w.db, "--lang", "en"])
        #expect(!checked.crashed, "check crashed (signal \(checked.status)): \(checked.errors.suffix(800))")
        #expect(checked.status == 65, "exit \(checked.status): \(checked.errors.suffix(800))")
        #expect(checked.errors.contains("the database is not sound"), "\(checked.errors.suffix(800))")
        #expect(checked.errors.contains(damage.says), "\(checked.errors.suffix(800))")
        if damage.foundInTheFile {
            #expect(try Data(contentsOf: URL(fileURLWithPath: w.db)) == before, "check wrote to the damaged file")
        }
    }
}

/// A failure inside the write transaction of an import or a load (here a trigger that aborts the
/// Nth insert, as a full disk or a bug would) leaves the database exactly as it was, and the
/// command exits 1.
@Suite struct FailedWriteTests {
    static let abort = "injected failure"

    /// Makes the `n`th row inserted into `table` from now on fail.
    static func failInsert(_ n: Int, into table: String, _ path: String) throws {
        let database = try AppDatabase.open(path: path)
        try database.writer.write { db in
            let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            try db.execute(
                sql: """
                    CREATE TRIGGER injected AFTER INSERT ON \(table) WHEN (SELECT COUNT(*) FROM \(table)) >= \(rows + n)
                    BEGIN SELECT RAISE(ABORT, '\(abort)'); END
                    """)
        }
    }

    static func removeFailure(_ path: String) throws {
        try AppDatabase.open(path: path).writer.write { try $0.execute(sql: "DROP TRIGGER injected") }
    }

    /// Runs `command`, which must fail with the injected error; returns the exit code `caseload` gives.
    static func failing(_ command: inout some OutputCommand, _ arguments: [String]) -> Int32 {
        do {
            _ = try command.execute()
            Issue.record("\(arguments) succeeded")
        } catch {
            #expect("\(error)".contains(abort), "failed otherwise than inside the transaction: \(error)")
        }
        return Caseload.main(arguments: arguments)
    }

    @Test func anImportFailingMidwayWritesNothing() throws {
        let w = try Workspace()
        #expect(w.run("load", try w.write("team.yaml", SimulateTests.scenario)) == 0)
        // An update of a stored worker first, then four new ones: the third new one fails.
        let staff = try w.write(
            "staff.csv",
            """
            id,organisation,tasks,registered_until,hours
            w2,gi,casework,2030-01-01,20
            n1,gi,casework,2030-01-01,36
            n2,gi,casework,2030-01-01,36
            n3,lt,casework,2030-01-01,36
            n4,lt,admin,,24

            """)
        try Self.failInsert(3, into: "workers", w.db)
        let before = try databaseContents(w.db)
        let arguments = ["import", "staff", staff, "--db", w.db]
        var command = try Import.parse(Array(arguments.dropFirst()))
        #expect(Self.failing(&command, arguments) == 1)
        #expect(try databaseContents(w.db) == before)

        // Without the failure the same import changes the database, so the comparison can fail.
        try Self.removeFailure(w.db)
        #expect(w.run("import", "staff", staff) == 0)
        let after = try databaseContents(w.db)
        #expect(after["workers"]?.count == (before["workers"]?.count ?? 0) + 4)
        #expect(after["workers"]?.contains { $0.hasPrefix("[\"w2\"") && $0.contains(",20.0,") } == true, "w2's hours")
    }

    @Test func aLoadFailingMidwayWritesNothing() throws {
        let w = try Workspace()
        #expect(w.run("load", try w.write("team.yaml", SimulateTests.scenario)) == 0)
        #expect(Caseload.main(arguments: ["plan", "--save", "--db", w.db] + Fixtures.moves(500)) == 0)
        // Another week, a worker's hours changed, and three new families, the second of which fails.
        let next = SimulateTests.scenario.replacingOccurrences(of: "week: 2026-W48", with: "week: 2026-W49")
            .replacingOccurrences(of: "hours: 36}", with: "hours: 30}")
            .replacingOccurrences(
                of: "  - {id: fam-0002, municipality: ede, framework: youth-probation, phase: start}\n",
                with: """
                      - {id: fam-0002, municipality: ede, framework: youth-probation, phase: start}
                      - {id: fam-0003, municipality: ede, framework: ots, phase: start}
                      - {id: fam-0004, municipality: ede, framework: ots, phase: middle}
                      - {id: fam-0005, municipality: ede, framework: ots, phase: end}

                    """)
        let path = try w.write("next.yaml", next)
        try Self.failInsert(2, into: "cases", w.db)
        let before = try databaseContents(w.db)
        let arguments = ["load", path, "--db", w.db]
        var command = try Load.parse(Array(arguments.dropFirst()))
        #expect(Self.failing(&command, arguments) == 1)
        #expect(try databaseContents(w.db) == before)

        try Self.removeFailure(w.db)
        #expect(w.run("load", path) == 0)
        let after = try databaseContents(w.db)
        #expect(after["cases"]?.count == (before["cases"]?.count ?? 0) + 3)
        #expect(after["meta"]?.contains("[\"week\",\"2026-W49\"]") == true)
        #expect(after["workers"]?.contains { $0.hasPrefix("[\"w1\"") && $0.contains(",30.0,") } == true, "w1's hours")
    }
}
