import Dispatch
import Foundation
import Synchronization
import Testing

@testable import CaseloadSearch

/// Search threads start at once even when other long work holds the global dispatch pool, as
/// other solves do in the same process (tests in parallel, a server).
@Suite("Workers", .serialized)
struct WorkersTests {
    /// Keeps every thread of the global pool busy, as searches do, until `body` returns (or for
    /// 10 s at most, so that work wrongly queued behind them fails the test instead of hanging it).
    /// The threads stay runnable but yield the core at every turn, so that other tests running
    /// meanwhile are slowed as little as may be: a thread that slept instead would let
    /// libdispatch add threads to the pool, and work queued there would run (measured: with the
    /// workers on the global queue the tests then passed; spinning or yielding, they fail).
    private func whileGlobalPoolIsBusy(_ body: () -> Void) {
        let width = ProcessInfo.processInfo.activeProcessorCount
        let released = Atomic(false), busy = Atomic(0), group = DispatchGroup()
        // One block more than the pool is wide, so that one always waits behind the others.
        let end = DispatchTime.now() + 10
        for _ in 0...width {
            DispatchQueue.global().async(group: group) {
                busy.add(1, ordering: .sequentiallyConsistent)
                while !released.load(ordering: .sequentiallyConsistent), DispatchTime.now() < end { sched_yield() }
            }
        }
        // The test itself may hold a thread of the pool (Swift concurrency runs on it), and other
        // tests others: the blocks that have not started by then wait behind busy threads.
        let grace = DispatchTime.now() + 0.5
        while busy.load(ordering: .sequentiallyConsistent) < width - 1, DispatchTime.now() < grace { sched_yield() }
        body()
        released.store(true, ordering: .sequentiallyConsistent)
        group.wait()
    }

    @Test("workers of one run all run at the same time while the global pool is busy", arguments: [2, 3])
    func performRunsTogether(count: Int) {
        let arrived = Atomic(0), met = Atomic(0)
        whileGlobalPoolIsBusy {
            // Each worker arrives, then waits for all the others: run one after another (as
            // `concurrentPerform` runs them when the pool is busy), the first would wait in vain.
            Workers.perform(count) { _ in
                arrived.add(1, ordering: .sequentiallyConsistent)
                let deadline = DispatchTime.now() + 5
                while arrived.load(ordering: .sequentiallyConsistent) < count, DispatchTime.now() < deadline {
                    usleep(1_000)
                }
                if arrived.load(ordering: .sequentiallyConsistent) == count {
                    met.add(1, ordering: .sequentiallyConsistent)
                }
            }
        }
        #expect(met.load(ordering: .sequentiallyConsistent) == count)
    }

    @Test("a started worker runs while the global pool is busy")
    func startRunsAtOnce() {
        let ran = DispatchSemaphore(value: 0), own = DispatchGroup()
        whileGlobalPoolIsBusy {
            Workers.start(in: own, label: "test") { ran.signal() }
            #expect(ran.wait(timeout: .now() + 5) == .success)
        }
        own.wait()
    }
}
