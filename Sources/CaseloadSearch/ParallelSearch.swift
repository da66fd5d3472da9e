import Dispatch
import Synchronization

/// Runs independent searches on several threads and keeps the best: each run starts from the
/// same solution with its own seed, derived from the run's seed and the thread's number, so
/// the result depends on the seed and the thread count only (under move limits).
public struct ParallelSearch<Space: SearchSpace & Sendable> {
    /// The engine each thread runs.
    public var search: LocalSearch<Space>
    /// Threads; 1 runs on the caller's thread.
    public var threads: Int
    /// Whether a thread that proves its best optimal (`SearchStop.provenOptimal`) stops the
    /// others. Off by default: the moment it happens depends on timing, so a run stays
    /// reproducible under move limits only without it.
    public var stopAllWhenProven = false

    /// Creates a parallel search.
    public init(search: LocalSearch<Space>, threads: Int) {
        self.search = search
        self.threads = max(1, threads)
    }

    /// The seed of thread `index` in a run seeded `seed`.
    @inlinable
    public static func seed(_ seed: UInt64, thread index: Int) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return index == 0 ? seed : generator.next()
    }

    /// Runs from `space`; returns the best result (ties to the lowest thread) and every thread's.
    /// Every thread also stops (as `.provenOptimal`) once `stopped` turns true: another search
    /// beside this one has proven optimality.
    @inlinable
    public func run(
        _ space: Space, seed: UInt64, clock: @escaping @Sendable () -> Double,
        stopped: @escaping @Sendable () -> Bool = { false }
    )
        -> (best: LocalSearch<Space>.Result, all: [LocalSearch<Space>.Result])
    where Space.Snapshot: Sendable {
        let search = self.search
        if threads == 1 {
            var own = space
            let result = search.run(&own, seed: seed, clock: clock, stopped: stopped)
            return (result, [result])
        }
        let results = Mutex<[Int: LocalSearch<Space>.Result]>([:])
        let proven = Atomic<Bool>(false)
        let share = stopAllWhenProven
        Workers.perform(threads) { index in
            var own = space
            let result = search.run(
                &own, seed: Self.seed(seed, thread: index), clock: clock,
                stopped: { (share && proven.load(ordering: .relaxed)) || stopped() })
            if share, result.stop == .provenOptimal { proven.store(true, ordering: .relaxed) }
            results.withLock { $0[index] = result }
        }
        let all = results.withLock { dict in (0..<threads).map { dict[$0]! } }
        var best = all[0]
        for r in all.dropFirst() where r.objective < best.objective - 1e-9 { best = r }
        return (best, all)
    }
}
