/// The hard rules a plan never breaks: the one list of them, with the id reports and JSON use,
/// a short name and what each asks. Checkers name broken rules by this type, never by a string.
public enum HardRule: String, CaseIterable, Hashable, Sendable, Comparable, CustomStringConvertible {
    case registration = "H1"
    case tasks = "H2"
    case hours = "H3"
    case norm = "H4"
    case duo = "H5"
    case skills = "H6"
    case municipality = "H7"
    case whole = "H8"
    case locks = "H9"
    case mandate = "H10"
    case network = "H11"

    /// `H1` … `H11`, as reports, JSON and the documentation cite the rule.
    public var id: String { rawValue }

    /// The id: a rule prints as it is cited.
    public var description: String { rawValue }

    /// A few words for the rule.
    public var name: String {
        switch self {
        case .registration: "registration"
        case .tasks: "task kinds"
        case .hours: "hours"
        case .norm: "caseload norm"
        case .duo: "duo partner"
        case .skills: "skills"
        case .municipality: "municipality"
        case .whole: "served whole"
        case .locks: "locks"
        case .mandate: "mandate"
        case .network: "who may see the family"
        }
    }

    /// What the rule asks of a plan.
    public var summary: String {
        switch self {
        case .registration: "registered work (casework) is done only by a worker registered on the week's Monday"
        case .tasks: "a worker does only the task kinds they list"
        case .hours: "hours planned on a worker stay within their available hours (plus any overload allowed)"
        case .norm: "families and children a worker leads or partners stay within their caseload norm"
        case .duo: "a duo family has a registered partner who is not the lead, of another organisation where duos cross organisations"
        case .skills: "the lead has every skill the family needs"
        case .municipality: "lead and partner serve the family's municipality"
        case .whole: "a family is served whole (lead, partner, every task with hours) or waits whole"
        case .locks: "a locked family keeps its given lead and partner, unless they truly cannot keep it, and the plan says why"
        case .mandate:
            "the lead comes from an organisation (or is a person) mandated for the family's framework: a GI for a measure, Veilig Thuis or the Raad for their investigations, the local team for voluntary help, unless declared otherwise"
        case .network:
            "a partner of another organisation than the lead's only where a network holds both; supporters only of the lead's organisation, or of a network organisation where that network shares support"
        }
    }

    /// Rules in the order of their ids.
    public static func < (lhs: HardRule, rhs: HardRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
