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
    /// The cell (`C7`) of a workbook's sheet, when known without a line and field.
    public var cell: String?

    /// Creates a problem.
    public init(file: String, line: Int?, field: String?, message: String, cell: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.cell = cell
    }

    /// Where the problem is, as a key: rule checks skip a place already reported as unreadable.
    package var place: String { Self.place(line: line, field: field) }

    /// The key of a line and field.
    package static func place(line: Int?, field: String?) -> String { "\(line ?? 0):\(field ?? "")" }

    /// `staff.csv:12: field 'hours': 'abc' is not a number`; in a workbook's sheet
    /// `staff.xlsx: medewerkers!C12: field 'hours': …`.
    public var description: String {
        var s = file
        if let place = SheetPlace(tableName: file) {
            s = place.file + ": " + place.sheet
            let column = field.flatMap { place.columns[$0.lowercased()] }
            if let cell {
                s += "!\(cell)"
            } else if let line {
                s += column.map { "!\($0)\(line)" } ?? ", row \(line)"
            }
        } else if let line {
            s += ":\(line)"
        }
        s += ": "
        if let field { s += "field '\(field)': " }
        return s + message
    }
}

/// A sheet of a workbook read as a table: its name as the table's file carries the sheet and
/// its columns' letters, so that every problem found in the table names sheet and cell
/// (`staff.xlsx: medewerkers!C7`) however deep in the import it is found.
public struct SheetPlace: Hashable, Sendable {
    /// The workbook as the user named it.
    public var file: String
    /// The sheet.
    public var sheet: String
    /// Each column's letter by its header name (as the table normalises it).
    public var columns: [String: String]

    /// Creates a place.
    public init(file: String, sheet: String, columns: [String: String]) {
        self.file = file
        self.sheet = sheet
        self.columns = columns
    }

    /// Separates the parts of `tableName`: a character no file name, sheet or column holds.
    static let separator: Character = "\u{1F}"

    /// The name a table read from the sheet carries as its file.
    public var tableName: String {
        ([file, sheet] + columns.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: String(Self.separator))
    }

    /// The place a table's file name carries, `nil` for a plain file.
    public init?(tableName: String) {
        let parts = tableName.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return nil }
        file = parts[0]
        sheet = parts[1]
        var columns: [String: String] = [:]
        for part in parts.dropFirst(2) {
            guard let equals = part.lastIndex(of: "=") else { continue }
            columns[String(part[..<equals])] = String(part[part.index(after: equals)...])
        }
        self.columns = columns
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
