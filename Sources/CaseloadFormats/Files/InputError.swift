import CaseloadCore

/// One problem in an input file, located by line and field.
public struct InputProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The field (column or key), when known.
    public var field: String?
    /// What is wrong and what to do, in every language.
    public var text: Text
    /// The cell (`C7`) of a workbook's sheet, when known without a line and field.
    public var cell: String?

    /// Creates a problem.
    public init(file: String, line: Int?, field: String?, text: Text, cell: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.text = text
        self.cell = cell
    }

    /// Creates a problem whose message was written in the run's language already (the CSV
    /// import's) or is the same in every language.
    public init(file: String, line: Int?, field: String?, message: String, cell: String? = nil) {
        self.init(file: file, line: line, field: field, text: Text(nl: message, en: message), cell: cell)
    }

    /// What is wrong, in English (or in the language the import was read in).
    public var message: String { text.en }

    /// Where the problem is, as a key: rule checks skip a place already reported as unreadable.
    package var place: String { Self.place(line: line, field: field) }

    /// The key of a line and field.
    package static func place(line: Int?, field: String?) -> String { "\(line ?? 0):\(field ?? "")" }

    /// `staff.csv:12: field 'hours': 'abc' is not a number`; in a workbook's sheet
    /// `staff.xlsx: medewerkers!C12: field 'hours': …`.
    public var description: String { line(.en) }

    /// The problem in `language`: `staff.csv:12: veld 'hours': …`; the field keeps the file's name.
    public func line(_ language: Language) -> String {
        var s = file
        if let place = SheetPlace(tableName: file) {
            s = place.file + ": " + place.sheet
            let column = field.flatMap { place.columns[$0.lowercased()] }
            if let cell {
                s += "!\(cell)"
            } else if let line {
                s += column.map { "!\($0)\(line)" } ?? FileTexts.row(line)(language)
            }
        } else if let line {
            s += ":\(line)"
        }
        s += ": "
        if let field { s += FileTexts.field(field)(language) + ": " }
        return s + text(language)
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
public struct InputError: LocalizedProblem, Sendable {
    /// Every problem, in file order.
    public var problems: [InputProblem]

    /// Creates the error.
    public init(problems: [InputProblem]) { self.problems = problems }

    /// Creates an error with one problem.
    public init(file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        problems = [InputProblem(file: file, line: line, field: field, message: message)]
    }

    /// Creates an error with one problem, said in every language.
    public init(file: String, line: Int? = nil, field: String? = nil, _ text: Text) {
        problems = [InputProblem(file: file, line: line, field: field, text: text)]
    }

    /// One line per problem.
    public func message(_ language: Language) -> String { problems.map { $0.line(language) }.joined(separator: "\n") }
}

/// A file that cannot be opened or read (exit code 66).
public struct FileOpenError: LocalizedProblem, Sendable {
    /// The path.
    public var path: String
    /// Why, in every language.
    public var reasonText: Text
    /// Creates the error.
    public init(path: String, reason: Text) {
        self.path = path
        self.reasonText = reason
    }
    /// Creates the error with a reason that is the same in every language (the system's words).
    public init(path: String, reason: String) { self.init(path: path, reason: Text(nl: reason, en: reason)) }
    /// Why, in English.
    public var reason: String { reasonText.en }
    /// `cannot open x.yaml: no such file`.
    public func message(_ language: Language) -> String { FileTexts.cannotOpen(path, reasonText)(language) }
}
