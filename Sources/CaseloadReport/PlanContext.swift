import CaseloadCore

/// The plan a read-only analysis works against (`explain`, `recommend`), with the planner's
/// state rebuilt from it so that core analyses can score changes exactly. The command line loads
/// it; the reports only read it.
public struct PlanContext: Sendable {
    /// The scenario, with the run's weight overrides applied.
    public let scenario: Scenario
    /// The plan.
    public let plan: Plan
    /// Where the plan came from, in every language, for the last line of a report.
    public let sourceText: Text
    /// Where the plan came from, as the JSON says it (in English, whatever the run's language).
    public var source: String { sourceText.en }
    /// The plan as the planner's state.
    public let state: PlanState
    /// Cases whose lock the plan kept: never moved to make room.
    public let locked: Set<Int>

    /// A context of `plan` in `scenario`, which holds the weights to score with.
    public init(scenario: Scenario, plan: Plan, source: Text) {
        let problem = PlanningProblem(scenario)
        self.scenario = scenario
        self.plan = plan
        self.sourceText = source
        state = PlanState(problem: problem, restoring: plan)
        locked = PlanState.keptLocks(of: plan, in: problem)
    }

    /// The weights in force.
    public var weights: Settings.Weights { scenario.settings.weights }
    /// The compiled scenario.
    public var problem: PlanningProblem { state.problem }

    /// The last line of an analysis: where the plan came from and its week.
    public func footer(figures: Figures = .english) -> String {
        Texts.Explain.source(sourceText(figures.language), week: figures.week(plan.week))(figures.language) + "\n"
    }

    /// The index of case `id`, if the scenario has it.
    public func caseIndex(_ id: String) -> Int? { problem.cases.firstIndex { $0.id == id } }
}
