import CaseloadTestSupport
import Testing

@testable import CaseloadCore

/// The recommender's promises as properties over generated scenarios: every option keeps the
/// rules, its delta is what a full rescoring says, and options come best first.
@Suite("Recommender")
struct RecommenderTests {
    static let sizes: [(workers: Int, cases: Int)] = [(3, 10), (8, 40), (20, 120), (40, 250)]

    /// A planned scenario with its state, as the CLI sees a saved plan.
    static func planned(seed: Int) -> (scenario: Scenario, plan: Plan, state: PlanState, locked: Set<Int>) {
        let size = sizes[seed % sizes.count]
        let scenario = RandomScenarios.make(seed: UInt64(seed), workers: size.workers, cases: size.cases, tight: seed % 2 == 1)
        let plan = Planner.plan(scenario, options: .quick)
        let problem = PlanningProblem(scenario)
        let state = PlanState(problem: problem, restoring: plan)
        return (scenario, plan, state, PlanState.keptLocks(of: plan, in: problem))
    }

    /// `state` with `changes` carried out.
    static func applying(_ changes: [CaseloadSpace.Change], to state: PlanState) -> PlanState {
        var result = state
        for change in changes { result.unassign(change.c) }
        for change in changes { if let choice = change.choice { result.assign(change.c, choice) } }
        return result
    }

    @Test("a restored plan is the plan: same choices, same score")
    func restoreRoundTrips() {
        for seed in 0..<8 {
            let (_, plan, state, _) = Self.planned(seed: seed)
            let score = state.score(weights: state.problem.scenario.settings.weights)
            #expect(abs(score.soft - plan.score.soft) < 1e-6, "seed \(seed)")
            #expect(score.waiting == plan.waiting.count)
        }
    }

    @Test("every option keeps H1–H8, its delta is the rescored difference, options are sorted")
    func optionsAreValidAndExact() {
        var serving = 0, ejecting = 0
        for seed in 0..<24 { optionsAreValidAndExact(seed: seed, serving: &serving, ejecting: &ejecting) }
        // Options that serve a waiting family, and ones that first move another, were met often.
        #expect(serving >= 30 && ejecting >= 5, "\(serving) options serve a waiting family, \(ejecting) move another first")
    }

    func optionsAreValidAndExact(seed: Int, serving: inout Int, ejecting: inout Int) {
        let (scenario, plan, planned, locked) = Self.planned(seed: seed)
        let weights = scenario.settings.weights
        // A searched plan leaves no waiting family an option without a move (else the search
        // would have taken it): taking a few served families off gives waiting families whose
        // old people are free again.
        var state = planned
        let freed = planned.problem.cases.indices.filter { planned.choices[$0] != nil && !locked.contains($0) }.prefix(3)
        for c in freed { state.unassign(c) }
        let recommender = Recommender(state: state, weights: weights, locked: locked)
        let before = state.score(weights: weights)
        var checked = 0
        // Waiting families first (the interesting ones), then a few served ones.
        let waiting = state.problem.cases.indices.filter { state.choices[$0] == nil }
        let served = state.problem.cases.indices.filter { state.choices[$0] != nil && !locked.contains($0) }.prefix(6)
        for c in Array(freed) + waiting.filter({ !freed.contains($0) }).prefix(8) + served {
            let options = recommender.recommend(c, top: freed.contains(c) ? 1_000 : 8)
            if freed.contains(c) {
                // Every possible lead is listed, their old lead among them.
                #expect(
                    options.contains { $0.ejection == nil && $0.choice.lead == planned.choices[c]?.lead }, "seed \(seed): \(c)'s old lead")
            }
            #expect(options.map(\.delta) == options.map(\.delta).sorted(), "seed \(seed) case \(c)")
            if state.choices[c] != nil {
                #expect(options.contains { $0.isCurrent }, "seed \(seed): a served family lists its current people")
            }
            for option in options {
                let after = Self.applying(option.changes(for: c), to: state)
                let violations = PlanChecker().violations(
                    of: after.plan(waiting: [:], locks: plan.locks, solver: plan.solver), in: scenario)
                #expect(violations.filter { $0.rule != .locks }.isEmpty, "seed \(seed) case \(c): \(violations.prefix(3))")
                let rescored = after.score(weights: weights)
                #expect(
                    abs(rescored.soft - before.soft - option.delta) < 1e-6 * max(1, abs(before.soft)),
                    "seed \(seed) case \(c): delta \(option.delta) vs \(rescored.soft - before.soft)")
                #expect(abs(option.effect.soft - option.delta) < 1e-6 * max(1, abs(before.soft)))
                #expect(option.effect.waiting == rescored.waiting - before.waiting)
                #expect(option.effect.leadHandovers == rescored.leadHandovers - before.leadHandovers)
                if let e = option.ejection { #expect(!locked.contains(e.c) && e.c != c && state.choices[e.c] == e.from) }
                if option.isCurrent { #expect(abs(option.delta) < 1e-6 && option.choice == state.choices[c]) }
                if state.choices[c] == nil && option.effect.waiting == -1 { serving += 1 }
                if option.ejection != nil { ejecting += 1 }
                checked += 1
            }
        }
        #expect(checked > 0 || served.isEmpty, "seed \(seed): a served family has at least its current people")
    }

