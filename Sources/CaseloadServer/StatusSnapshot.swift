import CaseloadCore
import CaseloadStore
import Foundation
import Hummingbird
import Synchronization

/// The current plan's status, rendered once when the plan is saved and served many times: every
/// response is the stored text with only the plan's age filled in, so a busy dashboard costs the
/// database nothing.
struct StatusSnapshot: Sendable {
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

    /// `/api/status`.
    func json(at now: Date) -> ByteBuffer { ByteBuffer(string: jsonHead + String(age(at: now)) + jsonTail) }

    /// `/metrics`.
    func metrics(at now: Date) -> ByteBuffer {
        ByteBuffer(
            string: metricsBody
                + "# HELP caseload_plan_age_seconds Seconds since the current plan was saved.\n"
                + "# TYPE caseload_plan_age_seconds gauge\ncaseload_plan_age_seconds \(age(at: now))\n")
    }

    /// `/`.
    func page(at now: Date) -> ByteBuffer { ByteBuffer(string: pageHead + StatusPage.age(age(at: now)) + pageTail) }

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
