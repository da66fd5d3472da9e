import CaseloadCore
import CaseloadStore
import CaseloadTestSupport
import Testing

/// A refused approval names the broken rules in the run's language: the manager reads why.
@Suite struct ApprovalLanguageTests {
    @Test func aRefusedApprovalSaysTheBrokenRuleInDutchAndInEnglish() throws {
        let db = try AppDatabase.inMemory()
        var scenario = try foodvalley()
        try db.load(scenario)
        let input = try db.scenario()
        let plan = DraftApprovalTests.plan(input)
        let id = try db.saveDraft(plan, scenario: input)
        // A lead of the draft loses their registration before the manager approves.
        let lead = try #require(plan.assignments.first?.lead)
        let w = try #require(scenario.staff.firstIndex { $0.id == lead })
        scenario.staff[w].registeredUntil = Day(year: 2026, month: 1, day: 1)
        try db.load(scenario)
        let error = try #require(throws: ApprovalError.self) { try db.approve(id: id) }
        let dutch = error.message(.nl)
        let english = error.message(.en)
        #expect(dutch.contains("  H1 gezin "), "\(dutch)")
        #expect(dutch.contains(": regievoerder \(lead) heeft op "), "\(dutch)")
        #expect(dutch.contains(" geen SKJ-registratie"), "\(dutch)")
        #expect(!dutch.contains("is not registered"), "\(dutch)")
        #expect(english.contains("  H1 case "), "\(english)")
        #expect(english.contains(": lead \(lead) is not registered on "), "\(english)")
        #expect(!english.contains("SKJ-registratie"), "\(english)")
    }

    @Test func aPlanRejectedOnSaveSaysItsRulesInTheLanguage() throws {
        let db = try AppDatabase.inMemory()
        let scenario = try foodvalley()
        try db.load(scenario)
        var plan = DraftApprovalTests.plan(try db.scenario())
        plan.assignments[0].lead = "nobody"
        let error = try #require(throws: PlanRejectedError.self) { try db.save(plan, scenario: scenario) }
        #expect(error.message(.nl).contains("regievoerder nobody is geen medewerker"), "\(error.message(.nl))")
        #expect(error.message(.en).contains("lead nobody is no worker"), "\(error.message(.en))")
    }
}
