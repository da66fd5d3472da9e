/// A what-if run beside the baseline on the same random numbers: other settings, fewer people,
/// no duos, more arrivals.
public struct SimulationVariant: Hashable, Sendable {
    /// A name for the report, such as `without-supporters`.
    public var name: String
    /// Settings that replace the scenario's (the reader lays the variant's keys over them).
    public var settings: Settings?
    /// Workers whose task kinds all lie in this list are left out: `[admin, legal, placement]`
    /// removes the supporters but keeps registered workers who also do admin.
    public var removeWorkersWithTasks: [String]
    /// When given, every family's duo need is set to this.
    public var duo: Bool?
    /// A factor on every arrival rate.
    public var arrivalFactor: Double
    /// Replaces the simulation's replacement delay, when given.
    public var replacementDelayWeeks: Double?
    /// Replaces the simulation's turnover, when given.
    public var turnoverPerYear: Double?
    /// Replaces the simulation's sick rate, when given.
    public var sickRate: Double?

    /// Creates a variant.
    public init(
        name: String, settings: Settings? = nil, removeWorkersWithTasks: [String] = [], duo: Bool? = nil,
        arrivalFactor: Double = 1, replacementDelayWeeks: Double? = nil, turnoverPerYear: Double? = nil, sickRate: Double? = nil
    ) {
        self.name = name
        self.settings = settings
        self.removeWorkersWithTasks = removeWorkersWithTasks
        self.duo = duo
        self.arrivalFactor = arrivalFactor
        self.replacementDelayWeeks = replacementDelayWeeks
        self.turnoverPerYear = turnoverPerYear
        self.sickRate = sickRate
    }

    /// The simulation `settings` as this variant runs them.
    public func applied(to settings: SimulationSettings) -> SimulationSettings {
        var result = settings
        if let replacementDelayWeeks { result.replacementDelayWeeks = replacementDelayWeeks }
        if let turnoverPerYear { result.turnoverPerYear = turnoverPerYear }
        if let sickRate { result.absence.sickRate = sickRate }
        return result
    }

    /// `scenario` as this variant sees it.
    ///
    /// A removed worker's families keep them as current lead in the scenario; the planner finds
    /// the worker gone and plans them again, as it would after a real departure.
    public func applied(to scenario: Scenario) -> Scenario {
        var result = scenario
        if let settings { result.settings = settings }
        if !removeWorkersWithTasks.isEmpty {
            let removed = Set(removeWorkersWithTasks)
            result.staff.removeAll { !$0.tasks.isEmpty && $0.tasks.allSatisfy(removed.contains) }
        }
        if let duo {
            for i in result.cases.indices { result.cases[i].duo = duo }
        }
        return result
    }
}
