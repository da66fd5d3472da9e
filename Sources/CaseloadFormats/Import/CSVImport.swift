import CaseloadCore
import Foundation

/// A spreadsheet export (docs/formats.md, "CSV imports") merged into a scenario: every row
/// checked, every reference resolved against the file and the scenario, and the result either a
/// change a store writes in one transaction or, on any problem, an `InputError` naming every
/// problem by line and field.
public enum CSVImport {
    /// What a file holds.
    public typealias Kind = ScenarioChange.Section

    /// The largest file imported, as a guard against a wrong file or a runaway export.
    public static let maxBytes = 32 << 20

    /// Reads the file at `path` as a table, refusing a file too large to be an export.
    public static func table(at path: String) throws -> CSVTable {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw InputError(file: path, "the file is \(size) bytes; imports are limited to \(maxBytes) bytes")
        }
        do {
            return try CSVTable(contentsOf: path)
        } catch {
            if error.kind == .cannotOpen { throw FileOpenError(path: path, reason: error.message) }
            throw InputError(file: error.file, line: error.line, error.message)
        }
    }

    /// `table`'s rows as `kind`, merged into `scenario`: new ids added, existing ones replaced.
    public static func merge(_ kind: Kind, _ table: CSVTable, into scenario: Scenario) throws -> ScenarioChange {
        let reader = RowReader(table: table)
        reader.checkHeader(kind)
        var scenario = scenario
        // Where each imported item stands in the merged scenario, to name its line in errors.
        var lineOf: [Int: Int] = [:]
        switch kind {
        case .organisations:
            for row in table.rows {
                guard let o = reader.organisation(row) else { continue }
                lineOf[put(o, into: &scenario.organisations, id: \.id)] = row.line
            }
        case .networks:
            for row in table.rows {
                guard let n = reader.network(row) else { continue }
                lineOf[put(n, into: &scenario.networks, id: \.id)] = row.line
            }
        case .staff:
            for row in table.rows {
                guard var w = reader.worker(row) else { continue }
                if let old = scenario.staff.first(where: { $0.id == w.id }) { w.absences = old.absences }
                lineOf[put(w, into: &scenario.staff, id: \.id)] = row.line
            }
        case .cases:
            for row in table.rows {
                guard let c = reader.caseItem(row) else { continue }
                lineOf[put(c, into: &scenario.cases, id: \.id)] = row.line
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
                lineOf[i] = row.line
            }
        }
        var problems = reader.problems
        // Rules are checked even when some cells could not be read, so one run names every
        // problem; a cell already reported as unreadable is not reported again.
        let unreadable = Set(problems.map(\.place))
        let section = kind == .absences ? ScenarioChange.Section.staff.rawValue : kind.rawValue
        for issue in ScenarioValidator().issues(in: scenario) {
            let line = issue.section == section ? issue.index.flatMap { lineOf[$0] } : nil
            // Only what this file brings in can be wrong here; earlier data was checked when it came.
            guard line != nil || issue.index == nil else { continue }
            let field = issue.field.map { kind == .cases && $0 == "hours" ? "hours_*" : $0 }
            guard !unreadable.contains(InputProblem.place(line: line, field: field)) else { continue }
            problems.append(InputProblem(file: table.file, line: line, field: field, message: issue.message))
        }
        guard problems.isEmpty else { throw InputError(problems: problems) }
        return ScenarioChange(section: kind, scenario: scenario, touched: Array(lineOf.keys))
    }

    /// Puts `item` in `list` in place of the item with its id, or at the end; returns its index.
    static func put<T>(_ item: T, into list: inout [T], id: KeyPath<T, String>) -> Int {
        if let i = list.firstIndex(where: { $0[keyPath: id] == item[keyPath: id] }) {
            list[i] = item
            return i
        }
        list.append(item)
        return list.count - 1
    }
}
