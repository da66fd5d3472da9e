extension GAPSolver {
    /// What to run: the limits, the seed and the threads, then one group of settings per phase.
    /// The defaults are the benchmarked ones.
    public struct Options: Sendable {
        /// Seconds for the whole solve (construction and bound included); `nil`: none.
        public var timeLimit: Double?
        /// Moves per thread; with no time limit, this makes a run reproducible.
        public var maxMoves: Int?
        /// The run's seed; each thread derives its own from it.
        public var seed: UInt64
        /// Threads searching independently.
        public var threads: Int
        /// Whether capacity prices (`GAPBound.capacityPrices`) rank the candidate agents and
        /// build a second first solution.
        public var capacityPrices = true
        /// The Lagrangian bound.
        public var bound = Bound()
        /// The local search of each round.
        public var walks = Walks()
        /// The rounds, the fixing between them and the pair polish.
        public var rounds = Rounds()
        /// The exact tree search.
        public var tree = Tree()
        /// The repairs after the rounds, and beside them.
        public var repair = Repair()

        /// Creates options; the rest keep their defaults.
        public init(timeLimit: Double? = 10, maxMoves: Int? = nil, seed: UInt64 = 1, threads: Int = 2) {
            self.timeLimit = timeLimit
            self.maxMoves = maxMoves
            self.seed = seed
            self.threads = max(1, threads)
        }

        /// The Lagrangian bound (`GAPBound.lagrangian`).
        public struct Bound: Sendable {
            /// Subgradient iterations; 0 uses the capacity relaxation only.
            public var iterations = 300
            /// The largest knapsack table the bound solves exactly (else its LP relaxation).
            public var exactKnapsackCells = 100_000
            /// The most of the time limit the bound may take.
            public var timeShare = 0.05

            /// The defaults.
            public init() {}
        }

        /// The local search (`LocalSearch` over `GAPSpace`).
        public struct Walks: Sendable {
            /// The neighbourhood.
            public var search = GAPSearchOptions()
            /// Late-acceptance history length.
            public var historyLength = 50
            /// Moves between penalty adaptations.
            public var adaptEvery = 1000
            /// Moves without a new best before returning to the best with a kick.
            public var restartAfter: Int? = 2_000_000

            /// The defaults.
            public init() {}
        }

        /// The rounds of walks, the fixing that starts each after the first, and the exact
        /// two-agent polish between them.
        public struct Rounds: Sendable {
            /// Shares of the search (of the time left after the bound, or of `maxMoves`) for each
            /// round. After the first, each round tightens the bound from its multipliers so far,
            /// fixes the pairs that cannot beat the best solution (`GAPFixing`) and searches again
            /// from that solution over the pairs left. One share: no fixing.
            public var shares: [Double] = [0.25, 0.25, 0.25, 0.25]
            /// Per round after the first, how far above the bound `L` the pairs it searches may
            /// reach, as a share of the incumbent's distance to it: 1 fixes exactly (only pairs
            /// that cannot beat the incumbent go); less also drops pairs that could, betting that
            /// the optimum sits near the bound, as it does on types C and E (missing entries: 1).
            public var targets: [Double] = [1, 1, 0.5, 0.25]
            /// Whether each round's best solution is polished by exact two-agent splits
            /// (`GAPPairPolish`) before the next round starts from it.
            public var pairPolish = true
            /// The share of the search time kept back from the rounds for the last polish.
            public var polishTimeShare = 0.03

            /// The defaults.
            public init() {}
        }

        /// The exact tree search (`GAPTreeSearch`).
        public struct Tree: Sendable {
            /// With one thread, the share of the time kept back, after the rounds, for the tree;
            /// with more, the tree runs beside the walks instead. 0: no tree.
            public var timeShare = 0.3
            /// The most knapsack table cells the tree runs on: beyond it (the largest type D
            /// instances) rebuilding the tables is so dear that the tree gets nowhere within a
            /// run, and its thread serves the walks better.
            public var maxCells = 50_000_000
            /// Subgradient iterations that tighten the multipliers before the tree starts, and
            /// the most of the time limit they may take.
            public var boundIterations = 1000
            public var boundTimeShare = 0.05
            /// From this round on, a tree running beside the walks that has found nothing better
            /// than they have stops, and its thread rejoins them.
            public var yieldRound = 2

            /// The defaults.
            public init() {}
        }

        /// The repairs (`GAPRepair`): the jobs the Lagrangian relaxation disputes around a few
        /// random agents, re-split exactly by the tree search over every agent.
        public struct Repair: Sendable {
            /// The share of the time, after the rounds, for repairs. 0: none, and the rounds end
            /// with the exact two-agent polish instead.
            public var timeShare = 0.5
            /// Random agents a repair centres on at first; `nil`: 3 to 5, so that they hold about
            /// 80 jobs. More join while their disputed jobs are fewer than the repair's size.
            public var agents: Int?
            /// Jobs the first repair frees: few enough that the tree can search them out within
            /// `trySeconds`, as a try its time cuts off proves nothing. Later tries adapt the
            /// number (`GAPRepair.Size`) within `jobRange`.
            public var jobs = 30
            /// Where the adapted repair size stays.
            public var jobRange = 10...250
            /// Searched-out repairs in a row that found nothing before the size grows by one:
            /// where small repairs still find (large type E) it grows late. Growing after every
            /// barren try leaves the small repairs too soon; waiting much longer grows too slowly
            /// elsewhere.
            public var patience = 20
            /// Random jobs of the centre agents added to each repair besides the disputed ones.
            public var extraJobs = 5
            /// Seconds per repair at most.
            public var trySeconds = 0.2
            /// From the second round on (the first with a fixing), when the best solution is more
            /// than this many percent above the bound and the tree beside the walks has found
            /// nothing better than they have, the tree stops and its thread repairs beside the
            /// walks until the end. So far above the bound the tree proves and finds nothing,
            /// while repairs on type D with many agents find far more than the walks. Near the
            /// bound (type E after the first round) the tree keeps its thread: there it can prove
            /// optimality. `nil`: never.
            public var earlyGap: Double? = 0.5

            /// The defaults.
            public init() {}
        }
    }
}
