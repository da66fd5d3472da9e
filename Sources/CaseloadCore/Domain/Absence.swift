/// A period a worker is away. Only hours are kept, never a reason (privacy by design).
public struct Absence: Hashable, Sendable {
    /// First day away, inclusive.
    public var from: Day
    /// Last day away, inclusive.
    public var to: Day
    /// Hours lost in each week the absence touches; `nil` means whole working days.
    public var hours: Double?

    /// Creates an absence.
    public init(from: Day, to: Day, hours: Double? = nil) {
        self.from = from
        self.to = to
        self.hours = hours
    }
}
