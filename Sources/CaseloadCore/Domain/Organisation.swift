/// An organisation that employs workers: a local team, Veilig Thuis, the Raad, a GI, …
public struct Organisation: Hashable, Sendable, Codable {
    /// What kind of organisation this is, as the youth-protection chain knows them.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case localTeam = "local-team"
        case veiligThuis = "veilig-thuis"
        case raad
        case gi
        case other

        /// The frameworks an organisation of this kind carries out unless it declares its own
        /// (rule H10): only a certified institution carries out a child-protection measure, an
        /// investigation belongs to Veilig Thuis or the Raad, voluntary help to the local team.
        public var defaultMandates: [Framework] {
            switch self {
            case .gi: [.ots, .provisionalOts, .guardianship, .youthProbation]
            case .veiligThuis: [.vtInvestigation]
            case .raad: [.rvdkInvestigation]
            case .localTeam: [.voluntary]
            case .other: []
            }
        }
    }

    /// A short code, unique in a scenario.
    public var id: String
    /// The display name.
    public var name: String
    /// The organisation's kind.
    public var kind: Kind
    /// The frameworks its workers may lead, when declared; `nil` takes the kind's defaults.
    public var mandates: [Framework]?

    /// Creates an organisation.
    public init(id: String, name: String, kind: Kind, mandates: [Framework]? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.mandates = mandates
    }

    /// The frameworks its workers may lead: the declared ones, else the kind's (rule H10).
    public var mandatedFrameworks: [Framework] { mandates ?? kind.defaultMandates }
}
