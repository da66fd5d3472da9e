import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore

extension PlanContext {
    /// Loads the plan as `explain` and `recommend` read it: the current plan (or plan N; before
    /// any approval the newest draft), a fresh plan when none was made, or a fresh plan of a
    /// scenario file.
    static func load(global: GlobalOptions, planning: PlanningOptions, scenarioPath: String?, planID: Int64?) throws -> PlanContext {
        var input: Scenario
        let result: Plan
        let source: Text
        if let scenarioPath {
            input = try ScenarioReader().read(path: scenarioPath)
            if let week = planning.parsedWeek { input.week = week }
            result = makePlan(input, planning)
            source = Texts.Explain.freshPlan(of: scenarioPath)
        } else {
            let db = try global.open()
            // The current plan; else, before any approval, the newest draft; else a fresh plan.
            if let saved = try db.savedPlan(id: planID) ?? (planID == nil ? db.plans().first.flatMap { try db.savedPlan(id: $0.id) } : nil)
            {
                result = saved.plan
                input = try db.scenario(of: saved)
                source = try PlanSource(saved, in: db).words
            } else {
                if let planID { throw CommandError.data(Texts.Errors.noPlan(planID)) }
                guard try !db.isEmpty() else { throw CommandError.emptyDatabase }
                input = try db.scenario(week: planning.parsedWeek)
                result = makePlan(input, planning)
                source = Texts.Explain.freshPlan
            }
        }
        // The planner applies the overrides to its own copy; the analyses score with the same.
        for (name, value) in try planning.parsedWeights() { _ = input.settings.weights.set(name, to: value) }
        return PlanContext(scenario: input, plan: result, source: source)
    }
}
