import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload explain ID`: why a family has these people or waits; what fills a worker's week.
struct Explain: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a case (why these people, or why it waits) or a worker (what fills their week).",
        discussion: """
            Reads the current saved plan, or plans --scenario FILE first. Examples:
              caseload explain fam-0107
              caseload explain jb-01 --scenario Scenarios/foodvalley.yaml
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Argument(help: "A case code or a worker id.") var id: String
    @Option(help: "Explain within this scenario file instead of the database.") var scenario: String?
    @Option(help: "Explain within saved plan N instead of the current one.") var plan: Int64?

    mutating func execute() throws -> String {
        var input: Scenario
        let result: Plan
        var source: String
        if let scenario {
            input = try ScenarioReader().read(path: scenario)
            if let week = planning.parsedWeek { input.week = week }
            result = makePlan(input, planning)
            source = "a fresh plan of \(scenario)"
        } else {
            let db = try global.open()
            if let saved = try db.plan(id: plan) {
                result = saved
                input = try db.scenario(week: saved.week)
                source = "saved plan \(try plan ?? db.currentPlanID() ?? 0)"
            } else {
                if let plan { throw CommandError.data("there is no plan \(plan); see `caseload plans`") }
                input = try db.scenario(week: planning.parsedWeek)
                result = makePlan(input, planning)
                source = "a fresh plan (none saved yet)"
            }
        }
        let explainer = Explainer(scenario: input, plan: result)
        if let text = explainer.explainCase(id) ?? explainer.explainWorker(id) {
            return "\(text)\n(from \(source), week \(result.week))\n"
        }
        throw CommandError.data("'\(id)' is neither a case nor a worker in \(source)")
    }
}
