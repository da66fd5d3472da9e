import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore

/// `caseload capacity`: the weeks ahead, available against needed hours.
struct CapacityCommand: OutputCommand {
    /// The longest outlook: two years of weekly figures.
    static let maxWeeks = 104

    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "Week by week ahead: available vs needed hours per pool and organisation, and the first short week.",
        discussion: """
            Reads the database's team, with the families as the current plan holds them (or plan N with --plan), \
            or a scenario file with --scenario (no database). \
            Hours are per week, rounded to 0.1; a week is short when it needs at least 0.1 h more than is available.

            Available hours: contract × casework share × ramp-up, less known absences; nothing after a \
            worker's `leaves` day; a registration that runs out moves the worker out of the registered pool.

            Needed hours: the open families as they move through their phases (start → middle → end → \
            closed) with the case types' phase lengths and hours. When a family entered its current phase is \
            not recorded, so each is taken to be halfway through it (⌈weeks ÷ 2⌉ left, at least one), then \
            every later phase at full length; a phase without a length lasts. A family's own hours hold for \
            its current phase; later phases take the case type's. No new families arrive, unless --arrival \
            gives weekly rates: then new families start at the beginning of their course, held by nobody yet.

            Pools: registered (registered workers who may do casework) against the registered kinds plus the \
            delegable hours no supporter can take (they fall back to the lead, H8); one pool per delegable \
            kind against the supporters who list it. Organisations: their workers against the hours their \
            people hold now (duo casework by duo_split, a kind without a supporter with the lead); what nobody \
            holds is (unassigned). Families against caseload-norm places (a duo takes two) are shown beside.

            Examples:
              caseload capacity
              caseload capacity --weeks 26 --format csv > outlook.csv
              caseload capacity --scenario team.yaml --week 2027-W02 --format json
              caseload capacity --weeks 26 --arrival ots=1.1 --arrival youth-probation=0.75
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many weeks to look ahead, 1…\(CapacityCommand.maxWeeks).") var weeks = 12
    @Option(help: "The first week, e.g. 2026-W48 (default: the database's or the scenario's week).") var week: String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @Option(help: "Read this scenario file instead of the database.") var scenario: String?
    @Option(help: "Count the families as plan N holds them (default: the current plan).") var plan: Int64?
    @Option(name: .customLong("arrival"), help: "New families a week for a framework, e.g. ots=2.4 (repeatable).")
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
                    "--arrival '\(text)': write FRAMEWORK=RATE, e.g. ots=2.4 (frameworks: \(Framework.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            rates[framework, default: 0] += rate
        }
        return rates
    }

    func validate() throws {
        guard (1...Self.maxWeeks).contains(weeks) else { throw ValidationError("--weeks must be between 1 and \(Self.maxWeeks)") }
        if let week, ISOWeek(parsing: week) == nil { throw ValidationError("--week '\(week)' is not an ISO week; write e.g. 2026-W48") }
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
                if let plan { throw CommandError.data("there is no plan \(plan); see `caseload plans`") }
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
