import CaseloadCore
import CaseloadTestSupport
import Testing

/// A pin is refused exactly for the rules its people break, each with what would make it possible.
@Suite struct PinCheckTests {
    @Test(arguments: 0..<24 as Range<UInt64>)
    func aPinIsRefusedExactlyForTheRulesItsPeopleBreak(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: seed, workers: 12, cases: 30)
        let check = PinCheck(scenario: scenario)
        let monday = scenario.week.monday
        for c in scenario.cases {
            for w in scenario.staff {
                let problems = check.problems(caseID: c.id, lead: w.id, partner: nil)
                let rules = Set(problems.map(\.rule))
                let pinned = scenario.cases.filter {
                    $0.id != c.id && $0.lock && ($0.givenLead == w.id || ($0.duo && $0.givenPartner == w.id))
                }
                let capacity = scenario.capacity(of: w)
                let expected: [HardRule: Bool] = [
                    .registration: !w.isRegistered(on: monday),
                    .tasks: !w.tasks.contains(TaskKind.casework),
                    .skills: !c.skills.allSatisfy(w.skills.contains),
                    .municipality: !w.serves(c.municipality),
                    .mandate: !scenario.mandates(of: w).contains(c.framework),
                    .norm: pinned.count + 1 > capacity.maxCases || pinned.reduce(c.children, { $0 + $1.children }) > capacity.maxChildren,
                ]
                for (rule, broken) in expected {
                    #expect(rules.contains(rule) == broken, "\(c.id) → \(w.id): \(rule) \(broken ? "broken" : "kept") but \(problems)")
                }
                #expect(rules.isSubset(of: Set(expected.keys)))
                #expect(problems.allSatisfy { !$0.remedy.isEmpty })
            }
        }
    }

    @Test(arguments: 0..<12 as Range<UInt64>)
    func aPartnerIsRefusedForTheRulesOfADuo(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: seed, workers: 10, cases: 20)
        let check = PinCheck(scenario: scenario)
        let monday = scenario.week.monday
        for c in scenario.cases {
            let lead = scenario.staff[Int(seed) % scenario.staff.count]
            for p in scenario.staff {
                let rules = Set(check.problems(caseID: c.id, lead: lead.id, partner: p.id).map(\.rule))
                let alone = Set(check.problems(caseID: c.id, lead: lead.id, partner: nil).map(\.rule))
                if !c.duo {
                    #expect(rules.contains(.duo), "a partner on \(c.id), no duo")
                    continue
                }
                #expect(rules.contains(.network) == !scenario.mayShare(lead: lead.organisation, with: p.organisation))
                let registered = p.isRegistered(on: monday) && p.tasks.contains(TaskKind.casework)
                #expect(rules.contains(.registration) == (!registered || alone.contains(.registration)))
                let sameOrganisation = scenario.settings.duoAcrossOrganisations && p.organisation == lead.organisation
                #expect(rules.contains(.duo) == (p.id == lead.id || sameOrganisation))
            }
        }
    }

    @Test func unknownCodesAreNamed() throws {
        let scenario = RandomScenarios.make(seed: 1, workers: 4, cases: 3)
        let check = PinCheck(scenario: scenario)
        #expect(check.problems(caseID: "nope", lead: "w0", partner: nil).first?.message == "there is no family nope")
        #expect(check.problems(caseID: "c0", lead: "nobody", partner: nil).first?.message == "nobody is no worker")
        let dutch = try #require(check.problems(caseID: "c0", lead: "nobody", partner: nil).first)
        #expect(dutch.text(.nl) == "nobody is geen medewerker")
        #expect(dutch.remedyText(.nl) == "controleer de code, of importeer de medewerker eerst")
    }
}
