import CaseloadTestSupport
import Testing

@testable import CaseloadCore

/// Rules H1–H9 as properties: every plan of every generated scenario keeps them.
@Suite("Planner properties")
struct PlannerPropertyTests {
    static let sizes: [(workers: Int, cases: Int)] = [(1, 3), (3, 10), (8, 40), (20, 120), (60, 400)]

    @Test("every plan of a generated scenario keeps H1–H9", arguments: 0..<60)
    func keepsTheRules(seed: Int) throws {
        let size = Self.sizes[seed % Self.sizes.count]
        let scenario = RandomScenarios.make(seed: UInt64(seed), workers: size.workers, cases: size.cases, tight: seed % 2 == 1)
        try ScenarioValidator().validate(scenario)
        let plan = Planner.plan(scenario, options: .quick)
        let violations = PlanChecker().violations(of: plan, in: scenario)
        #expect(violations.isEmpty, "seed \(seed): \(violations.prefix(5))")
        #expect(plan.score.hard == 0)
        #expect(plan.assignments.count + plan.waiting.count == scenario.cases.count)
        // The waiting list is ranked most urgent first.
        #expect(plan.waiting.map(\.priority) == plan.waiting.map(\.priority).sorted())
    }

    @Test("the same input and seed give the same plan", arguments: [3, 8, 13])
    func deterministic(seed: Int) {
        let scenario = RandomScenarios.make(seed: UInt64(seed), workers: 30, cases: 200)
        var a = Planner.plan(scenario, options: PlanOptions(seed: 7, maxMoves: 20_000))
        var b = Planner.plan(scenario, options: PlanOptions(seed: 7, maxMoves: 20_000))
        a.solver.seconds = 0
        b.solver.seconds = 0
        #expect(a == b)
    }

    @Test("a family waits only when no single lead could take it whole in the finished plan", arguments: 0..<20)
    func waitingIsNecessary(seed: Int) {
        let scenario = RandomScenarios.make(seed: UInt64(100 + seed), workers: 15, cases: 80, tight: true)
        let problem = PlanningProblem(scenario)
        let outcome = ConstructionPlanner().plan(problem)
        let state = outcome.state
        for c in problem.cases.indices where state.choices[c] == nil {
            let info = problem.cases[c]
            // Any lead with room for everything (delegable work included) under every rule would
            // have been found by the second look: there must be none.
            for w in problem.workers.indices where !info.duo && info.delegableTasks.allSatisfy({ problem.workers[w].does($0.kind) }) {
                let choice = CaseChoice(lead: w, partner: -1, delegates: info.delegableTasks.map { _ in w })
                #expect(
                    !state.violations(of: choice, for: c).isEmpty,
                    "seed \(seed): case \(info.id) waits but \(problem.workers[w].id) could lead it")
            }
            #expect(outcome.waiting[c] != nil)
        }
    }

    @Test("the checker is not vacuous: broken plans are caught")
    func checkerCatchesBreaks() throws {
        let scenario = RandomScenarios.make(seed: 42, workers: 20, cases: 60)
        let plan = Planner.plan(scenario, options: .quick)
        #expect(PlanChecker().violations(of: plan, in: scenario).isEmpty)
        let served = try #require(plan.assignments.first)
        let unregistered = try #require(scenario.staff.first { !$0.isRegistered(on: scenario.week.monday) })

        var wrongLead = plan
        wrongLead.assignments[0].lead = unregistered.id
        #expect(PlanChecker().violations(of: wrongLead, in: scenario).contains { $0.rule == "H1" })

        var dropped = plan
        dropped.assignments.removeFirst()
        #expect(PlanChecker().violations(of: dropped, in: scenario).contains { $0.rule == "H8" })

        var overloaded = plan
        overloaded.assignments[0].tasks[0].hours += 500
        let rules = Set(PlanChecker().violations(of: overloaded, in: scenario).map(\.rule))
        #expect(rules.contains("H3") && rules.contains("H8"), "\(served.caseID)")
    }
}
