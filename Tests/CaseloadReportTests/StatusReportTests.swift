import CaseloadCore
import CaseloadSearch
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadReport

/// The status renderings: made once per plan, completed with the plan's age and whether its week
/// has passed; the dashboard Dutch by default, English on request.
@Suite("Status report")
struct StatusReportTests {
    /// A moment inside `week` (Wednesday noon UTC).
    static func during(_ week: ISOWeek) -> Date {
        Date(timeIntervalSince1970: Double(week.monday.adding(days: 2).ordinal * 86_400 + 43_200))
    }

    @Test("the JSON, the metrics and the page each carry the plan's age, and only it changes")
    func ageFillsIn() throws {
        let (_, plan) = PlanReportTests.planned(seed: 6)
        let report = StatusReport(planID: 7, savedAt: Date(timeIntervalSince1970: 0), status: PlanStatus(plan: plan))
        let now = Self.during(plan.week)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(age: 42, now: now).utf8)) as? [String: Any])
        let header = try #require(json["plan"] as? [String: Any])
        #expect(header["id"] as? Int == 7)
        #expect(header["age_seconds"] as? Int == 42)
        #expect(header["saved_at"] as? String == "1970-01-01T00:00:00Z")
        #expect(header["week_passed"] as? Bool == false)
        #expect(report.metrics(age: 42, now: now).contains("caseload_plan_age_seconds 42\n"))
        #expect(report.page(age: 42, now: now).contains("(42 s geleden). Deze pagina ververst elke minuut."))
        #expect(report.page(age: 42, language: .en, now: now).contains("(42 s ago). This page refreshes every minute."))
        // Both pages give the time in Amsterdam: 1 January 1970 01:00 there.
        #expect(report.page(age: 42, now: now).contains("opgeslagen, nog niet goedgekeurd, do 1 jan 1970 01:00 (42 s geleden)"))
        #expect(report.page(age: 42, language: .en, now: now).contains("saved, not yet approved, 1970-01-01 01:00 (Amsterdam) (42 s ago)"))
        #expect(
            report.page(age: 42, now: now).replacingOccurrences(of: "42 s geleden", with: "3 minuten geleden")
                == report.page(age: 180, now: now))
    }

    @Test("the dashboard writes shares as every report does")
    func sharesOnThePage() {
        let (_, plan) = PlanReportTests.planned(seed: 6)
        let report = StatusReport(planID: 1, savedAt: Date(), status: PlanStatus(plan: plan))
        for page in [report.page(age: 0), report.page(age: 0, language: .en)] {
            // Shares in the text (not the CSS widths) are "85 %".
            #expect(page.range(of: #"[0-9]%[<)]"#, options: .regularExpression) == nil)
            #expect(page.range(of: #"[0-9] %[<)]"#, options: .regularExpression) != nil)
        }
        #expect(report.page(age: 0).contains("onder 80 %"))
        #expect(report.page(age: 0, language: .en).contains("under 80 %"))
    }

    /// Generated plans with registrations spread around their week.
    static func plans() -> [(Scenario, Plan, PlanStatus)] {
        (UInt64(11)...15).map { seed in
            var scenario = RandomScenarios.make(seed: seed, workers: 14, cases: 60, tight: seed % 2 == 0)
            var rng = SplitMix64(seed: seed)
            for i in scenario.staff.indices where scenario.staff[i].registeredUntil != nil && i % 2 == 1 {
                scenario.staff[i].registeredUntil = scenario.week.monday.adding(days: Int.random(in: -20...80, using: &rng))
            }
            let plan = Planner.plan(scenario, options: PlanOptions(seed: seed, maxMoves: 2_000))
            return (
                scenario, plan,
                PlanStatus(plan: plan, organisations: scenario.organisations, staff: scenario.staff, taskKinds: scenario.allTaskKinds)
            )
        }
    }

    /// The table rows of the page's section `id` (up to the next `<h2`), as the cells' texts.
    static func rows(_ page: String, section id: String) -> [[String]] {
        guard let start = page.range(of: "<h2 id=\"\(id)\">") else { return [] }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "<h2")?.lowerBound ?? rest.endIndex
        return rest[..<end].components(separatedBy: "<tr>").dropFirst().compactMap { row in
            guard row.hasPrefix("<td") else { return nil }
            return row.components(separatedBy: "<td").dropFirst().map { cell in
                let text = cell.drop { $0 != ">" }.dropFirst()
                return String(text.prefix { $0 != "<" })
            }
        }
    }

    @Test("every handover of the plan is on the page with its reason, in both languages, and every stand-in")
    func handoversOnThePage() {
        var total = 0
        for (_, plan, status) in Self.plans() {
            let report = StatusReport(planID: 1, savedAt: Date(), status: status)
            for language in Language.allCases {
                let rows = Self.rows(report.page(age: 0, language: language), section: "overdrachten")
                for h in plan.handovers {
                    let expected = [
                        h.caseID, Texts.Dashboard.role(h.role)(language), h.from == "none" ? Texts.Dashboard.nobody(language) : h.from,
                        h.to == "none" ? Texts.Dashboard.nobody(language) : h.to, Texts.Dashboard.reason(h.reason)(language),
                    ]
                    #expect(rows.contains(expected), "\(h) in \(language)")
                }
                for x in plan.standIns {
                    #expect(rows.contains { $0.count == 4 && $0[0] == x.caseID && $0[1] == x.absent && $0[2] == x.standIn })
                }
                for u in plan.uncovered { #expect(rows.contains { $0.count == 3 && $0[0] == u.caseID && $0[1] == u.worker }) }
                #expect(rows.count == plan.handovers.count + plan.standIns.count + plan.uncovered.count)
            }
            total += plan.handovers.count
        }
        #expect(total > 0)
    }

    @Test("the registrations on the page are the lapsed and lapsing ones, and no other worker")
    func registrationsOnThePage() {
        var listed = 0
        for (scenario, plan, status) in Self.plans() {
            let page = StatusReport(planID: 1, savedAt: Date(), status: status).page(age: 0)
            let rows = Self.rows(page, section: "registraties")
            let monday = plan.week.monday
            let registeredKinds = Set(scenario.allTaskKinds.filter(\.registered).map(\.id))
            let expected = scenario.staff.filter { w in
                guard w.registeredUntil != nil || !registeredKinds.isDisjoint(with: w.tasks) else { return false }
                guard let until = w.registeredUntil else { return true }
                return until < monday.adding(days: 56)
            }
            #expect(Set(rows.map { $0[0] }) == Set(expected.map(\.id)), "\(scenario.name)")
            #expect(rows.count == expected.count)
            for w in expected {
                let row = rows.first { $0[0] == w.id }
                #expect(row?[2] == (w.registeredUntil.map { Figures.dutch.date($0) } ?? "geen registratie bekend"))
                #expect(row?[3] == w.organisation)
                // A lapsed one is marked in red (its text inside a span); a lapsing one is plain.
                let lapsed = w.registeredUntil.map { $0 < monday } ?? true
                #expect(row?[1] == (lapsed ? "" : "verloopt binnenkort"), "\(w.id)")
                let state = w.registeredUntil == nil ? "niet geregistreerd" : "verlopen"
                #expect(page.contains("<tr><td>\(w.id)</td><td><span class=\"lapsed\">\(state)</span></td>") || !lapsed)
            }
            listed += rows.count
        }
        #expect(listed > 0)
    }

    @Test("every worker's light on the page is on whichever binds")
    func lightsOnThePage() {
        for (_, plan, status) in Self.plans() {
            let page = StatusReport(planID: 1, savedAt: Date(), status: status).page(age: 0)
            let rows = Self.rows(page, section: "medewerkers")
            // The workers' section only: the registrations table starts its rows with workers too.
            let lines = page.components(separatedBy: "<h2 id=\"medewerkers\">")[1].split(separator: "\n")
            for w in plan.workers {
                let row = rows.first { $0[0].hasPrefix(w.id + " ") || $0[0] == w.id }
                let normed = w.registered || w.cases > 0
                #expect(row?[2] == (normed && w.maxCases > 0 ? "\(w.cases)/\(w.maxCases)" : "–"), "\(w.id)")
                #expect(row?[3] == (normed && w.maxChildren > 0 ? "\(w.children)/\(w.maxChildren)" : "–"), "\(w.id)")
                #expect(row?[4] == Figures.dutch.percent(w.utilisation), "\(w.id)")
                let line = lines.first { $0.hasPrefix("<tr><td>\(w.id)<") || $0.hasPrefix("<tr><td>\(w.id) ") }
                let colour = StatusPage.colours[w.bindingLight]!
                let word = Texts.Dashboard.lightWord(w).nl + (w.binding == .norm ? " (norm)" : "")
                #expect(
                    line?.contains(
                        "</td><td class=\"wrap\"><i class=\"sw\" style=\"background:\(colour)\"></i>\(word)</td><td class=\"num\">")
                        == true,
                    "\(w.id)")
            }
        }
    }

    @Test("the page is Dutch by default and English on request")
    func language() {
        let (_, _, status) = Self.plans()[0]
        let report = StatusReport(planID: 1, savedAt: Date(), status: status)
        let dutch = report.page(age: 0)
        #expect(dutch.contains("<html lang=\"nl\">"))
        let headings = dutch.components(separatedBy: "<h").dropFirst().map { String($0.prefix { $0 != "<" }) }.joined(separator: " ")
        for word in ["Waiting", "Workers", "Handover", "Registration", "Team status", "Hours", "Stand-in", "pool", "S1", "S4", "optimal"] {
            #expect(!dutch.contains(word), "\(word)")
        }
        #expect(headings.contains("Wachtlijst") && headings.contains("Medewerkers") && headings.contains("Overdrachten"))
        let english = report.page(age: 0, language: .en)
        #expect(english.contains("<html lang=\"en\">") && english.contains("Waiting list") && !english.contains("Wachtlijst"))
        for word in ["pool", "S1", "S4", "optimal", "undelegated"] { #expect(!english.contains(word), "\(word)") }
    }

    @Test("the past-week warning shows exactly when the plan's week lies before the week in Amsterdam")
    func pastWeekWarning() {
        let (_, plan) = PlanReportTests.planned(seed: 6)
        let report = StatusReport(planID: 1, savedAt: Date(), status: PlanStatus(plan: plan))
        let monday = plan.week.monday
        // Sunday 22:59 UTC is still Sunday in Amsterdam in winter and summer; 23:30 UTC is Monday
        // in winter only, 22:30 UTC in summer only.
        var moments = (-9...16).map { Date(timeIntervalSince1970: Double((monday.ordinal + $0) * 86_400 + 11 * 3_600)) }
        let sunday = monday.adding(days: 6).ordinal * 86_400
        moments += [sunday + 21 * 3_600 + 59 * 60, sunday + 22 * 3_600 + 30 * 60, sunday + 23 * 3_600 + 30 * 60].map {
            Date(timeIntervalSince1970: Double($0))
        }
        var both: Set<Bool> = []
        for now in moments {
            let local = Amsterdam.local(atEpochSeconds: Int(now.timeIntervalSince1970))
            let passed = local.day.ordinal > monday.ordinal + 6
            both.insert(passed)
            for language in Language.allCases {
                #expect(report.page(age: 0, language: language, now: now).contains("class=\"warn\"") == passed, "\(now)")
            }
            #expect(report.json(age: 0, now: now).contains("\"week_passed\":\(passed)"))
            #expect(report.metrics(age: 0, now: now).contains("caseload_plan_week_passed \(passed ? 1 : 0)\n"))
        }
        #expect(both == [true, false])
        let late = report.page(age: 0, now: moments[16])
        #expect(late.contains("Let op: dit plan is voor \(Figures.dutch.week(plan.week))"))
    }
}
