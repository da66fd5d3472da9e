import Foundation
import CaseloadCore

/// The plan as CSV for a spreadsheet: one row per task, then one row per waiting family.
public enum PlanCSV {
    /// `section,case,lead,partner,kind,worker,hours,priority,weeks_waiting,reason`.
    public static func render(_ plan: Plan) -> String {
        var out = "section,case,lead,partner,kind,worker,hours,priority,weeks_waiting,reason\n"
        for a in plan.assignments {
            for t in a.tasks {
                out += row(["task", a.caseID, a.lead, a.partner ?? "", t.kind, t.worker, "\(t.hours)", "", "", ""])
            }
        }
        for w in plan.waiting {
            out += row(["waiting", w.caseID, "", "", "", "", "", "\(w.priority)", "\(w.weeksWaiting)", w.reason.rawValue])
        }
        return out
    }

    /// One CSV line: a field is quoted when it holds a comma, a quote or a line break.
    public static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }
}
