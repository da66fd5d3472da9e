import CaseloadSearch

/// Options of one planning run.
public struct PlanOptions: Sendable {
    /// The seed; the same input, seed and thread count give the same plan (under move limits).
    public var seed: UInt64
    /// Soft weight overrides by name (`handover` = 80).
    public var weights: [String: Double]
    /// Seconds the search may run; `nil`: the move limits alone stop it.
    public var timeLimit: Double?
    /// Stop after this many moves without a better plan; `nil`: 100 per family, at least 200,000
    /// (after a warm start 1 per family, at least 5,000).
    public var unimprovedMoves: Int?
    /// Stop when the best plan has not improved for this many seconds; `nil`: no such limit.
    public var unimprovedTimeLimit: Double?
    /// Stop after this many moves in all; `nil`: no such limit.
    public var maxMoves: Int?
    /// Independent searches run side by side; the best plan wins.
    public var threads: Int
    /// Whether to improve the construction by local search at all.
    public var search: Bool
    /// A plan to start from: last week's plan, or the current approved one.
    public var warmStart: Plan?
    /// Whether the warm start's people become the families' people of record
    /// (`Scenario.continuing(from:)`), as in the simulator, where last week's plan is what the
    /// families have. Off, the scenario's record stands (the manager's data: what was approved,
    /// imported or pinned since) and the warm start only seeds the families it agrees with.
    public var adoptsWarmStart = true
    /// Whether a family in care (one with a lead of record) stays served: it waits only when
    /// forced (SPEC §3), never to make room for another. On by default, as a team does not drop a
    /// family it holds to take a new one; off lets the search trade a family in care for a
    /// long waiter, as S1 alone would.
    public var keepServed: Bool = true
    /// Voluntary handovers the plan may make (SPEC §3); `nil`: the scenario's
    /// `max_voluntary_handovers`.
    public var allowedHandovers: Int?
    /// Whether to look for proposals (voluntary handovers that would serve waiting families).
    /// The simulator, which plans every week of a year and reads none of them, turns it off.
    public var proposes: Bool = true
    /// Whether to compute the Lagrangian lower bound, which says how far from optimal the plan
    /// may be and stops the search when it proves optimality. The simulator, which plans
    /// thousands of weeks and reports none of their bounds, turns it off.
    public var bound: Bool = true
    /// Whether a warm start serves the families that wait now but did not wait last week in
    /// the recommender's best way before the search (`Planner.placeNewcomers`). The simulator,
    /// which re-plans every week of a year with a short search, turns it off: there the greedy
    /// placements leave more families waiting than the search does on its own.
    public var placesNewcomers: Bool = true

    /// Creates options.
    public init(
        seed: UInt64 = 1, weights: [String: Double] = [:], timeLimit: Double? = nil, unimprovedMoves: Int? = nil,
        unimprovedTimeLimit: Double? = nil, maxMoves: Int? = nil, threads: Int = 1, search: Bool = true, warmStart: Plan? = nil
    ) {
        self.seed = seed
        self.weights = weights
        self.timeLimit = timeLimit
        self.unimprovedMoves = unimprovedMoves
        self.unimprovedTimeLimit = unimprovedTimeLimit
        self.maxMoves = maxMoves
        self.threads = threads
        self.search = search
        self.warmStart = warmStart
    }
}

/// Plans a week: the entry point the CLI, the store and the simulator share.
///
/// The construction planner (`ConstructionPlanner`, a greedy construction) builds a valid
/// plan; the local search engine then improves it with moves that never break a hard rule, so
/// a time limit only cuts the improvement short and the plan is valid whenever it stops.
public enum Planner {
    /// The search's late-acceptance history: long enough to cross the ridges a handover
    /// (weight 50) puts between plans, short enough to converge in a few hundred thousand moves.
    static let historyLength = 200

    /// At most 64 points of `trace`, the last always kept, seconds counted from planning's start.
    static func thinned(_ trace: [(seconds: Double, objective: Double)], offset: Double) -> [SolverInfo.TracePoint] {
        let stride = max(1, (trace.count + 63) / 64)
        var points: [SolverInfo.TracePoint] = []
        for (i, point) in trace.enumerated() where i % stride == 0 || i == trace.count - 1 {
            points.append(SolverInfo.TracePoint(seconds: point.seconds + offset, soft: point.objective))
        }
        return points
    }

    /// How many families that did not wait last week, most urgent first, a warm start places
    /// with the recommender when the construction left them waiting.
    static let newcomerPlacements = 16

    /// In a warm start, serves families that wait now but did not wait in `previous` (new ones,
    /// or ones whose people can no longer keep them) in the recommender's best way, moving one
    /// other family where that is better by the score. The search would find these, but only
    /// by chance and after thousands of moves; a re-plan after adding one family must answer in
    /// milliseconds and serve it in every run. Last week's waiting list stays with the search.
    static func placeNewcomers(in space: inout CaseloadSpace, previous: Plan) {
        let waitedBefore = Set(previous.waiting.map(\.caseID))
        let problem = space.problem
        var tried = 0
        for c in problem.constructionOrder
        where space.state.choices[c] == nil && space.movable[c] && !waitedBefore.contains(problem.cases[c].id) {
            guard tried < newcomerPlacements else { break }
            tried += 1
            guard let best = Recommender(space: space).recommend(c, top: 1).first, best.delta < 0 else { continue }
            _ = space.commit(best.changes(for: c))
        }
    }

