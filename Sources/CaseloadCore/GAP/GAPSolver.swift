import Dispatch

/// A first GAP solution by regret: jobs that lose most when they miss their cheapest agent go
/// first, each to its cheapest agent with room left, else to the agent it overloads least.
public enum GAPConstruction {
    /// An agent per job; it may overload agents when the greedy runs out of room.
    /// With `prices` (per unit of each agent's capacity), a job's cost on an agent includes the
    /// priced resource it takes there, so that jobs go where they are cheap for the capacity used.
    public static func regret(_ instance: GAPInstance, prices: [Double]? = nil) -> [Int] {
        let m = instance.agents, n = instance.jobs
        let resource = instance.resource
        let cost: [Double]
        let base = instance.minimisingCost
        if let prices {
            cost = (0..<(m * n)).map { Double(base[$0]) + prices[$0 / n] * Double(resource[$0]) }
        } else {
            cost = base.map(Double.init)
        }
        var regret = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var first = Double.infinity, second = Double.infinity
            for i in 0..<m where resource[i * n + j] <= instance.capacity[i] {
                let c = cost[i * n + j]
                if c < first {
                    second = first
                    first = c
                } else if c < second {
                    second = c
                }
            }
            regret[j] = second == .infinity ? .infinity : second - first
        }
        let order = (0..<n).sorted { (regret[$0], $1) > (regret[$1], $0) }
        var room = instance.capacity
        var agentOf = [Int](repeating: 0, count: n)
        for j in order {
            var chosen = -1, chosenCost = Double.infinity
            var fallback = 0, fallbackExcess = Int.max
            for i in 0..<m {
                let r = resource[i * n + j], c = cost[i * n + j]
                if r <= room[i] {
                    if c < chosenCost {
                        chosen = i
                        chosenCost = c
                    }
                } else if r - room[i] < fallbackExcess {
                    fallback = i
                    fallbackExcess = r - room[i]
                }
            }
            let i = chosen >= 0 ? chosen : fallback
            agentOf[j] = i
            room[i] -= resource[i * n + j]
        }
        return agentOf
    }
}

/// Solves a GAP: regret construction, the Lagrangian bound, then `ParallelSearch` over
/// `GAPSpace` — the same engine that plans caseloads — until the time or move limit, or until the
/// best solution meets the bound.
public struct GAPSolver: Sendable {
    /// What to run.
    public struct Options: Sendable {
        /// Whether capacity prices (`GAPBound.capacityPrices`) rank the candidate agents and
        /// build a second first solution.
        public var capacityPrices = true
        /// Seconds for the whole solve (construction and bound included); `nil`: none.
        public var timeLimit: Double?
        /// Moves per thread; with no time limit, this makes a run reproducible.
        public var maxMoves: Int?
        /// The run's seed; each thread derives its own from it.
        public var seed: UInt64
        /// Threads searching independently.
        public var threads: Int
        /// Subgradient iterations for the bound; 0 uses the capacity relaxation only.
        public var boundIterations: Int
        /// The largest knapsack table the bound solves exactly (else its LP relaxation).
        public var exactKnapsackCells = 100_000
        /// The most of the time limit the bound may take.
        public var boundTimeShare = 0.05
        /// The neighbourhood.
        public var search: GAPSearchOptions
        /// Late-acceptance history length.
        public var historyLength: Int
        /// Moves between penalty adaptations.
        public var adaptEvery: Int
        /// Moves without a new best before returning to the best with a kick.
        public var restartAfter: Int?

        /// Creates options; the defaults are the benchmarked ones.
        public init(
            timeLimit: Double? = 10, maxMoves: Int? = nil, seed: UInt64 = 1, threads: Int = 2, boundIterations: Int = 300,
            search: GAPSearchOptions = GAPSearchOptions(), historyLength: Int = 50, adaptEvery: Int = 1000,
            restartAfter: Int? = 2_000_000
        ) {
            self.timeLimit = timeLimit
            self.maxMoves = maxMoves
            self.seed = seed
            self.threads = max(1, threads)
            self.boundIterations = boundIterations
            self.search = search
            self.historyLength = historyLength
            self.adaptEvery = adaptEvery
            self.restartAfter = restartAfter
        }
    }

    /// What a solve found.
    public struct Result: Sendable {
        /// The best feasible solution's objective in the instance's sense; `nil` when none was found.
        public var objective: Int?
        /// The agent of each job in that solution.
        public var assignment: [Int]?
        /// The bound: at most the optimum for `min`, at least it for `max`.
        public var bound: Int
        /// Whether a feasible solution was found.
        public var feasible: Bool { objective != nil }
        /// Seconds for the whole solve.
        public var seconds: Double
        /// Why the search stopped.
        public var stop: SearchStop
        /// Moves proposed, over all threads.
        public var moves: Int
        /// Gap between objective and bound relative to the objective, in percent; `nil` without a solution.
        public var gapPercent: Double? {
            guard let objective else { return nil }
            return Double(abs(objective - bound)) / Double(max(1, abs(objective))) * 100
        }
    }

    /// The options.
    public var options: Options

    /// Creates a solver.
    public init(options: Options = Options()) { self.options = options }

    /// Solves `instance`; `clock` gives seconds from any origin.
    public func solve(_ instance: GAPInstance, clock: @escaping @Sendable () -> Double = GAPSolver.uptime) -> Result {
        let started = clock()
        let plain = GAPConstruction.regret(instance)
        var space = GAPSpace(instance: instance, assignment: plain, options: options.search)
        if options.capacityPrices {
            let prices = GAPBound.capacityPrices(instance, upperBound: space.isFeasible ? Int(space.objective) : nil)
            let priced = GAPSpace(
                instance: instance, assignment: GAPConstruction.regret(instance, prices: prices), options: options.search,
                prices: prices)
            // Start from the better of the two: feasible and cheaper, or less overloaded.
            let better =
                priced.isFeasible
                ? !space.isFeasible || priced.objective <= space.objective : priced.overload < space.overload
            space = better ? priced : GAPSpace(instance: instance, assignment: plain, options: options.search, prices: prices)
        }
        let upper = space.isFeasible ? Int(space.objective) : nil
        let bound =
            options.boundIterations > 0
            ? GAPBound.lagrangian(
                instance, upperBound: upper, iterations: options.boundIterations, exactCells: options.exactKnapsackCells
            ) {
                // The bound only proves; the search finds. It gets a small share of a timed run.
                options.timeLimit.map { clock() - started > $0 * options.boundTimeShare } ?? false
            }
            : GAPBound.capacityRelaxation(instance)
        let remaining = options.timeLimit.map { max(0, $0 - (clock() - started)) }
        let limits = SearchLimits(
            timeLimit: remaining, maxMoves: options.maxMoves, lowerBound: Double(bound.minimising), boundTolerance: 1,
            historyLength: options.historyLength, adaptEvery: options.adaptEvery, restartAfter: options.restartAfter)
        var parallel = ParallelSearch(search: LocalSearch<GAPSpace>(limits: limits), threads: options.threads)
        // Only a timed run may stop a thread when another proves optimality: under move limits
        // alone every thread runs its own course, so the result does not depend on timing.
        parallel.stopAllWhenProven = options.timeLimit != nil
        let (best, all) = parallel.run(space, seed: options.seed, clock: clock)
        return Result(
            objective: best.best.map { instance.objective(of: $0) },
            assignment: best.best, bound: bound.value, seconds: clock() - started, stop: best.stop,
            moves: all.reduce(0) { $0 + $1.moves })
    }

    /// Seconds since boot, from Dispatch's monotonic clock.
    @Sendable public static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
