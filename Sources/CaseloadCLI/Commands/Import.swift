import ArgumentParser
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

extension CSVImport.Kind: ExpressibleByArgument {}

/// `caseload import KIND FILE.csv`: adds or updates rows from a spreadsheet export.
struct Import: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import organisations, networks, staff, cases or absences from a CSV export or an Excel workbook (one transaction).",
        discussion: """
            Accepts `,` or `;` (detected, or named by a `sep=;` first line), UTF-8 with or without BOM, Windows-1252
            (Dutch Excel's default CSV), CRLF, quoted fields and decimal commas; Dutch column names and values
            (gemeente, kader, fase, voogdij, midden, ja/nee) beside the English ones.
            New ids are added; for existing ones only the cells given change (an empty cell or absent column keeps
            the stored value, `-` clears it). Prints what changed, field by field; on any problem nothing is
            written (exit 65). --dry-run prints the same and writes nothing.
            Example: caseload import staff personeel.csv --dry-run
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "What the file holds: organisations, networks, staff, cases or absences.") var kind: CSVImport.Kind
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Print what the import would add and change, field by field, and write nothing.") var dryRun = false

    mutating func execute() throws -> String {
        // Messages about the file in the run's language (Dutch unless `--lang en`).
        let table = try CSVImport.table(at: file, kind: kind, language: Caseload.language)
        // A dry run creates no database: with none yet, the file is compared with an empty one.
        let database =
            dryRun && !FileManager.default.fileExists(atPath: global.path) ? try AppDatabase.inMemory() : try global.open(create: true)
        let kind = self.kind
        let summary = try database.apply(dryRun: dryRun) { try CSVImport.merge(kind, table, into: $0) }
        return ImportReport(kind: kind.rawValue, file: file, items: summary.items, dryRun: dryRun).render()
    }
}