    /// Plans `scenario`, which must be valid (see `ScenarioValidator`).
    ///
    /// `clock` returns seconds from any fixed origin; it is passed in so that the core stays
    /// free of I/O and a test can make timing deterministic.
    public static func plan(
        _ scenario: Scenario, options: PlanOptions = PlanOptions(), clock: @escaping @Sendable () -> Double = { 0 }
    ) -> Plan {
        let started = clock()
        var scenario = scenario
        if let previous = options.warmStart, options.adoptsWarmStart { scenario = scenario.continuing(from: previous) }
        for (name, value) in options.weights { _ = scenario.settings.weights.set(name, to: value) }
        let problem = PlanningProblem(scenario)
        let kept = options.warmStart.map { problem.choices(from: $0, agreeingWithRecord: !options.adoptsWarmStart) }
        let outcome = ConstructionPlanner().plan(problem, keeping: kept, diagnose: !options.search)
        let constructionSeconds = max(0, clock() - started)
        guard options.search else {
            return outcome.state.plan(
                waiting: outcome.waiting, locks: outcome.locks,
                solver: SolverInfo(name: "construction-v1", seed: options.seed, seconds: max(0, clock() - started)),
                continuity: outcome.continuity)
        }
        var caseIndex: [String: Int] = [:]
        for (c, info) in problem.cases.enumerated() { caseIndex[info.id] = c }
        let locked = Set(outcome.locks.filter(\.kept).compactMap { caseIndex[$0.caseID] })
        var space = CaseloadSpace(
            state: outcome.state, weights: scenario.settings.weights, locked: locked, keepsServed: options.keepServed,
            continuity: outcome.continuity)
        if options.placesNewcomers, let previous = options.warmStart { placeNewcomers(in: &space, previous: previous) }
        let constructed = space.tally.soft
        // The bound's work is capped so that it never costs more than a short search; a warm
        // start, which must answer in milliseconds, gets a smaller share.
        let bound =
            options.bound
            ? CaseloadBound(
                problem: problem, weights: scenario.settings.weights, target: constructed,
                budget: kept == nil ? 40_000_000 : 500_000,
                voluntaryHandovers: (options.allowedHandovers ?? scenario.settings.maxVoluntaryHandovers) > 0) : nil
        var limits = SearchLimits(
            timeLimit: options.timeLimit.map { max(0, $0 - (clock() - started)) },
            unimprovedTimeLimit: options.unimprovedTimeLimit,
            // A warm start is last week's good plan: it needs a short search, not a long one.
            unimprovedMoves: options.unimprovedMoves
                ?? (kept == nil ? max(200_000, 100 * problem.cases.count) : max(5_000, problem.cases.count)),
            maxMoves: options.maxMoves, lowerBound: bound?.value, boundTolerance: 1e-6, historyLength: historyLength,
            adaptEvery: 1 << 16)
        // Gains under a point (a fiftieth of a handover) are balance crumbs: taken, but they do
        // not keep the search going, or a warm re-plan would search on long after it had found
        // what matters.
        limits.significantGain = 1
        let searchStarted = clock()
        let run = ParallelSearch(search: LocalSearch<CaseloadSpace>(limits: limits), threads: options.threads)
            .run(space, seed: options.seed, clock: clock)
        if let best = run.best.best { space.restore(best) }
        var trace = run.best.trace
        // Bounded by the plan's size rather than the clock: it stays short on any region, and
        // the plan does not depend on timing.
        if FinalDescent(budget: 50 * problem.cases.count).run(on: &space) > 0 {
            trace.append((clock() - searchStarted, space.tally.soft))
        }
        var state = space.state
        var proposals: [Proposal] = []
        if options.proposes {
            (state, proposals) = ProposalFinder().run(
                on: state, weights: scenario.settings.weights, locked: locked, continuity: outcome.continuity,
                allowance: options.allowedHandovers ?? scenario.settings.maxVoluntaryHandovers,
                // Two-move proposals cost more recommendations than a warm re-plan may take, and
                // each copies the plan: on a large region they would take longer than the plan.
                deep: kept == nil && problem.cases.count <= ProposalFinder.deepUpTo)
        }
        return state.plan(
            waiting: [:], locks: outcome.locks,
            solver: SolverInfo(
                name: "construction-v1+lahc", seed: options.seed, seconds: max(0, clock() - started),
                moves: run.all.reduce(0) { $0 + $1.moves }, threads: options.threads, stop: run.best.stop.rawValue,
                constructionScore: constructed, lowerBound: bound?.value, constructionSeconds: constructionSeconds,
                trace: thinned(trace, offset: searchStarted - started)),
            continuity: outcome.continuity, proposals: proposals)
    }
}
