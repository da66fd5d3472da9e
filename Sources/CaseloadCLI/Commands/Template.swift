import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import Foundation

/// `caseload template KIND`: a sheet to start an import from.
struct Template: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Template.abstract(Caseload.language), discussion: Texts.Help.Template.discussion(Caseload.language))
    }

    /// The formats a template is written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx
    }

    @Argument(help: .text(Texts.Help.Template.kind)) var kind: CSVImport.Kind
    @Option(help: .text(Texts.Help.Template.format)) var format: Format = .csv
    @OptionGroup var output: OutputOptions

    func validate() throws { try output.validate(format: format == .xlsx ? .xlsx : .csv) }

    mutating func execute() throws -> String {
        let language = Caseload.language
        let sheet = TemplateSheet(kind: kind, language: language)
        switch format {
        case .xlsx:
            let name = CSVImport.sheetNames(of: kind)[language == .nl ? 0 : 1]
            typealias C = Texts.Workbook.Column
            let yes = Text(nl: "ja", en: "yes")(language)
            let notes = XLSXSheet(
                name: Texts.Workbook.notes(language), header: [C.column(language), C.required(language), C.note(language)],
                rows: sheet.columns.map { [.text($0.name), .text($0.required ? yes : ""), .text($0.note)] })
            let data = XLSXSheet(name: name, header: sheet.columns.map(\.name), rows: [sheet.columns.map { Self.cell($0.example) }])
            try writeWorkbook([data, notes], to: output.output ?? "template.xlsx")
            return ""
        case .csv:
            let dialect = output.csvDialect
            var csv = dialect.preamble + PlanCSV.row(sheet.columns.map(\.name), dialect: dialect)
            csv += PlanCSV.row(sheet.columns.map { Self.text($0.example, dialect: dialect, language: language) }, dialect: dialect)
            let notes = sheet.columns.map { "  \($0.name): \($0.note)" }.joined(separator: "\n")
            FileHandle.standardError.write(Data((Texts.Workbook.notes(language) + ":\n" + notes + "\n").utf8))
            return try output.emit(csv)
        }
    }

    static func cell(_ value: TemplateSheet.Value) -> XLSXCell {
        switch value {
        case .text(let s): s.isEmpty ? .empty : .text(s)
        case .number(let x): .number(x)
        case .integer(let n): .integer(n)
        case .date(let d): .date(d)
        case .bool(let b): .bool(b)
        }
    }

    static func text(_ value: TemplateSheet.Value, dialect: PlanCSV.Dialect, language: Language) -> String {
        switch value {
        case .text(let s): s
        case .number(let x): x == x.rounded() ? "\(Int(x))" : PlanCSV.text(.number(x), dialect: dialect)
        case .integer(let n): "\(n)"
        case .date(let d): d.description
        case .bool(let b): language == .nl ? (b ? "ja" : "nee") : (b ? "yes" : "no")
        }
    }
}
