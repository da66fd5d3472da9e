import CaseloadCore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadReport

/// Why a family waits, said in the reader's language from the facts the planner found.
@Suite struct WaitingDetailTextTests {
    @Test func theNumbersReadAsEachLanguageWritesThem() {
        let detail = WaitingDetail.noRegisteredCapacity(leads: 9, needed: 6.25, fallback: 1.5, fallbackKinds: ["admin"], mostFree: 4.75)
        #expect(
            Texts.Waiting.detail(detail).nl
                == "9 mogelijke regievoerders binnen de norm; geen heeft 6,25 uur vrij (4,75 uur casuswerk + 1,5 uur administratie waar geen ondersteuner ruimte voor heeft); hoogstens 4,75 uur vrij"
        )
        #expect(
            Texts.Waiting.detail(detail).en
                == "9 possible leads within the norm; none has 6.25 h free (4.75 h casework + 1.5 h admin no supporter has room for); most free: 4.75 h"
        )
        let lost = WaitingDetail.leadLost(lead: "jbg-07", forced: .registrationLapsed, blocker: .caseloadNorm(leads: 1))
        #expect(
            Texts.Waiting.detail(lost).nl
                == "jbg-07 mag het gezin niet houden (SKJ-registratie verlopen); geen collega mag het overnemen: de enige mogelijke regievoerder zit aan de caseloadnorm"
        )
        #expect(Texts.Waiting.detail(.noMandatedLead(local: 4, municipality: "Ede", framework: .guardianship)).nl.hasSuffix("voor voogdij"))
    }

    /// Over generated tight regions: every waiting family's detail stands in the table in its
    /// language, and the JSON says it in English whatever the language.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func theWaitingListSaysItsDetailInTheReadersLanguage(seed: UInt64) throws {
        let scenario = RandomScenarios.make(seed: seed, workers: 12, cases: 60, tight: true)
        let plan = Planner.plan(scenario, options: .quick)
        #expect(!plan.waiting.isEmpty)
        let dutch = PlanReport(plan: plan, scenario: scenario, language: .nl).render()
        let english = PlanReport(plan: plan, scenario: scenario, language: .en).render()
        let json = PlanJSON.value(of: plan).pretty()
        for w in plan.waiting {
            let nl = Texts.Waiting.detail(w.detail).nl
            let en = Texts.Waiting.detail(w.detail).en
            #expect(nl != en, "\(w.detail)")
            #expect(dutch.contains(nl) && !dutch.contains(en), "\(w.caseID)")
            #expect(english.contains(en), "\(w.caseID)")
            #expect(json.contains(en.replacingOccurrences(of: "\"", with: "\\\"")), "\(w.caseID)")
            if case .sentence = w.detail { Issue.record("a planned detail is a fact, not a sentence") }
        }
    }
}
