import ArgumentParser
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

extension CSVImport.Kind: ExpressibleByArgument {}

/// `caseload import KIND FILE.csv`: adds or updates rows from a spreadsheet export.
struct Import: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Import.abstract(Caseload.language), discussion: Texts.Help.Import.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .text(Texts.Help.Import.kind)) var kind: CSVImport.Kind
    @Argument(help: .text(Texts.Help.Import.file)) var file: String
    @Flag(help: .text(Texts.Help.Import.dryRun)) var dryRun = false

    mutating func execute() throws -> String {
        // Messages about the file in the run's language (Dutch unless `--lang en`).
        let table = try CSVImport.table(at: file, kind: kind, language: Caseload.language)
        // A dry run creates no database: with none yet, the file is compared with an empty one.
        let database =
            dryRun && !FileManager.default.fileExists(atPath: global.path) ? try AppDatabase.inMemory() : try global.open(create: true)
        let kind = self.kind
        let summary = try database.apply(dryRun: dryRun) { try CSVImport.merge(kind, table, into: $0) }
        let language = Caseload.language
        let fields = Set(summary.items.flatMap { $0.fields.map(\.name) })
        let names = Dictionary(uniqueKeysWithValues: fields.map { ($0, CSVImport.columnName($0, language: language)) })
        return ImportReport(kind: kind.rawValue, file: file, items: summary.items, dryRun: dryRun, language: language, fieldNames: names)
            .render()
    }
}
