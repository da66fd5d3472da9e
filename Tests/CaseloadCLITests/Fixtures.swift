import CaseloadStore
import Foundation
import Testing

/// What the CLI tests plan.
enum Fixtures {
    /// The repository root, found from this file's path (Tests/CaseloadCLITests/Fixtures.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The bundled example region.
    static let foodvalley = root.appendingPathComponent("Scenarios/foodvalley.yaml").path

    /// A search bound by `moves` alone: the time limit is one no run reaches, so that two runs
    /// compared agree however slow the machine (the default 30 s would cut a slow run short).
    static func moves(_ moves: Int) -> [String] { ["--max-moves", "\(moves)", "--time-limit", "86400"] }
}

/// Every row of every table of a database, as text, to compare two databases or one before and
/// after: table name → its rows as JSON arrays, sorted.
func databaseContents(_ path: String) throws -> [String: [String]] {
    let database = try AppDatabase.open(path: path)
    return try database.writer.read { db in
        var contents: [String: [String]] = [:]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
            let row = "json_array(" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
            contents[table] = try String.fetchAll(db, sql: "SELECT \(row) FROM \"\(table)\"").sorted()
        }
        return contents
    }
}
