import Foundation

/// One parsed CSV file, as a spreadsheet exports it.
///
/// Accepts what Excel, LibreOffice and Numbers write in English and Dutch locales: `,` or `;`
/// (or tab) as delimiter, UTF-8 with or without BOM, CRLF, LF or CR line ends, quoted cells with
/// doubled quotes and embedded line breaks, and trailing empty rows such as `;;;;`.
public struct CSVTable: Sendable {
    /// Name used in error messages, usually the path the user gave.
    public let file: String
    /// The delimiter detected from the header row: `,`, `;` or a tab.
    public let delimiter: Character
    /// Column names, trimmed and lowercased so lookups are case-insensitive; trailing unnamed
    /// columns (from a trailing delimiter) are left out.
    public let header: [String]
    /// The data rows in file order, without blank rows.
    public let rows: [CSVRow]

    /// The most data rows a file may have: a region's families with room to spare, and far
    /// fewer than a wrong file (a log, a database dump) would bring.
    public static let maxRows = 200_000
    /// The longest cell: codes, names and `|`-lists are short; a longer cell is a wrong column.
    public static let maxCellLength = 1_000

    /// Whether numbers may use a decimal comma.
    ///
    /// Only a `;`-delimited file can: that is what a Dutch-locale spreadsheet writes, and there a
    /// comma inside a cell cannot be a delimiter.
    public var decimalComma: Bool { delimiter == ";" }

    /// Parses CSV text.
    /// - Parameters:
    ///   - text: the whole file; a leading byte order mark is ignored.
    ///   - file: the name to use in error messages.
    public init(parsing text: String, file: String) throws(CSVError) {
        try self.init(validUTF8: Array(text.utf8), file: file)
    }

    /// Parses CSV bytes, rejecting anything that is not UTF-8.
    /// - Parameters:
    ///   - bytes: the file's raw contents.
    ///   - file: the name to use in error messages.
    public init(bytes: [UInt8], file: String) throws(CSVError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // Excel's "Unicode Text" export; say so instead of pointing at a byte on line 1.
            throw CSVError(
                kind: .notUTF8, file: file, line: 1,
                message: "the file is UTF-16 encoded; save it as \"CSV UTF-8\" instead")
        }
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            let position = utf8LineAndColumn(of: offset, in: bytes)
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            throw CSVError(
                kind: .notUTF8, file: file, line: position.line,
                message: "byte 0x\(hex) in column \(position.column) is not UTF-8 (the file was probably "
                    + "saved as Latin-1 or Windows-1252); save it as \"CSV UTF-8\" instead")
        }
        try self.init(validUTF8: bytes, file: file)
    }

    /// Reads and parses a file; the path doubles as the name in error messages.
    /// - Parameter path: the file to read.
    public init(contentsOf path: String) throws(CSVError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CSVError(kind: .cannotOpen, file: path, line: nil, message: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw CSVError(
                kind: .cannotOpen, file: path, line: nil, message: "is a directory, not a file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason =
                FileManager.default.isReadableFile(atPath: path)
                ? "cannot be read" : "cannot be read: permission denied"
            throw CSVError(kind: .cannotOpen, file: path, line: nil, message: reason)
        }
        try self.init(bytes: [UInt8](data), file: path)
    }

    private init(validUTF8 input: [UInt8], file: String) throws(CSVError) {
        // Drop the BOM up front so it can neither end up in the first column name nor sway
        // delimiter detection; line numbers are unaffected because it sits on line 1.
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        // A NUL would be cut off by SQLite's text functions, turning `w4` into an empty id; such
        // bytes only come from a corrupt or binary file.
        if let offset = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            let position = utf8LineAndColumn(of: offset, in: bytes)
            throw CSVError(
                kind: .controlCharacter, file: file, line: position.line,
                message: "control character 0x\(String(bytes[offset], radix: 16, uppercase: true)) in column \(position.column); "
                    + "the file looks damaged or is not a CSV export")
        }

        guard let (headerStart, headerLine) = Self.findHeader(in: bytes) else {
            throw CSVError(
                kind: .empty, file: file, line: nil,
                message: "the file is empty; expected a header row naming the columns")
        }
        let delimiter = Self.detectDelimiter(in: bytes, at: headerStart, line: headerLine)

        var tokenizer = CSVTokenizer(
            bytes: bytes, delimiter: delimiter, file: file, position: headerStart, line: headerLine)
        // `findHeader` saw a non-blank record here, so there is one to read.
        guard let headerRecord = try tokenizer.next() else {
            throw CSVError(kind: .empty, file: file, line: nil, message: "the file has no header row")
        }
        let header = try Self.normalisedHeader(headerRecord, file: file)

        var rows: [CSVRow] = []
        while let record = try tokenizer.next() {
            let cells = record.fields.map(csvTrimmed)
            // Spreadsheets pad rows to the widest row and export empty rows as `;;;;`.
            guard let lastFilled = cells.lastIndex(where: { !$0.isEmpty }) else { continue }
            guard lastFilled < header.count else {
                throw CSVError(
                    kind: .tooManyFields, file: file, line: record.line,
                    message: "row has \(lastFilled + 1) fields but the header has \(header.count)")
            }
            if let long = cells.firstIndex(where: { $0.utf8.count > Self.maxCellLength }) {
                throw CSVError(
                    kind: .tooLarge, file: file, line: record.line,
                    message: "the cell in column \(long < header.count ? header[long] : "\(long + 1)") is "
                        + "\(cells[long].utf8.count) bytes; cells are limited to \(Self.maxCellLength)")
            }
            guard rows.count < Self.maxRows else {
                throw CSVError(
                    kind: .tooLarge, file: file, line: record.line,
                    message: "more than \(Self.maxRows) rows; split the file or check that it is the right one")
            }
            var values: [String: String] = [:]
            values.reserveCapacity(header.count)
            for (index, name) in header.enumerated() {
                values[name] = index < cells.count ? cells[index] : ""
            }
            rows.append(CSVRow(line: record.line, values: values))
        }

        self.file = file
        self.delimiter = Character(Unicode.Scalar(delimiter))
        self.header = header
        self.rows = rows
    }

    /// Candidate delimiters in order of preference when counts tie.
    private static let candidates: [UInt8] = [CSVByte.comma, CSVByte.semicolon, CSVByte.tab]

    /// Offset and line of the first record with any content, skipping the blank and
    /// delimiter-only lines some exports put above the header.
    private static func findHeader(in bytes: [UInt8]) -> (Int, Int)? {
        // The real delimiter is unknown yet; split on `,` and treat the other candidates as blank
        // so that `;;;` and `,,,` lines are skipped alike.
        var tokenizer = CSVTokenizer(bytes: bytes, delimiter: CSVByte.comma, file: "")
        while true {
            let start = (tokenizer.position, tokenizer.line)
            let record: CSVRecord?
            do {
                record = try tokenizer.next()
            } catch {
                // Quoting may read differently with the real delimiter; let the real parse judge.
                return start
            }
            guard let record else { return nil }
            let hasContent = record.fields.contains { field in
                field.unicodeScalars.contains { scalar in
                    !scalar.properties.isWhitespace && scalar != ";" && scalar != "\t"
                }
            }
            if hasContent { return start }
        }
    }

    /// Picks the candidate that splits the header record into the most cells, i.e. the one that
    /// occurs most often outside quotes; `,` wins ties, so `;` must appear more often to win.
    private static func detectDelimiter(in bytes: [UInt8], at start: Int, line: Int) -> UInt8 {
        var best = CSVByte.comma
        var bestCount = -1
        for candidate in candidates {
            var tokenizer = CSVTokenizer(
                bytes: bytes, delimiter: candidate, file: "", position: start, line: line)
            // An unterminated quote is reported by the real parse with the right delimiter.
            let count = ((try? tokenizer.next())??.fields.count) ?? 0
            if count > bestCount {
                best = candidate
                bestCount = count
            }
        }
        return best
    }

    private static func normalisedHeader(_ record: CSVRecord, file: String) throws(CSVError)
        -> [String]
    {
        var names = record.fields.map { field in
            // A BOM can survive inside a quoted first name or a re-encoded file.
            csvTrimmed(String(field.unicodeScalars.drop { $0 == "\u{FEFF}" })).lowercased()
        }
        // A trailing delimiter on the header row yields unnamed columns nobody meant to create.
        while names.last?.isEmpty == true { names.removeLast() }
        var seen: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if name.isEmpty {
                throw CSVError(
                    kind: .unnamedColumn, file: file, line: record.line,
                    message: "column \(index + 1) of the header has no name")
            }
            if let first = seen[name] {
                throw CSVError(
                    kind: .duplicateColumn, file: file, line: record.line,
                    message: "column '\(name)' appears twice (columns \(first + 1) and \(index + 1))")
            }
            seen[name] = index
        }
        return names
    }
}

