import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadCore

/// The checker every property test and every save relies on, tested as a mutation test: each
/// hard rule is broken in valid plans of generated scenarios, and the checker must name that
/// rule. A rule whose check is switched off fails its line here.
@Suite("Plan checker")
struct PlanCheckerTests {
    /// A valid plan and the scenario it was made for.
    struct Sample {
        var scenario: Scenario
        var plan: Plan

        var monday: Day { scenario.week.monday }

        func rules(scenario change: (inout Scenario) -> Void = { _ in }, plan edit: (inout Plan) -> Void = { _ in }) -> Set<HardRule> {
            var s = scenario
            var p = plan
            change(&s)
            edit(&p)
            let found = PlanChecker().violations(of: p, in: s)
            // Every broken rule is said in Dutch and in English, each in its own words.
            for v in found { #expect(v.text.nl != v.text.en, "\(v)") }
            return Set(found.map(\.rule))
        }

        func staffIndex(_ id: String) -> Int { scenario.staff.firstIndex { $0.id == id }! }
        func caseIndex(_ id: String) -> Int { scenario.cases.firstIndex { $0.id == id }! }
    }

    /// Planned once for every test of the suite.
    static let samples: [Sample] = (0..<24).map { seed in
        let scenario = RandomScenarios.make(seed: UInt64(700 + seed), workers: 6 + seed, cases: 12 + 4 * seed, tight: seed % 3 == 0)
        return Sample(scenario: scenario, plan: Planner.plan(scenario, options: PlanOptions(maxMoves: 2_000)))
    }

    /// Breaks `rule` in every sample where `mutation` applies (it returns false where it does
    /// not) and requires the checker to name it each time, in enough samples to mean something.
    func expectCaught(_ rule: HardRule, atLeast minimum: Int = 10, _ mutation: (Sample) -> Set<HardRule>?) {
        var broken = 0
        for sample in Self.samples {
            #expect(PlanChecker().violations(of: sample.plan, in: sample.scenario).isEmpty)
            guard let found = mutation(sample) else { continue }
            broken += 1
            #expect(found.contains(rule), "\(sample.scenario.name): \(rule) not named, only \(found.sorted())")
        }
        #expect(broken >= minimum, "\(rule) was broken in only \(broken) samples")
    }

