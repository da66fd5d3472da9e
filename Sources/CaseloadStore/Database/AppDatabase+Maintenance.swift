import CaseloadCore
import Foundation
import GRDB

extension AppDatabase {
    /// What is wrong with the file: SQLite's own verdict (`PRAGMA integrity_check`, `PRAGMA
    /// foreign_key_check`) and every value stored in a column of another type (a damaged value
    /// the readers would stop on). Empty when sound.
    public func integrityProblems() throws -> [String] {
        try writer.read { db in try Self.integrityProblems(db) }
    }

    /// The problems of `integrityProblems()` for the file at `path`, read without opening it for
    /// writing and before any migration, so that a damaged file is never written to. Throws a
    /// `DatabaseError` when the file cannot be read as a database at all.
    public static func integrityProblems(path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in try integrityProblems(db) }
    }

    /// SQLite's words when `error` says the file is damaged or is no SQLite database; else nil.
    public static func damage(in error: any Error) -> String? {
        guard let error = error as? DatabaseError, error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB else {
            return nil
        }
        return error.message ?? "\(error.resultCode)"
    }

    static func integrityProblems(_ db: Database) throws -> [String] {
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            problems.append(
                "foreign key: table \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")"
            )
        }
        // Only a sound file is read further: a damaged one may break the reading itself.
        guard problems.isEmpty else { return problems }
        return try typeProblems(db)
    }

    /// Values of another type than their column's (an INTEGER column holding text, a NOT NULL
    /// column holding NULL, a blob anywhere): the schema's tables do not enforce their types.
    static func typeProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        for table in tables {
            for column in try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\" FROM pragma_table_info(?)", arguments: [table]) {
                let name: String = column["name"]
                let declared = (column["type"] as String).uppercased()
                var allowed: [String]
                switch declared {
                case "INTEGER": allowed = ["integer"]
                case "REAL": allowed = ["real", "integer"]
                case "TEXT": allowed = ["text"]
                default: continue
                }
                if !(column["notnull"] as Bool) { allowed.append("null") }
                let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
                let wrong =
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier) WHERE typeof(\(name.quotedDatabaseIdentifier)) NOT IN (\(list))"
                    ) ?? 0
                if wrong > 0 {
                    problems.append("table \(table), column \(name): \(wrong) values that are no \(declared.lowercased())")
                }
            }
        }
        return problems
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
