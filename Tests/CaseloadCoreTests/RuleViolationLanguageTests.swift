import CaseloadTestSupport
import Testing

@testable import CaseloadCore

/// Broken rules read in Dutch by default and in English on request, with the rule code and ids
/// kept and hours written as the language writes them.
@Suite struct RuleViolationLanguageTests {
    @Test func aStoredPlanOverItsHoursIsSaidInDutchWithADecimalComma() throws {
        let scenario = RandomScenarios.make(seed: 31, workers: 12, cases: 30)
        var plan = Planner.plan(scenario, options: .quick)
        let lead = try #require(plan.assignments.first?.lead)
        let w = try #require(plan.workers.firstIndex { $0.id == lead })
        plan.workers[w].availableHours = 20
        plan.workers[w].plannedHours = 30.25
        let violation = try #require(PlanChecker().storedViolations(of: plan, overloadAllowed: 0).first { $0.rule == .hours })
        #expect(violation.line(.nl) == "H3 medewerker \(lead): 30,25 uur gepland > 20 uur beschikbaar")
        #expect(violation.line(.en) == "H3 worker \(lead): planned 30.25 h > 20.0 h")
        #expect(violation.description == violation.line(.en))
        #expect(violation.message == violation.text.en)
    }

    @Test func aMandateNamesTheFrameworkAsAManagerDoes() {
        let text = RuleTexts.onCase("c-1", RuleTexts.leadNoMandate("jb-01", "jbg", .guardianship))
        #expect(text.nl == "gezin c-1: regievoerder jb-01 (jbg) heeft geen mandaat voor voogdij")
        #expect(text.en == "case c-1: lead jb-01 (jbg) has no mandate for guardianship")
    }

    @Test func hoursReadAsEachLanguageWritesThem() {
        #expect(Text.number(28.799999999999997, decimals: 2) == Text(nl: "28,8", en: "28.799999999999997"))
        #expect(Text.number(32, decimals: 2) == Text(nl: "32", en: "32.0"))
        #expect(Text.number(0.125) == Text(nl: "0,125", en: "0.125"))
        #expect(Text.number(.infinity).nl == "inf")
    }

    @Test func everyStoredCheckViolationDiffersBetweenTheLanguages() throws {
        // The mutation tests of `PlanCheckerTests` each break a rule; their helper checks the
        // texts too. Here the stored check's, over the tamperings `caseload check` catches.
        let scenario = RandomScenarios.make(seed: 31, workers: 12, cases: 30)
        let plan = Planner.plan(scenario, options: .quick)
        let served = try #require(plan.assignments.first)
        let w = try #require(plan.workers.firstIndex { $0.id == served.lead })
        let tamperings: [(inout Plan) -> Void] = [
            { $0.workers[w].plannedHours = $0.workers[w].availableHours + 5 },
            { $0.workers[w].cases = $0.workers[w].maxCases + 1 },
            { $0.workers[w].children = $0.workers[w].maxChildren + 1 },
            { $0.workers[w].registered = false },
            { $0.assignments[0].partner = $0.assignments[0].lead },
            { $0.assignments[0].partner = "nobody" },
            { $0.assignments[0].lead = "nobody" },
            { $0.assignments[0].tasks.removeAll() },
            { $0.assignments.append($0.assignments[0]) },
        ]
        var found: [RuleViolation] = []
        for change in tamperings {
            var copy = plan
            change(&copy)
            found += PlanChecker().storedViolations(of: copy, overloadAllowed: 0)
        }
        #expect(Set(found.map(\.rule)) == [.hours, .norm, .registration, .duo, .whole])
        for v in found { #expect(v.text.nl != v.text.en, "\(v)") }
    }
}
