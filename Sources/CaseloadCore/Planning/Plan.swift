import CaseloadSearch

/// A weekly plan: who works on which family, who waits and why, and how it scores.
public struct Plan: Hashable, Sendable {
    /// The planned week.
    public var week: ISOWeek
    /// The served families.
    public var assignments: [CaseAssignment]
    /// The families that wait, most urgent first.
    public var waiting: [WaitingCase]
    /// Every worker's week.
    public var workers: [WorkerLoad]
    /// What became of locked assignments (rule H9).
    public var locks: [LockNote]
    /// The score (docs/rules.md).
    public var score: Score
    /// How the plan was made.
    public var solver: SolverInfo
    /// Every change of lead or partner against the people of record, with its reason (SPEC §3).
    public var handovers: [Handover]
    /// Colleagues standing in for leads and partners away part of the week.
    public var standIns: [StandIn]
    /// Hours of absent leads and partners no one can stand in for.
    public var uncovered: [UncoveredHours]
    /// Voluntary handovers that would serve waiting families, offered rather than made.
    public var proposals: [Proposal]

    /// Creates a plan.
    public init(
        week: ISOWeek, assignments: [CaseAssignment], waiting: [WaitingCase], workers: [WorkerLoad],
        locks: [LockNote], score: Score, solver: SolverInfo, handovers: [Handover] = [], standIns: [StandIn] = [],
        uncovered: [UncoveredHours] = [], proposals: [Proposal] = []
    ) {
        self.proposals = proposals
        self.handovers = handovers
        self.standIns = standIns
        self.uncovered = uncovered
        self.week = week
        self.assignments = assignments
        self.waiting = waiting
        self.workers = workers
        self.locks = locks
        self.score = score
        self.solver = solver
    }
}

/// The people on one served family.
public struct CaseAssignment: Hashable, Sendable {
    /// The case code.
    public var caseID: String
    /// The registered lead: the family's one face.
    public var lead: String
    /// The registered duo partner, for a duo case.
    public var partner: String?
    /// Every task with hours, once per worker doing it.
    public var tasks: [TaskAssignment]

    /// Creates an assignment.
    public init(caseID: String, lead: String, partner: String?, tasks: [TaskAssignment]) {
        self.caseID = caseID
        self.lead = lead
        self.partner = partner
        self.tasks = tasks
    }
}

/// Hours of one task kind on one family given to one worker.
public struct TaskAssignment: Hashable, Sendable {
    /// The task kind.
    public var kind: String
    /// The worker doing it.
    public var worker: String
    /// Weekly hours.
    public var hours: Double

    /// Creates a task assignment.
    public init(kind: String, worker: String, hours: Double) {
        self.kind = kind
        self.worker = worker
        self.hours = hours
    }
}

/// Why a family cannot be served whole this week.
public enum WaitingReason: String, CaseIterable, Hashable, Sendable {
    /// No registered worker who may lead it has the hours left.
    case noRegisteredCapacity = "no-registered-capacity"
    /// A lead is possible, but no registered duo partner is.
    case noDuoPartner = "no-duo-partner"
    /// No registered worker serving the municipality has the required skills.
    case missingSkill = "missing-skill"
    /// No registered worker serves the family's municipality.
    case noWorkerInMunicipality = "no-worker-in-municipality"
    /// Every possible lead is at their caseload norm.
    case caseloadNorm = "caseload-norm"
    /// A task kind the family needs cannot be covered by a supporter, the lead or the partner.
    case noSupporterCapacity = "no-supporter-capacity"
    /// No registered worker who may lead it may do a registered task kind it needs.
    case missingTaskKind = "missing-task-kind"
    /// No registered worker serving the municipality is mandated for the family's framework
    /// (rule H10).
    case noMandatedLead = "no-mandated-lead"
    /// A family in care whose people of record may no longer keep it (the detail says what
    /// forced it) and whom no lawful colleague can take.
    case leadLost = "lead-lost"
}

/// A family on the waiting list.
public struct WaitingCase: Hashable, Sendable {
    /// The case code.
    public var caseID: String
    /// 1 urgent … 3.
    public var priority: Int
    /// Whole weeks since `waiting_since` on the week's Monday.
    public var weeksWaiting: Int
    /// The first thing that blocks it.
    public var reason: WaitingReason
    /// The numbers behind the reason; never anything about the family itself.
    public var detail: WaitingDetail

    /// Creates a waiting entry.
    public init(caseID: String, priority: Int, weeksWaiting: Int, reason: WaitingReason, detail: WaitingDetail) {
        self.caseID = caseID
        self.priority = priority
        self.weeksWaiting = weeksWaiting
        self.reason = reason
        self.detail = detail
    }
}