    @Test("a waiting family that some lead could take now gets that option")
    func findsAServableLead() {
        // A fresh, empty plan: every family waits and every lead has room.
        let scenario = RandomScenarios.make(seed: 5, workers: 20, cases: 40)
        let problem = PlanningProblem(scenario)
        let state = PlanState(problem: problem)
        let recommender = Recommender(state: state, weights: scenario.settings.weights)
        var servable = 0
        for c in problem.cases.indices {
            let possible = problem.workers.indices.contains { w in
                let info = problem.cases[c]
                return !info.duo && info.delegableTasks.allSatisfy { problem.workers[w].does($0.kind) }
                    && state.violations(of: CaseChoice(lead: w, partner: nil, delegates: info.delegableTasks.map { _ in w }), for: c)
                        .isEmpty
            }
            if possible { #expect(!recommender.recommend(c, top: 3, ejections: false).isEmpty, "case \(c)") }
            if possible { servable += 1 }
        }
        #expect(servable >= 20)
    }

    /// a-1 (skill lvb, norm of one family) leads `x`; b-1 has no skills; fam-y, waiting, needs lvb.
    static func leadAtTheNorm(x: Case, yPriority: Int = 2) throws -> (Scenario, PlanState) {
        let week = ISOWeek(year: 2026, week: 48)!
        var scenario = Scenario(name: "lead-at-the-norm", week: week)
        scenario.organisations = [Organisation(id: "o", name: "O", kind: .gi)]
        let registered = week.monday.adding(days: 400)
        scenario.staff = [
            Worker(
                id: "a-1", organisation: "o", tasks: ["casework", "admin"], registeredUntil: registered, hours: 36, maxCases: 1,
                skills: ["lvb"]),
            Worker(id: "b-1", organisation: "o", tasks: ["casework", "admin"], registeredUntil: registered, hours: 36),
        ]
        scenario.cases = [
            x, Case(id: "fam-y", municipality: "ede", framework: .ots, priority: yPriority, skills: ["lvb"], hours: ["casework": 3]),
        ]
        try ScenarioValidator().validate(scenario)
        var state = PlanState(problem: PlanningProblem(scenario))
        state.assign(0, CaseChoice(lead: 0, partner: nil, delegates: []))
        return (scenario, state)
    }

    @Test("a lead at the norm is freed by moving one of their families, at its handover cost")
    func ejectionFreesAPlace() throws {
        // a-1 alone has the skill fam-y needs but is at the norm with fam-x, which b-1 could lead.
        let (scenario, state) = try Self.leadAtTheNorm(
            x: Case(id: "fam-x", municipality: "ede", framework: .ots, hours: ["casework": 3], lead: "a-1"))
        let recommender = Recommender(state: state, weights: scenario.settings.weights)
        let options = recommender.recommend(1)
        let option = try #require(options.first)
        let ejection = try #require(option.ejection)
        #expect(ejection.c == 0 && ejection.to?.lead == 1 && option.choice.lead == 0)
        // Serving fam-y (priority 2: waiting factor 2) against one handover of fam-x.
        let weights = scenario.settings.weights
        #expect(abs(ejection.delta - weights.handover) < 1 && option.delta < 0)
        #expect(option.effect.waiting == -1 && option.effect.leadHandovers == 1)
        let gap = ServiceGap(recommender: recommender, case: 1)
        #expect(gap.counts.contains { $0.block == .norm && $0.leads == 1 } && gap.counts.contains { $0.block == .skill && $0.leads == 1 })
        #expect(gap.capacityFix?.worker == 0 && gap.capacityFix?.extraCases == 1 && gap.capacityFix?.missing == 0)
        #expect(gap.options.contains { $0.ejection != nil })
    }

    @Test("where every lead is at the norm, a less urgent family new this week may go back on the waiting list, never a more urgent one")
    func displacingFreesAPlace() throws {
        // a-1 alone has the skill both families need and is at the norm with fam-x, placed this
        // week: fam-x has nowhere else to go, so fam-y gets in only if fam-x waits, and only if
        // fam-y is more urgent.
        for (x, y) in [(3, 1), (1, 3), (2, 2)] {
            let (scenario, state) = try Self.leadAtTheNorm(
                x: Case(id: "fam-x", municipality: "ede", framework: .ots, priority: x, skills: ["lvb"], hours: ["casework": 3]),
                yPriority: y)
            let weights = scenario.settings.weights
            let recommender = Recommender(state: state, weights: weights)
            let options = recommender.recommend(1)
            guard y < x else {
                #expect(options.isEmpty, "fam-x priority \(x) must not make way for fam-y priority \(y)")
                continue
            }
            let option = try #require(options.first)
            let ejection = try #require(option.ejection)
            #expect(ejection.c == 0 && ejection.waits && ejection.from.lead == 0 && option.choice.lead == 0)
            // One family served and one waiting: S1 falls by the difference of their factors.
            let after = Self.applying(option.changes(for: 1), to: state)
            #expect(abs(after.score(weights: weights).soft - state.score(weights: weights).soft - option.delta) < 1e-6)
            #expect(option.effect.waiting == 0 && option.effect.waitingPenalty < 0 && option.delta < 0)
            #expect(ServiceGap(recommender: recommender, case: 1).options.contains { $0.ejection?.waits == true })
        }
    }

    @Test("a family in care is never put back on the waiting list to make room, however urgent the other (SPEC §3)")
    func aFamilyInCareDoesNotMakeWay() throws {
        // As above, but a-1 is fam-x's lead of record: fam-y waits, and no option says otherwise.
        let (scenario, state) = try Self.leadAtTheNorm(
            x: Case(
                id: "fam-x", municipality: "ede", framework: .ots, priority: 3, skills: ["lvb"], hours: ["casework": 3], lead: "a-1"),
            yPriority: 1)
        let recommender = Recommender(state: state, weights: scenario.settings.weights)
        #expect(recommender.recommend(1).isEmpty)
        #expect(!ServiceGap(recommender: recommender, case: 1).options.contains { $0.ejection?.waits == true })
    }
}
