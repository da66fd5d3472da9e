import CaseloadCore

/// A cell of a workbook's sheet, typed as a spreadsheet stores it.
public enum XLSXCell: Hashable, Sendable {
    /// Text, stored as text whatever it looks like (codes such as `0012` keep their zeros).
    case text(String)
    /// A number (hours, a score), written with every digit Swift needs to read it back exactly.
    case number(Double)
    /// A whole number (a count, a rank).
    case integer(Int)
    /// A date, stored as Excel does: days since 1899-12-30 in a date-formatted cell.
    case date(Day)
    /// `TRUE` or `FALSE`.
    case bool(Bool)
    /// Nothing.
    case empty

    /// Excel's serial day of 1970-01-01 (its epoch is 1899-12-30).
    static let serialOf1970 = 25_569

    /// The cell as an import reads it: numbers as written without a needless `.0`, dates as
    /// `yyyy-mm-dd`, booleans as `true`/`false`.
    public var text: String {
        switch self {
        case .text(let s): s
        case .number(let x): Self.numberText(x)
        case .integer(let n): "\(n)"
        case .date(let d): d.description
        case .bool(let b): b ? "true" : "false"
        case .empty: ""
        }
    }

    /// `3` for 3.0, `1.875` for 1.875: what a person typed into the cell.
    static func numberText(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return "\(Int(x))" }
        return "\(x)"
    }

    /// The width, in characters, the cell needs to be read whole.
    var width: Int {
        switch self {
        case .date: 10
        default: text.count
        }
    }
}
