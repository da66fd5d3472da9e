import CaseloadCore
import Foundation

/// The three renderings of one saved plan's status — `/api/status` (JSON), `/metrics`
/// (Prometheus) and `/` (the dashboard) — made once per plan and completed per request with the
/// plan's age, the only part that moves.
public struct StatusReport: Sendable {
    private let jsonHead: String
    private let jsonTail: String
    private let metricsBody: String
    private let pageHead: String
    private let pageTail: String
    private let figures: Figures

    /// The renderings of `status`, plan `planID` saved at `savedAt`.
    public init(planID: Int64, savedAt: Date, status: PlanStatus, figures: Figures = .english) {
        let stamp = figures.timestamp(savedAt)
        jsonHead = StatusJSON.head(planID: planID, week: status.week, savedAt: stamp)
        jsonTail = StatusJSON.tail(status)
        metricsBody = StatusMetrics.text(status, planID: planID)
        (pageHead, pageTail) = StatusPage.html(status, planID: planID, savedAt: stamp, figures: figures)
        self.figures = figures
    }

    /// `/api/status` for a plan `age` seconds old.
    public func json(age: Int) -> String { jsonHead + String(age) + jsonTail }

    /// `/metrics` for a plan `age` seconds old.
    public func metrics(age: Int) -> String { metricsBody + StatusMetrics.age(age) }

    /// `/` for a plan `age` seconds old.
    public func page(age: Int) -> String { pageHead + figures.age(age) + pageTail }
}
