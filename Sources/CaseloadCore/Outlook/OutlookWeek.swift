/// One week of a pool or an organisation in the capacity outlook: hours available against
/// hours needed, and families against caseload-norm places.
public struct OutlookWeek: Hashable, Sendable {
    /// A shortfall smaller than this is no shortfall: it would print as 0.0 h.
    public static let shortTolerance = 0.05

    /// The week.
    public var week: ISOWeek
    /// Available hours of the workers counted (absences, ramp-up, leavers and registration honoured).
    public var availableHours: Double
    /// Hours the open families need of this pool or organisation.
    public var neededHours: Double
    /// Delegable hours the supporters cannot take, which fall back to the leads (rule H8);
    /// counted in the registered pool only, 0 elsewhere.
    public var fallbackHours: Double
    /// Workers counted who have hours this week.
    public var workers: Int
    /// Open families: all of them in the registered pool, those it leads in an organisation;
    /// 0 in a supporter pool.
    public var families: Int
    /// Caseload-norm places the families take: one for the lead, one more for a duo's partner.
    public var placesNeeded: Int
    /// Caseload-norm places (`max_cases`) of the registered workers who are there this week.
    public var normPlaces: Int

    /// Creates a week.
    public init(
        week: ISOWeek, availableHours: Double = 0, neededHours: Double = 0, fallbackHours: Double = 0, workers: Int = 0,
        families: Int = 0, placesNeeded: Int = 0, normPlaces: Int = 0
    ) {
        self.week = week
        self.availableHours = availableHours
        self.neededHours = neededHours
        self.fallbackHours = fallbackHours
        self.workers = workers
        self.families = families
        self.placesNeeded = placesNeeded
        self.normPlaces = normPlaces
    }

    /// Needed hours including what falls back.
    public var neededWithFallbackHours: Double { neededHours + fallbackHours }

    /// Available less needed (with fallback): negative when the week runs short.
    public var balanceHours: Double { availableHours - neededWithFallbackHours }

    /// Whether more hours are needed than available.
    public var isShort: Bool { balanceHours <= -Self.shortTolerance }

    /// Whether the families need more norm places than there are.
    public var isOverNorm: Bool { placesNeeded > normPlaces }
}
