extension GAPSolver {
    /// Which phases a solve runs after the bound, and how the time left is shared out among them.
    struct Plan {
        /// When the walks started: the rounds' deadlines count from here.
        let searchStart: Double
        /// Agents each repair centres on at first; 0: no repairs after the rounds.
        let repairCentres: Int
        /// Whether the exact tree search runs at all.
        let runsTree: Bool
        /// Whether the tree runs beside the walks from the start, on a thread of its own, rather
        /// than in the time kept back for it after the rounds.
        let treeBesideWalks: Bool
        /// Seconds for the rounds of walks; `nil` without a time limit.
        let searchTime: Double?
        /// Each round's share of the search (of `searchTime`, or of the move limit).
        let roundShares: [Double]
        /// The sum of `roundShares`.
        let shareTotal: Double

        /// The plan for `instance` once `bound` is known; `started` is when the solve started.
        init(_ instance: GAPInstance, options: Options, bound: GAPBound, started: Double, searchStart: Double) {
            self.searchStart = searchStart
            // Repair needs the knapsack tables, like the tree; it centres on k agents whose jobs
            // number about 80.
            repairCentres =
                options.repair.timeShare > 0 && GAPFixing.fits(instance) && options.timeLimit != nil
                    && !bound.multipliers.isEmpty
                ? options.repair.agents ?? min(instance.agents, max(3, min(5, 80 * instance.agents / instance.jobs))) : 0
            // The tree search needs exact knapsack tables, and a time limit: it runs until the limit.
            runsTree =
                options.tree.timeShare > 0 && GAPFixing.fits(instance, maxCells: options.tree.maxCells)
                && options.timeLimit != nil
            // With two threads or more, one runs the tree beside the walks from the start; with one,
            // the tree gets its share at the end.
            treeBesideWalks = runsTree && options.threads > 1
            // What the rounds leave: the last polish's share, and the tree's and the repairs'
            // shares when they run after the rounds.
            let treeShare = runsTree && !treeBesideWalks ? options.tree.timeShare : 0
            let repairShare = repairCentres > 0 ? options.repair.timeShare : 0
            searchTime = options.timeLimit.map {
                max(0, $0 - (searchStart - started)) * (1 - options.rounds.polishTimeShare - treeShare - repairShare)
            }
            // Without fixing (knapsack tables too large: the instances with most agents and jobs),
            // rounds would only restart the walk, which loses its state and gains nothing.
            roundShares = options.rounds.shares.isEmpty || !GAPFixing.fits(instance) ? [1.0] : options.rounds.shares
            shareTotal = roundShares.reduce(0, +)
        }
    }
}
