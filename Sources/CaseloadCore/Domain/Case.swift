/// A family the team holds, known only by a pseudonymous code: no names, addresses, BSN or
/// free text (privacy by design).
public struct Case: Hashable, Sendable {
    /// The pseudonymous code, unique in a scenario.
    public var id: String
    /// The municipality the family lives in (rule H7).
    public var municipality: String
    /// Number of children, counted against the children norm (rule H4).
    public var children: Int
    /// The legal framework.
    public var framework: Framework
    /// The phase of the case, which sets its default hours.
    public var phase: Phase
    /// 1 urgent … 3.
    public var priority: Int
    /// Whether the case needs a registered partner beside the lead (rule H5).
    public var duo: Bool
    /// Skills required of the lead (rule H6).
    public var skills: [String]
    /// Weekly hours per task kind; `nil` takes the case type's defaults.
    public var hours: [String: Double]?
    /// The current lead, kept where the rules allow.
    public var lead: String?
    /// The current duo partner.
    public var partner: String?
    /// The current supporter per delegable task kind.
    public var supporters: [String: String]
    /// Since when the family waits for a (new) lead.
    public var waitingSince: Day?
    /// Whether the current assignment must be kept as given (rule H9).
    public var lock: Bool
    /// The lead the manager pinned the family to (`caseload pin`), when it differs from the lead
    /// of record: the pin is the manager's choice, the record who holds the family now, so a pin
    /// to someone new is a handover (`pinned`) rather than a rewritten history. `nil`: a lock
    /// keeps the lead of record.
    public var pinnedLead: String?
    /// The partner the manager pinned the family to; `nil`: a lock keeps the partner of record.
    public var pinnedPartner: String?

    /// The lead a lock keeps: the pinned one, else the lead of record.
    public var givenLead: String? { pinnedLead ?? lead }
    /// The partner a lock keeps: the pinned one, else the partner of record.
    public var givenPartner: String? { pinnedPartner ?? partner }

    /// Creates a case.
    public init(
        id: String, municipality: String, children: Int = 1, framework: Framework, phase: Phase = .middle,
        priority: Int = 2, duo: Bool = false, skills: [String] = [], hours: [String: Double]? = nil,
        lead: String? = nil, partner: String? = nil, supporters: [String: String] = [:],
        waitingSince: Day? = nil, lock: Bool = false, pinnedLead: String? = nil, pinnedPartner: String? = nil
    ) {
        self.id = id
        self.municipality = municipality
        self.children = children
        self.framework = framework
        self.phase = phase
        self.priority = priority
        self.duo = duo
        self.skills = skills
        self.hours = hours
        self.lead = lead
        self.partner = partner
        self.supporters = supporters
        self.waitingSince = waitingSince
        self.lock = lock
        self.pinnedLead = pinnedLead
        self.pinnedPartner = pinnedPartner
    }
}
