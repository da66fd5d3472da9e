import CaseloadCore
import CaseloadReport
import CompressNIO
import Foundation
import Hummingbird
import Synchronization

/// The current plan's status, rendered once when the plan is saved and served many times: every
/// response is the stored text with only the plan's age filled in, so a busy dashboard costs the
/// database nothing. The value is `PlanStatus` (CaseloadCore), its texts `StatusReport`
/// (CaseloadReport); this is the server's cache of them, with the validator and gzip.
final class StatusSnapshot: Sendable {
    /// The saved plan's number.
    let planID: Int64
    /// When it was saved.
    let savedAt: Date
    /// A weak validator: a saved plan never changes, so its number names its content (the age
    /// in the body is the only part that moves).
    let etag: String
    private let report: StatusReport
    /// Each rendering as last made, plain and gzipped, for the second it was made in: the body
    /// only changes when the age does, so a busy endpoint renders once a second, not per request.
    private let cache = Mutex<[Rendering: (second: Int, plain: ByteBuffer, gzip: ByteBuffer)]>([:])

    /// The three renderings of a snapshot.
    enum Rendering: Hashable, Sendable {
        case json, metrics, page
    }

    init(planID: Int64, savedAt: Date, status: PlanStatus) {
        self.planID = planID
        self.savedAt = savedAt
        etag = "W/\"plan-\(planID)\""
        report = StatusReport(planID: planID, savedAt: savedAt, status: status)
    }

    /// Whole seconds since the plan was saved.
    func age(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(savedAt))) }

    /// The text of `rendering` for a plan `age` seconds old.
    func text(_ rendering: Rendering, age: Int) -> String {
        switch rendering {
        case .json: return report.json(age: age)
        case .metrics: return report.metrics(age: age)
        case .page: return report.page(age: age)
        }
    }

    /// The body of `rendering` at `now`, gzipped when `gzip` is set.
    func body(_ rendering: Rendering, at now: Date, gzip: Bool) -> ByteBuffer {
        let age = age(at: now)
        if let cached = cache.withLock({ $0[rendering] }), cached.second == age { return gzip ? cached.gzip : cached.plain }
        let plain = ByteBuffer(string: text(rendering, age: age))
        var input = plain
        let zipped = (try? input.compress(with: .gzip())) ?? plain
        cache.withLock { $0[rendering] = (age, plain, zipped) }
        return gzip ? zipped : plain
    }
}

/// The current snapshot, shared between the watcher that replaces it and the handlers that
/// read it.
final class SnapshotStore: Sendable {
    private let current = Mutex<StatusSnapshot?>(nil)

    /// The snapshot, or `nil` while no plan was saved.
    var snapshot: StatusSnapshot? { current.withLock { $0 } }

    /// Replaces the snapshot.
    func set(_ snapshot: StatusSnapshot?) { current.withLock { $0 = snapshot } }
}
