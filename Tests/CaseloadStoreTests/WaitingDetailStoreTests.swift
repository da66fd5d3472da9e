import CaseloadCore
import CaseloadStore
import CaseloadTestSupport
import Foundation
import GRDB
import Testing

/// A waiting family's detail is kept as facts, so that a stored plan reads back in whichever
/// language the reader asks for; a plan stored before, with an English sentence, keeps it.
@Suite struct WaitingDetailStoreTests {
    /// One detail of every kind, a lost lead around another among them.
    static let details: [WaitingDetail] = [
        .noWorkerInMunicipality(registered: 12, municipality: "Renswoude"),
        .noMandatedLead(local: 4, municipality: "Ede", framework: .rvdkInvestigation),
        .missingSkill(mandated: 3, municipality: "Wageningen", skills: ["lvb", "trauma"]),
        .missingTaskKind(leads: 2),
        .caseloadNorm(leads: 7),
        .noSupporterForFallback(kinds: ["legal", "placement"], leads: 5),
        .noRegisteredCapacity(leads: 9, needed: 6.25, fallback: 1.5, fallbackKinds: ["admin"], mostFree: 4.75),
        .noDuoPartner(leads: 3, partnerHours: 2.5, acrossOrganisations: true, network: false),
        .noDuoPartner(leads: 1, partnerHours: 0.25, acrossOrganisations: false, network: true),
        .partnerMissing(lead: "jbg-04"),
        .delegableTasks(leads: 2, kinds: ["admin"]),
        .leadLost(lead: "jbg-07", forced: .registrationLapsed, blocker: .caseloadNorm(leads: 3)),
        .sentence("an older plan's words"),
    ]

    @Test func everyDetailReadsBackAsItWasPlanned() throws {
        let database = try AppDatabase.inMemory()
        try database.load(RandomScenarios.make(seed: 3, workers: 10, cases: 120, tight: true))
        var plan = Planner.plan(try database.scenario(), options: .quick)
        #expect(plan.waiting.count >= Self.details.count)
        for i in plan.waiting.indices { plan.waiting[i].detail = Self.details[i % Self.details.count] }
        let id = try database.saveDraft(plan, scenario: try database.scenario())
        #expect(try database.plan(id: id)?.waiting == plan.waiting)
    }

    @Test func aSentenceStoredByAnOlderVersionIsKept() throws {
        let database = try AppDatabase.inMemory()
        try database.load(RandomScenarios.make(seed: 4, workers: 10, cases: 60))
        let scenario = try database.scenario()
        let plan = Planner.plan(scenario, options: .quick)
        #expect(!plan.waiting.isEmpty)
        let id = try database.saveDraft(plan, scenario: scenario)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE plan_waiting SET detail = 'all 3 possible leads are at their caseload norm'")
        }
        let stored = try #require(try database.plan(id: id))
        #expect(stored.waiting.allSatisfy { $0.detail == .sentence("all 3 possible leads are at their caseload norm") })
    }

    /// A lock that cannot hold says why in both languages, and a stored plan keeps both.
    @Test(arguments: [UInt64(100), 101, 102, 103, 104, 105])
    func aLockThatCannotHoldSaysWhyInBothLanguages(seed: UInt64) throws {
        let database = try AppDatabase.inMemory()
        try database.load(RandomScenarios.make(seed: seed, workers: 18, cases: 140, tight: true))
        let scenario = try database.scenario()
        let plan = Planner.plan(scenario, options: .quick)
        let broken = plan.locks.filter { !$0.kept }
        #expect(!broken.isEmpty, "these tight regions hold locks that cannot hold")
        for note in broken {
            let text = try #require(note.reasonText)
            #expect(!text.nl.isEmpty && text.nl != text.en, "\(note.caseID): \(text.en)")
        }
        let id = try database.saveDraft(plan, scenario: scenario)
        #expect(try database.plan(id: id)?.locks == plan.locks)
    }

    @Test func aLockReasonStoredByAnOlderVersionReadsTheSameInBoth() throws {
        let database = try AppDatabase.inMemory()
        try database.load(RandomScenarios.make(seed: 100, workers: 18, cases: 140, tight: true))
        let scenario = try database.scenario()
        let plan = Planner.plan(scenario, options: .quick)
        let id = try database.saveDraft(plan, scenario: scenario)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE plan_locks SET reason = 'lead x is not registered' WHERE reason IS NOT NULL")
        }
        let stored = try #require(try database.plan(id: id))
        for note in stored.locks where !note.kept {
            #expect(note.reasonText == Text(nl: "lead x is not registered", en: "lead x is not registered"))
        }
    }
}
