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
    /// What is wrong and, where it helps, what to do, in every language.
    public var text: Text

    /// Creates an issue.
    public init(section: String, index: Int? = nil, id: String? = nil, field: String? = nil, text: Text) {
        self.section = section
        self.index = index
        self.id = id
        self.field = field
        self.text = text
    }

    /// Creates an issue whose message is the same in every language (a code, a quoted value).
    public init(section: String, index: Int? = nil, id: String? = nil, field: String? = nil, message: String) {
        self.init(section: section, index: index, id: id, field: field, text: Text(nl: message, en: message))
    }

    /// What is wrong, in English.
    public var message: String { text.en }

    /// `staff[3] (jb-01) field 'hours': …`.
    public var description: String { line(.en) }

    /// `staff[3] (jb-01) veld 'hours': …`: the section and field keep the file's names.
    public func line(_ language: Language) -> String {
        var s = section
        if let index { s += "[\(index)]" }
        if let id { s += " (\(id))" }
        if let field { s += " " + ValidationTexts.field(field)(language) }
        return s + ": " + text(language)
    }
}

/// A scenario that breaks the contract, with every problem found.
public struct ScenarioValidationError: LocalizedProblem, Sendable {
    /// Every problem, in file order.
    public var issues: [ScenarioIssue]
    /// Creates the error.
    public init(issues: [ScenarioIssue]) { self.issues = issues }
    /// One line per problem.
    public func message(_ language: Language) -> String { issues.map { $0.line(language) }.joined(separator: "\n") }
}
