/// The figures team leads see (`caseload serve`, docs/commands.md): counts, utilisation, pools
/// and organisations with their available and planned hours, the waiting list by priority and
/// reason, a traffic light per worker on whichever limit binds (hours or norm), registrations
/// lapsed or lapsing, and the week's handovers and stand-ins. Derived from a plan and the
/// staff's registrations, with nothing about a family beyond its code, priority, weeks waiting
/// and the reason it waits.
public struct PlanStatus: Hashable, Sendable {
    /// Utilisation (planned ÷ available hours) over workers with hours this week.
    public struct Utilisation: Hashable, Sendable {
        /// Mean over workers.
        public var mean: Double
        /// 90th percentile (nearest rank).
        public var p90: Double
        /// The highest.
        public var max: Double
        /// Workers planned past their available hours.
        public var overloaded: Int
    }

    /// A group of workers — a pool or an organisation — with its hours.
    public struct Group: Hashable, Sendable {
        /// `registered`, `supporters`, or an organisation's id.
        public var id: String
        /// An organisation's name.
        public var name: String?
        /// Workers in the group.
        public var workers: Int
        /// Available hours, `nil` when suppressed.
        public var availableHours: Double?
        /// Planned hours, `nil` when suppressed.
        public var plannedHours: Double?
        /// Whether its figures are left out because the group is too small to stay anonymous.
        public var suppressed: Bool

        /// Planned ÷ available hours.
        public var utilisation: Double? {
            guard let availableHours, let plannedHours, availableHours > 0 else { return nil }
            return plannedHours / availableHours
        }
    }

    /// A waiting family: its code and why it waits.
    public struct Waiting: Hashable, Sendable {
        /// The pseudonymous code.
        public var caseID: String
        /// 1 urgent … 3.
        public var priority: Int
        /// Weeks it has waited.
        public var weeksWaiting: Int
        /// Why it waits.
        public var reason: WaitingReason
    }

    /// A worker whose registration has lapsed or lapses soon.
    public struct Registration: Hashable, Sendable {
        /// Lapsed before the plan's Monday, or lapsing within `lapsingWeeks` of it.
        public enum State: String, Hashable, Sendable {
            /// Not registered on the plan's Monday, though listed for registered work.
            case lapsed
            /// Registered on the Monday, but not for `lapsingWeeks` more weeks.
            case lapsing
        }

        /// The worker's id.
        public var worker: String
        /// The worker's organisation.
        public var organisation: String
        /// The last registered day; `nil` when none is recorded.
        public var until: Day?
        /// Lapsed or lapsing.
        public var state: State
    }

    /// The plan's week.
    public var week: ISOWeek
    /// Workers in the plan.
    public var workers: Int
    /// Families in the plan.
    public var cases: Int
    /// Families served.
    public var served: Int
    /// Families waiting.
    public var waitingCount: Int
    /// Utilisation over workers with hours.
    public var utilisation: Utilisation
    /// The registered pool and the supporters.
    public var pools: [Group]
    /// Per organisation, small ones suppressed.
    public var organisations: [Group]
    /// Waiting families per priority (1…3).
    public var waitingByPriority: [Int: Int]
    /// Waiting families per reason.
    public var waitingByReason: [WaitingReason: Int]
    /// The waiting list, most urgent and longest waiting first.
    public var waiting: [Waiting]
    /// Every worker's load and traffic light, in plan order.
    public var loads: [WorkerLoad]

    /// Registrations lapsed on the plan's Monday or lapsing within `lapsingWeeks`: lapsed
    /// first, then by date and worker.
    public var registrations: [Registration]
    /// Every change of lead or partner this week, with its reason.
    public var handovers: [Handover]
    /// Colleagues standing in for leads and partners away part of the week.
    public var standIns: [StandIn]
    /// Hours of absent leads and partners no one stands in for.
    public var uncovered: [UncoveredHours]

    /// A registration ending within this many weeks of the plan's Monday is shown as lapsing:
    /// time enough to renew it (SKJ re-registration takes weeks).
    public static let lapsingWeeks = 8

    /// Groups smaller than this are suppressed on the organisation view (CBS practice).
    public static let minimumGroup = 5