/// How full a worker's week is.
public struct WorkerLoad: Hashable, Sendable {
    /// Traffic light of utilisation, as team leads read it.
    public enum Light: String, Hashable, Sendable {
        /// Under 80 %.
        case blue
        /// 80–100 %.
        case green
        /// 100–110 %.
        case amber
        /// Over 110 %.
        case red
        /// No hours available this week.
        case off

        /// The light for a utilisation, or `.off` when nothing is available.
        public init(utilisation: Double?) {
            guard let u = utilisation else {
                self = .off
                return
            }
            switch u {
            case ..<0.8: self = .blue
            case ...1.0000001: self = .green
            case ...1.1000001: self = .amber
            default: self = .red
            }
        }
    }

    /// The worker's id.
    public var id: String
    /// The worker's organisation.
    public var organisation: String
    /// Whether registered on the week's Monday.
    public var registered: Bool
    /// Hours available after ramp-up and absence.
    public var availableHours: Double
    /// Hours planned.
    public var plannedHours: Double
    /// Families as lead or partner.
    public var cases: Int
    /// Caseload norm in families.
    public var maxCases: Int
    /// Children in those families.
    public var children: Int
    /// Caseload norm in children.
    public var maxChildren: Int

    /// Planned ÷ available, or `nil` when nothing is available.
    public var utilisation: Double? { availableHours > 0 ? plannedHours / availableHours : nil }
    /// The traffic light.
    public var light: Light { Light(utilisation: utilisation) }

    /// Creates a worker load.
    public init(
        id: String, organisation: String, registered: Bool, availableHours: Double, plannedHours: Double, cases: Int,
        maxCases: Int, children: Int, maxChildren: Int
    ) {
        self.id = id
        self.organisation = organisation
        self.registered = registered
        self.availableHours = availableHours
        self.plannedHours = plannedHours
        self.cases = cases
        self.maxCases = maxCases
        self.children = children
        self.maxChildren = maxChildren
    }
}

/// What became of one locked case (rule H9).
public struct LockNote: Hashable, Sendable {
    /// The case code.
    public var caseID: String
    /// Whether the given assignment was kept.
    public var kept: Bool
    /// Why not, when not kept, in every language.
    public var reasonText: Text?
    /// Why not, in English (logs, JSON).
    public var reason: String? { reasonText?.en }

    /// Creates a lock note.
    public init(caseID: String, kept: Bool, reason: Text? = nil) {
        self.caseID = caseID
        self.kept = kept
        self.reasonText = reason
    }

    /// Creates a lock note whose reason reads the same in every language (a plan stored before
    /// reasons were kept in both).
    public init(caseID: String, kept: Bool, reason: String?) {
        self.init(caseID: caseID, kept: kept, reason: reason.map { Text(nl: $0, en: $0) })
    }
}

/// How a plan was made.
public struct SolverInfo: Hashable, Sendable {
    /// The algorithm.
    public var name: String
    /// The seed.
    public var seed: UInt64
    /// Wall-clock seconds (left out of comparisons for determinism checks by callers).
    public var seconds: Double
    /// Moves the search proposed, over all threads.
    public var moves: Int
    /// Searches run side by side.
    public var threads: Int
    /// Why the search stopped (`SearchStop`), empty without a search.
    public var stop: String
    /// The soft score of the construction planner's plan, where the search started.
    public var constructionScore: Double?
    /// A lower bound on the soft score, when one was computed.
    public var lowerBound: Double?
    /// Seconds until the construction planner's valid plan stood: the time to a first plan.
    public var constructionSeconds: Double?
    /// (seconds, soft score) as the search improved, thinned to at most 64 points.
    public var trace: [TracePoint]

    /// One point of the score over time.
    public struct TracePoint: Hashable, Sendable {
        /// Seconds since planning started.
        public var seconds: Double
        /// The best soft score by then.
        public var soft: Double

        /// Creates a point.
        public init(seconds: Double, soft: Double) {
            self.seconds = seconds
            self.soft = soft
        }
    }

    /// Creates solver information.
    public init(
        name: String, seed: UInt64, seconds: Double, moves: Int = 0, threads: Int = 1, stop: String = "",
        constructionScore: Double? = nil, lowerBound: Double? = nil, constructionSeconds: Double? = nil,
        trace: [TracePoint] = []
    ) {
        self.name = name
        self.seed = seed
        self.seconds = seconds
        self.moves = moves
        self.threads = threads
        self.stop = stop
        self.constructionScore = constructionScore
        self.lowerBound = lowerBound
        self.constructionSeconds = constructionSeconds
        self.trace = trace
    }
}
