import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload show`: a kept plan.
struct Show: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Show.abstract(Caseload.language), discussion: Texts.Help.Show.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: .text(Texts.Help.Shared.planNumber)) var plan: Int64?
    @Option(help: .text(Texts.Help.Shared.planFormat)) var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @Option(help: .text(Texts.Help.Shared.worker)) var worker: String?

    func validate() throws { try output.validate(format: format) }

    mutating func execute() throws -> String {
        let db = try global.open()
        guard let saved = try db.savedPlan(id: plan) else {
            throw CommandError.data(plan.map { Texts.Errors.noPlan($0) } ?? Texts.Errors.noPlanApproved)
        }
        let scenario = try db.scenario(of: saved)
        try requireWorker(worker, in: scenario)
        let text = try render(saved.plan, scenario: scenario, format: format, worker: worker, output: output)
        return text + (format == .table ? "(\(try PlanSource(saved, in: db).description))\n" : "")
    }
}

/// Which kept plan a report reads, in words: `plan 4, current` or `plan 5, a draft (…)`.
struct PlanSource: CustomStringConvertible {
    let id: Int64
    let isCurrent: Bool
    let isDraft: Bool
    let isStale: Bool

    init(_ saved: SavedPlan, in db: AppDatabase) throws {
        id = saved.id
        isCurrent = saved.isCurrent
        isDraft = saved.isDraft
        isStale = try db.isStale(saved)
    }

    var description: String { text(Caseload.language) }

    /// In every language: `explain` and `recommend` print it in the run's, their JSON in English.
    var words: Text { Texts.Plan.source(id, current: isCurrent, draft: isDraft, stale: isStale) }

    /// In `language`: the capacity report, not yet in Dutch, says it in English.
    func text(_ language: Language) -> String { words(language) }
}

/// `caseload plans`: the kept plans.
struct Plans: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Plans.abstract(Caseload.language), discussion: Texts.Help.Plans.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        let rows = try global.open().plans().map {
            PlanListReport.Row(
                id: $0.id, week: $0.week, savedAt: $0.createdAt, isCurrent: $0.isCurrent, isApproved: !$0.isDraft, isStale: $0.isStale,
                served: $0.served, waiting: $0.waiting, handovers: $0.handovers, soft: $0.soft)
        }
        return PlanListReport(rows: rows, language: Caseload.language).render()
    }
}
