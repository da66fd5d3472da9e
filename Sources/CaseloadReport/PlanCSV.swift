import CaseloadCore
import Foundation

/// The plan as CSV for a spreadsheet: the rows of `PlanRows` (a worker's week, the families
/// they hold and those handed away, the waiting list, handovers, proposals, stand-ins,
/// uncovered hours) under one header, in the dialect of the spreadsheet that reads it.
public enum PlanCSV {
    /// How a CSV file is written: what Dutch Excel opens in columns, or what scripts read.
    public enum Dialect: String, CaseIterable, Sendable {
        /// Dutch Excel's: `;` between cells, a decimal comma, a UTF-8 byte order mark (without
        /// it Excel reads `ë` as `Ã«`) and CRLF line ends.
        case dutch
        /// `,` between cells, a decimal point, no byte order mark, LF: what scripts read.
        case plain

        /// The cell separator.
        public var separator: Character { self == .dutch ? ";" : "," }
        /// The line end.
        public var lineEnd: String { self == .dutch ? "\r\n" : "\n" }
        /// What the file starts with.
        public var preamble: String { self == .dutch ? "\u{FEFF}" : "" }
    }

    /// The header, then one line per row of `PlanRows(plan:scenario:worker:)`.
    public static func render(_ plan: Plan, scenario: Scenario? = nil, worker: String? = nil, dialect: Dialect = .plain) -> String {
        let fields = PlanRows.fields
        var out = dialect.preamble + row(fields.map(\.rawValue), dialect: dialect)
        for r in PlanRows(plan: plan, scenario: scenario, worker: worker).rows {
            out += row(fields.map { text(r[$0], dialect: dialect) }, dialect: dialect)
        }
        return out
    }

    /// A cell as `dialect` writes it: numbers as Swift prints them, with a decimal comma in
    /// the Dutch dialect.
    public static func text(_ cell: PlanRows.Cell, dialect: Dialect = .plain) -> String {
        switch cell {
        case .text(let s): s
        case .number(let x): dialect == .dutch ? "\(x)".replacingOccurrences(of: ".", with: ",") : "\(x)"
        case .integer(let n): "\(n)"
        case .empty: ""
        }
    }

    /// One CSV line: a field is quoted when it holds the separator, a quote or a line break.
    public static func row(_ fields: [String], dialect: Dialect = .plain) -> String {
        let separator = dialect.separator
        return fields.map { f in
            f.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: String(separator)) + dialect.lineEnd
    }
}
