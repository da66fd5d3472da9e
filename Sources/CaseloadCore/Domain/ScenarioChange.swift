/// Items of a scenario changed together, as one import changes them: the scenario with the
/// change made, and which items of which section it touched. A store writes exactly those items
/// and leaves every other row as it was.
public struct ScenarioChange: Sendable {
    /// The part of a scenario a change touches.
    public enum Section: String, CaseIterable, Sendable {
        case organisations, networks, staff, cases
        /// The absences of the touched workers; the indexes are staff indexes.
        case absences
    }

    /// What was changed.
    public var section: Section
    /// The whole scenario, with the change made.
    public var scenario: Scenario
    /// Indexes of the touched items in the section's list, in ascending order.
    public var touched: [Int]

    /// Creates a change.
    public init(section: Section, scenario: Scenario, touched: [Int]) {
        self.section = section
        self.scenario = scenario
        self.touched = touched.sorted()
    }
}
