import CaseloadSearch
import Dispatch

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
        /// Shares of the search (of the time left after the bound, or of `maxMoves`) for each
        /// round. After the first, each round tightens the bound from its multipliers so far,
        /// fixes the pairs that cannot beat the best solution (`GAPFixing`) and searches again
        /// from that solution over the pairs left. One share: no fixing.
        public var roundShares: [Double] = [0.25, 0.25, 0.25, 0.25]
        /// Per round after the first, how far above the bound `L` the pairs it searches may
        /// reach, as a share of the incumbent's distance to it: 1 fixes exactly (only pairs that
        /// cannot beat the incumbent go); less also drops pairs that could, betting that the
        /// optimum sits near the bound, as it does on types C and E (missing entries: 1).
        public var roundTargets: [Double] = [1, 1, 0.5, 0.25]
        /// Whether each round's best solution is polished by exact two-agent splits
        /// (`GAPPairPolish`) before the next round starts from it.
        public var pairPolish = true
        /// The share of the search time kept back from the rounds for the last polish.
        public var polishTimeShare = 0.03
        /// With one thread, the share of the time kept back, after the rounds, for the exact
        /// tree search (`GAPTreeSearch`); with more, the tree runs beside the walks instead.
        /// 0: no tree.
        public var treeTimeShare = 0.3
        /// The most knapsack table cells the tree search runs on: beyond it (the largest type D
        /// instances) rebuilding the tables is so dear that the tree gets nowhere within a run,
        /// and its thread serves the walks better.
        public var treeMaxCells = 50_000_000
        /// Subgradient iterations that tighten the multipliers before the tree search starts,
        /// and the most of the time limit they may take.
        public var treeBoundIterations = 1000
        public var treeBoundTimeShare = 0.05
        /// From this round on, a tree running beside the walks that has found nothing better
        /// than they have stops, and its thread rejoins them.
        public var treeYieldRound = 2
        /// The share of the time, after the rounds, for repairs (`GAPRepair`): the jobs the
        /// Lagrangian relaxation disputes around a few random agents, re-split exactly by the
        /// tree search over every agent. 0: none, and the rounds end with the exact two-agent
        /// polish instead.
        public var repairTimeShare = 0.5
        /// Random agents a repair centres on at first; `nil`: 3 to 5, so that they hold about 80
        /// jobs. More join while their disputed jobs are fewer than the repair's size.
        public var repairAgents: Int?
        /// Jobs the first repair frees: few enough that the tree can search them out within
        /// `repairTrySeconds`, as a try its time cuts off proves nothing. Later tries adapt the
        /// number (`GAPRepair.Size`) within `repairJobRange`.
        public var repairJobs = 30
        /// Where the adapted repair size stays.
        public var repairJobRange = 10...250
        /// Searched-out repairs in a row that found nothing before the size grows by one: where
        /// small repairs still find (large type E) it grows late. Growing after every barren try
        /// leaves the small repairs too soon; waiting much longer grows too slowly elsewhere.
        public var repairPatience = 20
        /// Random jobs of the centre agents added to each repair besides the disputed ones.
        public var repairExtraJobs = 5
        /// Seconds per repair at most.
        public var repairTrySeconds = 0.2
        /// From the second round on (the first with a fixing), when the best solution is more than
        /// this many percent above the bound and the tree beside the walks has found nothing
        /// better than they have, the tree stops and its thread repairs beside the walks until the
        /// end. So far above the bound the tree proves and finds nothing, while repairs on type D
        /// with many agents find far more than the walks. Near the bound (type E after the first
        /// round) the tree keeps its thread: there it can prove optimality.
        /// `nil`: never.
        public var earlyRepairGap: Double? = 0.5
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
        /// Nodes of the exact tree search (`GAPTreeSearch`), over every target it tried.
        public var treeNodes = 0
        /// Whether repairs ran beside the walks, on the tree's thread (`Options.earlyRepairGap`).
        public var earlyRepairs = false
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
    ///
    /// The phases run in this order, each handing its state on to the next (`Run`): a first
    /// solution, a lower bound, the share-out of the time, the walks in rounds (with the tree
    /// search beside them on two threads or more), repairs, and the tree search last.
    public func solve(_ instance: GAPInstance, clock: @escaping @Sendable () -> Double = GAPSolver.uptime) -> Result {
        let started = clock()
        let space = constructFirstSolution(instance)
        let bound = computeBound(instance, upperBound: space.feasibleObjective, started: started, clock: clock)
        let plan = Plan(instance, options: options, bound: bound, started: started, searchStart: clock())
        var run = Run(instance, options: options, plan: plan, space: space, bound: bound, started: started, clock: clock)
        run.launchTreeBesideWalks(upperBound: space.feasibleObjective)
        run.searchInRounds()
        run.repairAfterRounds()
        run.stopEarlyRepairs()
        run.closeTreeSearch()
        return run.result()
    }

    /// Seconds since boot, from Dispatch's monotonic clock.
    @Sendable public static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
