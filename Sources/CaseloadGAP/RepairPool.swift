import CaseloadSearch
import Dispatch
import Synchronization

/// What repair workers share: the best solution, the disputes they draw from and the bound, and
/// whether to stop. The disputes are replaced as the bound's multipliers improve.
final class RepairPool: Sendable {
    private struct State {
        var best: (assignment: [Int], objective: Int)
        var disputes: GAPRepair.Disputes
        var lower: Int
        var stopped = false
    }
    private let state: Mutex<State>
    /// The workers launched in the background.
    let group = DispatchGroup()

    /// A pool starting from `best`, with the disputes at the bound `lower`'s multipliers.
    init(_ best: (assignment: [Int], objective: Int), disputes: GAPRepair.Disputes, lower: Int) {
        state = Mutex(State(best: best, disputes: disputes, lower: lower))
    }

    /// The best solution offered so far.
    var best: (assignment: [Int], objective: Int) { state.withLock { $0.best } }
    /// The disputes and the bound a try starts from.
    var disputes: (GAPRepair.Disputes, lower: Int) { state.withLock { ($0.disputes, $0.lower) } }
    /// Whether the workers should stop.
    var stopped: Bool { state.withLock { $0.stopped } }

    /// Keeps `solution` if it is better than the best.
    func offer(_ solution: (assignment: [Int], objective: Int)) {
        state.withLock { if solution.objective < $0.best.objective { $0.best = solution } }
    }

    /// Replaces the disputes and the bound, from better multipliers.
    func update(_ disputes: GAPRepair.Disputes, lower: Int) {
        state.withLock {
            $0.disputes = disputes
            $0.lower = lower
        }
    }

    /// Tells the workers to stop.
    func stop() { state.withLock { $0.stopped = true } }

    /// Runs one repair worker on the best solution offered until `end`: the disputed jobs around random
    /// agents, each try within `repair.trySeconds`, every agent open to the jobs taken out. With
    /// `fixedSize` every try frees `repair.jobs`; else the size adapts (`GAPRepair.Size`).
    func runWorker(
        _ instance: GAPInstance, tree: ConcurrentDescent, centres: Int, fixedSize: Bool, worker: Int, end: Double,
        started: Double, clock: @escaping () -> Double, options: GAPSolver.Options
    ) {
        var generator = SplitMix64(seed: options.seed &+ UInt64(worker) &* 0x9E37_79B9)
        let everyAgent = Array(0..<instance.agents)
        var size = GAPRepair.Size(
            options.repair.jobs, range: fixedSize ? options.repair.jobs...options.repair.jobs : options.repair.jobRange,
            patience: options.repair.patience)
        while clock() - started < end && !tree.finished && !self.stopped {
            let current = self.best
            let (disputes, lower) = self.disputes
            if Double(current.objective) - Double(lower) < 1 { break }
            let tryStart = clock()
            let outOfTime = { clock() - tryStart > options.repair.trySeconds || clock() - started >= end || self.stopped }
            let jobs = disputes.neighbourhood(
                first: centres, size: size.jobs, in: current.assignment, extra: options.repair.extraJobs, using: &generator)
            let better = GAPRepair.repair(
                instance, assignment: current.assignment, agents: everyAgent, jobs: jobs,
                multipliers: disputes.multipliers, outOfTime: outOfTime)
            // A try that ends before its time searched its jobs out (or its bound did).
            size.record(
                searchedOut: clock() - tryStart < options.repair.trySeconds, improved: better != nil, freed: jobs.count)
            if let better {
                let value = instance.sense == .min ? instance.objective(of: better) : -instance.objective(of: better)
                self.offer((better, value))
                tree.offer(value)
            }
        }
    }
}
