import CaseloadCore
import CaseloadFormats
import CaseloadStore

/// The plan a read-only command works against: the current saved plan (or plan N), a fresh plan
/// when none was saved, or a fresh plan of a scenario file; with the planner's state rebuilt
/// from it so that core analyses can score changes exactly.
struct PlanContext {
    /// The scenario, with the run's weight overrides applied.
    let scenario: Scenario
    /// The plan.
    let plan: Plan
    /// Where the plan came from, for the last line of a report.
    let source: String
    /// The plan as the planner's state.
    let state: PlanState
    /// Cases whose lock the plan kept: never moved to make room.
    let locked: Set<Int>

    /// The weights in force.
    var weights: Settings.Weights { scenario.settings.weights }
    /// The compiled scenario.
    var problem: PlanningProblem { state.problem }

    /// Loads the plan as `explain` and `recommend` read it.
    static func load(global: GlobalOptions, planning: PlanningOptions, scenarioPath: String?, planID: Int64?) throws -> PlanContext {
        var input: Scenario
        let result: Plan
        let source: String
        if let scenarioPath {
            input = try ScenarioReader().read(path: scenarioPath)
            if let week = planning.parsedWeek { input.week = week }
            result = makePlan(input, planning)
            source = "a fresh plan of \(scenarioPath)"
        } else {
            let db = try global.open()
            if let saved = try db.plan(id: planID) {
                result = saved
                input = try db.scenario(week: saved.week)
                source = "saved plan \(try planID ?? db.currentPlanID() ?? 0)"
            } else {
                if let planID { throw CommandError.data("there is no plan \(planID); see `caseload plans`") }
                guard try !db.isEmpty() else { throw CommandError.emptyDatabase }
                input = try db.scenario(week: planning.parsedWeek)
                result = makePlan(input, planning)
                source = "a fresh plan (none saved yet)"
            }
        }
        // The planner applies the overrides to its own copy; the analyses score with the same.
        for (name, value) in try planning.parsedWeights() { _ = input.settings.weights.set(name, to: value) }
        let problem = PlanningProblem(input)
        return PlanContext(
            scenario: input, plan: result, source: source, state: PlanState(problem: problem, restoring: result),
            locked: PlanState.keptLocks(of: result, in: problem))
    }

    /// The index of case `id`, if the scenario has it.
    func caseIndex(_ id: String) -> Int? { problem.cases.firstIndex { $0.id == id } }
}
