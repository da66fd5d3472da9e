/// The figures team leads see (`caseload serve`, docs/commands.md): counts, utilisation, pools
/// and organisations with their available and planned hours, the waiting list by priority and
/// reason, and a traffic light per worker. Derived from a plan alone, with nothing about a
/// family beyond its code, priority, weeks waiting and the reason it waits.
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

    /// Groups smaller than this are suppressed on the organisation view (CBS practice).
    public static let minimumGroup = 5

    /// The status of `plan`; `organisations` names the organisations.
    public init(plan: Plan, organisations: [Organisation] = []) {
        week = plan.week
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
}
