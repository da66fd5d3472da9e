import CaseloadCore
import Foundation

/// One parsed CSV file, as a spreadsheet exports it.
///
/// Accepts what Excel, LibreOffice and Numbers write in English and Dutch locales: `,` or `;`
/// (or tab) as delimiter, or the one a `sep=;` first line names; UTF-8 with or without BOM,
/// Windows-1252 (Dutch Excel's default) and UTF-16 with a BOM; CRLF, LF or CR line ends, quoted
/// cells with doubled quotes and embedded line breaks, and trailing empty columns and rows such
/// as `;;;;`.
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
    /// The 1-based line of the header row: 1, or 2 after a `sep=` line.
    public let headerLine: Int
    /// The language of the messages about this file's cells (`CSVRow.number` and the like).
    public let language: Language
    /// The encoding the file's bytes were read in.
    public let encoding: CSVEncoding

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
    ///   - language: the language of the messages about the file; English unless asked.
    public init(parsing text: String, file: String, language: Language = .en) throws(CSVError) {
        try self.init(validUTF8: Array(text.utf8), file: file, language: language, encoding: .utf8)
    }

    /// Parses CSV bytes: UTF-8 when they are valid UTF-8, UTF-16 after its BOM, else
    /// Windows-1252 (`CSVEncoding.decode`).
    /// - Parameters:
    ///   - bytes: the file's raw contents.
    ///   - file: the name to use in error messages.
    ///   - language: the language of the messages about the file; English unless asked.
    public init(bytes: [UInt8], file: String, language: Language = .en) throws(CSVError) {
        let (text, encoding) = try CSVEncoding.decode(bytes, file: file, language: language)
        try self.init(validUTF8: text, file: file, language: language, encoding: encoding)
    }

    /// Reads and parses a file; the path doubles as the name in error messages.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - language: the language of the messages about the file; English unless asked.
    public init(contentsOf path: String, language: Language = .en) throws(CSVError) {
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
        try self.init(bytes: [UInt8](data), file: path, language: language)
    }

    /// The same table with its columns named `header` (same order), for readers that give the
    /// file's own names (`gemeente`) the names they look for (`municipality`).
    func renamingColumns(_ header: [String]) -> CSVTable {
        let rows = self.rows.map { row in
            var values: [String: String] = [:]
            for (old, new) in zip(self.header, header) { values[new] = row.values[old] ?? "" }
            return CSVRow(line: row.line, values: values)
        }
        return CSVTable(
            file: file, delimiter: delimiter, header: header, headerLine: headerLine, rows: rows, language: language, encoding: encoding)
    }

    private init(
        file: String, delimiter: Character, header: [String], headerLine: Int, rows: [CSVRow], language: Language,
        encoding: CSVEncoding
    ) {
        self.headerLine = headerLine
        self.file = file
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.language = language
        self.encoding = encoding
    }

    private init(validUTF8 input: [UInt8], file: String, language: Language, encoding: CSVEncoding) throws(CSVError) {
        // Drop the BOM up front so it can neither end up in the first column name nor sway
        // delimiter detection; line numbers are unaffected because it sits on line 1.
        let bytes = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        // A NUL would be cut off by SQLite's text functions, turning `w4` into an empty id; such
        // bytes only come from a corrupt or binary file.
        if let offset = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            let position = lineAndColumn(of: offset, in: bytes)
            throw CSVError(
                kind: .controlCharacter, file: file, line: position.line,
                message: "control character 0x\(String(bytes[offset], radix: 16, uppercase: true)) in column \(position.column); "
                    + "the file looks damaged or is not a CSV export")
        }

        // Excel writes and honours a `sep=;` first line; the header is the line after it, and line
        // numbers stay the file's own.
        let sep = try Self.sepLine(in: bytes, file: file, language: language)
        guard let (headerStart, headerLine) = Self.findHeader(in: bytes, from: sep?.end ?? 0, line: sep == nil ? 1 : 2)
        else {
            throw CSVError(kind: .empty, file: file, line: nil, message: CSVTexts.empty(language))
        }
        let delimiter = sep?.delimiter ?? Self.detectDelimiter(in: bytes, at: headerStart, line: headerLine)

        var tokenizer = CSVTokenizer(
            bytes: bytes, delimiter: delimiter, file: file, position: headerStart, line: headerLine)
        // `findHeader` saw a non-blank record here, so there is one to read.
        guard let headerRecord = try tokenizer.next() else {
            throw CSVError(kind: .empty, file: file, line: nil, message: "the file has no header row")
        }
        let header = try Self.normalisedHeader(headerRecord, file: file, language: language)

        var rows: [CSVRow] = []
        while let record = try tokenizer.next() {
            let cells = record.fields.map(csvTrimmed)
            // Spreadsheets pad rows to the widest row and export empty rows as `;;;;`.
            guard let lastFilled = cells.lastIndex(where: { !$0.isEmpty }) else { continue }
            guard lastFilled < header.count else {
                throw CSVError(
                    kind: .tooManyFields, file: file, line: record.line,
                    message: CSVTexts.tooManyFields(lastFilled + 1, header: header.count)(language))
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
        self.headerLine = headerRecord.line
        self.language = language
        self.encoding = encoding
    }

    /// The delimiter a `sep=X` first line names and where the line after it starts, or nil when
    /// the first line is no such line. `X` may be `;`, `,`, a tab or the two characters `\t`, and
    /// the line may be quoted as some programs write it (`"sep=;"`).
    private static func sepLine(in bytes: [UInt8], file: String, language: Language) throws(CSVError) -> (
        delimiter: UInt8, end: Int
    )? {
        let lineEnd = bytes.firstIndex { $0 == CSVByte.cr || $0 == CSVByte.lf } ?? bytes.count
        var line = Array(bytes[..<lineEnd])
        while let last = line.last, last == CSVByte.space || last == CSVByte.comma || last == CSVByte.semicolon,
            line.count > 5
        {
            // Excel pads the line to the table's width with delimiters when it re-saves it.
            line.removeLast()
        }
        if line.count >= 2, line.first == CSVByte.quote, line.last == CSVByte.quote { line = Array(line.dropFirst().dropLast()) }
        guard line.count >= 4, String(decoding: line.prefix(4), as: UTF8.self).lowercased() == "sep=" else { return nil }
        let named = Array(line.dropFirst(4))
        let delimiter: UInt8
        switch named {
        case [CSVByte.semicolon]: delimiter = CSVByte.semicolon
        case [CSVByte.comma]: delimiter = CSVByte.comma
        case [CSVByte.tab], [0x5C, 0x74]: delimiter = CSVByte.tab
        default:
            throw CSVError(
                kind: .sepLine, file: file, line: 1,
                message: CSVTexts.badSepLine(String(decoding: line, as: UTF8.self))(language))
        }
        var end = lineEnd
        if end < bytes.count {
            end += bytes[end] == CSVByte.cr && end + 1 < bytes.count && bytes[end + 1] == CSVByte.lf ? 2 : 1
        }
        return (delimiter, end)
    }

    /// Candidate delimiters in order of preference when counts tie.
    private static let candidates: [UInt8] = [CSVByte.comma, CSVByte.semicolon, CSVByte.tab]

    /// Offset and line of the first record with any content, skipping the blank and
    /// delimiter-only lines some exports put above the header.
    private static func findHeader(in bytes: [UInt8], from position: Int, line: Int) -> (Int, Int)? {
        // The real delimiter is unknown yet; split on `,` and treat the other candidates as blank
        // so that `;;;` and `,,,` lines are skipped alike.
        var tokenizer = CSVTokenizer(bytes: bytes, delimiter: CSVByte.comma, file: "", position: position, line: line)
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

    private static func normalisedHeader(_ record: CSVRecord, file: String, language: Language) throws(CSVError)
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
                    message: CSVTexts.unnamedColumn(index + 1)(language))
            }
            if let first = seen[name] {
                throw CSVError(
                    kind: .duplicateColumn, file: file, line: record.line,
                    message: CSVTexts.duplicateColumn(name, first + 1, index + 1)(language))
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
        /// The file holds a byte that is a character in none of the encodings read (`CSVEncoding`).
        case notUTF8
        /// A `sep=` first line names no delimiter that can be read.
        case sepLine
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
