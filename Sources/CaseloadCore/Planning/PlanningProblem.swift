/// A scenario compiled for planning: dense indices, bit sets and integer millihours, so that
/// the planner's inner loops compare integers and sums of hours are exact.
///
/// A class, though it never changes once compiled: the search reads it from inside mutating
/// methods millions of times a second, and there a struct this large (the scenario inline)
/// would be copied for each call of one of its methods, a cost paid on every move.
public final class PlanningProblem: Sendable {
    /// Hours are planned in thousandths of an hour.
    public static let unitsPerHour = 1000

    /// A worker as the planner sees them.
    public struct WorkerInfo: Sendable {
        public let id: String
        public let organisation: Int
        public let registered: Bool
        /// Bit `k` set: may do task kind `k` (rule H2).
        public let taskMask: UInt64
        public let skills: Set<Int>
        /// `nil`: the whole region.
        public let municipalities: Set<Int>?
        public let capacity: Capacity
        /// Units that may be planned (rule H3), rounded down. A worker away for a few days
        /// (`Capacity.standInHours`) may hold their families of record as if present, as
        /// stand-ins cover the absent share; new work only within what they really have.
        public internal(set) var limit: Int
        /// May lead or partner: registered and allowed casework.
        public let mayLead: Bool
        /// Contract hours as a share of a full-time week: the worker's weight in S4.
        public let fte: Double
        /// Bit `f` set: may lead a family in framework `f` (index in `Framework.allCases`; rule H10).
        public let mandates: UInt16

        /// Whether the worker may do task kind `kind`.
        public func does(_ kind: Int) -> Bool { taskMask & (1 << UInt64(kind)) != 0 }
        /// Whether the worker serves municipality `m`.
        public func serves(_ m: Int) -> Bool { municipalities?.contains(m) ?? true }
    }

    /// One task kind's weekly hours on a case.
    public struct Demand: Sendable, Hashable {
        public let kind: Int
        public let units: Int
    }

    /// A case as the planner sees it.
    public struct CaseInfo: Sendable {
        public let id: String
        public let municipality: Int
        public let children: Int
        public let priority: Int
        public let duo: Bool
        public let skills: [Int]
        /// The framework's index in `Framework.allCases` (rule H10).
        public let framework: Int
        /// Casework units done by the lead (all of it, or the lead's duo share).
        public let leadCasework: Int
        /// Casework units done by the partner of a duo.
        public let partnerCasework: Int
        /// Registered kinds other than casework: the lead does them.
        public let registeredTasks: [Demand]
        /// Delegable kinds: a supporter, else the lead, else the partner.
        public let delegableTasks: [Demand]
        /// Bits of every registered kind the lead must be allowed (casework always).
        public let leadKindMask: UInt64
        public let currentLead: Int?
        public let currentPartner: Int?
        /// Current supporter per delegable kind.
        public let currentSupporters: [Int: Int]
        public let weeksWaiting: Int
        public let lock: Bool
        /// The lead a lock keeps (`Case.givenLead`).
        public let givenLead: Int?
        /// The partner a lock keeps (`Case.givenPartner`).
        public let givenPartner: Int?
        /// S1 weight of this family waiting.
        public let waitingFactor: Double
        /// Position in the construction order: urgent and longest-waiting first.
        public let rank: Int

        /// All units the lead does when nothing falls back to them.
        public var leadUnits: Int { leadCasework + registeredTasks.reduce(0) { $0 + $1.units } }
    }

    /// The scenario this was compiled from.
    public let scenario: Scenario
    public let kinds: [TaskKind]
    public let kindIndex: [String: Int]
    public let caseworkKind: Int
    public let workers: [WorkerInfo]
    public let workerIndex: [String: Int]
    public let cases: [CaseInfo]
    public let municipalities: [String]
    public let skills: [String]
    /// Who may take which role before hours and norms.
    public let candidates: Candidates
    /// Per lead organisation, bit `k` set: some supporter (not registered, with hours) who may
    /// see that organisation's families (H11) may do kind `k`, so delegable hours of that kind
    /// done by registered workers count in S3.
    public let supportedKinds: [UInt64]
    /// H5's setting: a duo's partner is of another organisation than its lead.
    public let duoAcrossOrganisations: Bool
    /// The organisations' ids, by the index `WorkerInfo.organisation` holds.
    public let organisations: [String]
    /// How many organisations there are.
    public var organisationCount: Int { organisations.count }
    /// H11, per lead organisation × other organisation (`lead * organisationCount + other`):
    /// a worker of `other` may see a family led from `lead` as its duo partner.
    package let sharesFamily: [Bool]
    /// H11 likewise for supporters: the same organisation, or a network that shares support.
    package let sharesSupport: [Bool]
    /// Per worker, `leaving` or `absent` when they leave this week or are away too long for
    /// stand-ins (`Scenario.forcedAway`): their families change hands, and they take no new ones.
    package let forcedAway: [HandoverReason?]
    /// `organisations.count`, kept apart: the search reads it in its innermost checks.
    let organisationStride: Int

