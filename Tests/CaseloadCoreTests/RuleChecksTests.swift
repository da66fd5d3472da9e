@testable import CaseloadCore
import CaseloadSearch
import CaseloadTestSupport
import Testing

/// The planner's one check per hard rule (`PlanningProblem+Rules`) against the independent
/// oracle, over many random choices in generated plans: a choice the planner's checks allow
/// makes a plan the oracle accepts, a choice that breaks a rule of one worker in a role (H1, H2,
/// H5, H6, H7, H10, H11) is refused by the planner's checks too, and the search's running totals (`fits`)
/// say what `PlanState.violations` says about hours and norms.
@Suite struct RuleChecksTests {
    @Test func plannerChecksAgreeWithTheOracle() {
        var allowed = 0, refused = 0, refusedForCapacity = 0
        for seed in 0..<16 { check(seed: seed, &allowed, &refused, &refusedForCapacity) }
        // The draws reach both sides of every check: choices allowed, refused for a worker's
        // role, and refused only for hours or norms.
        #expect(
            allowed >= 200 && refused - refusedForCapacity >= 200 && refusedForCapacity >= 100,
            "\(allowed) allowed, \(refused) refused, \(refusedForCapacity) for hours or norms")
    }

    func check(seed: Int, _ allowed: inout Int, _ refused: inout Int, _ refusedForCapacity: inout Int) {
        let scenario = RandomScenarios.make(seed: UInt64(300 + seed), workers: 14, cases: 50, tight: seed % 4 == 0)
        let problem = PlanningProblem(scenario)
        let built = ConstructionPlanner().plan(problem).state
        var g = SplitMix64(seed: UInt64(seed))
        for _ in 0..<400 {
            let c = g.index(problem.cases.count)
            let info = problem.cases[c]
            guard !info.lock else { continue }
            var state = built
            state.unassign(c)
            // Mostly from the candidate lists, so that many choices pass; else anyone.
            func draw(_ list: [Int]) -> Int { !list.isEmpty && g.chance(70) ? list[g.index(list.count)] : g.index(problem.workers.count) }
            let lead = draw(problem.candidates.leads(of: c))
            var partner: Int?
            if info.duo || g.chance(10) { partner = draw(problem.candidates.partners[info.municipality]) }
            // Supporters who may see the family, of any organisation, or anyone (H11, H2).
            let organisation = problem.workers[lead].organisation
            let delegates = info.delegableTasks.map { task in
                g.chance(10)
                    ? g.index(problem.workers.count)
                    : draw(
                        g.chance(75)
                            ? problem.candidates.supporters(of: task.kind, leadOrganisation: organisation)
                            : problem.candidates.supporters[task.kind])
            }
            let choice = CaseChoice(lead: lead, partner: partner, delegates: delegates)
            let violations = state.violations(of: choice, for: c)

            var space = CaseloadSpace(state: state, weights: scenario.settings.weights)
            let rolesAllowed =
                PlanningProblem.leadRules(problem.workers[lead], info).isEmpty
                && (!info.duo || partner != nil)
                && (partner.map {
                    PlanningProblem.partnerRules(problem.workers[$0], municipality: info.municipality).isEmpty
                        && problem.partnersLead($0, lead)
                } ?? true)
                && zip(delegates, info.delegableTasks).allSatisfy { w, task in
                    problem.workers[w].does(task.kind)
                        && (w == lead || w == partner
                            || (!problem.workers[w].registered
                                && scenario.maySupport(
                                    lead: scenario.staff[lead].organisation, by: scenario.staff[w].organisation)))
                }
            if rolesAllowed {
                #expect(
                    space.fits(c, choice) == violations.isEmpty,
                    "seed \(seed) case \(info.id): the search says \(space.fits(c, choice)), violations \(violations)")
                #expect(space.commit([CaseloadSpace.Change(c: c, choice: choice)]) == violations.isEmpty)
                if !violations.isEmpty { refusedForCapacity += 1 }
            } else {
                #expect(!violations.isEmpty, "seed \(seed) case \(info.id): \(choice) breaks a role rule but passes")
            }

            var after = state
            guard violations.isEmpty else {
                refused += 1
                continue
            }
            allowed += 1
            after.assign(c, choice)
            let plan = after.plan(waiting: [:], locks: [], solver: SolverInfo(name: "test", seed: 0, seconds: 0))
            let oracle = PlanChecker().violations(of: plan, in: scenario).filter { $0.rule != .locks }
            #expect(oracle.isEmpty, "seed \(seed) case \(info.id): the planner allows \(choice), the oracle says \(oracle.prefix(3))")
        }
    }
}
