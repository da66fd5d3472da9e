import CaseloadCore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadReport

/// The score analysis and the texts of `explain` and `recommend` in Dutch, with the same JSON in
/// both languages.
@Suite("Explain report")
struct ExplainReportTests {
    /// A tight generated region's score analysis, in `language`.
    static func report(_ language: Language) -> AnalysisReport {
        let (scenario, plan) = PlanReportTests.planned(seed: 5)
        let state = PlanState(problem: PlanningProblem(scenario), restoring: plan)
        let analysis = ScoreAnalysis(plan: plan, state: state, weights: scenario.settings.weights)
        return AnalysisReport(analysis: analysis, week: plan.week, figures: .of(language))
    }

    @Test("the figures behind the points read in Dutch: priority, weeks, task kinds, roles, pools, decimal commas")
    func dutchDetails() {
        let report = Self.report(.nl)
        #expect(report.text(.waiting(priority: 1, weeksWaiting: 3, factor: 1.5)) == "prioriteit 1, 3 weken wachtend, factor 1,5")
        #expect(report.text(.waiting(priority: 2, weeksWaiting: 1, factor: 2)) == "prioriteit 2, 1 week wachtend, factor 2")
        #expect(report.text(.handovers([.init(role: "partner", from: "a-1", to: "b-2")])) == "duopartner a-1 → b-2")
        #expect(report.text(.undelegated([.init(kind: "admin", hours: 1.25, worker: "a-1")])) == "administratie 1,25 u door a-1")
        #expect(report.text(.delegableHours(3.5)) == "3,5 u ondersteunerswerk")
        #expect(
            report.text(.balance(utilisation: 0.9, pool: "supporters", poolMean: 0.8, fte: 0.89))
                == "bezetting 90 % tegen gemiddeld 80 % (ondersteuners), fte 0,89")
    }

    @Test("the table names every hard rule and soft term in Dutch next to its code")
    func dutchTable() {
        let table = Self.report(.nl).text()
        #expect(table.hasPrefix("SCORE  week "))
        #expect(table.contains("HARDE REGELS"))
        for rule in HardRule.allCases {
            let line = table.split(separator: "\n").first { $0.hasPrefix("  \(rule.id) ") }
            #expect(line?.contains(Texts.Explain.rule(rule).nl) == true, "\(rule.id)")
        }
        for (id, name) in [("S1", "wachten"), ("S2", "overdrachten"), ("S3", "niet-gedelegeerd"), ("S4", "balans")] {
            #expect(table.contains("  \(id) \(name) "), "\(id)")
        }
        #expect(!table.contains("SOFT TERMS") && !table.contains("contributing"))
    }

    @Test("a task kind, role or term the catalogue does not know keeps its code in both languages")
    func unknownCodes() {
        #expect(TaskKind.name("home-visit") == Text(nl: "home-visit", en: "home-visit"))
        #expect(TaskKind.name("casework") == Text(nl: "casuswerk", en: "casework"))
        #expect(Texts.Explain.term("handover").en == "handover")
        #expect(Texts.Explain.role("supporter").nl == "ondersteuner")
    }

    @Test("the analysis' JSON is the same in Dutch and English")
    func sameJSON() {
        #expect(Self.report(.nl).json(source: "test").pretty() == Self.report(.en).json(source: "test").pretty())
    }
}
