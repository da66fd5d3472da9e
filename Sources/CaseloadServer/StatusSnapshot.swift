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
    /// A weak validator's stem: a saved plan never changes, so its number names its content
    /// (the age in the body moves; whether the week has passed and the page's language go into
    /// `etag(_:at:)`).
    let etagStem: String
    private let report: StatusReport
    /// Each rendering as last made, plain and gzipped, for the second it was made in: the body
    /// only changes when the age does, so a busy endpoint renders once a second, not per request.
    private let cache = Mutex<[Rendering: (second: Int, plain: ByteBuffer, gzip: ByteBuffer)]>([:])

    /// The renderings of a snapshot: the page in each language.
    enum Rendering: Hashable, Sendable {
        case json, metrics
        case page(Language)
    }

    init(planID: Int64, savedAt: Date, approvedAt: Date? = nil, status: PlanStatus) {
        self.planID = planID
        self.savedAt = savedAt
        etagStem = "plan-\(planID)"
        report = StatusReport(planID: planID, savedAt: savedAt, approvedAt: approvedAt, status: status)
    }

    /// The validator of `rendering` at `now`: it changes when the plan does, when its week
    /// passes (the warning appears) and with the page's language, so a browser revalidating
    /// never keeps a page without the warning or in the other language.
    func etag(_ rendering: Rendering, at now: Date) -> String {
        var tag = etagStem
        if report.weekHasPassed(at: now) { tag += "-past" }
        if case .page(let language) = rendering { tag += "-\(language.rawValue)" }
        return "W/\"\(tag)\""
    }

    /// Whole seconds since the plan was saved.
    func age(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(savedAt))) }

    /// The text of `rendering` for a plan `age` seconds old at `now`.
    func text(_ rendering: Rendering, age: Int, now: Date) -> String {
        switch rendering {
        case .json: return report.json(age: age, now: now)
        case .metrics: return report.metrics(age: age, now: now)
        case .page(let language): return report.page(age: age, language: language, now: now)
        }
    }

    /// The body of `rendering` at `now`, gzipped when `gzip` is set.
    func body(_ rendering: Rendering, at now: Date, gzip: Bool) -> ByteBuffer {
        let age = age(at: now)
        if let cached = cache.withLock({ $0[rendering] }), cached.second == age { return gzip ? cached.gzip : cached.plain }
        let plain = ByteBuffer(string: text(rendering, age: age, now: now))
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
