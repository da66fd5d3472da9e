import CaseloadSearch
import Dispatch
import Synchronization

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
        var bound =
            options.boundIterations > 0
            ? GAPBound.lagrangian(
                instance, upperBound: upper, iterations: options.boundIterations, exactCells: options.exactKnapsackCells
            ) {
                // The bound only proves; the search finds. It gets a small share of a timed run.
                options.timeLimit.map { clock() - started > $0 * options.boundTimeShare } ?? false
            }
            : GAPBound.capacityRelaxation(instance)
        let searchStart = clock()
        // Repair needs the knapsack tables, like the tree; it centres on k agents whose jobs
        // number about 80.
        let lnsAgents =
            options.repairTimeShare > 0 && GAPFixing.fits(instance) && options.timeLimit != nil
                && !bound.multipliers.isEmpty
            ? options.repairAgents ?? min(instance.agents, max(3, min(5, 80 * instance.agents / instance.jobs))) : 0
        // The tree search needs exact knapsack tables, and a time limit: it runs until the limit.
        let useTree =
            options.treeTimeShare > 0 && GAPFixing.fits(instance, maxCells: options.treeMaxCells)
            && options.timeLimit != nil
        // With two threads or more, one runs the tree beside the walks from the start; with one,
        // the tree gets its share at the end.
        let concurrentTree = useTree && options.threads > 1
        let searchTime = options.timeLimit.map {
            max(0, $0 - (searchStart - started))
                * (1 - options.polishTimeShare - (useTree && !concurrentTree ? options.treeTimeShare : 0)
                    - (lnsAgents > 0 ? options.repairTimeShare : 0))
        }
        // Once either side proves optimality, the other stops.
        let tree = ConcurrentDescent()
        // Without a feasible solution yet, the tree looks for one: on tight instances it finds
        // one where the walks, which must cross overloaded states, may not.
        let startTree = { (upper: Int?, multipliers: [Double], lower: Int) in
            guard let limit = options.timeLimit else { return }
            let iterations = options.treeBoundIterations, cells = options.exactKnapsackCells
            let boundShare = options.treeBoundTimeShare
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
        if concurrentTree, !bound.multipliers.isEmpty {
            startTree(space.isFeasible ? Int(space.objective) : nil, bound.multipliers, bound.minimising)
        }
        // Without fixing (knapsack tables too large: the instances with most agents and jobs),
        // rounds would only restart the walk, which loses its state and gains nothing.
        let shares = options.roundShares.isEmpty || !GAPFixing.fits(instance) ? [1.0] : options.roundShares
        let shareTotal = shares.reduce(0, +)
        var best: (assignment: [Int], objective: Int)?
        var stop = SearchStop.exhausted, moves = 0, elapsedShare = 0.0
        var allowed: (Int, Int) -> Bool = { _, _ in true }
        var treeNodes = 0
        // Repairs started beside the walks (`earlyRepairGap`): one worker, on the tree's thread.
        var pool: RepairPool?
        // This round's fixing, at the bound's multipliers: the early repairs start from its
        // disputes; after the rounds, the repairs and the one-thread tree reuse the last one (the
        // multipliers no longer change), else compute it.
        var roundFixing: GAPFixing?
        for (round, share) in shares.enumerated() {
            roundFixing = nil
            if let pool, let incumbent = best, pool.best.objective < incumbent.objective { best = pool.best }
            let shareStart = elapsedShare
            // With no feasible solution yet there is nothing to fix by: the rest of the search
            // goes to one walk, whose overload weights need the moves to grow.
            let collapse = round > 0 && best == nil
            elapsedShare = collapse ? shareTotal : elapsedShare + share
            let last = collapse || round == shares.count - 1
            // Each round may run until its share of the search time has passed since the start.
            let deadline = searchTime.map { searchStart + $0 * elapsedShare / shareTotal }
            if round > 0, let incumbent = best, !bound.multipliers.isEmpty {
                let roundStart = clock()
                // A few more steps aimed at the better incumbent: the penalties are only as
                // sharp as the multipliers, and the bound may yet prove the incumbent optimal.
                let tightened = GAPBound.lagrangian(
                    instance, upperBound: incumbent.objective, iterations: options.boundIterations,
                    exactCells: options.exactKnapsackCells, start: bound.multipliers
                ) { options.timeLimit.map { clock() - roundStart > $0 * options.boundTimeShare / 2 } ?? false }
                if tightened.minimising >= bound.minimising { bound = tightened }
                if let fixing = GAPFixing.at(instance, multipliers: bound.multipliers) {
                    roundFixing = fixing
                    // Repairs beside the walks draw from the disputes at the better multipliers.
                    pool?.update(GAPRepair.Disputes(instance, fixing: fixing), lower: bound.minimising)
                    let upper = incumbent.objective, n = instance.jobs
                    allowed = { i, j in fixing.allows(i, j, jobs: n, upperBound: upper) }
                    let exact = GAPBound.rounded(fixing.value)
                    if exact > bound.minimising {
                        bound.minimising = exact
                        bound.value = instance.sense == .min ? exact : -exact
                    }
                    if bound.minimising >= incumbent.objective {
                        stop = .provenOptimal
                        break
                    }
                    if concurrentTree && !tree.launched { startTree(upper, bound.multipliers, bound.minimising) }
                    let fraction = round < options.roundTargets.count ? options.roundTargets[round] : 1
                    let target = max(
                        Int(fixing.value.rounded(.up)), Int(fixing.value + fraction * (Double(upper) - fixing.value)))
                    space = GAPSpace(
                        instance: instance, assignment: incumbent.assignment, options: options.search, fixing: fixing,
                        upperBound: min(upper, target))
                } else {
                    // Too large to solve every knapsack exactly: search on from the best, unfixed.
                    space.restore(incumbent.assignment)
                }
            }
            let roundMoves = options.maxMoves.map { total in
                let before = Int(Double(total) * shareStart / shareTotal)
                return last ? total - before : Int(Double(total) * elapsedShare / shareTotal) - before
            }
            let limits = SearchLimits(
                timeLimit: deadline.map { max(0, $0 - clock()) }, maxMoves: roundMoves.map { max(1, $0) },
                lowerBound: Double(bound.minimising), boundTolerance: 1, historyLength: options.historyLength,
                adaptEvery: options.adaptEvery, restartAfter: options.restartAfter)
            // Past the yield round, a tree that has found nothing better than the walks hands its
            // thread back to them: there (large type D) the walks find more with two threads.
            // With repairs to come, the tree keeps its thread: it may yet prove optimality, and
            // the repairs, not the walks, do most of the finding.
            if lnsAgents == 0, round >= options.treeYieldRound, tree.running, let incumbent = best,
                (tree.found ?? .max) > incumbent.objective
            {
                tree.yield()
            }
            if lnsAgents > 0, pool == nil, let fixing = roundFixing, let gap = options.earlyRepairGap,
                tree.running, let limit = options.timeLimit, let incumbent = best,
                (tree.found ?? .max) > incumbent.objective,
                Double(incumbent.objective - bound.minimising) > gap / 100 * Double(abs(incumbent.objective))
            {
                tree.yield()
                let shared = RepairPool(
                    incumbent, disputes: GAPRepair.Disputes(instance, fixing: fixing), lower: bound.minimising)
                pool = shared
                let end = limit * (1 - options.polishTimeShare), centres = lnsAgents
                // This worker adapts its size; the one that joins it at the repair phase keeps the first.
                Workers.start(in: shared.group, label: "gap.repair") {
                    repairLoop(
                        instance, pool: shared, tree: tree, centres: centres, fixedSize: false, worker: 0, end: end,
                        started: started, clock: clock, options: options)
                }
            }
            let threads = max(1, options.threads - (tree.running ? 1 : 0) - (pool != nil ? 1 : 0))
            var parallel = ParallelSearch(search: LocalSearch<GAPSpace>(limits: limits), threads: threads)
            // Only a timed run may stop a thread when another proves optimality: under move limits
            // alone every thread runs its own course, so the result does not depend on timing.
            parallel.stopAllWhenProven = options.timeLimit != nil
            let (found, all) = parallel.run(space, seed: options.seed &+ UInt64(round), clock: clock) { tree.finished }
            moves += all.reduce(0) { $0 + $1.moves }
            stop = found.stop
            if let assignment = found.best {
                let value = Int(found.objective)
                if best.map({ value < $0.objective }) ?? true { best = (assignment, value) }
            }
            if let pool, let incumbent = best {
                pool.offer(incumbent)
                if pool.best.objective < incumbent.objective { best = pool.best }
            }
            if let best { tree.offer(best.objective) }
            if stop == .provenOptimal || tree.finished { break }
            if options.pairPolish, lnsAgents == 0, let incumbent = best {
                // Polishing may run past the round's deadline into the time kept back for it.
                let outOfTime = { options.timeLimit.map { clock() - started >= $0 } ?? false }
                let polished = GAPPairPolish.polish(
                    instance, assignment: incumbent.assignment, allowed: allowed, outOfTime: outOfTime)
                let value = instance.sense == .min ? instance.objective(of: polished) : -instance.objective(of: polished)
                if value < incumbent.objective { best = (polished, value) }
                if Double(value) - Double(bound.minimising) < 1 {
                    stop = .provenOptimal
                    break
                }
            }
            if last { break }
            if let t = options.timeLimit, clock() - started >= t { break }
        }
        if lnsAgents > 0, stop != .provenOptimal, !tree.finished, let limit = options.timeLimit, var current = best,
            let fixing = roundFixing ?? GAPFixing.at(instance, multipliers: bound.multipliers)
        {
            // Repair until the time kept for it is spent: around random agents, each try within
            // `repairTrySeconds`, every agent open to the jobs taken out. A tree that has found
            // nothing better than the walks by now hands its thread to the repairs, which share
            // the best solution: two threads of repairs find more than one beside the tree on
            // most instances, though the tree then no longer proves some small ones optimal
            // before the limit.
            if tree.running, (tree.found ?? .max) > current.objective { tree.yield() }
            let end = limit * (1 - options.polishTimeShare)
            let early = pool != nil
            let disputes = GAPRepair.Disputes(instance, fixing: fixing)
            let shared = pool ?? RepairPool(current, disputes: disputes, lower: bound.minimising)
            shared.offer(current)
            shared.update(disputes, lower: bound.minimising)
            let workers = max(0, options.threads - (tree.running ? 1 : 0) - (early ? 1 : 0))
            if workers > 0 {
                Workers.perform(workers) { w in
                    // With two workers, one keeps the first size: on large type E many small repairs
                    // a second find more than a few large ones, on C and D the larger ones find
                    // what the small cannot. An early worker, started beside the walks, adapts.
                    let fixed = w == 0 && workers + (early ? 1 : 0) > 1
                    repairLoop(
                        instance, pool: shared, tree: tree, centres: lnsAgents, fixedSize: fixed, worker: early ? w + 1 : w,
                        end: end, started: started, clock: clock, options: options)
                }
            }
            shared.group.wait()
            current = shared.best
            if current.objective < best!.objective { best = current }
        }
        if let pool {
            // Proven optimal, or out of time before the repair phase: stop the early worker (its
            // best is already in `best` after a repair phase).
            pool.stop()
            pool.group.wait()
            if let incumbent = best, pool.best.objective < incumbent.objective { best = pool.best }
        }
        if stop == .provenOptimal { tree.finish() }
        var descent = tree.result()
        if useTree && !concurrentTree, stop != .provenOptimal, let limit = options.timeLimit,
            let fixing = roundFixing ?? GAPFixing.at(instance, multipliers: bound.multipliers)
        {
            descent = GAPTreeSearch.descend(
                instance, fixing: fixing, lower: max(bound.minimising, GAPBound.rounded(fixing.value)),
                incumbent: best?.objective ?? .max
            ) { clock() - started >= limit }
        }
        if let descent {
            if let found = descent.best, best.map({ found.cost < $0.objective }) ?? true {
                best = (found.assignment, found.cost)
            }
            if descent.lower > bound.minimising {
                bound.minimising = descent.lower
                bound.value = instance.sense == .min ? descent.lower : -descent.lower
            }
            if let best, bound.minimising >= best.objective { stop = .provenOptimal }
            treeNodes = descent.nodes
        }
        if stop == .moveLimit, options.timeLimit.map({ clock() - started >= $0 }) ?? false { stop = .timeLimit }
        return Result(
            objective: best.map { instance.objective(of: $0.assignment) },
            assignment: best?.assignment, bound: bound.value, seconds: clock() - started, stop: stop, moves: moves,
            treeNodes: treeNodes, earlyRepairs: pool != nil)
    }

    /// Seconds since boot, from Dispatch's monotonic clock.
    @Sendable public static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
