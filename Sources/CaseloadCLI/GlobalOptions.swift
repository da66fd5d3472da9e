import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// Options every command that touches the database shares.
public struct GlobalOptions: ParsableArguments {
    /// The database file.
    @Option(name: .long, help: .text(Texts.Help.Shared.db))
    public var db: String?

    /// Creates default options.
    public init() {}

    /// The path in force.
    public var path: String { db ?? ProcessInfo.processInfo.environment["CASELOAD_DB"] ?? "caseload.sqlite" }

    /// Opens the database, creating it when `create` is set; otherwise a missing file is an error.
    func open(create: Bool = false) throws -> AppDatabase {
        if !create { try requireFile() }
        return try AppDatabase.open(path: path)
    }

    /// Throws when there is no database file at the path.
    func requireFile() throws {
        if !FileManager.default.fileExists(atPath: path) {
            throw FileOpenError(path: path, reason: Texts.Errors.noDatabase)
        }
    }

    /// Opens the database and refuses one that nothing has been loaded into yet.
    func openLoaded() throws -> AppDatabase {
        let database = try open()
        guard try !database.isEmpty() else { throw CommandError.emptyDatabase }
        return database
    }
}

/// Options that shape a plan.
public struct PlanningOptions: ParsableArguments {
    /// The week.
    @Option(help: .text(Texts.Help.Shared.week))
    public var week: String?

    /// The seed.
    @Option(help: .text(Texts.Help.Shared.seed))
    public var seed: UInt64 = 1

    /// Weight overrides.
    @Option(
        name: .customLong("weight"), help: .text(Texts.Help.Shared.weight))
    public var weights: [String] = []

    /// The search's time limit.
    @Option(help: .text(Texts.Help.Shared.timeLimit))
    public var timeLimit: Double?

    /// The convergence rule in moves.
    @Option(help: .text(Texts.Help.Shared.unimprovedMoves))
    public var unimprovedMoves: Int?

    /// Stop when the search has not improved for this long.
    @Option(help: .text(Texts.Help.Shared.unimprovedTime))
    public var unimprovedTime: Double?

    /// Search threads.
    @Option(help: .text(Texts.Help.Shared.threads))
    public var threads: Int = 2

    /// A move budget, for runs that must be reproducible to the byte whatever the machine.
    @Option(help: .text(Texts.Help.Shared.maxMoves))
    public var maxMoves: Int?

    /// The construction planner alone.
    @Flag(help: .text(Texts.Help.Shared.noSearch))
    public var noSearch = false

    /// Voluntary handovers the plan may make.
    @Option(
        help: .text(Texts.Help.Shared.allowHandovers))
    public var allowHandovers: Int?

    /// Creates default options.
    public init() {}

    /// Checks the values before anything runs.
    public func validate() throws {
        if let week, ISOWeek(parsing: week) == nil { throw ValidationError(Texts.Errors.notISOWeek(week)(Caseload.language)) }
        _ = try parsedWeights()
        if let timeLimit, !(timeLimit >= 0 && timeLimit.isFinite) {
            throw ValidationError(Texts.Errors.timeLimit(Caseload.language))
        }
        guard (1...64).contains(threads) else { throw ValidationError(Texts.Errors.between("--threads", 1, 64)(Caseload.language)) }
        if let maxMoves, maxMoves < 0 { throw ValidationError(Texts.Errors.atLeast("--max-moves", 0)(Caseload.language)) }
        if let unimprovedMoves, unimprovedMoves < 0 {
            throw ValidationError(Texts.Errors.atLeast("--unimproved-moves", 0)(Caseload.language))
        }
        if let unimprovedTime, !(unimprovedTime > 0 && unimprovedTime.isFinite) {
            throw ValidationError(Texts.Errors.unimprovedTime(Caseload.language))
        }
        if let allowHandovers, allowHandovers < 0 { throw ValidationError(Texts.Errors.atLeast("--allow-handovers", 0)(Caseload.language)) }
    }

    func parsedWeights() throws -> [String: Double] {
        var result: [String: Double] = [:]
        for item in weights {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, Settings.Weights.names.contains(parts[0]), let v = Double(parts[1]), v >= 0, v.isFinite else {
                throw ValidationError(
                    Texts.Errors.weight(item, names: Settings.Weights.names.joined(separator: ", "))(Caseload.language))
            }
            result[parts[0]] = v
        }
        return result
    }

    var parsedWeek: ISOWeek? { week.flatMap { ISOWeek(parsing: $0) } }

