/// A member of the team: a registered professional or a supporter.
public struct Worker: Hashable, Sendable {
    /// A short code, unique in a scenario.
    public var id: String
    /// An optional display name (workers, unlike families, may be named).
    public var name: String?
    /// The organisation that employs the worker.
    public var organisation: String
    /// A free label such as `jeugdbeschermer` or `jurist`.
    public var role: String?
    /// The task kinds this worker may do (rule H2).
    public var tasks: [String]
    /// Last day of a valid SKJ/BIG registration; `nil` when not registered (rule H1).
    public var registeredUntil: Day?
    /// Contract hours per week.
    public var hours: Double
    /// Share of contract hours for case-bound work; `nil` takes the setting.
    public var caseworkShare: Double?
    /// Override of the caseload norm in families.
    public var maxCases: Int?
    /// Override of the caseload norm in children.
    public var maxChildren: Int?
    /// First working day, for ramp-up.
    public var started: Day?
    /// Last working day of a worker who is leaving; after it they have no hours.
    public var leaves: Day?
    /// Skills a case may require of its lead (rule H6).
    public var skills: [String]
    /// Municipalities served; `nil` means the whole region (rule H7).
    public var municipalities: [String]?
    /// Planned absences.
    public var absences: [Absence]
    /// The frameworks this person may lead, in place of their organisation's: a professional
    /// seconded from another organisation (rule H10); `nil` takes the organisation's.
    public var mandates: [Framework]?

    /// Creates a worker.
    public init(
        id: String, name: String? = nil, organisation: String, role: String? = nil, tasks: [String],
        registeredUntil: Day? = nil, hours: Double, caseworkShare: Double? = nil, maxCases: Int? = nil,
        maxChildren: Int? = nil, started: Day? = nil, leaves: Day? = nil, skills: [String] = [],
        municipalities: [String]? = nil, absences: [Absence] = [], mandates: [Framework]? = nil
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.role = role
        self.tasks = tasks
        self.registeredUntil = registeredUntil
        self.hours = hours
        self.caseworkShare = caseworkShare
        self.maxCases = maxCases
        self.maxChildren = maxChildren
        self.started = started
        self.leaves = leaves
        self.skills = skills
        self.municipalities = municipalities
        self.absences = absences
        self.mandates = mandates
    }

    /// Whether the worker's registration is valid on `day` (rule H1 asks it of the week's Monday).
    public func isRegistered(on day: Day) -> Bool {
        guard let until = registeredUntil else { return false }
        return until >= day
    }

    /// Whether the worker serves `municipality` (rule H7).
    public func serves(_ municipality: String) -> Bool {
        municipalities?.contains(municipality) ?? true
    }
}
