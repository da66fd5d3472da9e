extension GAPSolver.Run {
    /// Tree search beside the walks, with two threads or more: it starts now, on a thread of its
    /// own, when the bound has multipliers to price it; else a fixing round launches it later.
    /// `upperBound` is the first solution's cost, if feasible.
    func launchTreeBesideWalks(upperBound: Int?) {
        if plan.treeBesideWalks, !bound.multipliers.isEmpty { launchTree(upperBound: upperBound) }
    }

    /// Launches the exact tree search (`GAPTreeSearch`) on a thread of its own, from the bound's
    /// multipliers, until the time limit or until it is told to stop.
    ///
    /// Without a feasible solution yet (`upperBound` `nil`), the tree looks for one: on tight
    /// instances it finds one where the walks, which must cross overloaded states, may not.
    func launchTree(upperBound upper: Int?) {
        guard let limit = options.timeLimit else { return }
        let instance = instance, clock = clock, started = started, tree = tree
        let multipliers = bound.multipliers, lower = bound.minimising
        let iterations = options.tree.boundIterations, cells = options.bound.exactKnapsackCells
        let boundShare = options.tree.boundTimeShare
        tree.launch(incumbent: upper ?? .max) {
            // Every pair the tree keeps open costs nodes, and how many stay open depends on
            // how close the multipliers are to the best: tighten them first, on the tree's
            // own thread.
            let treeStart = clock()
            let tightened = GAPBound.lagrangian(
                instance, upperBound: upper, iterations: iterations, exactCells: cells, start: multipliers
            ) { tree.finished || clock() - treeStart >= limit * boundShare }
            guard let fixing = GAPFixing.at(instance, multipliers: tightened.multipliers) else {
                return GAPTreeSearch.Descent(best: nil, lower: lower, nodes: 0, targets: 0)
            }
            let from = max(lower, tightened.minimising, GAPBound.rounded(fixing.value))
            return GAPTreeSearch.descend(
                instance, fixing: fixing, lower: from, incumbent: upper ?? .max, known: { tree.known },
                found: tree.report
            ) { tree.shouldStop || clock() - started >= limit }
        }
    }

    /// From `tree.yieldRound` on, without repairs to come, a tree beside the walks that has found
    /// nothing better than they have hands its thread back to them: there (large type D) the
    /// walks find more with two threads. With repairs to come, the tree keeps its thread: it may
    /// yet prove optimality, and the repairs, not the walks, do most of the finding.
    func yieldTreeIfBehind(round: Int) {
        if plan.repairCentres == 0, round >= options.tree.yieldRound, tree.running, let incumbent = best,
            tree.foundNothingBetter(than: incumbent.objective)
        {
            tree.yield()
        }
    }

    /// Tree search, last: waits for the tree beside the walks, or with one thread runs it now in
    /// the time kept back for it, then keeps what it found and raises the bound to what it proved.
    mutating func closeTreeSearch() {
        if stop == .provenOptimal { tree.finish() }
        var descent = tree.result()
        if plan.runsTree && !plan.treeBesideWalks, stop != .provenOptimal, let limit = options.timeLimit,
            let fixing = roundFixing ?? GAPFixing.at(instance, multipliers: bound.multipliers)
        {
            let clock = clock, started = started
            descent = GAPTreeSearch.descend(
                instance, fixing: fixing, lower: max(bound.minimising, GAPBound.rounded(fixing.value)),
                incumbent: best?.objective ?? .max
            ) { clock() - started >= limit }
        }
        guard let descent else { return }
        if let found = descent.best { keep((found.assignment, found.cost)) }
        raiseBound(to: descent.lower)
        if let best, bound.minimising >= best.objective { stop = .provenOptimal }
        treeNodes = descent.nodes
    }
}
