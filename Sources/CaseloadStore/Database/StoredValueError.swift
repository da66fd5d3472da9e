import CaseloadCore
import Foundation
import GRDB

/// A value in the database that Caseload cannot read back: the file was changed outside
/// Caseload, or is damaged. Reading stops here instead of putting a default in its place.
public struct StoredValueError: LocalizedProblem, Sendable {
    /// The table.
    public var table: String
    /// The row's id (or key).
    public var row: String
    /// The column.
    public var field: String
    /// What the column holds.
    public var value: String

    /// Creates the error.
    public init(table: String, row: String, field: String, value: String) {
        self.table = table
        self.row = row
        self.field = field
        self.value = value
    }

    /// `cases row 'fv-0001', field framework: cannot read 'otz' …`.
    public func message(_ language: Language) -> String {
        StoreTexts.unreadableValue(table: table, row: row, field: field, value: value)(language)
    }
}

/// One row of a table, read field by field: every stored text that stands for a value (a date, a
/// framework, a JSON list) must read as one, or the read fails with a `StoredValueError` naming
/// table, row and field.
struct StoredRow {
    let row: Row
    let table: String
    let id: String

    init(_ row: Row, table: String, id: String? = nil) {
        self.row = row
        self.table = table
        self.id = id ?? (row["id"] as String?) ?? "?"
    }

    func fail(_ field: String) -> StoredValueError {
        StoredValueError(table: table, row: id, field: field, value: (row[field] as DatabaseValue?)?.description ?? "NULL")
    }

    /// A value of a string enumeration; a missing one is an error too.
    func value<T: RawRepresentable>(_ field: String, as: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let text = row[field] as String?, let value = T(rawValue: text) else { throw fail(field) }
        return value
    }

    /// A date, or nil where none is stored.
    func day(_ field: String) throws -> Day? {
        guard let text = row[field] as String? else { return nil }
        guard let day = Day(parsing: text) else { throw fail(field) }
        return day
    }

    /// A JSON column, or nil where none is stored.
    func json<T: Decodable>(_ field: String, as: T.Type = T.self) throws -> T? {
        guard let text = row[field] as String? else { return nil }
        do {
            return try Self.decoder.decode(T.self, from: Data(text.utf8))
        } catch {
            throw fail(field)
        }
    }

    /// One decoder for every JSON column of every row.
    private static let decoder = JSONDecoder()
}
