/// One sheet of a workbook: a name and rows of cells, the first row read as the header.
public struct XLSXSheet: Hashable, Sendable {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The rows, top to bottom; row `i` is the spreadsheet's row `i + 1`.
    public var rows: [[XLSXCell]]

    /// Creates a sheet.
    public init(name: String, rows: [[XLSXCell]]) {
        self.name = name
        self.rows = rows
    }

    /// A sheet with `header` as its first row (written bold and frozen) and `rows` below it.
    public init(name: String, header: [String], rows: [[XLSXCell]]) {
        self.init(name: name, rows: [header.map(XLSXCell.text)] + rows)
    }

    /// The cell at a 0-based row and column, `.empty` outside the rows.
    public subscript(row: Int, column: Int) -> XLSXCell {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return .empty }
        return rows[row][column]
    }

    /// `A` for 0, `Z` for 25, `AA` for 26: a column as a spreadsheet names it.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// `C7` for row 6, column 2 (both 0-based).
    public static func cellName(row: Int, column: Int) -> String { columnName(column) + "\(row + 1)" }
}
