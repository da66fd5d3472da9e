/// A collaboration of organisations with a legal basis to share a family's data across their
/// borders, as JeugdLink's mandate "to cross organisation borders" (rule H11): a duo may join
/// two of its organisations, and, where it shares support, supporters may come from any of them.
public struct Network: Hashable, Sendable, Codable {
    /// A short code, unique in a scenario.
    public var id: String
    /// The member organisations' ids.
    public var organisations: [String]
    /// Whether supporters (admin, legal, placement) may work for a family of another member
    /// organisation; without it support stays within the lead's organisation.
    public var sharedSupport: Bool

    /// Creates a network.
    public init(id: String, organisations: [String], sharedSupport: Bool = false) {
        self.id = id
        self.organisations = organisations
        self.sharedSupport = sharedSupport
    }

    enum CodingKeys: String, CodingKey {
        case id, organisations
        case sharedSupport = "shared_support"
    }
}
