/// A figure the simulation reports, with its name in JSON (reports name and format it in
/// words: `Figures` in CaseloadReport).
public enum Metric: String, CaseIterable, Hashable, Sendable {
    /// Families waiting at a planning point.
    case waiting
    /// Weeks from arrival to first being served.
    case weeksWaited = "weeks_waited"
    /// Planned ÷ available hours over registered workers.
    case utilisation
    /// Planned ÷ available hours over supporters.
    case supporterUtilisation = "supporter_utilisation"
    /// Workers planned past their available hours.
    case overloaded
    /// Changes of lead or partner per week.
    case handovers
    /// Families served.
    case served
    /// Hours of delegable work done by supporters per week.
    case delegatedHours = "delegated_hours"

    /// The metrics that have a value per week (all but `weeksWaited`, which belongs to families).
    public static let weekly: [Metric] = [.waiting, .utilisation, .supporterUtilisation, .overloaded, .handovers, .served, .delegatedHours]

    /// This metric's value in a week's figures.
    public func value(in week: WeekFigures) -> Double {
        switch self {
        case .waiting: week.waiting
        case .weeksWaited: .nan
        case .utilisation: week.utilisation
        case .supporterUtilisation: week.supporterUtilisation
        case .overloaded: week.overloaded
        case .handovers: week.handovers
        case .served: week.served
        case .delegatedHours: week.delegatedHours
        }
    }

    /// Whether it is a share, shown as a percentage.
    public var isShare: Bool { self == .utilisation || self == .supporterUtilisation }
}
