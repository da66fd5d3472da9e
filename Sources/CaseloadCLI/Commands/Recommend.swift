import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload recommend CASE`: ranked ways to place one family in the current plan, each with
/// its exact effect on the score, without planning again.
struct Recommend: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Recommend.abstract(Caseload.language), discussion: Texts.Help.Recommend.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Argument(help: .text(Texts.Help.Shared.caseCode)) var id: String
    @Option(help: .text(Texts.Help.Recommend.top)) var top: Int = 5
    @Option(help: .text(Texts.Help.Recommend.scenario)) var scenario: String?
    @Option(help: .text(Texts.Help.Recommend.plan)) var plan: Int64?
    @Option(help: .text(Texts.Help.Shared.reportFormat)) var format: ReportFormat = .table
    @Flag(help: .text(Texts.Help.Recommend.noMoves)) var noMoves = false

    func validate() throws {
        guard top >= 1 else { throw ValidationError(Texts.Errors.atLeast("--top", 1)(Caseload.language)) }
    }

    mutating func execute() throws -> String {
        let context = try PlanContext.load(global: global, planning: planning, scenarioPath: scenario, planID: plan)
        guard let c = context.caseIndex(id) else {
            throw CommandError.data(Texts.Errors.notACase(id, in: context.sourceText))
        }
        // Timed from here: reading the database or planning a scenario is not the recommender's work.
        let started = monotonicSeconds()
        let recommender = Recommender(state: context.state, weights: context.weights, locked: context.locked)
        let options = recommender.recommend(c, top: top, ejections: !noMoves)
        // When nothing fits, say what blocks the family rather than print an empty list.
        let gap = options.isEmpty ? ServiceGap(recommender: recommender, case: c, top: 3) : nil
        let report = RecommendReport(
            context: context, case: c, options: options, gap: gap, score: recommender.score.soft,
            seconds: monotonicSeconds() - started, figures: .of(Caseload.language))
        return format == .json ? report.json().pretty() + "\n" : report.text()
    }
}
