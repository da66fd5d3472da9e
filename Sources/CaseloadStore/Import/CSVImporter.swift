import CaseloadFormats
import CaseloadCore
import Foundation

/// Imports a spreadsheet export (docs/formats.md, "CSV imports") into the database: every row
/// checked, every reference resolved against the file and the database, then all rows written
/// in one transaction — or, on any problem, nothing written and every problem named by line and
/// field.
public struct CSVImporter: Sendable {
    /// What a file holds.
    public enum Kind: String, CaseIterable, Sendable {
        case organisations, staff, cases, absences
    }

    /// The largest file imported, as a guard against a wrong file or a runaway export.
    public static let maxBytes = 32 << 20

    /// The database imported into.
    public let database: AppDatabase

    /// Creates an importer.
    public init(database: AppDatabase) { self.database = database }

    /// Reads the file at `path` and imports it as `kind`.
    @discardableResult
    public func importFile(_ kind: Kind, path: String) throws -> AppDatabase.ImportSummary {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Self.maxBytes {
            throw InputError(file: path, "the file is \(size) bytes; imports are limited to \(Self.maxBytes) bytes")
        }
        let table: CSVTable
        do {
            table = try CSVTable(contentsOf: path)
        } catch {
            if error.kind == .cannotOpen { throw FileOpenError(path: path, reason: error.message) }
            throw InputError(file: error.file, line: error.line, error.message)
        }
        return try importTable(kind, table)
    }

    /// Imports a parsed table as `kind`.
    @discardableResult
    public func importTable(_ kind: Kind, _ table: CSVTable) throws -> AppDatabase.ImportSummary {
        let reader = RowReader(table: table)
        reader.checkHeader(kind)
        var scenario = try database.scenario()
        // Where each imported item stands in the merged scenario, to name its line in errors.
        var lineOf: [String: Int] = [:]
        switch kind {
        case .organisations:
            for row in table.rows {
                guard let o = reader.organisation(row) else { continue }
                lineOf["organisations#\(Self.put(o, into: &scenario.organisations))"] = row.line
            }
        case .staff:
            for row in table.rows {
                guard var w = reader.worker(row) else { continue }
                if let old = scenario.staff.first(where: { $0.id == w.id }) { w.absences = old.absences }
                lineOf["staff#\(Self.put(w, into: &scenario.staff))"] = row.line
            }
        case .cases:
            for row in table.rows {
                guard let c = reader.caseItem(row) else { continue }
                lineOf["cases#\(Self.put(c, into: &scenario.cases))"] = row.line
            }
        case .absences:
            for row in table.rows {
                guard let (worker, absence) = reader.absence(row) else { continue }
                guard let i = scenario.staff.firstIndex(where: { $0.id == worker }) else {
                    reader.fail(row, "worker", "unknown worker '\(worker)': import staff first")
                    continue
                }
                scenario.staff[i].absences.removeAll { $0.from == absence.from && $0.to == absence.to }
                scenario.staff[i].absences.append(absence)
                lineOf["staff#\(i)"] = row.line
            }
        }
        var problems = reader.problems
        // Rules are checked even when some cells could not be read, so one run names every
        // problem; a cell already reported as unreadable is not reported again.
        let unreadable = Set(problems.map(\.place))
        for issue in ScenarioValidator().issues(in: scenario) {
            let line = issue.index.flatMap { lineOf["\(issue.section)#\($0)"] }
            // Only what this file brings in can be wrong here; earlier data was checked when it came.
            guard line != nil || issue.index == nil else { continue }
            let field = issue.field.map { kind == .cases && $0 == "hours" ? "hours_*" : $0 }
            guard !unreadable.contains(InputProblem.place(line: line, field: field)) else { continue }
            problems.append(InputProblem(file: table.file, line: line, field: field, message: issue.message))
        }
        guard problems.isEmpty else { throw InputError(problems: problems) }
        return try database.replaceItems(kind, from: scenario, touched: Set(lineOf.keys))
    }

    static func put<T: Identifiable>(_ item: T, into list: inout [T]) -> Int {
        if let i = list.firstIndex(where: { $0.id == item.id }) {
            list[i] = item
            return i
        }
        list.append(item)
        return list.count - 1
    }
}

extension Organisation: Identifiable {}
extension Worker: Identifiable {}
extension Case: Identifiable {}

extension AppDatabase {
    /// Writes the touched items of `scenario` (keys `section#index`) in one transaction.
    func replaceItems(_ kind: CSVImporter.Kind, from scenario: Scenario, touched: Set<String>) throws -> ImportSummary {
        try writer.write { db in
            var summary = ImportSummary()
            for key in touched.sorted(by: { Self.index(of: $0) < Self.index(of: $1) }) {
                let i = Self.index(of: key)
                switch kind {
                case .organisations: Self.count(try Self.upsert(db, scenario.organisations[i]), &summary)
                case .staff: Self.count(try Self.upsert(db, scenario.staff[i]), &summary)
                case .cases: Self.count(try Self.upsert(db, scenario.cases[i]), &summary)
                case .absences:
                    let worker = scenario.staff[i]
                    for a in worker.absences { try Self.upsert(db, a, worker: worker.id) }
                    summary.updated += 1
                }
            }
            return summary
        }
    }

    static func index(of key: String) -> Int { Int(key.split(separator: "#").last ?? "") ?? 0 }
}