    @Test("H1: a lead whose registration lapsed before Monday")
    func lapsedRegistration() {
        expectCaught(.registration) { s in
            guard let a = s.plan.assignments.first else { return nil }
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].registeredUntil = s.monday.adding(days: -1) })
        }
    }

    @Test("H1: registered work given to a worker without a registration")
    func unregisteredDoesCasework() {
        expectCaught(.registration) { s in
            guard let a = s.plan.assignments.first,
                let t = a.tasks.firstIndex(where: { $0.kind == TaskKind.casework }),
                let other = s.scenario.staff.first(where: { !$0.isRegistered(on: s.monday) })
            else { return nil }
            return s.rules(plan: { $0.assignments[0].tasks[t].worker = other.id })
        }
    }

    @Test("H2: a worker who may not do the task kind")
    func taskNotListed() {
        expectCaught(.tasks) { s in
            guard let a = s.plan.assignments.first else { return nil }
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].tasks.removeAll { $0 == TaskKind.casework } })
        }
    }

    @Test("H3: more hours than available")
    func overHours() {
        expectCaught(.hours) { s in
            guard let a = s.plan.assignments.first(where: { a in a.tasks.contains { $0.worker == a.lead && $0.hours > 0 } }) else {
                return nil
            }
            // Absent all week by hours: the norm, which follows contract hours, stays.
            let absence = Absence(from: s.monday, to: s.monday, hours: 1_000)
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].absences.append(absence) })
        }
    }

    @Test("H4: more families than the norm")
    func overFamilyNorm() {
        expectCaught(.norm) { s in
            guard let a = s.plan.assignments.first else { return nil }
            let held = s.plan.assignments.filter { $0.lead == a.lead || $0.partner == a.lead }.count
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].maxCases = held - 1 })
        }
    }

    @Test("H4: more children than the norm")
    func overChildNorm() {
        expectCaught(.norm) { s in
            guard let a = s.plan.assignments.first(where: { s.scenario.cases[s.caseIndex($0.caseID)].children > 0 }) else { return nil }
            let children = s.plan.assignments.filter { $0.lead == a.lead || $0.partner == a.lead }
                .reduce(0) { $0 + s.scenario.cases[s.caseIndex($1.caseID)].children }
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].maxChildren = children - 1 })
        }
    }

    @Test("H5: a duo without a partner")
    func duoWithoutPartner() {
        expectCaught(.duo, atLeast: 5) { s in
            guard let i = s.plan.assignments.firstIndex(where: { $0.partner != nil }) else { return nil }
            return s.rules(plan: { $0.assignments[i].partner = nil })
        }
    }

    @Test("H5: a partner from the lead's organisation where duos cross organisations")
    func partnerOfTheSameOrganisation() {
        expectCaught(.duo, atLeast: 5) { s in
            guard s.scenario.settings.duoAcrossOrganisations,
                let i = s.plan.assignments.firstIndex(where: { $0.partner != nil })
            else { return nil }
            let a = s.plan.assignments[i]
            let organisation = s.scenario.staff[s.staffIndex(a.lead)].organisation
            return s.rules(scenario: { $0.staff[s.staffIndex(a.partner!)].organisation = organisation })
        }
    }

    @Test("H5: the lead as their own partner")
    func leadAsPartner() {
        expectCaught(.duo, atLeast: 5) { s in
            guard let i = s.plan.assignments.firstIndex(where: { $0.partner != nil }) else { return nil }
            return s.rules(plan: { $0.assignments[i].partner = $0.assignments[i].lead })
        }
    }

    @Test("H6: a lead without a skill the family needs")
    func missingSkill() {
        expectCaught(.skills) { s in
            guard let a = s.plan.assignments.first else { return nil }
            let lead = s.scenario.staff[s.staffIndex(a.lead)]
            return s.rules(scenario: { $0.cases[s.caseIndex(a.caseID)].skills.append("not-\(lead.skills.joined())") })
        }
    }

    @Test("H7: a lead who does not serve the family's municipality")
    func wrongMunicipality() {
        expectCaught(.municipality) { s in
            guard let a = s.plan.assignments.first else { return nil }
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].municipalities = ["elsewhere"] })
        }
    }

    @Test("H10: a lead whose mandates do not cover the family's framework")
    func leadWithoutMandate() {
        expectCaught(.mandate) { s in
            guard let a = s.plan.assignments.first else { return nil }
            let framework = s.scenario.cases[s.caseIndex(a.caseID)].framework
            // The lead's own mandates, declared without the family's framework.
            return s.rules(scenario: { $0.staff[s.staffIndex(a.lead)].mandates = Framework.allCases.filter { $0 != framework } })
        }
    }

    @Test("H11: a partner or supporter across an organisation border no network crosses")
    func acrossABorder() {
        expectCaught(.network, atLeast: 5) { s in
            let staff = Dictionary(uniqueKeysWithValues: s.scenario.staff.map { ($0.id, $0.organisation) })
            // A family whose partner or supporter is of another organisation than its lead.
            guard
                s.plan.assignments.contains(where: { a in
                    a.tasks.contains { $0.worker != a.lead && staff[$0.worker] != staff[a.lead] }
                })
            else { return nil }
            return s.rules(scenario: { $0.networks = [] })
        }
    }

    @Test("H8: a family half served, served twice, or left out")
    func notWhole() {
        expectCaught(.whole) { s in
            guard let a = s.plan.assignments.first, !a.tasks.isEmpty else { return nil }
            let partly = s.rules(plan: { $0.assignments[0].tasks.removeLast() })
            let more = s.rules(plan: { $0.assignments[0].tasks[0].hours += 0.5 })
            let twice = s.rules(plan: { $0.assignments.append(a) })
            let waitingToo = s.rules(plan: {
                $0.waiting.append(WaitingCase(caseID: a.caseID, priority: 1, weeksWaiting: 0, reason: .caseloadNorm, detail: .sentence("")))
            })
            let gone = s.rules(plan: { $0.assignments.removeFirst() })
            return [partly, more, twice, waitingToo, gone].allSatisfy { $0.contains(HardRule.whole) } ? [.whole] : []
        }
    }

    /// A served family locked to its planned people (a lead with hours on it and no partner),
    /// then taken off the plan.
    /// `reason`: what the plan says of it (nil: nothing).
    static func lockedThenDropped(_ s: Sample, reason: String?) -> (scenario: Scenario, plan: Plan)? {
        guard
            let i = s.plan.assignments.firstIndex(where: { a in a.partner == nil && a.tasks.contains { $0.worker == a.lead && $0.hours > 0 }
            })
        else { return nil }
        let a = s.plan.assignments[i]
        var scenario = s.scenario
        let c = s.caseIndex(a.caseID)
        scenario.cases[c].lock = true
        scenario.cases[c].lead = a.lead
        scenario.cases[c].partner = nil
        var plan = s.plan
        plan.assignments.remove(at: i)
        plan.waiting.append(WaitingCase(caseID: a.caseID, priority: 1, weeksWaiting: 0, reason: .caseloadNorm, detail: .sentence("")))
        plan.locks.removeAll { $0.caseID == a.caseID }
        if let reason { plan.locks.append(LockNote(caseID: a.caseID, kept: false, reason: reason)) }
        return (scenario, plan)
    }

    @Test("H9: a lock left without a reason, or with one that is not true")
    func brokenLock() {
        expectCaught(.locks) { s in
            guard let silent = Self.lockedThenDropped(s, reason: nil), let untrue = Self.lockedThenDropped(s, reason: "no room")
            else { return nil }
            let a = PlanChecker().violations(of: silent.plan, in: silent.scenario).map(\.rule)
            let b = PlanChecker().violations(of: untrue.plan, in: untrue.scenario).map(\.rule)
            return a.contains(HardRule.locks) && b.contains(HardRule.locks) ? [.locks] : []
        }
    }

    @Test("H9: a lock that truly cannot hold may be left with its reason")
    func lockThatCannotHold() {
        var held = 0
        for s in Self.samples {
            guard let broken = Self.lockedThenDropped(s, reason: "the given lead cannot keep it") else { continue }
            let id = broken.plan.waiting.last!.caseID
            let c = broken.scenario.cases.first { $0.id == id }!
            let lead = broken.scenario.staff.firstIndex { $0.id == c.lead }!
            // The lead keeps every other family but has no hours, no family place, no
            // registration, or not the skill left for this one.
            var noHours = broken.scenario
            noHours.staff[lead].absences.append(Absence(from: s.monday, to: s.monday, hours: 1_000))
            var atNorm = broken.scenario
            atNorm.staff[lead].maxCases = broken.plan.assignments.filter { $0.lead == c.lead || $0.partner == c.lead }.count
            var skill = broken.scenario
            skill.cases[skill.cases.firstIndex { $0.id == id }!].skills.append("not-held")
            for variant in [noHours, atNorm, skill] {
                #expect(!PlanChecker().violations(of: broken.plan, in: variant).contains { $0.rule == .locks }, "\(s.scenario.name) \(id)")
            }
            held += 1
        }
        #expect(held >= 10)
    }

    @Test("every hard rule is documented under its id, and ids run H1, H2, … in order")
    func rulesAreDocumented() throws {
        #expect(HardRule.allCases.map(\.id) == (1...HardRule.allCases.count).map { "H\($0)" })
        #expect(HardRule.allCases.sorted() == HardRule.allCases)
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for rule in HardRule.allCases { #expect(text.contains("**\(rule.id)"), "docs/rules.md does not describe \(rule.id)") }
    }
}
