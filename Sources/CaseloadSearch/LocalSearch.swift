/// The local search engine: late-acceptance hill climbing (Burke & Bykov 2017) over whatever
/// moves a `SearchSpace` proposes, keeping the best feasible solution seen.
///
/// Late acceptance takes a move when it is no worse than the current cost or than the cost
/// `historyLength` moves ago, which lets the walk leave local optima with a single parameter
/// and no temperature schedule to tune per problem.
public struct LocalSearch<Space: SearchSpace>: Sendable {
    /// What a run found.
    public struct Result: Sendable {
        /// The best feasible solution, or `nil` when none was seen.
        public var best: Space.Snapshot?
        /// Its objective (infinity when none).
        public var objective: Double
        /// Moves proposed.
        public var moves: Int
        /// Moves applied.
        public var accepted: Int
        /// Why the run stopped.
        public var stop: SearchStop
        /// Seconds searched, by the clock passed in.
        public var seconds: Double
        /// (seconds, objective) each time the best improved: the score over time.
        public var trace: [(seconds: Double, objective: Double)]

        @usableFromInline
        init(
            best: Space.Snapshot?, objective: Double, moves: Int, accepted: Int, stop: SearchStop, seconds: Double,
            trace: [(seconds: Double, objective: Double)]
        ) {
            self.best = best
            self.objective = objective
            self.moves = moves
            self.accepted = accepted
            self.stop = stop
            self.seconds = seconds
            self.trace = trace
        }
    }

    /// The limits of a run.
    public var limits: SearchLimits

    /// Creates an engine.
    public init(limits: SearchLimits) { self.limits = limits }

    /// Improves `space` from its current solution; `clock` gives seconds from any origin.
    ///
    /// Inlinable, as the rest of the engine's hot path: each solver's module then compiles the
    /// loop for its own space, calling its moves directly instead of through the protocol.
    @inlinable
    public func run(_ space: inout Space, seed: UInt64, clock: () -> Double) -> Result {
        run(&space, seed: seed, clock: clock, stopped: { false })
    }

    /// Improves `space` like `run(_:seed:clock:)`, also stopping (as `.provenOptimal`) when
    /// `stopped` turns true: another thread has proven optimality. `stopped` is read only every
    /// 256 moves, with the clock.
    @inlinable
    public func run(_ space: inout Space, seed: UInt64, clock: () -> Double, stopped: () -> Bool) -> Result {
        var generator = SplitMix64(seed: seed)
        let started = clock()
        var now = started
        var history = [Double](repeating: space.cost, count: limits.historyLength)
        // A space that is always feasible is copied only when a worsening move leaves the best
        // solution: on a large plan, copying on every improvement would cost more than the search.
        let lazy = space.isAlwaysFeasible
        var bestIsCurrent = lazy
        var best: Space.Snapshot? = space.isFeasible && !lazy ? space.snapshot() : nil
        var bestObjective = space.isFeasible ? space.objective : .infinity
        var trace: [(seconds: Double, objective: Double)] = space.isFeasible ? [(0, bestObjective)] : []
        var moves = 0, accepted = 0, lastImprovement = 0
        var lastImprovementTime = started
        // The best objective when the unimproved limits last restarted (`significantGain`).
        var countedObjective = bestObjective
        var stop = SearchStop.exhausted
        var misses = 0
        var lastRestart = 0

        func proven() -> Bool {
            guard let bound = limits.lowerBound else { return false }
            return bestObjective - bound < limits.boundTolerance
        }

        while true {
            if proven() { stop = .provenOptimal; break }
            if moves & 255 == 0 {
                now = clock()
                if stopped() { stop = .provenOptimal; break }
                if let t = limits.timeLimit, now - started >= t { stop = .timeLimit; break }
                if let t = limits.unimprovedTimeLimit, now - lastImprovementTime >= t { stop = .unimproved; break }
            }
            if let m = limits.maxMoves, moves >= m { stop = .moveLimit; break }
            if let m = limits.unimprovedMoves, moves - lastImprovement >= m { stop = .unimproved; break }
            if let r = limits.restartAfter, !bestIsCurrent, let best, moves - max(lastImprovement, lastRestart) >= r {
                space.restore(best)
                space.kick(using: &generator)
                // The history belongs to the abandoned walk; start it afresh from here.
                for k in history.indices { history[k] = space.cost }
                lastRestart = moves
            }
            moves += 1
            if limits.adaptEvery > 0, moves % limits.adaptEvery == 0 { space.adapt(iteration: moves) }
            guard let (move, delta) = space.propose(using: &generator) else {
                misses += 1
                // A space that keeps finding nothing has no move left to make.
                if misses > 10_000 { stop = .exhausted; break }
                continue
            }
            misses = 0
            let current = space.cost
            let candidate = current + delta
            let slot = moves % history.count
            if delta <= 0 || candidate <= history[slot] {
                if bestIsCurrent && delta > 0 {
                    best = space.snapshot()
                    bestIsCurrent = false
                }
                space.apply(move)
                accepted += 1
                if space.isFeasible, space.objective < bestObjective - 1e-9 {
                    bestObjective = space.objective
                    if lazy { bestIsCurrent = true } else { best = space.snapshot() }
                    if moves & 255 != 0 { now = clock() }
                    if countedObjective - bestObjective >= limits.significantGain {
                        countedObjective = bestObjective
                        lastImprovement = moves
                        lastImprovementTime = now
                    }
                    trace.append((now - started, bestObjective))
                }
            }
            history[slot] = space.cost
        }
        if bestIsCurrent { best = space.snapshot() }
        return Result(
            best: best, objective: bestObjective, moves: moves, accepted: accepted, stop: stop,
            seconds: max(0, clock() - started), trace: trace)
    }
}
