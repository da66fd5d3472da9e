import ArgumentParser
import CaseloadCore
import CaseloadReport

/// `caseload explain [ID]`: the score taken apart; why a family has these people or waits and
/// what would serve it; what fills a worker's week.
struct Explain: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain the score, a case (why these people, or why it waits) or a worker (what fills their week).",
        discussion: """
            Reads the current plan (or plan N, a draft too), or plans --scenario FILE first.

            Without an ID (or with `score`): every hard rule H1–H11 with how often it is broken, and every soft term \
            S1–S4 with its weighted points and the families or workers contributing most. A waiting family: which \
            rule stops each possible lead, how many leads each rule stops, and the smallest change that would serve \
            it (more hours or a norm place for one lead, or one other family moved). A served family: its people and \
            the best alternatives with their score change. A worker: their families, hours and norm use.

            Examples:
              caseload explain
              caseload explain score --top 10 --format json
              caseload explain fv-0193
              caseload explain jbg-05 --scenario Scenarios/foodvalley.yaml
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Argument(help: "A case code or a worker id; none (or `score`) for the score analysis.") var id: String?
    @Option(help: "Explain within this scenario file instead of the database.") var scenario: String?
    @Option(help: "Explain within plan N (a draft too) instead of the current one.") var plan: Int64?
    @Option(help: "table or json.") var format: ReportFormat = .table
    @Option(help: "How many contributors, leads and options to list.") var top: Int = 5

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    mutating func execute() throws -> String {
        let context = try PlanContext.load(global: global, planning: planning, scenarioPath: scenario, planID: plan)
        let figures = Figures.of(Caseload.language)
        let footer = context.footer(figures: figures)
        guard let id, id != "score" else {
            let analysis = ScoreAnalysis(plan: context.plan, state: context.state, weights: context.weights, top: top)
            let report = AnalysisReport(analysis: analysis, week: context.plan.week, figures: figures)
            return format == .json ? report.json(source: context.source).pretty() + "\n" : report.text() + footer
        }
        let explainer = Explainer(context: context, top: top, figures: figures)
        switch format {
        case .json:
            if let value = explainer.caseJSON(id) ?? explainer.workerJSON(id) { return value.pretty() + "\n" }
        case .table:
            if let text = explainer.explainCase(id) ?? explainer.explainWorker(id) { return "\(text)\n\(footer)" }
        }
        throw CommandError.data("'\(id)' is neither a case nor a worker in \(context.source)")
    }
}
