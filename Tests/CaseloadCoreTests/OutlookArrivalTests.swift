import Testing

@testable import CaseloadCore

/// `CapacityOutlook` with expected arrivals: whole families at the given rate, from the start
/// of their course, held by nobody yet.
@Suite struct OutlookArrivalTests {
    static func team() -> Scenario {
        var scenario = Scenario(name: "t", week: ISOWeek(year: 2026, week: 10)!)
        scenario.organisations = [Organisation(id: "gi", name: "GI", kind: .gi)]
        scenario.staff = [
            Worker(
                id: "w1", organisation: "gi", tasks: ["casework", "admin"], registeredUntil: Day(year: 2099, month: 1, day: 1), hours: 36)
        ]
        scenario.caseTypes[.ots, .start] = CaseType(weeks: 2, hours: ["casework": 5, "admin": 1])
        scenario.caseTypes[.ots, .middle] = CaseType(weeks: 3, hours: ["casework": 2])
        scenario.caseTypes[.ots, .end] = CaseType(weeks: 1, hours: ["casework": 1])
        return scenario
    }

    @Test func arrivalsAddWholeFamiliesAndTheirHours() throws {
        let weeks = 10
        let outlook = CapacityOutlook(Self.team(), weeks: weeks, arrivals: [.ots: 1.5])
        let registered = try #require(outlook.pools.first)
        let unassigned = try #require(outlook.organisations.first { $0.kind == .unassigned })
        // By week k, round(1.5 (k + 1)) families have arrived; each stays 6 weeks.
        func arrived(_ k: Int) -> Int { Int((1.5 * Double(k + 1)).rounded()) }
        for k in 0..<weeks {
            var families = 0
            var casework = 0.0
            for j in 0...k {
                let n = arrived(j) - (j == 0 ? 0 : arrived(j - 1))
                let age = k - j
                guard age < 6 else { continue }
                families += n
                casework += Double(n) * (age < 2 ? 5 : age < 5 ? 2 : 1)
            }
            #expect(registered.weeks[k].families == families, "week \(k)")
            #expect(abs(registered.weeks[k].neededHours - casework) < 1e-9, "week \(k)")
            #expect(unassigned.weeks[k].families == families)
        }
        #expect(arrived(weeks - 1) == 15)
        #expect(outlook.arrivals == [.ots: 1.5])
    }

    @Test func noArrivalsChangeNothing() {
        var scenario = Self.team()
        scenario.cases = [Case(id: "f1", municipality: "ede", framework: .ots, phase: .start, lead: "w1")]
        #expect(CapacityOutlook(scenario, weeks: 6) == CapacityOutlook(scenario, weeks: 6, arrivals: [.ots: 0]))
    }
}
