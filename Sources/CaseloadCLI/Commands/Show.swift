import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload show`: a saved plan.
struct Show: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the current saved plan, or plan N.",
        discussion: "Examples: caseload show; caseload show --plan 3 --format json")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The plan number (see `caseload plans`).") var plan: Int64?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    mutating func execute() throws -> String {
        let db = try global.open()
        guard let saved = try db.plan(id: plan) else {
            throw CommandError.data(
                plan.map { "there is no plan \($0); see `caseload plans`" } ?? "no plan saved yet; run `caseload plan --save`")
        }
        let scenario = try db.scenario(week: saved.week)
        let id = try plan ?? db.currentPlanID() ?? 0
        return render(saved, scenario: scenario, format: format) + (format == .table ? "(saved plan \(id))\n" : "")
    }
}

/// `caseload plans`: the saved plans.
struct Plans: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the saved plans, newest first; * marks the current one.",
        discussion: "Example: caseload plans")

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        let rows = try global.open().plans().map {
            PlanListReport.Row(
                id: $0.id, week: $0.week, savedAt: $0.createdAt, isCurrent: $0.isCurrent, served: $0.served, waiting: $0.waiting,
                soft: $0.soft)
        }
        return PlanListReport(rows: rows).render()
    }
}
