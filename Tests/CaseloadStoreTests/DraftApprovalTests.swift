import CaseloadCore
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

/// Drafts and approval (SPEC §5): every plan kept as shown; `approve` makes that very plan
/// current and its people the record; approving an older plan brings it back; one score.
@Suite struct DraftApprovalTests {
    /// A database holding random scenario `seed`, and the scenario as stored.
    static func loaded(seed: UInt64, cases: Int = 40) throws -> (AppDatabase, Scenario) {
        let db = try AppDatabase.inMemory()
        try db.load(RandomScenarios.make(seed: seed, workers: 14, cases: cases))
        return (db, try db.scenario())
    }

    /// Plans `scenario` as `caseload plan` does on a database: the record stands.
    static func plan(_ scenario: Scenario, seed: UInt64 = 1, warmStart: Plan? = nil) -> Plan {
        var options = PlanOptions(seed: seed, maxMoves: 4_000)
        options.warmStart = warmStart
        options.adoptsWarmStart = false
        return Planner.plan(scenario, options: options)
    }

    @Test(arguments: 0..<16 as Range<UInt64>)
    func anApprovedDraftIsThePlanAsShownAndItsPeopleTheRecord(seed: UInt64) throws {
        let (db, input) = try Self.loaded(seed: seed)
        let plan = Self.plan(input)
        let id = try db.saveDraft(plan, scenario: input)
        // A draft changes nothing but the list of plans.
        #expect(try db.currentPlanID() == nil)
        #expect(try db.plans().map(\.isDraft) == [true])
        expectSameScenario(try db.scenario(), input)
        expectSamePlan(try #require(try db.plan(id: id)), plan)

        let approval = try db.approve()
        #expect(approval.id == id && !approval.wasCurrent && !approval.madeBeforeChange && approval.overridden.isEmpty)
        #expect(try db.currentPlanID() == id)
        expectSamePlan(try #require(try db.plan()), plan)
        let record = Dictionary(uniqueKeysWithValues: try db.scenario().cases.map { ($0.id, $0) })
        for a in plan.assignments {
            #expect(record[a.caseID]?.lead == a.lead && record[a.caseID]?.partner == a.partner, "served \(a.caseID)")
        }
        for w in plan.waiting {
            #expect(record[w.caseID]?.lead == nil && record[w.caseID]?.waitingSince != nil, "waiting \(w.caseID)")
        }
        let before = Dictionary(uniqueKeysWithValues: input.cases.map { ($0.id, $0) })
        #expect(approval.handedOver + approval.newlyServed + approval.nowWaiting <= input.cases.count)
        #expect(approval.newlyServed == plan.assignments.filter { before[$0.caseID]?.lead == nil }.count)
        #expect(approval.nowWaiting == plan.waiting.filter { before[$0.caseID]?.lead != nil }.count)
    }

    /// One score: the list, the plan as stored and the plan rescored against the data it was
    /// read with agree, and S2 counts exactly the handovers the plan lists — before and after
    /// approval, which rewrites the record the plan was made against.
    @Test(arguments: 0..<16 as Range<UInt64>)
    func theListTheStoredPlanAndARescoringAgree(seed: UInt64) throws {
        let (db, input) = try Self.loaded(seed: seed)
        let plan = Self.plan(input)
        let id = try db.saveDraft(plan, scenario: input)
        for approved in [false, true] {
            if approved { try db.approve(id: id) }
            let saved = try #require(try db.savedPlan(id: id))
            let summary = try #require(try db.plans().first)
            let scenario = try db.scenario(of: saved)
            let rescored = PlanState(problem: PlanningProblem(scenario), restoring: saved.plan).score(weights: scenario.settings.weights)
            #expect(abs(summary.soft - plan.score.soft) < 1e-9)
            #expect(abs(rescored.soft - plan.score.soft) < 1e-6, "approved: \(approved)")
            #expect(summary.handovers == plan.handovers.count && rescored.handovers == plan.handovers.count)
            #expect(summary.served == plan.assignments.count && summary.waiting == plan.waiting.count)
        }
    }

    @Test(arguments: 0..<8 as Range<UInt64>)
    func approvingAnOlderPlanMakesItCurrentAgainWithItsPeople(seed: UInt64) throws {
        let (db, input) = try Self.loaded(seed: seed)
        let first = Self.plan(input, seed: 1)
        let second = Self.plan(input, seed: 2)
        let one = try db.saveDraft(first, scenario: input)
        let two = try db.saveDraft(second, scenario: input)
        try db.approve(id: one)
        let afterFirst = try db.scenario()
        let approval = try db.approve()  // the newest draft
        #expect(approval.id == two)
        #expect(try db.currentPlanID() == two)
        let again = try db.approve(id: one)
        #expect(again.id == one && !again.wasCurrent)
        #expect(try db.currentPlanID() == one)
        expectSamePlan(try #require(try db.plan()), first)
        // The people of record are those of the first approval; every change the second made
        // is named as set after plan one was made.
        #expect(try db.scenario().cases.map { [$0.lead, $0.partner] } == afterFirst.cases.map { [$0.lead, $0.partner] })
        let byFirst = input.adopting(first).cases
        let bySecond = input.adopting(second).cases
        let named = Set(again.overridden.filter { $0.role == .lead }.map(\.caseID))
        let expected = input.cases.indices.filter { i in
            input.cases[i].lead != bySecond[i].lead && byFirst[i].lead != bySecond[i].lead
        }.map { input.cases[$0].id }
        #expect(named == Set(expected))
        #expect(throws: ApprovalError.noDraft) { try db.approve() }
        #expect(throws: ApprovalError.noPlan(99)) { try db.approve(id: 99) }
    }

    /// A draft a later change makes unlawful is refused with the rules, and nothing changes.
    @Test func aDraftBrokenByALaterChangeIsRefusedAndNothingChanges() throws {
        let db = try AppDatabase.inMemory()
        var scenario = try foodvalley()
        try db.load(scenario)
        let input = try db.scenario()
        let plan = Self.plan(input)
        let id = try db.saveDraft(plan, scenario: input)
        // A lead of the draft loses their registration before the manager approves.
        let lead = try #require(plan.assignments.first?.lead)
        let w = try #require(scenario.staff.firstIndex { $0.id == lead })
        scenario.staff[w].registeredUntil = Day(year: 2026, month: 1, day: 1)
        try db.load(scenario)
        let stored = try db.scenario()
        #expect(try db.plans().first?.isStale == true)
        do {
            try db.approve(id: id)
            Issue.record("approved a plan whose lead is no longer registered")
        } catch let ApprovalError.breaksRules(refused, violations) {
            #expect(refused == id)
            #expect(violations.contains { $0.rule == .registration && $0.message.contains(lead) })
            let error = ApprovalError.breaksRules(refused, violations)
            let n = violations.count
            #expect(error.message(.nl).hasPrefix("plan \(id) kan geen akkoord krijgen: de gegevens van het team zijn veranderd"))
            #expect(error.message(.nl).contains("breekt nu \(n) harde \(n == 1 ? "regel" : "regels"):\n  H"), "\(error.message(.nl))")
            #expect(error.message(.nl).hasSuffix("en geef akkoord met `caseload approve`"))
            #expect(error.message(.en).hasPrefix("plan \(id) cannot be approved: the team's data changed"))
            #expect(error.message(.en).hasSuffix("then `caseload approve`"))
        }
        #expect(try db.currentPlanID() == nil)
        expectSameScenario(try db.scenario(), stored)
    }

    /// The data version moves with every change of the team's data, and only then.
    @Test func theDataVersionMovesWithEveryChangeOfTheData() throws {
        let (db, input) = try Self.loaded(seed: 3)
        let v0 = try db.dataVersion()
        let plan = Self.plan(input)
        let id = try db.saveDraft(plan, scenario: input)
        #expect(try db.dataVersion() == v0)
        #expect(try db.plans().first?.isStale == false)
        var changed = try db.scenario()
        changed.staff[0].hours += 1
        try db.load(changed)
        #expect(try db.dataVersion() > v0)
        #expect(try db.plans().first?.isStale == true)
        try db.approve(id: id)
        #expect(try db.plans().first?.isStale == false)
    }
}
