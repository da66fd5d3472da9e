import CaseloadCore

/// One problem in an input file, located by line and field.
public struct InputProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The field (column or key), when known.
    public var field: String?
    /// What is wrong and what to do.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int?, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// Where the problem is, as a key: rule checks skip a place already reported as unreadable.
    package var place: String { Self.place(line: line, field: field) }

    /// The key of a line and field.
    package static func place(line: Int?, field: String?) -> String { "\(line ?? 0):\(field ?? "")" }

    /// `staff.csv:12: field 'hours': 'abc' is not a number`.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let field { s += "field '\(field)': " }
        return s + message
    }
}

/// Input that cannot be read whole: every problem found, none written (exit code 65).
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// Every problem, in file order.
    public var problems: [InputProblem]

    /// Creates the error.
    public init(problems: [InputProblem]) { self.problems = problems }

    /// Creates an error with one problem.
    public init(file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        problems = [InputProblem(file: file, line: line, field: field, message: message)]
    }

    /// One line per problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A file that cannot be opened or read (exit code 66).
public struct FileOpenError: Error, Sendable, CustomStringConvertible {
    /// The path.
    public var path: String
    /// Why.
    public var reason: String
    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    /// `cannot open x.yaml: no such file`.
    public var description: String { "cannot open \(path): \(reason)" }
}
