import CaseloadSearch

extension GAPSolver.Run {
    /// Early repairs, from the second round on: when the best solution is more than
    /// `repair.earlyGap` percent above the bound and the tree beside the walks has found nothing
    /// better than they have, the tree stops and its thread repairs beside the walks until the
    /// repair phase ends. So far above the bound the tree proves and finds nothing, while repairs
    /// find far more than the walks.
    mutating func startEarlyRepairsIfFarAboveBound() {
        guard plan.repairCentres > 0, pool == nil, let fixing = roundFixing, let gap = options.repair.earlyGap,
            tree.running, let limit = options.timeLimit, let incumbent = best,
            tree.foundNothingBetter(than: incumbent.objective),
            Double(incumbent.objective - bound.minimising) > gap / 100 * Double(abs(incumbent.objective))
        else { return }
        tree.yield()
        let shared = RepairPool(incumbent, disputes: GAPRepair.Disputes(instance, fixing: fixing), lower: bound.minimising)
        pool = shared
        let end = limit * (1 - options.rounds.polishTimeShare), centres = plan.repairCentres
        let instance = instance, tree = tree, started = started, clock = clock, options = options
        // This worker adapts its size; the one that joins it at the repair phase keeps the first.
        Workers.start(in: shared.group, label: "gap.repair") {
            shared.runWorker(
                instance, tree: tree, centres: centres, fixedSize: false, worker: 0, end: end, started: started,
                clock: clock, options: options)
        }
    }

    /// Repair, after the rounds, until the time kept for it is spent: the jobs the relaxation
    /// disputes around random agents, each try within `repair.trySeconds`, re-split exactly with
    /// every agent open to them (`GAPRepair`).
    ///
    /// A tree that has found nothing better than the walks by now hands its thread to the
    /// repairs, which share the best solution: two threads of repairs find more than one beside
    /// the tree on most instances, though the tree then no longer proves some small ones optimal
    /// before the limit.
    mutating func repairAfterRounds() {
        guard plan.repairCentres > 0, stop != .provenOptimal, !tree.finished, let limit = options.timeLimit,
            let current = best, let fixing = roundFixing ?? GAPFixing.at(instance, multipliers: bound.multipliers)
        else { return }
        if tree.running, tree.foundNothingBetter(than: current.objective) { tree.yield() }
        let end = limit * (1 - options.rounds.polishTimeShare)
        let early = pool != nil
        let disputes = GAPRepair.Disputes(instance, fixing: fixing)
        let shared = pool ?? RepairPool(current, disputes: disputes, lower: bound.minimising)
        shared.offer(current)
        shared.update(disputes, lower: bound.minimising)
        let workers = max(0, options.threads - (tree.running ? 1 : 0) - (early ? 1 : 0))
        if workers > 0 {
            let instance = instance, tree = tree, centres = plan.repairCentres
            let started = started, clock = clock, options = options
            Workers.perform(workers) { w in
                // With two workers, one keeps the first size: on large type E many small repairs
                // a second find more than a few large ones, on C and D the larger ones find what
                // the small cannot. An early worker, started beside the walks, adapts.
                let fixed = w == 0 && workers + (early ? 1 : 0) > 1
                shared.runWorker(
                    instance, tree: tree, centres: centres, fixedSize: fixed, worker: early ? w + 1 : w, end: end,
                    started: started, clock: clock, options: options)
            }
        }
        shared.group.wait()
        keep(shared.best)
    }

    /// Stops the early repairs, if any: the solve proved optimality, or ran out of time before
    /// the repair phase. Their best is kept (after a repair phase it already is).
    mutating func stopEarlyRepairs() {
        guard let pool else { return }
        pool.stop()
        pool.group.wait()
        keep(pool.best)
    }
}
