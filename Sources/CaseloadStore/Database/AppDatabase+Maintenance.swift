import CaseloadCore
import Foundation
import GRDB

extension AppDatabase {
    /// SQLite's own verdict on the file: `["ok"]` when sound, else what `PRAGMA integrity_check`
    /// and `PRAGMA foreign_key_check` report.
    public func integrityProblems() throws -> [String] {
        try writer.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append(
                    "foreign key: table \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")"
                )
            }
            return problems
        }
    }

    /// A consistent copy of the database at `path`, made with SQLite's online backup while
    /// others may write; the copy appears whole under its name or not at all.
    public func backup(to path: String) throws {
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let copy = try DatabaseQueue(path: partial)
            try writer.backup(to: copy)
            let verdict = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard verdict == ["ok"] else { throw DatabaseError(message: "the copy fails its integrity check: \(verdict)") }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}
