import CaseloadCore
import CaseloadStore
import CompressNIO
import Foundation
import Hummingbird
import Synchronization

/// The current plan's status, rendered once when the plan is saved and served many times: every
/// response is the stored text with only the plan's age filled in, so a busy dashboard costs the
/// database nothing.
final class StatusSnapshot: Sendable {
    /// The saved plan's number.
    let planID: Int64
    /// When it was saved.
    let savedAt: Date
    /// A weak validator: a saved plan never changes, so its number names its content (the age
    /// in the body is the only part that moves).
    let etag: String
    private let jsonHead: String
    private let jsonTail: String
    private let metricsBody: String
    private let pageHead: String
    private let pageTail: String
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
        let plan = "{\"plan\":{\"id\":\(planID),\"week\":\"\(status.week)\",\"saved_at\":\"\(Self.timestamp(savedAt))\",\"age_seconds\":"
        jsonHead = plan
        jsonTail = "}," + String(StatusJSON.body(status).rendered().dropFirst()) + "\n"
        metricsBody = StatusMetrics.text(status, planID: planID)
        (pageHead, pageTail) = StatusPage.html(status, planID: planID, savedAt: Self.timestamp(savedAt))
    }

    /// Whole seconds since the plan was saved.
    func age(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(savedAt))) }

    /// The text of `rendering` for a plan `age` seconds old.
    func text(_ rendering: Rendering, age: Int) -> String {
        switch rendering {
        case .json: return jsonHead + String(age) + jsonTail
        case .metrics:
            return metricsBody + "# HELP caseload_plan_age_seconds Seconds since the current plan was saved.\n"
                + "# TYPE caseload_plan_age_seconds gauge\ncaseload_plan_age_seconds \(age)\n"
        case .page: return pageHead + StatusPage.age(age) + pageTail
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

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
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
