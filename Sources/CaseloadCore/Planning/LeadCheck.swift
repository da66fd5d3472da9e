/// Why one worker can or cannot lead a family in a plan.
public struct LeadCheck: Hashable, Sendable {
    /// What stops a worker from leading a family, in the order a team manager checks them.
    public enum Block: String, CaseIterable, Hashable, Sendable {
        /// Not registered (SKJ/BIG) on the week's Monday (H1).
        case registration
        /// May not do a registered task kind of the family (H2).
        case taskKind = "task-kind"
        /// Does not serve the family's municipality (H7).
        case municipality
        /// Their organisation (or they) have no mandate for the family's framework (H10).
        case mandate
        /// Lacks a skill the family needs (H6).
        case skill
        /// Has no hours at all this week (absence, ramp-up, start date).
        case noHours = "no-hours"
        /// At the caseload norm in families or children (H4).
        case norm
        /// Too few hours left (H3).
        case hours
        /// No duo partner fits next to this lead (H5).
        case partner
        /// A delegable task no supporter has room for that neither lead nor partner may do (H8).
        case supporters
    }

    /// The worker.
    public var worker: Int
    /// Everything that stops them; empty when they could lead the family now.
    public var blocks: [Block]
    /// Units they would do as lead (their share, registered tasks and fallbacks).
    public var units: Int
    /// Units they have left under H3.
    public var room: Int
    /// The whole choice they would lead, when partner and supporters were found.
    public var choice: CaseChoice?
}
