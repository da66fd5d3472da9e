import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore

/// `caseload capacity`: the weeks ahead, available against needed hours.
struct CapacityCommand: OutputCommand {
    /// The longest outlook: two years of weekly figures.
    static let maxWeeks = 104

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "capacity", abstract: Texts.Help.Capacity.abstract(Caseload.language),
            discussion: Texts.Help.Capacity.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: .text(Texts.Help.Capacity.weeks(CapacityCommand.maxWeeks))) var weeks = 12
    @Option(help: .text(Texts.Help.Capacity.week)) var week: String?
    @Option(help: .text(Texts.Help.Capacity.format)) var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @Option(help: .text(Texts.Help.Capacity.scenario)) var scenario: String?
    @Option(help: .text(Texts.Help.Capacity.plan)) var plan: Int64?
    @Option(name: .customLong("arrival"), help: .text(Texts.Help.Capacity.arrival))
    var arrivals: [String] = []

    /// `--arrival` as rates per framework.
    func arrivalRates() throws -> [Framework: Double] {
        var rates: [Framework: Double] = [:]
        for text in arrivals {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let framework = Framework(rawValue: parts[0]), let rate = Double(parts[1]), rate >= 0,
                rate <= 1000
            else {
                throw ValidationError(
                    Texts.Errors.arrival(text, frameworks: Framework.allCases.map(\.rawValue).joined(separator: ", "))(Caseload.language))
            }
            rates[framework, default: 0] += rate
        }
        return rates
    }

    func validate() throws {
        guard (1...Self.maxWeeks).contains(weeks) else {
            throw ValidationError(Texts.Errors.between("--weeks", 1, Self.maxWeeks)(Caseload.language))
        }
        if let week, ISOWeek(parsing: week) == nil { throw ValidationError(Texts.Errors.notISOWeek(week)(Caseload.language)) }
        _ = try arrivalRates()
        try output.validate(format: format)
    }

    mutating func execute() throws -> String {
        var input: Scenario
        var title: String
        if let scenario {
            input = try ScenarioReader().read(path: scenario)
            title = input.name
        } else {
            let db = try global.openLoaded()
            // The families as the plan holds them: a family the plan serves is held by its
            // people in the plan, one that waits by no one new.
            if let saved = try db.savedPlan(id: plan) {
                input = try db.scenario(of: saved).adopting(saved.plan)
                input.week = try db.scenario().week
                title = "\(input.name) · " + Texts.Capacity.heldIn(try PlanSource(saved, in: db).text(Caseload.language))(Caseload.language)
            } else {
                if let plan { throw CommandError.data(Texts.Errors.noPlan(plan)) }
                input = try db.scenario()
                title = "\(input.name) · " + Texts.Capacity.heldOfRecord(Caseload.language)
            }
        }
        if let first = week.flatMap({ ISOWeek(parsing: $0) }) { input.week = first }
        let outlook = CapacityOutlook(input, weeks: weeks, arrivals: try arrivalRates())
        let report = CapacityReport(outlook: outlook, title: title, language: Caseload.language)
        switch format {
        case .table: return try output.emit(report.table())
        case .csv: return try output.emit(report.csv(dialect: output.csvDialect))
        case .json: return try output.emit(report.json().pretty() + "\n")
        case .xlsx:
            let book = CapacityWorkbook(outlook: outlook, language: Caseload.language)
            let sheets = book.sheets.map { XLSXSheet(name: $0.name, header: $0.header, rows: $0.rows.map { $0.map(workbookCell) }) }
            // `validate` has made sure there is a file.
            try writeWorkbook(sheets, to: output.output ?? "capacity.xlsx")
            return ""
        }
    }
}
