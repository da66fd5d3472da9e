import CaseloadCore
import CaseloadFormats
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

extension PlanOptions {
    /// A short search, quick in a debug build.
    static let quick = PlanOptions(maxMoves: 20_000)
}

extension AppDatabase {
    /// Imports the CSV file at `path` as `caseload import` does: read, then merged and written in
    /// one transaction.
    @discardableResult
    func importCSV(_ kind: CSVImport.Kind, path: String) throws -> ImportSummary {
        let table = try CSVImport.table(at: path)
        return try apply { try CSVImport.merge(kind, table, into: $0) }
    }
}
