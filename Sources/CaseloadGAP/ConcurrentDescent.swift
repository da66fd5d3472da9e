import CaseloadSearch
import Dispatch
import Synchronization

/// The tree search running beside the walks: launched once, read once at the end.
final class ConcurrentDescent: Sendable {
    private struct State {
        var launched = false
        var returned = false
        var yielded = false
        var finished = false
        var found: Int?
        var known = Int.max
        var result: GAPTreeSearch.Descent?
    }
    private let state = Mutex(State())
    private let group = DispatchGroup()

    /// Whether it was launched.
    var launched: Bool { state.withLock { $0.launched } }
    /// Whether it is still searching: launched, and neither done nor asked to yield.
    var running: Bool { state.withLock { $0.launched && !$0.returned && !$0.yielded } }
    /// Whether either side has proven optimality.
    var finished: Bool { state.withLock { $0.finished } }
    /// Whether it should stop: optimality proven, or its thread handed back to the walks.
    var shouldStop: Bool { state.withLock { $0.finished || $0.yielded } }
    /// The cost of the best solution it has found so far.
    var found: Int? { state.withLock { $0.found } }
    /// The cost of the best solution the walks and repairs have found so far.
    var known: Int { state.withLock { $0.known } }

    /// Whether it has found nothing cheaper than `cost`: then its thread serves the walks or the
    /// repairs better.
    func foundNothingBetter(than cost: Int) -> Bool { (found ?? .max) > cost }

    /// Runs `descend` on another thread; when it proves optimality, `finished` turns true.
    /// `incumbent` is the cost the descent stops at: reaching it proves that solution optimal.
    func launch(incumbent: Int, _ descend: @escaping @Sendable () -> GAPTreeSearch.Descent) {
        state.withLock { $0.launched = true }
        Workers.start(in: group, label: "gap.tree") {
            let result = descend()
            let proven = result.lower >= min(result.best?.cost ?? incumbent, self.known)
            self.state.withLock {
                $0.result = result
                $0.returned = true
                if proven { $0.finished = true }
            }
        }
    }

    /// Tells the tree of a solution the walks or repairs found: it need not look above it.
    func offer(_ cost: Int) { state.withLock { $0.known = min($0.known, cost) } }

    /// Records a solution the tree found.
    func report(_ cost: Int) { state.withLock { $0.found = min($0.found ?? .max, cost) } }

    /// Asks the tree to stop and leave its thread to the walks.
    func yield() { state.withLock { $0.yielded = true } }

    /// Tells the tree to stop: the walks have proven optimality.
    func finish() { state.withLock { $0.finished = true } }

    /// Waits for the tree, if launched, and returns what it found.
    func result() -> GAPTreeSearch.Descent? {
        group.wait()
        return state.withLock { $0.result }
    }
}
