import ArgumentParser
import CaseloadCore
import CaseloadReport

/// `caseload explain [ID]`: the score taken apart; why a family has these people or waits and
/// what would serve it; what fills a worker's week.
struct Explain: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Explain.abstract(Caseload.language), discussion: Texts.Help.Explain.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Argument(help: .text(Texts.Help.Explain.id)) var id: String?
    @Option(help: .text(Texts.Help.Explain.scenario)) var scenario: String?
    @Option(help: .text(Texts.Help.Explain.plan)) var plan: Int64?
    @Option(help: .text(Texts.Help.Shared.reportFormat)) var format: ReportFormat = .table
    @Option(help: .text(Texts.Help.Explain.top)) var top: Int = 5

    func validate() throws {
        guard top >= 1 else { throw ValidationError(Texts.Errors.atLeast("--top", 1)(Caseload.language)) }
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
        throw CommandError.data(Texts.Errors.neitherCaseNorWorker(id, in: context.sourceText))
    }
}
