/// One line of the capacity outlook, week by week: a pool of workers or an organisation.
public struct CapacitySeries: Hashable, Sendable {
    /// What the series counts.
    public enum Kind: Hashable, Sendable {
        /// Registered workers who may do casework, against the registered task kinds and
        /// the delegable hours that fall back to them.
        case registered
        /// Supporters (not registered) who list this delegable task kind, against its hours.
        case delegable(String)
        /// An organisation's workers, against the hours of the families its people hold.
        case organisation(String)
        /// Hours of families (or duo partner shares) that nobody holds yet.
        case unassigned
    }

    /// What the series counts.
    public var kind: Kind
    /// A display name: the pool's kind or the organisation's name.
    public var name: String
    /// The weeks, the planning week first.
    public var weeks: [OutlookWeek]

    /// Creates a series.
    public init(kind: Kind, name: String, weeks: [OutlookWeek]) {
        self.kind = kind
        self.name = name
        self.weeks = weeks
    }

    /// The identifier shown in reports: `registered`, the task kind, the organisation's id, or `(unassigned)`.
    public var id: String {
        switch kind {
        case .registered: return "registered"
        case .delegable(let kind): return kind
        case .organisation(let id): return id
        case .unassigned: return "(unassigned)"
        }
    }

    /// Whether the series counts families against norm places (registered pool and organisations).
    public var countsFamilies: Bool {
        if case .delegable = kind { return false }
        return true
    }

    /// The first week that runs short of hours, if any.
    public var firstShortWeek: ISOWeek? { weeks.first(where: \.isShort)?.week }

    /// The first week whose families need more norm places than there are, if any.
    public var firstOverNormWeek: ISOWeek? { countsFamilies ? weeks.first(where: \.isOverNorm)?.week : nil }
}
