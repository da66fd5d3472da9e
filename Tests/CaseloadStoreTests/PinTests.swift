import CaseloadCore
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

/// `caseload pin` / `unpin` in the store: checked, kept by the next plan, a forced handover
/// (`pinned`, or what else forces it) when the pin names someone new, released without losing
/// the family's people.
@Suite struct PinTests {
    @Test(arguments: 0..<10 as Range<UInt64>)
    func aPinIsKeptByTheNextPlanAsAForcedHandover(seed: UInt64) throws {
        let db = try AppDatabase.inMemory()
        try db.load(RandomScenarios.make(seed: seed, workers: 14, cases: 30))
        let scenario = try db.scenario()
        let check = PinCheck(scenario: scenario)
        // The first unlocked family of record, pinned to the first colleague the check allows.
        guard let c = scenario.cases.first(where: { !$0.lock && $0.lead != nil && !$0.duo }),
            let lead = scenario.staff.first(where: { $0.id != c.lead && check.problems(caseID: c.id, lead: $0.id, partner: nil).isEmpty })
        else { return }
        let pin = try db.pin(c.id, lead: lead.id, partner: nil)
        #expect(pin.lead == lead.id && pin.leadOfRecord == c.lead)
        let stored = try #require(try db.scenario().cases.first { $0.id == c.id })
        #expect(stored.lock && stored.givenLead == lead.id && stored.lead == c.lead)
        let plan = DraftApprovalTests.plan(try db.scenario())
        let note = try #require(plan.locks.first { $0.caseID == c.id })
        if note.kept {
            #expect(plan.assignments.first { $0.caseID == c.id }?.lead == lead.id)
            #expect(plan.handovers.contains { $0.caseID == c.id && $0.role == .lead && $0.to == lead.id && $0.reason != .allowed })
        } else {
            #expect(note.reason?.isEmpty == false)
        }
        // Approval keeps the pin beside the record; unpin leaves the family its people.
        try db.approve(id: try db.saveDraft(plan, scenario: try db.scenario()))
        let approved = try #require(try db.scenario().cases.first { $0.id == c.id })
        #expect(approved.lock && approved.givenLead == lead.id)
        let released = try #require(try db.unpin(c.id))
        #expect(released.lead == lead.id)
        let after = try #require(try db.scenario().cases.first { $0.id == c.id })
        #expect(!after.lock && after.pinnedLead == nil && after.lead == approved.lead)
        #expect(try db.unpin(c.id) == nil)
    }

    @Test func aPinThatBreaksARuleIsRefusedAndNothingIsWritten() throws {
        let db = try AppDatabase.inMemory()
        try db.load(try foodvalley())
        let before = try db.scenario()
        let version = try db.dataVersion()
        // jbg-07's registration lapsed (the FoodValley teaching case).
        let c = try #require(before.cases.first { $0.framework == .ots && !$0.lock })
        #expect {
            try db.pin(c.id, lead: "jbg-07", partner: nil)
        } throws: { error in
            guard case PinError.refused(let id, let problems) = error else { return false }
            return id == c.id && problems.contains { $0.rule == .registration && $0.remedy.contains("registered_until") }
        }
        #expect(throws: PinError.noCase("fv-9999")) { try db.pin("fv-9999", lead: "jbg-01", partner: nil) }
        #expect(try db.dataVersion() == version)
        // The refusal in both languages: the rule's code, the person, and what to do.
        do {
            try db.pin(c.id, lead: "jbg-07", partner: nil)
            Issue.record("pinned to a lapsed registration")
        } catch let error as PinError {
            let dutch = error.message(.nl)
            #expect(dutch.hasPrefix("kan \(c.id) niet vastzetten: dat breekt"), "\(dutch)")
            #expect(dutch.contains("H1 de SKJ-registratie van jbg-07 is op"), "\(dutch)")
            #expect(dutch.contains("zo kan het wel: importeer jbg-07 met een registered_until na"), "\(dutch)")
            #expect(!dutch.contains("registration ended") && !dutch.contains("to make it possible"), "\(dutch)")
            let english = error.message(.en)
            #expect(english.hasPrefix("cannot pin \(c.id): it breaks"), "\(english)")
            #expect(english.contains("H1 jbg-07's registration ended"), "\(english)")
            #expect(english.contains("to make it possible: import jbg-07 with a registered_until after"), "\(english)")
            #expect(error.description == english)
        }
        #expect(PinError.noCase("fv-9999").message(.nl) == "er is geen gezin fv-9999; controleer de code (caseload plans, caseload show)")
        expectSameScenario(try db.scenario(), before)
    }
}
