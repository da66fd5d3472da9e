/// What one simulated week looked like: the figures of its plans, weighted by how long each
/// plan held (with weekly planning, the Monday plan's figures).
public struct WeekFigures: Hashable, Sendable {
    /// Families waiting.
    public var waiting: Double = 0
    /// Families served.
    public var served: Double = 0
    /// Planned ÷ available hours over registered workers.
    public var utilisation: Double = 0
    /// Planned ÷ available hours over supporters (workers not registered).
    public var supporterUtilisation: Double = 0
    /// Workers planned past their available hours.
    public var overloaded: Double = 0
    /// Changes of lead or partner for families served before and after, summed over the week's
    /// planning points.
    public var handovers: Double = 0
    /// Hours of delegable work done by supporters.
    public var delegatedHours: Double = 0

    /// Creates empty figures.
    public init() {}
}
