/// One problem found in a scenario, located so that a file reader can name its line.
public struct ScenarioIssue: Hashable, Sendable, CustomStringConvertible {
    /// The section: `organisations`, `staff`, `cases`, `task_kinds`, `settings`, `case_types`, `week`.
    public var section: String
    /// The item's position in its section, if the issue is about one item.
    public var index: Int?
    /// The item's id, if it has one.
    public var id: String?
    /// The field, as the file names it (`registered_until`).
    public var field: String?
    /// What is wrong and, where it helps, what to do.
    public var message: String

    /// Creates an issue.
    public init(section: String, index: Int? = nil, id: String? = nil, field: String? = nil, message: String) {
        self.section = section
        self.index = index
        self.id = id
        self.field = field
        self.message = message
    }

    /// `staff[3] (jb-01) field 'hours': …`.
    public var description: String {
        var s = section
        if let index { s += "[\(index)]" }
        if let id { s += " (\(id))" }
        if let field { s += " field '\(field)'" }
        return s + ": " + message
    }
}

/// A scenario that breaks the contract, with every problem found.
public struct ScenarioValidationError: Error, Sendable, CustomStringConvertible {
    /// Every problem, in file order.
    public var issues: [ScenarioIssue]
    /// Creates the error.
    public init(issues: [ScenarioIssue]) { self.issues = issues }
    /// One line per problem.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
