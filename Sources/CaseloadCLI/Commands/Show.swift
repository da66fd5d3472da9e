import ArgumentParser
import CaseloadCore
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
        let plans = try global.open().plans()
        guard !plans.isEmpty else { return "no plans saved yet; run `caseload plan --save`\n" }
        var out = "   plan  week      saved                 served  waiting        score\n"
        for p in plans {
            out += (p.isCurrent ? " * " : "   ") + PlanReport.pad("\(p.id)", 5) + " " + PlanReport.pad(p.week, 10)
            out += PlanReport.pad(p.createdAt, 22) + PlanReport.pad("\(p.served)", 8) + PlanReport.pad("\(p.waiting)", 9)
            out += PlanReport.pad(String(format: "%.1f", p.soft), 12, right: true) + "\n"
        }
        return out
    }
}
