import CaseloadCore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadReport

/// The plan as a table, JSON and CSV.
@Suite("Plan report")
struct PlanReportTests {
    /// A tight generated region planned briefly: families wait and workers fill up.
    static func planned(seed: UInt64) -> (scenario: Scenario, plan: Plan) {
        let scenario = RandomScenarios.make(seed: seed, workers: 12, cases: 60, tight: true)
        return (scenario, Planner.plan(scenario, options: .quick))
    }

    @Test("the table writes shares as every report does: 85 %, never 85%", arguments: [UInt64(1), 2, 3])
    func sharesAsEverywhere(seed: UInt64) {
        let (scenario, plan) = Self.planned(seed: seed)
        let table = PlanReport(plan: plan, scenario: scenario).render()
        #expect(table.range(of: #"[0-9]%"#, options: .regularExpression) == nil)
        for w in plan.workers {
            let line = table.split(separator: "\n").first { $0.hasPrefix("    " + w.id + " ") }
            #expect(line?.contains(Figures.english.percent(w.utilisation)) == true, "\(w.id)")
        }
        #expect(table.contains("WAITING LIST"))
        #expect(table.contains("SUMMARY  \(plan.assignments.count) served, \(plan.waiting.count) waiting"))
    }

    @Test("the JSON names every served and waiting family; the CSV has a row per worker and per waiting family")
    func jsonAndCSV() throws {
        let (_, plan) = Self.planned(seed: 4)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(PlanJSON.value(of: plan).pretty().utf8)) as? [String: Any])
        #expect((json["assignments"] as? [Any])?.count == plan.assignments.count)
        #expect((json["waiting"] as? [Any])?.count == plan.waiting.count)
        #expect(json["week"] as? String == plan.week.description)
        // Without the scenario, no families: a row per worker, waiting family, handover,
        // proposal move, stand-in and uncovered entry.
        let rows = PlanCSV.render(plan).split(separator: "\n")
        let others = plan.handovers.count + plan.proposals.reduce(0) { $0 + $1.moves.count } + plan.standIns.count + plan.uncovered.count
        #expect(rows.count == 1 + plan.workers.count + plan.waiting.count + others)
        #expect(PlanCSV.row(["a,b", "say \"hi\"", "x"]) == "\"a,b\",\"say \"\"hi\"\"\",x\n")
    }

    @Test("the score analysis reads its figures into words and lists every lock in the JSON")
    func analysis() throws {
        let (scenario, plan) = Self.planned(seed: 5)
        let state = PlanState(problem: PlanningProblem(scenario), restoring: plan)
        let analysis = ScoreAnalysis(plan: plan, state: state, weights: scenario.settings.weights)
        let report = AnalysisReport(analysis: analysis, week: plan.week)
        #expect(
            report.text(.waiting(priority: 1, weeksWaiting: 3, factor: 1.5)) == "priority 1, 3 weeks waiting, factor 1.5")
        #expect(
            report.text(.handovers([.init(role: "lead", from: "a-1", to: "b-2")])) == "lead a-1 → b-2")
        #expect(report.text(.undelegated([.init(kind: "admin", hours: 1.25, worker: "a-1")])) == "admin 1.25 h by a-1")
        #expect(
            report.text(.balance(utilisation: 0.9, pool: "registered", poolMean: 0.8, fte: 0.89))
                == "utilisation 90 % vs registered mean 80 %, FTE 0.89")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json(source: "test").rendered().utf8)) as? [String: Any])
        let hard = try #require(json["hard"] as? [[String: Any]])
        #expect((hard[8]["notes"] as? [String])?.count == plan.locks.count + analysis.rules[8].count)
        #expect(report.text().hasPrefix("SCORE  week \(plan.week): hard 0"))
    }
}
