/// An organisation that employs workers: a local team, Veilig Thuis, the Raad, a GI, …
public struct Organisation: Hashable, Sendable, Codable {
    /// What kind of organisation this is, as the youth-protection chain knows them.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case localTeam = "local-team"
        case veiligThuis = "veilig-thuis"
        case raad
        case gi
        case other
    }

    /// A short code, unique in a scenario.
    public var id: String
    /// The display name.
    public var name: String
    /// The organisation's kind.
    public var kind: Kind

    /// Creates an organisation.
    public init(id: String, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}
