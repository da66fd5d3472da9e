import Testing

@testable import CaseloadCore

/// The score analysis and the service gap tell the truth about the plan they describe.
@Suite("Score analysis")
struct ScoreAnalysisTests {
    @Test("term totals are the plan's score terms, and a valid plan breaks no rule", arguments: 0..<16)
    func totalsMatchTheScore(seed: Int) {
        let (scenario, plan, state, _) = RecommenderTests.planned(seed: seed)
        let weights = scenario.settings.weights
        let analysis = ScoreAnalysis(plan: plan, state: state, weights: weights, top: 1000)
        let score = plan.score
        let tolerance = 1e-6 * max(1, score.soft)
        #expect(analysis.rules.map(\.rule.id) == HardRule.allCases.map(\.id))
        #expect(analysis.rules.allSatisfy { $0.count == 0 }, "seed \(seed): \(analysis.rules.filter { $0.count > 0 }.map(\.notes))")
        #expect(analysis.rules[8].locks.count == plan.locks.count)
        #expect(abs(analysis.terms.reduce(0) { $0 + $1.points } - score.soft) < tolerance, "seed \(seed)")
        let expected = [
            weights.waiting * score.waitingPenalty,
            weights.handover * (Double(score.leadHandovers) + 0.5 * Double(score.partnerHandovers)),
            weights.undelegated * score.undelegatedHours, weights.balance * score.balance,
        ]
        for (term, value) in zip(analysis.terms, expected) {
            #expect(abs(term.points - value) < tolerance, "seed \(seed) \(term.id)")
            // With every contributor listed, the contributors add up to the term.
            #expect(abs(term.contributors.reduce(0) { $0 + $1.points } - term.points) < tolerance, "seed \(seed) \(term.id)")
            #expect(term.contributors.map(\.points) == term.contributors.map(\.points).sorted(by: >))
        }
        #expect(analysis.terms[0].contributorCount == plan.waiting.count)
        #expect(abs(analysis.terms[2].byWorker.reduce(0) { $0 + $1.points } - expected[2]) < tolerance)
        // Only codes: every subject is a case code or a worker id.
        let codes = Set(scenario.cases.map(\.id) + scenario.staff.map(\.id))
        #expect(analysis.terms.flatMap { $0.contributors + $0.byWorker }.allSatisfy { codes.contains($0.subject) })
    }

    @Test("a broken plan shows its broken rules")
    func brokenRulesAreCounted() throws {
        let (scenario, plan, state, _) = RecommenderTests.planned(seed: 42)
        var broken = plan
        let unregistered = try #require(scenario.staff.first { !$0.isRegistered(on: scenario.week.monday) })
        try #require(!broken.assignments.isEmpty)
        broken.assignments[0].lead = unregistered.id
        let analysis = ScoreAnalysis(plan: broken, state: state, weights: scenario.settings.weights)
        #expect(analysis.rules[0].count > 0)
    }

    @Test("the smallest change for a waiting family is true: the stated hours and norm places make that lead fit")
    func capacityFixIsTrue() {
        var waiting = 0, fixes = 0
        for seed in 0..<24 { capacityFixIsTrue(seed: seed, waiting: &waiting, fixes: &fixes) }
        #expect(waiting >= 50 && fixes >= 20, "\(waiting) waiting families, \(fixes) smallest changes tried")
    }

    func capacityFixIsTrue(seed: Int, waiting: inout Int, fixes: inout Int) {
        let (scenario, _, state, locked) = RecommenderTests.planned(seed: seed)
        let problem = state.problem
        let recommender = Recommender(state: state, weights: scenario.settings.weights, locked: locked)
        for c in problem.cases.indices where state.choices[c] == nil {
            waiting += 1
            let gap = ServiceGap(recommender: recommender, case: c)
            // Counts agree with the checks, and a lead with no block would have been an option.
            for (block, n) in gap.counts { #expect(gap.checks.filter { $0.blocks.contains(block) }.count == n) }
            if gap.checks.contains(where: { $0.blocks.isEmpty }) {
                #expect(gap.options.contains { $0.ejection == nil }, "seed \(seed) case \(c)")
            }
            guard let fix = gap.capacityFix else { continue }
            #expect(fix.missing > 0 || fix.extraCases + fix.extraChildren > 0)
            #expect(!state.violations(of: fix.choice, for: c).isEmpty)
            // Give the worker the stated norm places and more contract hours until the stated
            // units are there, and the family fits with exactly the stated people.
            var more = scenario
            let w = fix.worker
            let capacity = problem.workers[w].capacity
            more.staff[w].maxCases = capacity.maxCases + fix.extraCases
            more.staff[w].maxChildren = capacity.maxChildren + fix.extraChildren
            let target = problem.workers[w].limit + fix.missing
            func limit() -> Int { Int((more.capacity(of: more.staff[w]).limitHours * 1000 + 1e-6).rounded(.down)) }
            var added = 0.0
            while limit() < target && added < 400 {
                added += 0.25
                more.staff[w].hours = scenario.staff[w].hours + added
            }
            let grown = PlanningProblem(more)
            guard grown.workers[w].limit >= target else { continue }  // no hours this week whatever the contract
            var after = PlanState(problem: grown)
            for (d, choice) in state.choices.enumerated() { if let choice { after.assign(d, choice) } }
            #expect(after.violations(of: fix.choice, for: c).isEmpty, "seed \(seed) case \(c): \(after.violations(of: fix.choice, for: c))")
            fixes += 1
            // And one unit or one place fewer would not do.
            if fix.missing > 0 { #expect(fix.room + fix.missing - 1 < fix.need) }
            if fix.extraCases > 0 { #expect(state.caseCount[w] + 1 > capacity.maxCases) }
            if fix.extraChildren > 0 {
                #expect(state.childCount[w] + problem.cases[c].children - 1 < capacity.maxChildren + fix.extraChildren)
            }
        }
    }
}
