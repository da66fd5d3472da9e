import CaseloadSearch
import CaseloadTestSupport
import Testing

@testable import CaseloadCore

/// A small scenario in 2026-W48 (Monday 2026-11-23) with one organisation per role.
private func team() -> Scenario {
    var s = Scenario(week: ISOWeek(parsing: "2026-W48")!)
    s.organisations = [
        Organisation(id: "gi", name: "GI", kind: .gi), Organisation(id: "lt", name: "Local team", kind: .localTeam),
        Organisation(id: "sup", name: "Support", kind: .other),
    ]
    s.settings.caseworkShare = 1
    let until = Day(parsing: "2029-03-31")!
    s.staff = [
        Worker(id: "jb", organisation: "gi", tasks: ["casework", "admin"], registeredUntil: until, hours: 36),
        Worker(id: "lt", organisation: "lt", tasks: ["casework"], registeredUntil: until, hours: 18),
        Worker(id: "adm", organisation: "sup", tasks: ["admin", "legal"], hours: 10),
    ]
    // Phases of 3, 2 and 1 weeks, each lighter than the one before.
    s.caseTypes[.ots, .start] = CaseType(weeks: 3, hours: ["casework": 4, "admin": 1])
    s.caseTypes[.ots, .middle] = CaseType(weeks: 2, hours: ["casework": 2, "admin": 0.5])
    s.caseTypes[.ots, .end] = CaseType(weeks: 1, hours: ["casework": 1])
    return s
}