    /// What the search reads of a worker millions of times, free of reference-counted fields
    /// so that reading one retains nothing. Inside the package only, as the search's figures.
    package struct WorkerFigures: Sendable {
        public let limit: Int
        public let maxCases: Int
        public let maxChildren: Int
        public let taskMask: UInt64
        public let organisation: Int
        public let registered: Bool
        public let mayLead: Bool

        /// Whether the worker may do task kind `kind`.
        public func does(_ kind: Int) -> Bool { taskMask & (1 << UInt64(kind)) != 0 }
    }

    /// What the search reads of a case millions of times; its delegable tasks are the slots
    /// `firstTask ..< firstTask + taskCount` of the problem's flat task arrays. Inside the
    /// package only: "none" is -1 here, as an optional would make every case's figures wider
    /// in the search's innermost loops; `CaseInfo` is the view with optionals.
    package struct CaseFigures: Sendable {
        public let leadUnits: Int
        public let partnerUnits: Int
        public let children: Int
        public let municipality: Int
        public let duo: Bool
        /// -1: none.
        public let currentLead: Int
        /// -1: none.
        public let currentPartner: Int
        public let waitingFactor: Double
        public let firstTask: Int
        public let taskCount: Int
    }

    /// Per worker, the search's figures.
    package let workerFigures: [WorkerFigures]
    /// Per case, the search's figures.
    package let caseFigures: [CaseFigures]
    /// Per delegable task slot: kind, units and current supporter (-1: none).
    package let taskKind: [Int]
    package let taskUnits: [Int]
    package let taskCurrent: [Int]

    /// A case's weekly demand in units, split as the planner needs it.
    struct CompiledDemand {
        var casework: Int
        var registered: [Demand]
        var delegable: [Demand]
        var leadMask: UInt64
    }

    struct CaseTypeKey: Hashable {
        var framework: Framework
        var phase: Phase
    }