    var planOptions: PlanOptions {
        var options = PlanOptions(
            seed: seed, weights: (try? parsedWeights()) ?? [:], timeLimit: timeLimit ?? 30,
            unimprovedMoves: unimprovedMoves.map { $0 == 0 ? Int.max : $0 }, unimprovedTimeLimit: unimprovedTime,
            maxMoves: maxMoves, threads: threads,
            search: !noSearch)
        options.allowedHandovers = allowHandovers
        return options
    }
}

/// How a plan is printed.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
    /// An Excel workbook, written to `--output`.
    case xlsx
}

extension PlanCSV.Dialect: ExpressibleByArgument {}

/// Where and how a plan goes out: `--output FILE` (needed for xlsx) and `--csv-dialect`.
public struct OutputOptions: ParsableArguments {
    /// The file to write instead of printing.
    @Option(help: .text(Texts.Help.Shared.output))
    public var output: String?

    /// The CSV dialect.
    @Option(help: .text(Texts.Help.Shared.csvDialect))
    public var csvDialect: PlanCSV.Dialect = .dutch

    /// Creates default options.
    public init() {}

    /// Refuses a workbook without a file to write it to.
    func validate(format: OutputFormat) throws {
        if format == .xlsx && output == nil {
            throw ValidationError(Texts.Errors.xlsxNeedsOutput(Caseload.language))
        }
    }

    /// `text` printed, or written whole to `--output` (returning what to print then: nothing).
    func emit(_ text: String) throws -> String {
        guard let output else { return text }
        do {
            try writeWhole(Data(text.utf8), to: output)
        } catch {
            throw FileOpenError(path: output, reason: Texts.Errors.notWritten(error.localizedDescription))
        }
        return ""
    }
}

/// Writes `data` to `path.partial`, then renames it over `path`: a reader never sees half a file.
func writeWhole(_ data: Data, to path: String) throws {
    let partial = path + ".partial"
    try data.write(to: URL(fileURLWithPath: partial))
    guard rename(partial, path) == 0 else {
        try? FileManager.default.removeItem(atPath: partial)
        throw CocoaError(.fileWriteUnknown)
    }
}

/// Writes `sheets` as a workbook at `path`; a file that cannot be written exits 66.
func writeWorkbook(_ sheets: [XLSXSheet], to path: String) throws {
    do {
        try XLSXWriter.write(sheets, to: path)
    } catch {
        // A sheet the writer refuses is a fault of ours, said as the writer says it.
        if error.sheet != nil { throw CommandError(exitCode: 1, Text(nl: error.line(.nl), en: error.line(.en))) }
        throw FileOpenError(path: path, reason: error.text)
    }
}

/// A plan's cell as a workbook holds it.
func workbookCell(_ cell: PlanRows.Cell) -> XLSXCell {
    switch cell {
    case .text(let s): .text(s)
    case .number(let x): .number(x)
    case .integer(let n): .integer(n)
    case .empty: .empty
    }
}

/// Seconds on a monotonic clock, for the solver's reported time.
func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// Plans `scenario` with the shared planner.
func makePlan(_ scenario: Scenario, _ options: PlanningOptions, warmStart: Plan? = nil, adoptsWarmStart: Bool = true) -> Plan {
    var planOptions = options.planOptions
    planOptions.warmStart = warmStart
    planOptions.adoptsWarmStart = adoptsWarmStart
    let clock = ProgressClock(limit: planOptions.timeLimit)
    defer { clock.finish() }
    return Planner.plan(scenario, options: planOptions, clock: { clock.now() })
}

/// Renders a plan in `format` with CaseloadReport's renderers; with `worker`, that worker's
/// families and what concerns them only. With `--output` the plan is written to that file (a
/// workbook for xlsx) and what is returned is empty.
func render(
    _ plan: Plan, scenario: Scenario?, format: OutputFormat, worker: String? = nil, output: OutputOptions = OutputOptions()
) throws -> String {
    switch format {
    case .json: return try output.emit(PlanJSON.value(of: plan, scenario: scenario, worker: worker).pretty() + "\n")
    case .csv: return try output.emit(PlanCSV.render(plan, scenario: scenario, worker: worker, dialect: output.csvDialect))
    case .table: return try output.emit(PlanReport(plan: plan, scenario: scenario, worker: worker, language: Caseload.language).render())
    case .xlsx:
        let book = PlanWorkbook(plan: plan, scenario: scenario, worker: worker, language: Caseload.language)
        let sheets = book.sheets.map { XLSXSheet(name: $0.name, header: $0.header, rows: $0.rows.map { $0.map(workbookCell) }) }
        // `validate` has made sure there is a file.
        try writeWorkbook(sheets, to: output.output ?? "plan.xlsx")
        return ""
    }
}

/// How an analysis (`explain`, `recommend`) is printed.
public enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json
}
