import CaseloadTestSupport
import Dispatch
import Synchronization
import Testing

@testable import CaseloadCore

/// Rules H1–H11 as properties: every plan of every generated scenario keeps them.
@Suite("Planner properties")
struct PlannerPropertyTests {
    static let sizes: [(workers: Int, cases: Int)] = [(1, 3), (3, 10), (8, 40), (20, 120), (60, 400)]

    /// The plans the properties are checked on, made once and in parallel.
    static let planned: [(scenario: Scenario, plan: Plan)] = {
        let results = Mutex([Int: (Scenario, Plan)]())
        DispatchQueue.concurrentPerform(iterations: 60) { seed in
            let size = sizes[seed % sizes.count]
            let scenario = RandomScenarios.make(seed: UInt64(seed), workers: size.workers, cases: size.cases, tight: seed % 2 == 1)
            let plan = Planner.plan(scenario, options: .quick)
            results.withLock { $0[seed] = (scenario, plan) }
        }
        return results.withLock { r in (0..<60).map { r[$0]! } }
    }()

    @Test("every plan of a generated scenario keeps H1–H11", arguments: 0..<60)
    func keepsTheRules(seed: Int) throws {
        let (scenario, plan) = Self.planned[seed]
        try ScenarioValidator().validate(scenario)
        let violations = PlanChecker().violations(of: plan, in: scenario)
        #expect(violations.isEmpty, "seed \(seed): \(violations.prefix(5))")
        #expect(plan.score.hard == 0)
        #expect(plan.assignments.count + plan.waiting.count == scenario.cases.count)
        // The waiting list is ranked most urgent first.
        #expect(plan.waiting.map(\.priority) == plan.waiting.map(\.priority).sorted())
    }

    /// A property holds only as far as its inputs reach: the plans above must meet every rule
    /// at its edge, not only comfortable cases.
    @Test("the checked plans reach every rule's edge")
    func propertiesReachTheEdges() {
        var seen: [String: Int] = [:]
        for (scenario, plan) in Self.planned {
            let monday = scenario.week.monday
            let staff = Dictionary(uniqueKeysWithValues: scenario.staff.map { ($0.id, $0) })
            let cases = Dictionary(uniqueKeysWithValues: scenario.cases.map { ($0.id, $0) })
            seen["waiting family", default: 0] += plan.waiting.count
            seen["duo served", default: 0] += plan.assignments.filter { $0.partner != nil }.count
            seen["lock kept", default: 0] += plan.locks.filter(\.kept).count
            seen["lock not kept", default: 0] += plan.locks.filter { !$0.kept }.count
            seen["lead handover", default: 0] += plan.score.leadHandovers
            seen["partner handover", default: 0] += plan.score.partnerHandovers
            seen["skill needed", default: 0] += plan.assignments.filter { !(cases[$0.caseID]?.skills.isEmpty ?? true) }.count
            seen["lapsed lead of record", default: 0] +=
                scenario.cases.filter { c in c.lead.flatMap { staff[$0] }.map { !$0.isRegistered(on: monday) } ?? false }.count
            for a in plan.assignments {
                let organisation = staff[a.lead]?.organisation
                if let p = a.partner, staff[p]?.organisation != organisation { seen["duo across organisations", default: 0] += 1 }
                for t in a.tasks where t.kind != TaskKind.casework {
                    seen[t.worker == a.lead || t.worker == a.partner ? "task kept by lead or partner" : "task delegated", default: 0] += 1
                    if t.worker != a.lead && t.worker != a.partner && staff[t.worker]?.organisation != organisation {
                        seen["support across organisations", default: 0] += 1
                    }
                }
            }
            for w in plan.workers {
                if w.plannedHours > 0 && w.plannedHours >= w.availableHours * (1 + scenario.settings.overloadAllowed) - 0.25 {
                    seen["worker at their hours", default: 0] += 1
                }
                if w.cases > 0 && w.cases == w.maxCases { seen["worker at the family norm", default: 0] += 1 }
                if w.children > 0 && w.children >= w.maxChildren - 1 { seen["worker at the child norm", default: 0] += 1 }
            }
        }
        for edge in [
            "waiting family", "duo served", "lock kept", "lock not kept", "lead handover", "partner handover", "skill needed",
            "lapsed lead of record", "task kept by lead or partner", "task delegated", "worker at their hours",
            "worker at the family norm", "worker at the child norm", "duo across organisations",
            "support across organisations",
        ] {
            #expect(seen[edge, default: 0] >= 5, "only \(seen[edge, default: 0]) × \(edge)")
        }
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

    @Test("a family waits only when no single lead could take it whole in the finished plan")
    func waitingIsNecessary() {
        var waiting = 0, refuted = 0
        for seed in 0..<20 {
            let scenario = RandomScenarios.make(seed: UInt64(100 + seed), workers: 15, cases: 80, tight: true)
            let problem = PlanningProblem(scenario)
            let outcome = ConstructionPlanner().plan(problem)
            let state = outcome.state
            for c in problem.cases.indices where state.choices[c] == nil {
                let info = problem.cases[c]
                waiting += 1
                // Any lead with room for everything (delegable work included) under every rule
                // would have been found by the second look: there must be none.
                for w in problem.workers.indices where !info.duo && info.delegableTasks.allSatisfy({ problem.workers[w].does($0.kind) }) {
                    let choice = CaseChoice(lead: w, partner: nil, delegates: info.delegableTasks.map { _ in w })
                    #expect(
                        !state.violations(of: choice, for: c).isEmpty,
                        "seed \(seed): case \(info.id) waits but \(problem.workers[w].id) could lead it")
                    refuted += 1
                }
                #expect(outcome.waiting[c] != nil)
            }
        }
        #expect(waiting >= 50 && refuted >= 200, "\(waiting) waiting families, \(refuted) leads refuted")
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
        #expect(PlanChecker().violations(of: wrongLead, in: scenario).contains { $0.rule == .registration })

        var dropped = plan
        dropped.assignments.removeFirst()
        #expect(PlanChecker().violations(of: dropped, in: scenario).contains { $0.rule == .whole })

        var overloaded = plan
        overloaded.assignments[0].tasks[0].hours += 500
        let rules = Set(PlanChecker().violations(of: overloaded, in: scenario).map(\.rule))
        #expect(rules.contains(HardRule.hours) && rules.contains(HardRule.whole), "\(served.caseID)")
    }
}
