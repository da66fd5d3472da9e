/// Week by week from the planning week: the hours the team has against the hours its open
/// families need, per pool and per organisation (`caseload capacity`, docs/commands.md).
///
/// - Available hours are `Scenario.capacity(of:)` in each week, so absences, ramp-up, leavers
///   and registrations that run out all count. Overload allowance is not counted.
/// - Needed hours follow each family's `FamilyCourse`; with `arrivals`, new families arrive at
///   those weekly rates (a whole family whenever the running expected count passes one), start
///   at the beginning of their course and are held by nobody yet (`unassigned`).
/// - Pools: `registered` (registered workers who may do casework) against the registered task
///   kinds, plus the delegable hours supporters cannot take (`DelegationFlow`), which fall back
///   to the lead (rule H8); one pool per delegable kind (supporters listing it) against its hours.
///   A supporter who lists several kinds counts in each of their pools; the fallback says what
///   they cannot take together.
/// - Organisations: their workers' hours against the hours of the families their people
///   currently hold: the lead's and partner's casework shares (`duo_split`), the lead's other
///   registered kinds, each delegable kind with its current supporter, else with the lead.
///   What nobody holds (no current lead, or a duo without a partner) is `unassigned`.
public struct CapacityOutlook: Hashable, Sendable {
    /// The planning week: the first week of the outlook.
    public let start: ISOWeek
    /// The number of weeks.
    public let weekCount: Int
    /// The registered pool first, then one pool per delegable kind that has hours or people.
    public let pools: [CapacitySeries]
    /// Every organisation, then `unassigned` when anything is.
    public let organisations: [CapacitySeries]
    /// New families a week per framework counted in (empty: none arrive).
    public let arrivals: [Framework: Double]

