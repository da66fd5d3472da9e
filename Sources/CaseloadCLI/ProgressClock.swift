import Foundation
import Synchronization

/// The planner's clock, which also shows progress on stderr when stderr is a terminal and a plan
/// takes longer than a second (docs/commands.md). The search reads the clock every few hundred
/// moves on every thread, so the clock is the one place that sees a long plan going on without
/// the core knowing about terminals.
final class ProgressClock: Sendable {
    private let started = monotonicSeconds()
    private let limit: Double?
    private let lastShown = Mutex<Int>(0)
    private let enabled: Bool

    /// A clock for a plan whose search may take `limit` seconds.
    init(limit: Double?, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.limit = limit
        self.enabled = enabled
    }

    /// Seconds now; prints a progress line at most once a second after the first.
    func now() -> Double {
        let now = monotonicSeconds()
        guard enabled else { return now }
        let whole = Int(now - started)
        guard whole >= 1 else { return now }
        let show = lastShown.withLock { shown -> Bool in
            guard whole > shown else { return false }
            shown = whole
            return true
        }
        if show {
            let of = limit.map { " of at most \(Int($0)) s" } ?? ""
            FileHandle.standardError.write(Data("\rplanning: \(whole) s\(of), improving the plan…".utf8))
        }
        return now
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        guard enabled, lastShown.withLock({ $0 }) > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
