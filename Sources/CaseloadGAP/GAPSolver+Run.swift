import CaseloadSearch

extension GAPSolver {
    /// One solve in progress: what its phases read and hand on to each other, from the first
    /// solution and the bound to the result.
    struct Run {
        /// A solution as the phases hand it on: an agent per job and its cost, minimising terms
        /// (negated profit for `max` instances).
        typealias Solution = (assignment: [Int], objective: Int)

        let instance: GAPInstance
        let options: Options
        let plan: Plan
        /// When the solve started: the time limit and its shares count from here.
        let started: Double
        let clock: @Sendable () -> Double
        /// The walks' search space: the first solution, then each round's start.
        var space: GAPSpace
        /// The bound, tightened between rounds and raised by the exact fixing and the tree.
        var bound: GAPBound
        /// The best solution found so far.
        var best: Solution?
        /// Why the search stopped, so far.
        var stop = SearchStop.exhausted
        /// Moves the walks proposed, over all threads and rounds.
        var moves = 0
        /// Nodes of the tree search.
        var treeNodes = 0
        /// Which pairs the last fixing left open; the pair polish keeps within them.
        var allowed: (Int, Int) -> Bool = { _, _ in true }
        /// The tree search beside the walks, if launched. Once either side proves optimality, the
        /// other stops.
        let tree = ConcurrentDescent()
        /// Repairs started beside the walks (`repair.earlyGap`): one worker, on the tree's thread.
        var pool: RepairPool?
        /// This round's fixing, at the bound's multipliers: the early repairs start from its
        /// disputes; after the rounds, the repairs and the one-thread tree reuse the last one (the
        /// multipliers no longer change), else compute it.
        var roundFixing: GAPFixing?

        init(
            _ instance: GAPInstance, options: Options, plan: Plan, space: GAPSpace, bound: GAPBound, started: Double,
            clock: @escaping @Sendable () -> Double
        ) {
            self.instance = instance
            self.options = options
            self.plan = plan
            self.space = space
            self.bound = bound
            self.started = started
            self.clock = clock
        }

        /// Whether the whole solve's time limit has passed; never without one.
        func isOutOfTime() -> Bool { options.timeLimit.map { clock() - started >= $0 } ?? false }

        /// Makes `solution` the best when it is cheaper, or the first.
        mutating func keep(_ solution: Solution) {
            if best.map({ solution.objective < $0.objective }) ?? true { best = solution }
        }

        /// Raises the bound to `lower` (minimising terms) when that is higher.
        mutating func raiseBound(to lower: Int) {
            guard lower > bound.minimising else { return }
            bound.minimising = lower
            bound.value = instance.sense == .min ? lower : -lower
        }

        /// `assignment` as a solution, its cost in minimising terms.
        func solution(_ assignment: [Int]) -> Solution {
            let objective = instance.objective(of: assignment)
            return (assignment, instance.sense == .min ? objective : -objective)
        }

        /// The result: the best solution in the instance's sense and the bound. A move limit
        /// reached only after the time limit counts as the time limit.
        mutating func result() -> Result {
            if stop == .moveLimit, isOutOfTime() { stop = .timeLimit }
            return Result(
                objective: best.map { instance.objective(of: $0.assignment) },
                assignment: best?.assignment, bound: bound.value, seconds: clock() - started, stop: stop, moves: moves,
                treeNodes: treeNodes, earlyRepairs: pool != nil)
        }
    }
}
