import CaseloadCore
import Foundation

/// The renderings of one saved plan's status — `/api/status` (JSON), `/metrics` (Prometheus)
/// and `/` (the dashboard, in Dutch and in English) — made once per plan and completed per
/// request with the plan's age and whether its week has passed, the only parts that move.
public struct StatusReport: Sendable {
    private let week: ISOWeek
    private let jsonHead: String
    private let jsonTail: String
    private let metricsBody: String
    private let pages: [Language: (head: String, middle: String, tail: String)]

    /// The renderings of `status`, plan `planID` saved at `savedAt` and approved at
    /// `approvedAt` (`nil`: a draft).
    public init(planID: Int64, savedAt: Date, approvedAt: Date? = nil, status: PlanStatus) {
        week = status.week
        jsonHead = StatusJSON.head(
            planID: planID, week: status.week, savedAt: Figures.english.timestamp(savedAt),
            approvedAt: approvedAt.map(Figures.english.timestamp))
        jsonTail = StatusJSON.tail(status)
        metricsBody = StatusMetrics.text(status, planID: planID)
        var pages: [Language: (head: String, middle: String, tail: String)] = [:]
        for language in Language.allCases {
            pages[language] = StatusPage.html(status, planID: planID, savedAt: savedAt, approvedAt: approvedAt, language: language)
        }
        self.pages = pages
    }

    /// The ISO week a team in the Netherlands is in at `now`.
    public static func currentWeek(at now: Date) -> ISOWeek {
        Amsterdam.week(atEpochSeconds: Int(now.timeIntervalSince1970.rounded(.down)))
    }

    /// Whether the plan's week lies before the week in Europe/Amsterdam at `now`.
    public func weekHasPassed(at now: Date) -> Bool { week < Self.currentWeek(at: now) }

    /// `/api/status` for a plan `age` seconds old, at `now`.
    public func json(age: Int, now: Date = Date()) -> String {
        jsonHead + String(age) + ",\"week_passed\":\(weekHasPassed(at: now))" + jsonTail
    }

    /// `/metrics` for a plan `age` seconds old, at `now`.
    public func metrics(age: Int, now: Date = Date()) -> String {
        metricsBody + StatusMetrics.age(age, weekPassed: weekHasPassed(at: now))
    }

    /// `/` in `language` for a plan `age` seconds old, at `now`: with the warning on top when
    /// the plan's week has passed.
    public func page(age: Int, language: Language = .nl, now: Date = Date()) -> String {
        let page = pages[language]!
        let current = Self.currentWeek(at: now)
        let warning = week < current ? StatusPage.pastWeekWarning(week, current: current, language: language) : ""
        return page.head + Figures.of(language).age(age) + page.middle + warning + page.tail
    }
}
