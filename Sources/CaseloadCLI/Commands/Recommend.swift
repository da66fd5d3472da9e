import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload recommend CASE`: ranked ways to place one family in the current plan, each with
/// its exact effect on the score, without planning again.
struct Recommend: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the options for placing one (new or waiting) family: lead, partner, supporters, and the score change.",
        discussion: """
            Reads the current plan (or plan N, a draft too; or plans --scenario FILE first) and tries every possible lead with the best \
            partner and supporters for them, scoring each option exactly against the plan: lower Δ is better, and the \
            terms show what changes (waiting, handover, undelegated, balance). Options marked "needs a move" first \
            move one other family to another lead or partner, at the cost shown; they are listed only when nothing \
            fits without a move or they are clearly better. For a family that is already served the alternatives are \
            ranked against its current people, which are listed too (Δ 0). A family added to the database after the \
            plan was saved counts as waiting.

            Examples:
              caseload recommend fv-0193
              caseload recommend fv-0012 --top 10 --format json
              caseload recommend fam-0107 --scenario what-if.yaml
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Argument(help: "The case code.") var id: String
    @Option(help: "How many options to list.") var top: Int = 5
    @Option(help: "Recommend within this scenario file (planned first) instead of the database.") var scenario: String?
    @Option(help: "Recommend within plan N (a draft too) instead of the current one.") var plan: Int64?
    @Option(help: "table or json.") var format: ReportFormat = .table
    @Flag(help: "Leave out options that need another family moved.") var noMoves = false

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
    }

    mutating func execute() throws -> String {
        let context = try PlanContext.load(global: global, planning: planning, scenarioPath: scenario, planID: plan)
        guard let c = context.caseIndex(id) else {
            throw CommandError.data(
                "'\(id)' is not a case in \(context.source); add it with `caseload import cases FILE.csv` or check the code")
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
