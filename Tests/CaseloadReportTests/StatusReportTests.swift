import CaseloadCore
import Foundation
import Testing

@testable import CaseloadReport

/// The status renderings: made once per plan, completed with the plan's age.
@Suite("Status report")
struct StatusReportTests {
    @Test("the JSON, the metrics and the page each carry the plan's age, and only it changes")
    func ageFillsIn() throws {
        let (_, plan) = PlanReportTests.planned(seed: 6)
        let report = StatusReport(planID: 7, savedAt: Date(timeIntervalSince1970: 0), status: PlanStatus(plan: plan))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(age: 42).utf8)) as? [String: Any])
        let header = try #require(json["plan"] as? [String: Any])
        #expect(header["id"] as? Int == 7)
        #expect(header["age_seconds"] as? Int == 42)
        #expect(header["saved_at"] as? String == "1970-01-01T00:00:00Z")
        #expect(report.metrics(age: 42).hasSuffix("caseload_plan_age_seconds 42\n"))
        #expect(report.page(age: 42).contains("(42 s ago). This page refreshes every minute."))
        #expect(report.page(age: 42).replacingOccurrences(of: "42 s ago", with: "3 minutes ago") == report.page(age: 180))
    }

    @Test("the dashboard writes shares as every report does")
    func sharesOnThePage() {
        let (_, plan) = PlanReportTests.planned(seed: 6)
        let page = StatusReport(planID: 1, savedAt: Date(), status: PlanStatus(plan: plan)).page(age: 0)
        // Shares in the text (not the CSS widths) are "85 %".
        #expect(page.range(of: #"[0-9]%[<)]"#, options: .regularExpression) == nil)
        #expect(page.range(of: #"[0-9] %[<)]"#, options: .regularExpression) != nil)
        #expect(page.contains("under 80 %"))
    }
}
