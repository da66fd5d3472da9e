import CaseloadCore
import CaseloadStore
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

        let checked = try TestProcess.run(["check", "--db", w.db])
        #expect(!checked.crashed, "check crashed (signal \(checked.status)): \(checked.errors.suffix(800))")
        #expect(checked.status == 65, "exit \(checked.status): \(checked.errors.suffix(800))")
        #expect(checked.errors.contains("the database is not sound"), "\(checked.errors.suffix(800))")
        #expect(checked.errors.contains(damage.says), "\(checked.errors.suffix(800))")
        if damage.foundInTheFile {
            #expect(try Data(contentsOf: URL(fileURLWithPath: w.db)) == before, "check wrote to the damaged file")
        }
    }
}
