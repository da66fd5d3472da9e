import CaseloadSearch

extension GAPSolver.Run {
    /// Walks: the local search in rounds, each over its share of the search.
    ///
    /// After the first, a round starts by fixing from the bound (`tightenAndFix`) and walks on
    /// from the best solution over the pairs left; between rounds the best is polished two agents
    /// at a time (`polishPairs`), unless repairs are to come. The rounds end early on a proof of
    /// optimality or at the time limit.
    mutating func searchInRounds() {
        var elapsedShare = 0.0
        for (round, share) in plan.roundShares.enumerated() {
            roundFixing = nil
            // The early repairs may have found better since the last round.
            if let pool { keep(pool.best) }
            let shareStart = elapsedShare
            // With no feasible solution yet there is nothing to fix by: the rest of the search
            // goes to one walk, whose overload weights need the moves to grow.
            let collapse = round > 0 && best == nil
            elapsedShare = collapse ? plan.shareTotal : elapsedShare + share
            let last = collapse || round == plan.roundShares.count - 1
            if round > 0, let incumbent = best, !bound.multipliers.isEmpty {
                tightenAndFix(round: round, incumbent: incumbent)
                if stop == .provenOptimal { break }
            }
            let limits = roundLimits(from: shareStart, to: elapsedShare, last: last)
            yieldTreeIfBehind(round: round)
            startEarlyRepairsIfFarAboveBound()
            walk(round: round, limits: limits)
            if stop == .provenOptimal || tree.finished { break }
            if options.rounds.pairPolish, plan.repairCentres == 0, let incumbent = best {
                polishPairs(incumbent)
                if stop == .provenOptimal { break }
            }
            if last || isOutOfTime() { break }
        }
    }

    /// Fixing, before every round but the first: a few more subgradient steps aimed at the
    /// incumbent, then reduced-cost fixing (`GAPFixing`) at the bound's multipliers.
    ///
    /// The round then walks from the incumbent over the pairs that could still beat it (or, past
    /// the first fixing round, reach the round's target nearer the bound). The exact fixing value
    /// may raise the bound to the incumbent: then it is optimal and `stop` says so. Where the
    /// knapsack tables are too large to fix by, the walk just restarts from the incumbent.
    mutating func tightenAndFix(round: Int, incumbent: Solution) {
        let roundStart = clock()
        // A few more steps aimed at the better incumbent: the penalties are only as sharp as the
        // multipliers, and the bound may yet prove the incumbent optimal.
        let tightened = GAPBound.lagrangian(
            instance, upperBound: incumbent.objective, iterations: options.bound.iterations,
            exactCells: options.bound.exactKnapsackCells, start: bound.multipliers
        ) { options.timeLimit.map { clock() - roundStart > $0 * options.bound.timeShare / 2 } ?? false }
        if tightened.minimising >= bound.minimising { bound = tightened }
        guard let fixing = GAPFixing.at(instance, multipliers: bound.multipliers) else {
            // Too large to solve every knapsack exactly: search on from the best, unfixed.
            space.restore(incumbent.assignment)
            return
        }
        roundFixing = fixing
        // Repairs beside the walks draw from the disputes at the better multipliers.
        pool?.update(GAPRepair.Disputes(instance, fixing: fixing), lower: bound.minimising)
        let upper = incumbent.objective, n = instance.jobs
        allowed = { i, j in fixing.allows(i, j, jobs: n, upperBound: upper) }
        raiseBound(to: GAPBound.rounded(fixing.value))
        if bound.minimising >= incumbent.objective {
            stop = .provenOptimal
            return
        }
        if plan.treeBesideWalks && !tree.launched { launchTree(upperBound: upper) }
        let fraction = round < options.rounds.targets.count ? options.rounds.targets[round] : 1
        let target = max(Int(fixing.value.rounded(.up)), Int(fixing.value + fraction * (Double(upper) - fixing.value)))
        space = GAPSpace(
            instance: instance, assignment: incumbent.assignment, options: options.walks.search, fixing: fixing,
            upperBound: min(upper, target))
    }

    /// The limits of the round whose share of the search runs from `shareStart` to `shareEnd`:
    /// it may run until that much of the search time has passed since the walks started, and
    /// makes that share of the move limit (the last round, whatever is left of it).
    func roundLimits(from shareStart: Double, to shareEnd: Double, last: Bool) -> SearchLimits {
        let deadline = plan.searchTime.map { plan.searchStart + $0 * shareEnd / plan.shareTotal }
        let roundMoves = options.maxMoves.map { total in
            let before = Int(Double(total) * shareStart / plan.shareTotal)
            return last ? total - before : Int(Double(total) * shareEnd / plan.shareTotal) - before
        }
        return SearchLimits(
            timeLimit: deadline.map { max(0, $0 - clock()) }, maxMoves: roundMoves.map { max(1, $0) },
            lowerBound: Double(bound.minimising), boundTolerance: 1, historyLength: options.walks.historyLength,
            adaptEvery: options.walks.adaptEvery, restartAfter: options.walks.restartAfter)
    }

    /// One round's walks: `ParallelSearch` over `space` on the threads that neither the tree nor
    /// an early repair holds. The best they find, or the early repairs have, becomes the best, and
    /// the tree learns its cost.
    mutating func walk(round: Int, limits: SearchLimits) {
        let threads = max(1, options.threads - (tree.running ? 1 : 0) - (pool != nil ? 1 : 0))
        var parallel = ParallelSearch(search: LocalSearch<GAPSpace>(limits: limits), threads: threads)
        // Only a timed run may stop a thread when another proves optimality: under move limits
        // alone every thread runs its own course, so the result does not depend on timing.
        parallel.stopAllWhenProven = options.timeLimit != nil
        let tree = self.tree
        let (found, all) = parallel.run(space, seed: options.seed &+ UInt64(round), clock: clock) { tree.finished }
        moves += all.reduce(0) { $0 + $1.moves }
        stop = found.stop
        if let assignment = found.best { keep((assignment, Int(found.objective))) }
        if let pool, let incumbent = best {
            pool.offer(incumbent)
            keep(pool.best)
        }
        if let best { tree.offer(best.objective) }
    }

    /// Polishing between rounds: the exact two-agent splits (`GAPPairPolish`) of `incumbent`
    /// within the pairs the fixing left, which the walks' one- and two-job moves reach only by
    /// luck. A polish that meets the bound proves optimality.
    mutating func polishPairs(_ incumbent: Solution) {
        // Polishing may run past the round's deadline into the time kept back for it.
        let outOfTime = { isOutOfTime() }
        let polished = solution(
            GAPPairPolish.polish(instance, assignment: incumbent.assignment, allowed: allowed, outOfTime: outOfTime))
        keep(polished)
        if Double(polished.objective) - Double(bound.minimising) < 1 { stop = .provenOptimal }
    }
}
