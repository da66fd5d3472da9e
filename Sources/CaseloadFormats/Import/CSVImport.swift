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

    /// Reads the file at `path` as a table, refusing a file too large to be an export; an
    /// `.xlsx` workbook is read by `workbookTable(at:kind:)`.
    /// - Parameters:
    ///   - path: the file.
    ///   - kind: what the file holds, which names the sheet a workbook is read from.
    ///   - language: the language of the messages about the file; English unless asked.
    public static func table(at path: String, kind: Kind? = nil, language: Language = .en) throws -> CSVTable {
        if path.lowercased().hasSuffix(".xlsx") { return try workbookTable(at: path, kind: kind, language: language) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw InputError(file: path, XLSXTexts.tooLarge(size, max: maxBytes))
        }
        do {
            return try CSVTable(contentsOf: path, language: language)
        } catch {
            if error.kind == .cannotOpen { throw FileOpenError(path: path, reason: error.message) }
            throw InputError(file: error.file, line: error.line, error.message)
        }
    }

    /// `table`'s rows as `kind`, merged into `scenario`: new ids added, existing ones changed in
    /// the fields the row gives (docs/formats.md), and what that did to each item.
    public static func merge(_ kind: Kind, _ table: CSVTable, into scenario: Scenario) throws -> ScenarioChange {
        let reader = RowReader(table: table)
        reader.checkHeader(kind, scenario: scenario)
        var merger = Merger(reader: reader, scenario: scenario)
        switch kind {
        case .organisations:
            merger.merge(\.organisations, \.id, ImportChanges.fields) { reader.organisation($0, id: $1, stored: $2) }
        case .networks:
            merger.merge(\.networks, \.id, ImportChanges.fields) { reader.network($0, id: $1, stored: $2) }
        case .staff:
            merger.merge(\.staff, \.id, ImportChanges.fields) { reader.worker($0, id: $1, stored: $2) }
        case .cases:
            merger.merge(\.cases, \.id, ImportChanges.fields) { reader.caseItem($0, id: $1, stored: $2) }
        case .absences:
            merger.mergeAbsences()
        }
        let merged = merger.scenario
        var problems = reader.problems
        // Rules are checked even when some cells could not be read, so one run names every
        // problem; a cell already reported as unreadable is not reported again.
        let unreadable = Set(problems.map(\.place))
        let section = kind == .absences ? ScenarioChange.Section.staff.rawValue : kind.rawValue
        for issue in ScenarioValidator().issues(in: merged) {
            let line = issue.section == section ? issue.index.flatMap { merger.lineOf[$0] } : nil
            // Only what this file brings in can be wrong here; earlier data was checked when it came.
            guard line != nil || issue.index == nil else { continue }
            let field = issue.field.map { reader.shown(kind == .cases && $0 == "hours" ? "hours_*" : $0) }
            guard !unreadable.contains(InputProblem.place(line: line, field: field)) else { continue }
            problems.append(InputProblem(file: reader.table.file, line: line, field: field, text: issue.text))
        }
        guard problems.isEmpty else { throw InputError(problems: problems) }
        return ScenarioChange(section: kind, scenario: merged, items: merger.items)
    }
}
