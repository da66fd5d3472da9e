import CaseloadTestSupport
import Testing

@testable import CaseloadCore

/// `PlanChecker.storedViolations`: what `caseload check` asks of every saved plan.
@Suite struct StoredPlanCheckTests {
    @Test(arguments: 0..<20)
    func plannedPlansPassTheStoredCheck(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: 900 + seed, workers: 4 + Int(seed), cases: 8 + 3 * Int(seed), tight: seed % 2 == 0)
        let plan = Planner.plan(scenario, options: .quick)
        #expect(PlanChecker().storedViolations(of: plan, overloadAllowed: scenario.settings.overloadAllowed).isEmpty)
    }

    @Test func tamperedPlansAreCaught() throws {
        let scenario = RandomScenarios.make(seed: 31, workers: 12, cases: 30)
        let plan = Planner.plan(scenario, options: .quick)
        let served = try #require(plan.assignments.first)
        let w = try #require(plan.workers.firstIndex { $0.id == served.lead })
        func rules(_ change: (inout Plan) -> Void) -> Set<HardRule> {
            var copy = plan
            change(&copy)
            let found = PlanChecker().storedViolations(of: copy, overloadAllowed: 0)
            for v in found { #expect(v.text.nl != v.text.en, "\(v)") }
            return Set(found.map(\.rule))
        }
        #expect(rules { $0.workers[w].plannedHours = $0.workers[w].availableHours + 5 }.contains(HardRule.hours))
        #expect(rules { $0.workers[w].cases = $0.workers[w].maxCases + 1 }.contains(HardRule.norm))
        #expect(rules { $0.workers[w].registered = false }.contains(HardRule.registration))
        #expect(rules { $0.assignments[0].partner = $0.assignments[0].lead }.contains(HardRule.duo))
        #expect(rules { $0.assignments[0].tasks.removeAll() }.contains(HardRule.whole))
        #expect(rules { $0.assignments.append($0.assignments[0]) }.contains(HardRule.whole))
    }
}
