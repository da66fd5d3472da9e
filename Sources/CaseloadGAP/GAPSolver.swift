import CaseloadSearch
import Dispatch

/// Solves a GAP: regret construction, the Lagrangian bound, then `ParallelSearch` over
/// `GAPSpace` — the same engine that plans caseloads — in rounds that fix pairs by the bound, with
/// exact repairs (`GAPRepair`) and tree search (`GAPTreeSearch`), until the time or move limit, or
/// until the best solution meets the bound.
public struct GAPSolver: Sendable {
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
        /// Whether repairs ran beside the walks, on the tree's thread (`Options.Repair.earlyGap`).
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