    /// Compiles a validated scenario.
    public init(_ scenario: Scenario) {
        self.scenario = scenario
        let kinds = scenario.allTaskKinds
        self.kinds = kinds
        var kindIndex: [String: Int] = [:]
        for (i, k) in kinds.enumerated() { kindIndex[k.id] = i }
        self.kindIndex = kindIndex
        caseworkKind = kindIndex[TaskKind.casework]!

        var municipalityIndex: [String: Int] = [:]
        var skillIndex: [String: Int] = [:]
        func intern(_ s: String, _ table: inout [String: Int]) -> Int {
            if let i = table[s] { return i }
            table[s] = table.count
            return table.count - 1
        }
        var organisationIndex: [String: Int] = [:]
        for o in scenario.organisations { _ = intern(o.id, &organisationIndex) }

        let settings = scenario.settings
        let casework = caseworkKind
        var workerIndex: [String: Int] = [:]
        var workers = scenario.staff.enumerated().map { i, w in
            workerIndex[w.id] = i
            let capacity = scenario.capacity(of: w)
            var mask: UInt64 = 0
            for t in w.tasks { if let k = kindIndex[t] { mask |= 1 << UInt64(k) } }
            let registered = capacity.registered
            // A worker who is not registered may still list registered kinds; H1 forbids them.
            if !registered { for (k, kind) in kinds.enumerated() where kind.registered { mask &= ~(1 << UInt64(k)) } }
            return WorkerInfo(
                id: w.id, organisation: intern(w.organisation, &organisationIndex), registered: registered,
                taskMask: mask, skills: Set(w.skills.map { intern($0, &skillIndex) }),
                municipalities: w.municipalities.map { Set($0.map { intern($0, &municipalityIndex) }) },
                capacity: capacity,
                limit: Int((capacity.limitHours * Double(Self.unitsPerHour) + 1e-6).rounded(.down)),
                mayLead: registered && mask & (1 << UInt64(casework)) != 0,
                fte: settings.fteHours > 0 ? max(0, w.hours) / settings.fteHours : 1,
                mandates: scenario.mandates(of: w).reduce(0) { $0 | Self.bit($1) }
            )
        }
        self.workerIndex = workerIndex
        duoAcrossOrganisations = settings.duoAcrossOrganisations
        let organisations = organisationIndex.sorted { $0.value < $1.value }.map(\.key)
        self.organisations = organisations
        organisationStride = organisations.count
        sharesFamily = organisations.flatMap { lead in organisations.map { scenario.mayShare(lead: lead, with: $0) } }
        sharesSupport = organisations.flatMap { lead in organisations.map { scenario.maySupport(lead: lead, by: $0) } }

        let monday = scenario.week.monday
        let order = scenario.cases.indices.sorted { a, b in
            let x = scenario.cases[a], y = scenario.cases[b]
            if x.lock != y.lock { return x.lock }
            if x.priority != y.priority { return x.priority < y.priority }
            let wx = x.waitingSince ?? monday, wy = y.waitingSince ?? monday
            if wx != wy { return wx < wy }
            return x.id < y.id
        }
        var rank = [Int](repeating: 0, count: scenario.cases.count)
        for (r, c) in order.enumerated() { rank[c] = r }

        // A family's hours are its own or its case type's; most families have a case type's, so
        // those are compiled once per framework and phase.
        func compile(_ demand: [String: Double]) -> CompiledDemand {
            var compiled = CompiledDemand(casework: 0, registered: [], delegable: [], leadMask: 1 << UInt64(casework))
            for (kindID, hours) in demand.sorted(by: { $0.key < $1.key }) {
                guard let k = kindIndex[kindID] else { continue }
                let units = Int((hours * Double(Self.unitsPerHour)).rounded())
                guard units > 0 else { continue }
                if k == casework {
                    compiled.casework = units
                } else if kinds[k].registered {
                    compiled.registered.append(Demand(kind: k, units: units))
                    compiled.leadMask |= 1 << UInt64(k)
                } else {
                    compiled.delegable.append(Demand(kind: k, units: units))
                }
            }
            return compiled
        }
        var typeDemand: [CaseTypeKey: CompiledDemand] = [:]
        cases = scenario.cases.enumerated().map { i, c in
            let type = c.hours == nil ? CaseTypeKey(framework: c.framework, phase: c.phase) : nil
            let demand = type.flatMap { typeDemand[$0] } ?? compile(scenario.demand(of: c))
            if let type { typeDemand[type] = demand }
            let (registeredTasks, delegableTasks) = (demand.registered, demand.delegable)
            let (caseworkUnits, leadMask) = (demand.casework, demand.leadMask)
            let leadCasework =
                c.duo ? Int((Double(caseworkUnits) * settings.duoSplit).rounded()) : caseworkUnits
            var supporters: [Int: Int] = [:]
            for (kind, worker) in c.supporters {
                if let k = kindIndex[kind], let w = workerIndex[worker] { supporters[k] = w }
            }
            let weeks = c.waitingSince.map { max(0, (monday.ordinal - $0.ordinal) / 7) } ?? 0
            return CaseInfo(
                id: c.id, municipality: intern(c.municipality, &municipalityIndex), children: c.children,
                priority: c.priority, duo: c.duo, skills: c.skills.map { intern($0, &skillIndex) },
                framework: Framework.allCases.firstIndex(of: c.framework)!,
                leadCasework: leadCasework, partnerCasework: caseworkUnits - leadCasework,
                registeredTasks: registeredTasks, delegableTasks: delegableTasks, leadKindMask: leadMask,
                currentLead: c.lead.flatMap { workerIndex[$0] }, currentPartner: c.partner.flatMap { workerIndex[$0] },
                currentSupporters: supporters, weeksWaiting: weeks, lock: c.lock,
                givenLead: c.givenLead.flatMap { workerIndex[$0] }, givenPartner: c.givenPartner.flatMap { workerIndex[$0] },
                waitingFactor: Score.waitingFactor(priority: c.priority, weeksWaiting: weeks), rank: rank[i]
            )
        }
        // Families stay with a worker who is away for a few days: the limit covers their
        // families of record, up to the hours they would have had without the absence.
        var recordUnits = [Int](repeating: 0, count: workers.count)
        for info in cases {
            // The lead's share with every delegable task, which falls back to them when no
            // supporter has room.
            if let lead = info.currentLead {
                recordUnits[lead] += info.leadUnits + info.delegableTasks.reduce(0) { $0 + $1.units }
            }
            if info.duo, let partner = info.currentPartner { recordUnits[partner] += info.partnerCasework }
        }
        // Leaving this week, or away too long for stand-ins: their families change hands, and a
        // family given to them now would change hands again next week.
        let forcedAway = scenario.staff.map { scenario.forcedAway($0) }
        self.forcedAway = forcedAway
        for w in workers.indices where forcedAway[w] != nil { workers[w].limit = 0 }
        for w in workers.indices where workers[w].capacity.standInHours > 0 && workers[w].mayLead && forcedAway[w] == nil {
            let capacity = workers[w].capacity
            let present = (capacity.availableHours + capacity.standInHours) * (1 + max(0, settings.overloadAllowed))
            let presentUnits = Int((present * Double(Self.unitsPerHour) + 1e-6).rounded(.down))
            workers[w].limit = max(workers[w].limit, min(presentUnits, recordUnits[w]))
        }
        self.workers = workers
        workerFigures = workers.map {
            WorkerFigures(
                limit: $0.limit, maxCases: $0.capacity.maxCases, maxChildren: $0.capacity.maxChildren, taskMask: $0.taskMask,
                organisation: $0.organisation, registered: $0.registered, mayLead: $0.mayLead)
        }
        var taskKind: [Int] = [], taskUnits: [Int] = [], taskCurrent: [Int] = []
        caseFigures = cases.map { info in
            let first = taskKind.count
            for task in info.delegableTasks {
                taskKind.append(task.kind)
                taskUnits.append(task.units)
                taskCurrent.append(info.currentSupporters[task.kind] ?? -1)
            }
            return CaseFigures(
                leadUnits: info.leadUnits, partnerUnits: info.partnerCasework, children: info.children,
                municipality: info.municipality, duo: info.duo, currentLead: info.currentLead ?? -1,
                currentPartner: info.currentPartner ?? -1, waitingFactor: info.waitingFactor, firstTask: first,
                taskCount: info.delegableTasks.count)
        }
        self.taskKind = taskKind
        self.taskUnits = taskUnits
        self.taskCurrent = taskCurrent
        municipalities = municipalityIndex.sorted { $0.value < $1.value }.map(\.key)
        skills = skillIndex.sorted { $0.value < $1.value }.map(\.key)
        candidates = Candidates(
            workers: workers, workerFigures: workerFigures, cases: cases, municipalityCount: municipalities.count,
            kindCount: kinds.count, organisationCount: organisations.count, sharesSupport: sharesSupport,
            away: forcedAway.map { $0 != nil })
        supportedKinds = candidates.supportersByOrganisation.map { perKind in
            perKind.enumerated().reduce(0) { $1.element.isEmpty ? $0 : $0 | 1 << UInt64($1.offset) }
        }
    }

    /// All units `choice` gives worker `w` on case `c`: the lead's share, the partner's and every
    /// delegable task they hold.
    public func units(of w: Int, in choice: CaseChoice, for c: Int) -> Int {
        let figures = caseFigures[c]
        var total = 0
        if w == choice.lead { total += figures.leadUnits }
        if w == choice.partner { total += figures.partnerUnits }
        for (d, worker) in choice.delegates.enumerated() where worker == w { total += taskUnits[figures.firstTask + d] }
        return total
    }

    /// Case indices in construction order.
    public var constructionOrder: [Int] { cases.indices.sorted { cases[$0].rank < cases[$1].rank } }

    /// The bit of framework `f` in `WorkerInfo.mandates`.
    static func bit(_ f: Framework) -> UInt16 { 1 << UInt16(Framework.allCases.firstIndex(of: f)!) }

    /// Units as hours.
    public static func hours(_ units: Int) -> Double { Double(units) / Double(unitsPerHour) }
}