    /// The status of `plan`; `organisations` names the organisations, `staff` and `taskKinds`
    /// (the scenario's) give the registrations.
    public init(plan: Plan, organisations: [Organisation] = [], staff: [Worker] = [], taskKinds: [TaskKind] = []) {
        week = plan.week
        registrations = Self.registrations(of: staff, taskKinds: taskKinds, week: plan.week)
        handovers = plan.handovers
        standIns = plan.standIns
        uncovered = plan.uncovered
        workers = plan.workers.count
        served = plan.assignments.count
        waitingCount = plan.waiting.count
        cases = served + waitingCount
        loads = plan.workers

        let shares = plan.workers.compactMap(\.utilisation).sorted()
        utilisation = Utilisation(
            mean: shares.isEmpty ? 0 : shares.reduce(0, +) / Double(shares.count),
            p90: shares.isEmpty ? 0 : shares[min(shares.count - 1, Int((0.9 * Double(shares.count)).rounded(.up)) - 1)],
            max: shares.last ?? 0,
            overloaded: plan.workers.filter { $0.plannedHours > $0.availableHours + 1e-9 }.count)

        func group(_ id: String, name: String?, _ members: [WorkerLoad], suppress: Bool) -> Group {
            let hidden = suppress && members.count < Self.minimumGroup
            return Group(
                id: id, name: name, workers: members.count,
                availableHours: hidden ? nil : members.reduce(0) { $0 + $1.availableHours },
                plannedHours: hidden ? nil : members.reduce(0) { $0 + $1.plannedHours }, suppressed: hidden)
        }
        pools = [
            group("registered", name: nil, plan.workers.filter(\.registered), suppress: false),
            group("supporters", name: nil, plan.workers.filter { !$0.registered }, suppress: false),
        ]
        let names = Dictionary(organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let byOrganisation = Dictionary(grouping: plan.workers, by: \.organisation)
        self.organisations = byOrganisation.keys.sorted().map { id in
            group(id, name: names[id], byOrganisation[id]!, suppress: true)
        }

        waiting = plan.waiting.map { Waiting(caseID: $0.caseID, priority: $0.priority, weeksWaiting: $0.weeksWaiting, reason: $0.reason) }
            .sorted { ($0.priority, -$0.weeksWaiting, $0.caseID) < ($1.priority, -$1.weeksWaiting, $1.caseID) }
        waitingByPriority = Dictionary(grouping: waiting, by: \.priority).mapValues(\.count)
        waitingByReason = Dictionary(grouping: waiting, by: \.reason).mapValues(\.count)
    }

    /// The registrations of `staff` that lapsed before `week`'s Monday or lapse within
    /// `lapsingWeeks` of it. A worker counts as registered staff when a registration is
    /// recorded or they are listed for a registered task kind (`casework`): a supporter never
    /// registered is not lapsed.
    public static func registrations(of staff: [Worker], taskKinds: [TaskKind], week: ISOWeek) -> [Registration] {
        let monday = week.monday
        let horizon = monday.adding(days: 7 * lapsingWeeks)
        // The built-in kinds with the declared ones laid over them, as the scenario reads them.
        var kinds = Dictionary(TaskKind.builtIn.map { ($0.id, $0.registered) }, uniquingKeysWith: { a, _ in a })
        for kind in taskKinds { kinds[kind.id] = kind.registered }
        let registeredKinds = Set(kinds.filter(\.value).keys)
        var out: [Registration] = []
        for worker in staff {
            let listed = worker.registeredUntil != nil || worker.tasks.contains { registeredKinds.contains($0) }
            guard listed else { continue }
            if !worker.isRegistered(on: monday) {
                out.append(
                    Registration(worker: worker.id, organisation: worker.organisation, until: worker.registeredUntil, state: .lapsed))
            } else if let until = worker.registeredUntil, until < horizon {
                out.append(Registration(worker: worker.id, organisation: worker.organisation, until: until, state: .lapsing))
            }
        }
        return out.sorted {
            ($0.state == .lapsed ? 0 : 1, $0.until?.ordinal ?? Int.min, $0.worker) < (
                $1.state == .lapsed ? 0 : 1, $1.until?.ordinal ?? Int.min, $1.worker
            )
        }
    }
}
