import ArgumentParser
import CaseloadFormats
import CaseloadStore

extension CSVImport.Kind: ExpressibleByArgument {}

/// `caseload import KIND FILE.csv`: adds or updates rows from a spreadsheet export.
struct Import: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import organisations, networks, staff, cases or absences from a CSV export (one transaction).",
        discussion: """
            Accepts `,` or `;` (detected), UTF-8 with or without BOM, CRLF, quoted fields and decimal commas.
            New ids are added, existing ones updated; on any problem nothing is written (exit 65).
            Example: caseload import staff personeel.csv
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "What the file holds: organisations, networks, staff, cases or absences.") var kind: CSVImport.Kind
    @Argument(help: "The CSV file.") var file: String

    mutating func execute() throws -> String {
        let table = try CSVImport.table(at: file)
        let summary = try global.open(create: true).apply { try CSVImport.merge(kind, table, into: $0) }
        return "imported \(kind.rawValue) from \(file): \(summary)\n"
    }
}
