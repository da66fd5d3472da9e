import Dispatch

/// Long-running work on threads of its own.
///
/// `DispatchQueue.concurrentPerform` and the global queues draw on one pool as wide as the
/// machine has cores. Where other long work already holds that pool (two solves in one process,
/// tests running in parallel), work queued there waits until it ends: a timed search then runs
/// its threads one after another, past its time limit, and a tree meant to run beside the walks
/// may not start before it is told to yield. A serial queue of its own is served by a thread at
/// once (libdispatch lets such queues exceed the pool).
@usableFromInline
package enum Workers {
    /// Runs `body(index)` for every index in `0..<count`: index 0 on the calling thread, each
    /// other on a thread of its own. Returns when all have.
    @usableFromInline
    package static func perform(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let group = DispatchGroup()
            for index in 1..<count {
                DispatchQueue(label: "caseload.worker.\(index)").async(group: group) { body(index) }
            }
            body(0)
            group.wait()
        }
    }

    /// Starts `body` on a thread of its own; `group` is left when it returns.
    package static func start(in group: DispatchGroup, label: String, _ body: @escaping @Sendable () -> Void) {
        DispatchQueue(label: "caseload.\(label)").async(group: group, execute: body)
    }
}
