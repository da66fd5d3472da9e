/// Why a family's lead or partner changes this week (SPEC §3). "Wie hem heeft mag 'm houden":
/// every change but `allowed` is forced, and a plan names the reason per family and role.
public enum HandoverReason: String, CaseIterable, Hashable, Sendable, Codable {
    /// The person of record is no longer registered on the week's Monday (H1).
    case registrationLapsed = "registration-lapsed"
    /// Their organisation (or they) may not carry the family's framework (H10), or may not see
    /// a family led from the lead's organisation (H11).
    case noMandate = "no-mandate"
    /// They may not do the work: a task kind, a skill or the municipality (H2, H6, H7, H5).
    case notQualified = "not-qualified"
    /// Away longer than `stand_in_max_weeks`: too long for a stand-in.
    case absent
    /// They leave the organisation this week.
    case leaving
    /// They hold more families or children of record than their caseload norm (H4).
    case overNorm = "over-norm"
    /// Their families of record need more hours than they have (H3).
    case overHours = "over-hours"
    /// The family is pinned (`lock`, `caseload pin`): the manager's choice governs it, and its
    /// lock note says why its given people could not keep it.
    case pinned
    /// Voluntary, made within the allowance (`--allow-handovers`, `max_voluntary_handovers`).
    case allowed

    /// Whether something forced it.
    public var isForced: Bool { self != .allowed }
}

/// One change of lead or partner against the people of record.
public struct Handover: Hashable, Sendable {
    /// Which of the family's people changes.
    public enum Role: String, Hashable, Sendable, Codable {
        case lead, partner
    }

    /// The case code.
    public var caseID: String
    /// Lead or partner.
    public var role: Role
    /// The person of record.
    public var from: String
    /// The person in this plan.
    public var to: String
    /// Why.
    public var reason: HandoverReason

    /// Creates a handover.
    public init(caseID: String, role: Role, from: String, to: String, reason: HandoverReason) {
        self.caseID = caseID
        self.role = role
        self.from = from
        self.to = to
        self.reason = reason
    }
}

/// What continuity asks of one week's plan, per family with people of record: whether its lead
/// and partner of record may keep it, and if not, what forces the change.
///
/// The rules decide part of it before any plan exists (a lapsed registration, a mandate, a long
/// absence, leaving); the construction decides the rest as it gives every worker their families
/// of record, most urgent and longest known first, until their norm or hours are full: what
/// does not fit moves (`over-norm`, `over-hours`), and so the fewest families move and the
/// least urgent ones.
public struct Continuity: Sendable {
    /// Per case, what forces its lead of record to give it up; `nil`: nothing (or no lead of record).
    public internal(set) var leadForced: [HandoverReason?]
    /// Per case, what forces its partner of record to give it up.
    public internal(set) var partnerForced: [HandoverReason?]
    /// Per worker, the families (and their children) of record the rules let them keep, as
    /// lead or partner: over their norm, some must move (`over-norm`).
    let recordCases: [Int]
    let recordChildren: [Int]

    /// The reasons the rules give, before hours and norms count.
    public init(problem: PlanningProblem) {
        leadForced = Array(repeating: nil, count: problem.cases.count)
        partnerForced = leadForced
        let gone = problem.forcedAway
        var cases = [Int](repeating: 0, count: problem.workers.count)
        var children = cases
        for (c, info) in problem.cases.enumerated() {
            if let lead = info.currentLead {
                leadForced[c] = gone[lead] ?? Self.reason(PlanningProblem.leadRules(problem.workers[lead], info))
            }
            if info.duo, let partner = info.currentPartner {
                var rules = PlanningProblem.partnerRules(problem.workers[partner], municipality: info.municipality)
                if let lead = info.currentLead, !problem.partnersLead(partner, lead) {
                    let organisations = (problem.workers[lead].organisation, problem.workers[partner].organisation)
                    rules.insert(
                        problem.mayShare(lead: organisations.0, with: organisations.1) ? .duo : .network, if: partner != lead)
                }
                partnerForced[c] = gone[partner] ?? Self.reason(rules)
            }
            for (person, forced) in [(info.currentLead, leadForced[c]), (info.duo ? info.currentPartner : nil, partnerForced[c])] {
                guard let person, forced == nil else { continue }
                cases[person] += 1
                children[person] += info.children
            }
        }
        recordCases = cases
        recordChildren = children
    }

    /// Whether the families of record worker `w` may keep pass their caseload norm.
    func isOverNorm(_ w: Int, in problem: PlanningProblem) -> Bool {
        !problem.normFits(w, cases: recordCases[w], children: recordChildren[w])
    }

    /// The reason a set of broken rules gives, the law first.
    static func reason(_ rules: HardRuleSet) -> HandoverReason? {
        if rules.contains(.registration) { return .registrationLapsed }
        if rules.contains(.mandate) || rules.contains(.network) { return .noMandate }
        if rules.isEmpty { return nil }
        return .notQualified
    }
}

extension Scenario {
    /// `leaving` when `worker` leaves before the week's last working day, `absent` when an
    /// absence of whole days touching the week lasts longer than `stand_in_max_weeks`: their
    /// families must change hands this week, and they take no new ones. A long absence of some
    /// hours a week (parental leave) only lowers their hours: they are there, and keep what fits
    /// (else `over-hours`).
    public func forcedAway(_ worker: Worker) -> HandoverReason? {
        if let leaves = worker.leaves, leaves.ordinal < week.workingDays.upperBound { return .leaving }
        for absence in worker.absences
        where absence.from.ordinal <= week.allDays.upperBound && absence.to.ordinal >= week.allDays.lowerBound {
            if absence.hours == nil && !isShort(absence) { return .absent }
        }
        return nil
    }
}
