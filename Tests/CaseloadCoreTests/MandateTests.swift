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

    /// The oracle keeps H11 on a hand-made team: a partner or supporter across a border passes
    /// only inside a network, a supporter only where that network shares support.
    @Test func theCheckerKeepsWhoMaySeeTheFamily() throws {
        let week = try #require(ISOWeek(parsing: "2026-W48"))
        var scenario = Scenario(
            week: week,
            organisations: [
                Organisation(id: "lt", name: "Local team", kind: .localTeam),
                Organisation(id: "jl", name: "JeugdLink", kind: .other, mandates: [.voluntary]),
                Organisation(id: "far", name: "Elsewhere", kind: .localTeam),
            ])
        let registered = week.monday.adding(days: 400)
        scenario.staff = [
            Worker(id: "lead", organisation: "lt", tasks: ["casework"], registeredUntil: registered, hours: 36),
            Worker(id: "duo", organisation: "jl", tasks: ["casework"], registeredUntil: registered, hours: 36),
            Worker(id: "stranger", organisation: "far", tasks: ["casework"], registeredUntil: registered, hours: 36),
            Worker(id: "admin-jl", organisation: "jl", tasks: ["admin"], hours: 36),
        ]
        scenario.cases = [
            Case(
                id: "fam-1", municipality: "ede", children: 1, framework: .voluntary, phase: .middle, priority: 2, duo: true,
                hours: ["casework": 4, "admin": 1])
        ]
        // Planned where JeugdLink shares families and support with the local team: the only
        // lawful duo partner and the only one who does admin are JeugdLink's.
        scenario.networks = [Network(id: "jeugdlink", organisations: ["lt", "jl"], sharedSupport: true)]
        let planned = Planner.plan(scenario, options: PlanOptions(maxMoves: 2_000))
        #expect(PlanChecker().violations(of: planned, in: scenario).isEmpty)
        let family = try #require(planned.assignments.first)
        #expect(family.partner == "duo" && family.tasks.contains { $0.worker == "admin-jl" })
        func rules(_ plan: Plan) -> [HardRule] { PlanChecker().violations(of: plan, in: scenario).map(\.rule) }
        // The same plan without shared support: the supporter crosses the border unlawfully.
        scenario.networks[0].sharedSupport = false
        #expect(rules(planned) == [.network])
        // With a partner of an organisation outside the network, the partner does too.
        var stranger = planned
        stranger.assignments[0].partner = "stranger"
        for t in stranger.assignments[0].tasks.indices where stranger.assignments[0].tasks[t].worker == "duo" {
            stranger.assignments[0].tasks[t].worker = "stranger"
        }
        #expect(rules(stranger) == [.network, .network])
        // No network at all: neither may see the family, and the planner lets it wait.
        scenario.networks = []
        #expect(rules(planned) == [.network, .network])
        let unlawful = Planner.plan(scenario, options: PlanOptions(maxMoves: 2_000))
        #expect(unlawful.assignments.isEmpty && unlawful.waiting.map(\.caseID) == ["fam-1"])
    }
}
