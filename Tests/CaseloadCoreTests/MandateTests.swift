import CaseloadCore
import CaseloadSearch
import Testing

/// Who may lead which framework (H10) and who may see a family across an organisation border
/// (H11), as the domain answers them: the kind's defaults, declarations over them, and networks,
/// over many generated networks.
@Suite struct MandateTests {
    @Test func defaultsFollowTheLaw() {
        // Only a GI carries out a child-protection measure; an investigation belongs to VT or the
        // Raad; voluntary help to the local team; "other" carries nothing unless declared.
        let measures: Set<Framework> = [.ots, .provisionalOts, .guardianship, .youthProbation]
        #expect(Set(Organisation.Kind.gi.defaultMandates) == measures)
        #expect(Organisation.Kind.veiligThuis.defaultMandates == [.vtInvestigation])
        #expect(Organisation.Kind.raad.defaultMandates == [.rvdkInvestigation])
        #expect(Organisation.Kind.localTeam.defaultMandates == [.voluntary])
        #expect(Organisation.Kind.other.defaultMandates.isEmpty)
        // Every framework has exactly one kind that carries it by default.
        for f in Framework.allCases {
            #expect(Organisation.Kind.allCases.filter { $0.defaultMandates.contains(f) }.count == 1, "\(f)")
        }
    }

    @Test func declarationsOverrideDefaultsAndAWorkersOwnOverridesTheOrganisations() throws {
        let week = try #require(ISOWeek(parsing: "2026-W48"))
        let scenario = Scenario(
            week: week,
            organisations: [
                Organisation(id: "gi", name: "GI", kind: .gi),
                Organisation(id: "jl", name: "JeugdLink", kind: .other, mandates: [.voluntary]),
            ])
        let plain = Worker(id: "a", organisation: "gi", tasks: ["casework"], hours: 36)
        var seconded = plain
        seconded.mandates = [.voluntary]
        let linked = Worker(id: "b", organisation: "jl", tasks: ["casework"], hours: 36)
        let stray = Worker(id: "c", organisation: "nowhere", tasks: ["casework"], hours: 36)
        #expect(scenario.mandates(of: plain) == Organisation.Kind.gi.defaultMandates)
        #expect(scenario.mandates(of: seconded) == [.voluntary])
        #expect(scenario.mandates(of: linked) == [.voluntary])
        #expect(scenario.mandates(of: stray).isEmpty)
    }

    @Test func sharingFollowsNetworks() throws {
        let week = try #require(ISOWeek(parsing: "2026-W48"))
        let ids = ["gi", "vt", "lt", "jl", "raad", "wss"]
        var g = SplitMix64(seed: 11)
        var shared = 0, supported = 0
        for _ in 0..<200 {
            var scenario = Scenario(week: week, organisations: ids.map { Organisation(id: $0, name: $0, kind: .other) })
            for n in 0..<g.index(3) {
                let members = ids.filter { _ in g.chance(40) }
                scenario.networks.append(Network(id: "n\(n)", organisations: members, sharedSupport: g.chance(50)))
            }
            for a in ids {
                #expect(scenario.mayShare(lead: a, with: a) && scenario.maySupport(lead: a, by: a))
                for b in ids where b != a {
                    let together = scenario.networks.filter { $0.organisations.contains(a) && $0.organisations.contains(b) }
                    // A border is crossed only inside a network holding both organisations, both ways.
                    #expect(scenario.mayShare(lead: a, with: b) == !together.isEmpty)
                    #expect(scenario.mayShare(lead: a, with: b) == scenario.mayShare(lead: b, with: a))
                    // Support crosses it only where such a network shares support.
                    #expect(scenario.maySupport(lead: a, by: b) == together.contains { $0.sharedSupport })
                    if scenario.maySupport(lead: a, by: b) { #expect(scenario.mayShare(lead: a, with: b)) }
                    if scenario.mayShare(lead: a, with: b) { shared += 1 }
                    if scenario.maySupport(lead: a, by: b) { supported += 1 }
                }
            }
        }
        #expect(shared > 100 && supported > 50, "\(shared) shared, \(supported) supported")
    }
}