    /// Computes the outlook of `scenario` over `weeks` weeks from its week, with `arrivals` new
    /// families a week per framework.
    public init(_ scenario: Scenario, weeks: Int, arrivals: [Framework: Double] = [:]) {
        start = scenario.week
        weekCount = max(0, weeks)
        self.arrivals = arrivals.filter { $0.value > 0 }
        let kinds = scenario.allTaskKinds
        let registeredKinds = Set(kinds.filter(\.registered).map(\.id))
        let delegableKinds = kinds.filter { !$0.registered }.map(\.id)
        let delegableIndex = Dictionary(delegableKinds.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        var organisationIDs = scenario.organisations.map(\.id)
        var names = scenario.organisations.map(\.name)
        var organisationIndex = Dictionary(organisationIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for w in scenario.staff where organisationIndex[w.organisation] == nil {
            organisationIndex[w.organisation] = organisationIDs.count
            organisationIDs.append(w.organisation)
            names.append(w.organisation)
        }
        let unassigned = organisationIDs.count
        var organisationOf: [String: Int] = [:]
        for w in scenario.staff { organisationOf[w.id] = organisationIndex[w.organisation] }
        let holdings = scenario.cases.map {
            Holding($0, organisationOf: organisationOf, unassigned: unassigned, registeredKinds: registeredKinds, scenario.settings)
        }
        let courses = scenario.cases.map { scenario.course(of: $0) }
        // Expected arrivals as whole families, deterministic: week k brings the families by which
        // the rounded running total λ·(k + 1) exceeds λ·k.
        var arriving: [(week: Int, course: FamilyCourse)] = []
        for framework in Framework.allCases {
            guard let rate = arrivals[framework], rate > 0 else { continue }
            let course = scenario.newCourse(of: framework)
            for k in 0..<max(0, weeks) {
                let count = Int((rate * Double(k + 1)).rounded()) - Int((rate * Double(k)).rounded())
                for _ in 0..<max(0, count) { arriving.append((k, course)) }
            }
        }

        var registeredWeeks: [OutlookWeek] = []
        var kindWeeks = [[OutlookWeek]](repeating: [], count: delegableKinds.count)
        var organisationWeeks = [[OutlookWeek]](repeating: [], count: unassigned + 1)
        for k in 0..<weekCount {
            var moved = scenario
            moved.week = start.adding(weeks: k)
            let week = moved.week
            var registered = OutlookWeek(week: week)
            var pools = delegableKinds.map { _ in OutlookWeek(week: week) }
            var organisations = (0...unassigned).map { _ in OutlookWeek(week: week) }
            var supporters: [DelegationFlow.Supporter] = []

            for w in scenario.staff {
                let capacity = moved.capacity(of: w)
                let hours = capacity.availableHours
                let present = hours > 0 ? 1 : 0
                let o = organisationOf[w.id]!
                organisations[o].availableHours += hours
                organisations[o].workers += present
                if capacity.registered {
                    guard w.tasks.contains(TaskKind.casework) else { continue }
                    registered.availableHours += hours
                    registered.workers += present
                    // Absence keeps a worker's families; not having started or having left does not.
                    let places = capacity.baseHours > 0 ? capacity.maxCases : 0
                    registered.normPlaces += places
                    organisations[o].normPlaces += places
                } else {
                    let listed = Set(w.tasks.filter { delegableIndex[$0] != nil })
                    for kind in listed {
                        pools[delegableIndex[kind]!].availableHours += hours
                        pools[delegableIndex[kind]!].workers += present
                    }
                    supporters.append(DelegationFlow.Supporter(kinds: listed, hours: hours))
                }
            }

            var delegableNeed: [String: Double] = [:]
            // One family's week: its hours to the pools, and to organisations by `shares`.
            func need(_ stage: FamilyCourse.Stage, shares: (String) -> [(Int, Double)]) {
                for (kind, hours) in stage.hours.sorted(by: { $0.key < $1.key }) {
                    if registeredKinds.contains(kind) {
                        registered.neededHours += hours
                    } else if let j = delegableIndex[kind] {
                        pools[j].neededHours += hours
                        delegableNeed[kind, default: 0] += hours
                    } else {
                        continue  // a kind the scenario does not know; validation refuses it
                    }
                    for (o, share) in shares(kind) { organisations[o].neededHours += hours * share }
                }
            }
            for (c, course) in courses.enumerated() {
                guard let stage = course.stage(inWeek: k) else { continue }
                let holding = holdings[c]
                registered.families += 1
                registered.placesNeeded += holding.duo ? 2 : 1
                organisations[holding.lead].families += 1
                organisations[holding.lead].placesNeeded += 1
                if holding.duo { organisations[holding.partner].placesNeeded += 1 }
                need(stage) { holding.shares(of: $0) }
            }
            for (arrived, course) in arriving where arrived <= k {
                guard let stage = course.stage(inWeek: k - arrived) else { continue }
                registered.families += 1
                registered.placesNeeded += 1
                organisations[unassigned].families += 1
                organisations[unassigned].placesNeeded += 1
                need(stage) { _ in [(unassigned, 1)] }
            }
            registered.fallbackHours = DelegationFlow(demand: delegableNeed, supporters: supporters).fallbackHours

            registeredWeeks.append(registered)
            for j in pools.indices { kindWeeks[j].append(pools[j]) }
            for o in organisations.indices { organisationWeeks[o].append(organisations[o]) }
        }

        var pools = [CapacitySeries(kind: .registered, name: "registered", weeks: registeredWeeks)]
        for (j, kind) in delegableKinds.enumerated()
        where kindWeeks[j].contains(where: { $0.neededHours > 0 || $0.availableHours > 0 }) {
            pools.append(CapacitySeries(kind: .delegable(kind), name: kind, weeks: kindWeeks[j]))
        }
        self.pools = pools
        var organisations = organisationIDs.indices.map {
            CapacitySeries(kind: .organisation(organisationIDs[$0]), name: names[$0], weeks: organisationWeeks[$0])
        }
        if organisationWeeks[unassigned].contains(where: { $0.neededHours > 0 || $0.families > 0 || $0.placesNeeded > 0 }) {
            organisations.append(CapacitySeries(kind: .unassigned, name: "(unassigned)", weeks: organisationWeeks[unassigned]))
        }
        self.organisations = organisations
    }

    /// The pools that run short within the outlook, with their first short week.
    public var shortPools: [(pool: CapacitySeries, week: ISOWeek)] {
        pools.compactMap { pool in pool.firstShortWeek.map { (pool, $0) } }
    }

    /// Which organisation does which share of a family's hours, by its current people.
    struct Holding: Hashable, Sendable {
        let duo: Bool
        /// Organisation index of the lead (or `unassigned`).
        let lead: Int
        /// Organisation index of a duo's partner (or `unassigned`).
        let partner: Int
        /// Organisation index of the current supporter per delegable kind.
        let supporters: [String: Int]
        let registeredKinds: Set<String>
        let leadShare: Double

        init(_ c: Case, organisationOf: [String: Int], unassigned: Int, registeredKinds: Set<String>, _ settings: Settings) {
            duo = c.duo
            lead = c.lead.flatMap { organisationOf[$0] } ?? unassigned
            partner = c.partner.flatMap { organisationOf[$0] } ?? unassigned
            supporters = c.supporters.compactMapValues { organisationOf[$0] }
            self.registeredKinds = registeredKinds
            leadShare = settings.duoSplit
        }

        func shares(of kind: String) -> [(Int, Double)] {
            if kind == TaskKind.casework && duo { return [(lead, leadShare), (partner, 1 - leadShare)] }
            if registeredKinds.contains(kind) { return [(lead, 1)] }
            return [(supporters[kind] ?? lead, 1)]
        }
    }
}