/// One data row of a `CSVTable`.
public struct CSVRow: Sendable, Equatable {
    /// The 1-based physical line the record starts on; a record with a quoted line break spans
    /// more lines.
    public let line: Int
    /// Every header column mapped to its cell: trimmed, quotes removed, doubled quotes read as
    /// one, and an empty string for cells the row leaves out.
    public let values: [String: String]

    /// Creates a row; normally only the parser does this.
    /// - Parameters:
    ///   - line: the physical line the record starts on.
    ///   - values: normalised column name → trimmed cell.
    public init(line: Int, values: [String: String]) {
        self.line = line
        self.values = values
    }

    /// The cell of a column, or nil when the column is absent or the cell is empty, since an
    /// empty cell means "not given". The column name is matched case-insensitively.
    public subscript(_ column: String) -> String? {
        let value = values[column] ?? values[csvTrimmed(column).lowercased()]
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}

/// Why a CSV file could not be read.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem, for callers that react differently (e.g. exit code 66 vs 65).
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or cannot be read.
        case cannotOpen
        /// The file has no header row.
        case empty
        /// A quoted cell is never closed.
        case unterminatedQuote
        /// A row has more filled cells than the header has columns.
        case tooManyFields
        /// Two header columns have the same name after normalising.
        case duplicateColumn
        /// A header column before the last named one has no name.
        case unnamedColumn
        /// The file is not UTF-8.
        case notUTF8
        /// A control character (NUL and the like) that no spreadsheet writes into a cell.
        case controlCharacter
        /// More rows, or a longer cell, than any team's export holds.
        case tooLarge
    }

    /// The kind of problem.
    public let kind: Kind
    /// The file's display name.
    public let file: String
    /// The 1-based physical line, when the problem has one.
    public let line: Int?
    /// What is wrong, for a person.
    public let message: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: the kind of problem.
    ///   - file: the file's display name.
    ///   - line: the 1-based line, if any.
    ///   - message: what is wrong.
    public init(kind: Kind, file: String, line: Int?, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the shape compilers use, so editors can jump to the line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Strips surrounding whitespace, including the no-break spaces spreadsheets like to leave.
func csvTrimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
    return String(scalars[first...last])
}
