import Testing

@testable import CaseloadCore

/// The soft score of a small hand-made plan, worked out on paper from the rules (docs/rules.md) and compared with
/// what the planner computes from scratch, what the search keeps up move by move, and what a
/// stored plan carries. Every other score test compares the code with itself; this one does not.
@Suite("Score by hand")
struct ScoreByHandTests {
    /// Week 48 of 2026, Monday 23 November. Casework share 1, so available hours are contract
    /// hours. Three registered workers (A 36 h, B 18 h, C 36 h) of three organisations and one
    /// supporter S (36 h, admin).
    static func scenario() -> Scenario {
        let week = ISOWeek(year: 2026, week: 48)!
        let monday = week.monday
        var s = Scenario(name: "by hand", week: week)
        s.settings.caseworkShare = 1
        s.organisations = ["a", "b", "c"].map { Organisation(id: $0, name: $0, kind: .gi) }
        // One network sharing families and support (H11), so that every pairing here is lawful.
        s.networks = [Network(id: "all", organisations: ["a", "b", "c"], sharedSupport: true)]
        let registered = monday.adding(days: 1_000)
        s.staff = [
            Worker(id: "A", organisation: "a", tasks: ["casework", "admin"], registeredUntil: registered, hours: 36),
            Worker(id: "B", organisation: "b", tasks: ["casework"], registeredUntil: registered, hours: 18),
            Worker(id: "C", organisation: "c", tasks: ["casework"], registeredUntil: registered, hours: 36),
            Worker(id: "S", organisation: "a", tasks: ["admin"], hours: 36),
        ]
        func family(_ id: String, priority: Int = 2, duo: Bool = false, hours: [String: Double] = ["casework": 1]) -> Case {
            Case(
                id: id, municipality: "ede", children: 1, framework: .ots, phase: .middle, priority: priority, duo: duo, hours: hours)
        }
        var f1 = family("f1", hours: ["casework": 9, "admin": 2])
        f1.lead = "B"
        var f2 = family("f2", hours: ["casework": 4.5])
        f2.lead = "B"
        var f3 = family("f3", duo: true, hours: ["casework": 4])
        f3.lead = "A"
        f3.partner = "C"
        var f4 = family("f4", priority: 1)
        f4.waitingSince = monday.adding(days: -17)
        let f5 = family("f5", priority: 3)
        var f6 = family("f6", priority: 2)
        f6.waitingSince = monday.adding(days: -56)
        s.cases = [f1, f2, f3, f4, f5, f6]
        return s
    }

    /// f1 goes from B to A, who also does its admin; f2 stays with B; f3 keeps lead A and gets
    /// partner B instead of C; f4, f5 and f6 wait.
    static func state(of scenario: Scenario) -> PlanState {
        let problem = PlanningProblem(scenario)
        var state = PlanState(problem: problem)
        let (a, b) = (problem.workerIndex["A"]!, problem.workerIndex["B"]!)
        state.assign(0, CaseChoice(lead: a, partner: nil, delegates: [a]))
        state.assign(1, CaseChoice(lead: b, partner: nil, delegates: []))
        state.assign(2, CaseChoice(lead: a, partner: b, delegates: []))
        return state
    }

    // S1: f4 is urgent (4) and waited 17 days, 2 whole weeks: 4 × (1 + 2/8) = 5; f5 has priority
    // 3 and no date: 1; f6 has priority 2 and waited 8 weeks: 2 × (1 + 8/8) = 4. Sum 10.
    static let waitingPenalty = 10.0
    // S2: one change of lead (f1) and one of partner (f3), which weighs half.
    static let leadHandovers = 1, partnerHandovers = 1
    // S3: A does f1's 2 admin hours while S, a supporter, may do admin.
    static let undelegatedHours = 2.0
    // S4: A plans 9 + 2 + 2 = 13 h of 36, B 4.5 + 2 = 6.5 h of 18, C nothing: utilisations 13/36,
    // 13/36 and 0 with FTE weights 1, 0.5 and 1. Pool mean (13/36 × 1.5) / 2.5 = 13/60; A and B
    // deviate 13/36 − 13/60 = 13/90, C −13/60. S is alone in the supporter pool: 0.
    static let balance = 1.5 * (13.0 / 90) * (13.0 / 90) + (13.0 / 60) * (13.0 / 60)
    // 1000 × 10 + 50 × (1 + 0.5) + 5 × 2 + 1 × balance.
    static let soft = 10_000 + 75 + 10 + balance

    func expectHandWorkedScore(_ score: Score, _ source: Comment) {
        #expect(score.hard == 0, source)
        #expect(score.waiting == 3, source)
        #expect(abs(score.waitingPenalty - Self.waitingPenalty) < 1e-9, source)
        #expect(score.leadHandovers == Self.leadHandovers && score.partnerHandovers == Self.partnerHandovers, source)
        #expect(abs(score.undelegatedHours - Self.undelegatedHours) < 1e-9, source)
        #expect(abs(score.balance - Self.balance) < 1e-9, source)
        #expect(abs(score.soft - Self.soft) < 1e-6, source)
    }

    @Test func scoredFromScratch() {
        let scenario = Self.scenario()
        let state = Self.state(of: scenario)
        expectHandWorkedScore(state.score(weights: scenario.settings.weights), "from scratch")
    }

    @Test func keptUpByTheSearch() {
        let scenario = Self.scenario()
        let space = CaseloadSpace(state: Self.state(of: scenario), weights: scenario.settings.weights)
        expectHandWorkedScore(space.score, "search tally")
        #expect(abs(space.objective - Self.soft) < 1e-6)
    }

    @Test func carriedByThePlanAndKeepingTheRules() {
        let scenario = Self.scenario()
        let state = Self.state(of: scenario)
        let plan = state.plan(waiting: [:], locks: [], solver: SolverInfo(name: "hand", seed: 0, seconds: 0))
        expectHandWorkedScore(plan.score, "plan")
        #expect(PlanChecker().violations(of: plan, in: scenario).isEmpty)
    }

    @Test("weights multiply their own term only")
    func weightsScaleTheirTerm() {
        let scenario = Self.scenario()
        let state = Self.state(of: scenario)
        let weights = Settings.Weights(waiting: 2_000, handover: 80, undelegated: 7, balance: 3)
        let score = state.score(weights: weights)
        #expect(abs(score.soft - (2_000 * 10 + 80 * 1.5 + 7 * 2 + 3 * Self.balance)) < 1e-6)
    }
}
