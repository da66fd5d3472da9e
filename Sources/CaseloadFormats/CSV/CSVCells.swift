import CaseloadCore

/// A cell that does not hold the kind of value its column needs.
public struct CSVFieldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's display name.
    public let file: String
    /// The 1-based physical line where the row starts.
    public let line: Int
    /// The column name.
    public let field: String
    /// What is wrong with the cell, quoting it.
    public let message: String

    /// Creates an error.
    /// - Parameters:
    ///   - file: the file's display name.
    ///   - line: the line where the row starts.
    ///   - field: the column name.
    ///   - message: what is wrong with the cell.
    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field 'name': message`, the shape compilers use.
    public var description: String { "\(file):\(line): field '\(field)': \(message)" }
}

extension CSVRow {
    /// The cell as a decimal number, or nil when it is empty.
    ///
    /// Accepts `4.5`, `-2`, `+.5`; in a `;`-delimited file also `4,5`. No thousands separators
    /// and no exponents: a spreadsheet cell of hours never needs them, and `1.000` would be
    /// ambiguous between locales.
    /// - Parameters:
    ///   - column: the column name.
    ///   - table: the table this row came from, for the file name and decimal style.
    /// - Throws: `CSVFieldError` when the cell is not such a number or is too large.
    public func number(_ column: String, in table: CSVTable) throws(CSVFieldError) -> Double? {
        guard let text = self[column] else { return nil }
        switch parseDecimal(text, decimalComma: table.decimalComma) {
        case .value(let value):
            return value
        case .tooLarge:
            throw fieldError(column, in: table, CSVTexts.tooLarge(text))
        case .invalid:
            if !table.decimalComma, text.contains(",") {
                throw fieldError(column, in: table, CSVTexts.notNumberCommaFile(text))
            }
            throw fieldError(column, in: table, CSVTexts.notNumber(text))
        }
    }

    /// The cell as a whole number, or nil when it is empty.
    ///
    /// `3.0` (or `3,0` where decimal commas apply) is accepted because spreadsheets format
    /// numbers with decimals at the user's whim; `3.5` is not.
    /// - Parameters:
    ///   - column: the column name.
    ///   - table: the table this row came from.
    /// - Throws: `CSVFieldError` when the cell is not a whole number or does not fit an `Int`.
    public func integer(_ column: String, in table: CSVTable) throws(CSVFieldError) -> Int? {
        guard let text = self[column] else { return nil }
        guard let parts = decimalParts(of: text, decimalComma: table.decimalComma),
            !parts.integer.isEmpty, parts.fraction.allSatisfy({ $0 == "0" })
        else {
            throw fieldError(column, in: table, CSVTexts.notWholeNumber(text))
        }
        guard let value = Int(parts.sign + parts.integer) else {
            throw fieldError(column, in: table, CSVTexts.tooLarge(text))
        }
        return value
    }

    /// The cell as a yes/no value, or nil when it is empty.
    ///
    /// Accepts `true/false`, `yes/no`, `ja/nee`, `1/0` and `waar/onwaar` (what Dutch Excel
    /// exports for TRUE/FALSE), in any letter case.
    /// - Parameters:
    ///   - column: the column name.
    ///   - table: the table this row came from.
    /// - Throws: `CSVFieldError` for any other text.
    public func bool(_ column: String, in table: CSVTable) throws(CSVFieldError) -> Bool? {
        guard let text = self[column] else { return nil }
        switch text.lowercased() {
        case "true", "yes", "ja", "1", "waar": return true
        case "false", "no", "nee", "0", "onwaar": return false
        default:
            throw fieldError(column, in: table, CSVTexts.notYesNo(text))
        }
    }

    /// The cell as a calendar date, or nil when it is empty.
    ///
    /// Accepts ISO `2026-11-23` and the day-first forms Dutch spreadsheets write: `23-11-2026`,
    /// `3-1-2026`, `23/11/2026`. The date must exist (no 31 February; 29 February only in leap
    /// years).
    /// - Parameters:
    ///   - column: the column name.
    ///   - table: the table this row came from.
    /// - Throws: `CSVFieldError` when the cell is not such a date.
    public func date(_ column: String, in table: CSVTable) throws(CSVFieldError) -> (
        year: Int, month: Int, day: Int
    )? {
        guard let text = self[column] else { return nil }
        guard let (year, month, day) = dateParts(of: text) else {
            throw fieldError(column, in: table, CSVTexts.notDate(text))
        }
        guard (1...9999).contains(year) else {
            throw fieldError(column, in: table, CSVTexts.yearOutOfRange(text, year))
        }
        guard (1...12).contains(month) else {
            throw fieldError(column, in: table, CSVTexts.noMonth(text, month))
        }
        let length = daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            throw fieldError(
                column, in: table, CSVTexts.monthLength(text, month: month, year: year, days: length))
        }
        return (year, month, day)
    }

    /// The cell as a `|`-separated list with each item trimmed and empty items dropped, or nil
    /// when no item remains, since an empty list cell means "not given" like any empty cell.
    /// - Parameter column: the column name.
    public func list(_ column: String) -> [String]? {
        guard let text = self[column] else { return nil }
        let items = text.split(separator: "|", omittingEmptySubsequences: false)
            .map { csvTrimmed(String($0)) }
            .filter { !$0.isEmpty }
        return items.isEmpty ? nil : items
    }

    private func fieldError(_ column: String, in table: CSVTable, _ message: Text) -> CSVFieldError {
        CSVFieldError(file: table.file, line: line, field: column, message: message(table.language))
    }
}

private func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

/// The pieces of `[+-]digits[(.|,)digits]`, with at least one digit overall, or nil.
private func decimalParts(of text: String, decimalComma: Bool) -> (
    sign: String, integer: String, fraction: String
)? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func digits() -> String {
        var run = ""
        while index < scalars.count, isASCIIDigit(scalars[index]) {
            run.unicodeScalars.append(scalars[index])
            index += 1
        }
        return run
    }
    var sign = ""
    if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" {
        if scalars[index] == "-" { sign = "-" }
        index += 1
    }
    let integer = digits()
    var fraction = ""
    if index < scalars.count, scalars[index] == "." || (decimalComma && scalars[index] == ",") {
        index += 1
        fraction = digits()
    }
    guard index == scalars.count, !(integer.isEmpty && fraction.isEmpty) else { return nil }
    return (sign, integer, fraction)
}

private enum DecimalParse {
    case value(Double)
    case tooLarge
    case invalid
}

private func parseDecimal(_ text: String, decimalComma: Bool) -> DecimalParse {
    guard let parts = decimalParts(of: text, decimalComma: decimalComma) else { return .invalid }
    // The grammar was checked above, so the standard library's correctly rounded conversion only
    // ever sees plain `-12.5`; it cannot be talked into NaN, infinity or hexadecimal.
    let normalised =
        parts.sign + (parts.integer.isEmpty ? "0" : parts.integer)
        + (parts.fraction.isEmpty ? "" : "." + parts.fraction)
    guard let value = Double(normalised) else { return .invalid }
    return value.isFinite ? .value(value) : .tooLarge
}

private func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
}

/// Year, month and day read from `yyyy-m-d`, `d-m-yyyy` or `d/m/yyyy`, unchecked for range.
private func dateParts(of text: String) -> (Int, Int, Int)? {
    let scalars = Array(text.unicodeScalars)
    guard let separator = scalars.first(where: { !isASCIIDigit($0) }),
        separator == "-" || separator == "/"
    else { return nil }
    let pieces = scalars.split(separator: separator, omittingEmptySubsequences: false)
    // At most four digits a piece, so no run of digits can overflow the arithmetic below.
    guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(isASCIIDigit) }) else {
        return nil
    }
    let numbers = pieces.map { piece in piece.reduce(0) { $0 * 10 + Int($1.value - 48) } }
    let lengths = pieces.map(\.count)
    if lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2, separator == "-" {
        return (numbers[0], numbers[1], numbers[2])
    }
    if lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4 {
        return (numbers[2], numbers[1], numbers[0])
    }
    return nil
}
