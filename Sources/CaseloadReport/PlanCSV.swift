import CaseloadCore
import Foundation

/// The plan as CSV for a spreadsheet: the rows of `PlanRows` (a worker's week, the families
/// they hold and those handed away, the waiting list, handovers, proposals, stand-ins,
/// uncovered hours) under one header, comma-separated with a decimal point.
public enum PlanCSV {
    /// The header, then one line per row of `PlanRows(plan:scenario:worker:)`.
    public static func render(_ plan: Plan, scenario: Scenario? = nil, worker: String? = nil) -> String {
        let fields = PlanRows.fields
        var out = row(fields.map(\.rawValue))
        for r in PlanRows(plan: plan, scenario: scenario, worker: worker).rows {
            out += row(fields.map { text(r[$0]) })
        }
        return out
    }

    /// A cell as plain CSV writes it: numbers with a decimal point, as Swift prints them.
    static func text(_ cell: PlanRows.Cell) -> String {
        switch cell {
        case .text(let s): s
        case .number(let x): "\(x)"
        case .integer(let n): "\(n)"
        case .empty: ""
        }
    }

    /// One CSV line: a field is quoted when it holds a comma, a quote or a line break.
    public static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }
}