private func near(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

/// Per week, the hours per kind of all open families, as `FamilyCourse` says.
private func demandByWeek(_ s: Scenario, weeks: Int) -> [[String: Double]] {
    (0..<weeks).map { k in
        var total: [String: Double] = [:]
        for c in s.cases { for (kind, h) in s.course(of: c).hours(inWeek: k) { total[kind, default: 0] += h } }
        return total
    }
}

@Suite("Family course")
struct FamilyCourseTests {
    @Test func familyIsHalfwayThroughItsPhaseThenCloses() {
        let s = team()
        let course = s.course(of: Case(id: "f", municipality: "ede", framework: .ots, phase: .start))
        // ⌈3 / 2⌉ = 2 weeks of start, 2 of middle, 1 of end, then closed.
        #expect(course.openWeeks == 5)
        let casework = (0..<7).map { course.hours(inWeek: $0)["casework"] ?? 0 }
        #expect(casework == [4, 4, 2, 2, 1, 0, 0])
        #expect(course.stage(inWeek: 5) == nil)
        #expect(course.stage(inWeek: 4)?.phase == .end)
    }

    @Test func ownHoursHoldForTheCurrentPhaseOnly() {
        let s = team()
        let course = s.course(
            of: Case(id: "f", municipality: "ede", framework: .ots, phase: .middle, hours: ["casework": 7, "legal": 1]))
        #expect(course.hours(inWeek: 0) == ["casework": 7, "legal": 1])
        #expect(course.hours(inWeek: 1) == ["casework": 1])  // ⌈2 / 2⌉ = 1 week of middle, then end
        #expect(course.hours(inWeek: 2) == [:])
    }

    @Test func openEndedPhaseStaysOpen() {
        var s = team()
        s.caseTypes[.ots, .middle] = CaseType(weeks: nil, hours: ["casework": 2])
        let start = s.course(of: Case(id: "f", municipality: "ede", framework: .ots, phase: .start))
        #expect(start.openWeeks == nil)
        #expect(start.hours(inWeek: 500) == ["casework": 2])
        let middle = s.course(of: Case(id: "g", municipality: "ede", framework: .ots, phase: .middle))
        #expect(middle.stages.count == 1)
    }

    @Test func aPhaseOfNoWeeksStillHoldsThePlanningWeekAndIsSkippedLater() {
        var s = team()
        s.caseTypes[.ots, .start] = CaseType(weeks: 0, hours: ["casework": 4])
        s.caseTypes[.ots, .middle] = CaseType(weeks: 0, hours: ["casework": 2])
        let course = s.course(of: Case(id: "f", municipality: "ede", framework: .ots, phase: .start))
        #expect(course.openWeeks == 2)
        #expect((0..<3).map { course.hours(inWeek: $0)["casework"] ?? 0 } == [4, 1, 0])
    }

    @Test func builtInCaseTypesApplyWithoutTheScenariosOwn() {
        let s = Scenario(week: ISOWeek(parsing: "2026-W48")!)
        // Youth probation: start 4 weeks (2 left), middle 36, end 8.
        let course = s.course(of: Case(id: "f", municipality: "ede", framework: .youthProbation, phase: .start))
        #expect(course.openWeeks == 2 + 36 + 8)
        #expect(course.hours(inWeek: 0) == s.demand(of: Case(id: "f", municipality: "ede", framework: .youthProbation, phase: .start)))
    }
}

@Suite("Capacity outlook")
struct CapacityOutlookTests {
    @Test func needsFollowThePhasesAndTheFamilyCloses() throws {
        var s = team()
        s.cases = [Case(id: "f", municipality: "ede", framework: .ots, phase: .start, lead: "jb")]
        let outlook = CapacityOutlook(s, weeks: 7)
        let registered = try #require(outlook.pools.first)
        #expect(registered.id == "registered")
        #expect(registered.weeks.map(\.neededHours) == [4, 4, 2, 2, 1, 0, 0])
        #expect(registered.weeks.map(\.families) == [1, 1, 1, 1, 1, 0, 0])
        let admin = try #require(outlook.pools.first { $0.id == "admin" })
        #expect(admin.weeks.map(\.neededHours) == [1, 1, 0.5, 0.5, 0, 0, 0])
        #expect(admin.weeks.allSatisfy { $0.availableHours == 10 })
        #expect(outlook.shortPools.isEmpty)
        #expect(outlook.weekCount == 7)
        #expect(registered.weeks.map(\.week.description).prefix(3) == ["2026-W48", "2026-W49", "2026-W50"])
    }

    @Test func poolsAndFirstShortWeek() throws {
        var s = team()
        s.cases = (0..<12).map { Case(id: "f\($0)", municipality: "ede", framework: .ots, phase: .start, lead: "jb") }
        let outlook = CapacityOutlook(s, weeks: 4)
        let registered = try #require(outlook.pools.first)
        // 36 + 18 h against 12 × 4 h = 48 h: no shortage of casework; admin 12 h against 10.
        #expect(registered.weeks[0].availableHours == 54)
        #expect(registered.weeks[0].neededHours == 48)
        #expect(near(registered.weeks[0].fallbackHours, 2))
        #expect(registered.firstShortWeek == nil)
        let admin = try #require(outlook.pools.first { $0.id == "admin" })
        #expect(admin.firstShortWeek == s.week)
        #expect(outlook.shortPools.map(\.pool.id) == ["admin"])
        // Norm places: 9 × 36 / 36 + 9 × 18 / 36 = 9 + 4.
        #expect(registered.weeks[0].normPlaces == 13)
        #expect(registered.weeks[0].placesNeeded == 12)
        #expect(registered.firstOverNormWeek == nil)
        // No one needs or offers placement: no pool for it.
        #expect(!outlook.pools.contains { $0.id == "placement" })
    }

    @Test func organisationsCarryTheirPeoplesShares() throws {
        var s = team()
        s.settings.duoSplit = 0.6
        s.cases = [
            Case(
                id: "duo", municipality: "ede", framework: .ots, phase: .start, duo: true, lead: "jb", partner: "lt",
                supporters: ["admin": "adm"]),
            Case(id: "own", municipality: "ede", framework: .ots, phase: .start, hours: ["casework": 3, "legal": 2], lead: "lt"),
            Case(id: "waits", municipality: "ede", framework: .ots, phase: .start, duo: true),
        ]
        let outlook = CapacityOutlook(s, weeks: 1)
        func week(_ id: String) throws -> OutlookWeek { try #require(outlook.organisations.first { $0.id == id }?.weeks.first) }
        // duo: casework 4 split 2.4 / 1.6, admin 1 with its supporter; own: casework 3 and legal 2
        // (no supporter: the lead's); waits: 4 + 1, nobody holds it.
        #expect(near(try week("gi").neededHours, 2.4))
        #expect(near(try week("lt").neededHours, 1.6 + 3 + 2))
        #expect(near(try week("sup").neededHours, 1))
        #expect(near(try week("(unassigned)").neededHours, 5))
        #expect(try week("gi").availableHours == 36)
        #expect(try week("sup").availableHours == 10)
        #expect(try week("(unassigned)").availableHours == 0)
        #expect(try week("gi").families == 1)
        #expect(try week("lt").families == 1)
        #expect(try week("(unassigned)").families == 1)
        #expect(try week("lt").placesNeeded == 2)  // leads one, partners one
        #expect(try week("(unassigned)").placesNeeded == 2)
        #expect(try week("sup").normPlaces == 0)
        #expect(outlook.organisations.last?.kind == .unassigned)
    }

    @Test func noUnassignedRowWhenEveryFamilyIsHeld() {
        var s = team()
        s.cases = [Case(id: "f", municipality: "ede", framework: .ots, phase: .start, lead: "jb")]
        #expect(!CapacityOutlook(s, weeks: 3).organisations.contains { $0.kind == .unassigned })
    }

    @Test func absenceLowersExactlyThatWeek() throws {
        var s = team()
        let plain = CapacityOutlook(s, weeks: 5)
        // jb is away Monday to Friday of the third week.
        let monday = s.week.adding(weeks: 2).monday
        s.staff[0].absences = [Absence(from: monday, to: monday.adding(days: 4))]
        let absent = CapacityOutlook(s, weeks: 5)
        for (a, b) in zip(plain.pools + plain.organisations, absent.pools + absent.organisations) {
            for k in 0..<5 where k != 2 { #expect(a.weeks[k] == b.weeks[k]) }
        }
        #expect(plain.pools[0].weeks[2].availableHours - absent.pools[0].weeks[2].availableHours == 36)
        // Absent, jb keeps their families: the norm places stay.
        #expect(plain.pools[0].weeks[2].normPlaces == absent.pools[0].weeks[2].normPlaces)
    }

    @Test func leaverHasNoHoursAfterLeaving() throws {
        var s = team()
        // Last working day: Wednesday of the second week.
        s.staff[0].leaves = s.week.adding(weeks: 1).monday.adding(days: 2)
        let registered = try #require(CapacityOutlook(s, weeks: 4).pools.first)
        let expected: [Double] = [54, 18 + 36 * 3.0 / 5, 18, 18]
        #expect(zip(registered.weeks, expected).allSatisfy { near($0.availableHours, $1) }, "\(registered.weeks.map(\.availableHours))")
        #expect(registered.weeks.map(\.normPlaces) == [13, 13, 4, 4])
        #expect(registered.weeks.map(\.workers) == [2, 2, 1, 1])
    }

    @Test func lapsedRegistrationMovesAWorkerToTheSupporters() throws {
        var s = team()
        // jb lists casework and admin; registered until the second week's Sunday.
        s.staff[0].registeredUntil = s.week.adding(weeks: 1).monday.adding(days: 6)
        let outlook = CapacityOutlook(s, weeks: 3)
        #expect(outlook.pools[0].weeks.map(\.availableHours) == [54, 54, 18])
        let admin = try #require(outlook.pools.first { $0.id == "admin" })
        #expect(admin.weeks.map(\.availableHours) == [10, 10, 46])
    }

    @Test func newColleagueRampsUp() throws {
        var s = team()
        s.staff[1].started = s.week.adding(weeks: 2).monday
        let registered = try #require(CapacityOutlook(s, weeks: 3).pools.first)
        #expect(registered.weeks.map(\.availableHours) == [36, 36, 36 + 18 * 0.5])
        #expect(registered.weeks.map(\.normPlaces) == [9, 9, 13])
    }

    @Test func shortMeansShortByAtLeastATenthOfAnHour() {
        let week = ISOWeek(parsing: "2026-W48")!
        #expect(!OutlookWeek(week: week, availableHours: 10, neededHours: 10.04).isShort)
        #expect(OutlookWeek(week: week, availableHours: 10, neededHours: 10.06).isShort)
        #expect(OutlookWeek(week: week, availableHours: 10, neededHours: 9, fallbackHours: 1.1).isShort)
    }

    // MARK: properties over generated scenarios

    @Test(arguments: 0..<40)
    func totalsAddUpOverWorkersFamiliesAndOrganisations(seed: Int) throws {
        let s = RandomScenarios.make(seed: UInt64(seed), workers: 14, cases: 30)
        let weeks = 10
        let outlook = CapacityOutlook(s, weeks: weeks)
        let kinds = s.allTaskKinds
        let registeredKinds = Set(kinds.filter(\.registered).map(\.id))
        let demand = demandByWeek(s, weeks: weeks)
        let registered = outlook.pools[0]
        let unassigned = outlook.organisations.first { $0.kind == .unassigned }
        for k in 0..<weeks {
            var moved = s
            moved.week = s.week.adding(weeks: k)
            let capacities = s.staff.map { moved.capacity(of: $0) }
            let leads = s.staff.indices.filter { capacities[$0].registered && s.staff[$0].tasks.contains("casework") }
            #expect(near(registered.weeks[k].availableHours, leads.reduce(0) { $0 + capacities[$1].availableHours }))
            #expect(
                near(outlook.organisations.reduce(0) { $0 + $1.weeks[k].availableHours }, capacities.reduce(0) { $0 + $1.availableHours }))
            for pool in outlook.pools.dropFirst() {
                let members = s.staff.indices.filter { !capacities[$0].registered && s.staff[$0].tasks.contains(pool.id) }
                #expect(near(pool.weeks[k].availableHours, members.reduce(0) { $0 + capacities[$1].availableHours }))
                #expect(near(pool.weeks[k].neededHours, demand[k][pool.id] ?? 0))
            }
            #expect(near(registered.weeks[k].neededHours, demand[k].filter { registeredKinds.contains($0.key) }.values.reduce(0, +)))
            // Every hour needed is held by one organisation or by nobody.
            let pooled = outlook.pools.reduce(0) { $0 + $1.weeks[k].neededHours }
            #expect(near(outlook.organisations.reduce(0) { $0 + $1.weeks[k].neededHours }, pooled))
            #expect(outlook.organisations.reduce(0) { $0 + $1.weeks[k].families } == registered.weeks[k].families)
            #expect(outlook.organisations.reduce(0) { $0 + $1.weeks[k].placesNeeded } == registered.weeks[k].placesNeeded)
            #expect(outlook.organisations.reduce(0) { $0 + $1.weeks[k].normPlaces } == registered.weeks[k].normPlaces)
            #expect(unassigned.map { $0.weeks[k].availableHours } ?? 0 == 0)
        }
        // Families only close: the count never rises.
        #expect(zip(registered.weeks, registered.weeks.dropFirst()).allSatisfy { $0.families >= $1.families })
    }

    @Test(arguments: 0..<40)
    func planningWeekNeedsWhatDemandSays(seed: Int) throws {
        let s = RandomScenarios.make(seed: UInt64(seed) + 100, workers: 10, cases: 40)
        let outlook = CapacityOutlook(s, weeks: 1)
        var total: [String: Double] = [:]
        for c in s.cases { for (kind, h) in s.demand(of: c) { total[kind, default: 0] += h } }
        let registeredKinds = Set(s.allTaskKinds.filter(\.registered).map(\.id))
        #expect(near(outlook.pools[0].weeks[0].neededHours, total.filter { registeredKinds.contains($0.key) }.values.reduce(0, +)))
        for pool in outlook.pools.dropFirst() { #expect(near(pool.weeks[0].neededHours, total[pool.id] ?? 0)) }
        #expect(outlook.pools[0].weeks[0].families == s.cases.count)
        #expect(outlook.pools[0].weeks[0].placesNeeded == s.cases.count + s.cases.filter(\.duo).count)
    }

    /// With no family's own hours and case types that never get heavier from phase to phase,
    /// what each pool needs never rises.
    @Test(arguments: 0..<30)
    func needsNeverRiseWhenNoPhaseIsHeavier(seed: Int) throws {
        var s = RandomScenarios.make(seed: UInt64(seed) + 200, workers: 8, cases: 40)
        for i in s.cases.indices { s.cases[i].hours = nil }
        var table = CaseTypeTable(entries: [:])
        var rng = SplitMix64(seed: UInt64(seed))
        for framework in Framework.allCases {
            var ceiling: [String: Double] = [:]
            for (p, phase) in Phase.allCases.enumerated() {
                let base = CaseTypeTable.defaults[framework, phase]!
                var hours: [String: Double] = [:]
                for (kind, h) in base.hours { hours[kind] = p == 0 ? h : min(h, ceiling[kind] ?? 0) }
                ceiling = hours
                let weeks: Int? = Int.random(in: 0..<5, using: &rng) == 0 ? nil : Int.random(in: 0...6, using: &rng)
                table[framework, phase] = CaseType(weeks: weeks, hours: hours)
            }
        }
        s.caseTypes = table
        let outlook = CapacityOutlook(s, weeks: 16)
        for pool in outlook.pools {
            for (a, b) in zip(pool.weeks, pool.weeks.dropFirst()) {
                #expect(b.neededHours <= a.neededHours + 1e-9, "\(pool.id) \(b.week): \(b.neededHours) after \(a.neededHours)")
            }
        }
    }

    @Test(arguments: 0..<40)
    func fallbackLiesBetweenItsBounds(seed: Int) throws {
        let s = RandomScenarios.make(seed: UInt64(seed) + 300, workers: 12, cases: 40, tight: seed % 2 == 0)
        let outlook = CapacityOutlook(s, weeks: 6)
        for k in 0..<6 {
            let fallback = outlook.pools[0].weeks[k].fallbackHours
            let supporters = outlook.pools.dropFirst()
            let delegable = supporters.reduce(0) { $0 + $1.weeks[k].neededHours }
            // Never more than is delegable; at least every kind's own excess.
            #expect(fallback >= 0 && fallback <= delegable + 1e-6)
            #expect(fallback >= supporters.reduce(0) { $0 + max(0, $1.weeks[k].neededHours - $1.weeks[k].availableHours) } - 0.01)
            if supporters.allSatisfy({ $0.weeks[k].neededHours == 0 }) { #expect(fallback == 0) }
        }
    }
}
