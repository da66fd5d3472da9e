/// Options of one planning run.
public struct PlanOptions: Sendable {
    /// The seed; the same input and seed give the same plan.
    public var seed: UInt64
    /// Soft weight overrides by name (`handover` = 80).
    public var weights: [String: Double]

    /// Creates options.
    public init(seed: UInt64 = 1, weights: [String: Double] = [:]) {
        self.seed = seed
        self.weights = weights
    }
}

/// Plans a week: the entry point the CLI, the store and the simulator share.
public enum Planner {
    /// Plans `scenario`, which must be valid (see `ScenarioValidator`).
    ///
    /// `clock` returns seconds from any fixed origin; it is passed in so that the core stays
    /// free of I/O and a test can make timing deterministic.
    public static func plan(_ scenario: Scenario, options: PlanOptions = PlanOptions(), clock: () -> Double = { 0 })
        -> Plan
    {
        let started = clock()
        var scenario = scenario
        for (name, value) in options.weights { _ = scenario.settings.weights.set(name, to: value) }
        let problem = PlanningProblem(scenario)
        let outcome = ConstructionPlanner().plan(problem)
        return outcome.state.plan(
            waiting: outcome.waiting, locks: outcome.locks,
            solver: SolverInfo(name: "construction-v1", seed: options.seed, seconds: max(0, clock() - started)))
    }
}
