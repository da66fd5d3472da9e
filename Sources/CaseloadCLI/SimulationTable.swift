import CaseloadSimulation
import Foundation

/// The simulation report as a table: the baseline's figures, each variant's difference from
/// it, and the waiting list week by week.
struct SimulationTable {
    let report: SimulationReport

    static func estimate(_ e: Estimate, _ metric: Metric, signed: Bool = false) -> String {
        "\(metric.text(e.mean, signed: signed)) [\(metric.text(e.low, signed: signed)), \(metric.text(e.high, signed: signed))]"
    }

    func render() -> String {
        let s = report.settings
        var out = "SIMULATION  \(report.scenario)\n"
        out += "  from \(report.startWeek), \(s.weeks) weeks (\(s.warmupWeeks) warm-up left out), "
        out +=
            "\(s.replications) replications, seed \(s.seed), \(s.replan == .weekly ? "weekly planning" : "planning at every arrival and closure")\n"
        out += "  mean over replications [95 % confidence interval]; \(report.baseline.plans) plans made\n\n"
        out += PlanReport.pad("BASELINE", 34) + "\n"
        for metric in Metric.allCases {
            guard let e = report.baseline.summary[metric] else { continue }
            out += "  " + PlanReport.pad(metric.label, 36) + Self.estimate(e, metric) + "\n"
        }
        out += "  " + PlanReport.pad("arrived, never served by the end", 36) + Self.estimate(report.baseline.neverServed, .waiting) + "\n"
        for arm in report.variants {
            out += "\nVARIANT \(arm.name)  (difference from the baseline, paired on common random numbers)\n"
            for metric in Metric.allCases {
                guard let e = arm.summary[metric], let d = arm.difference?[metric] else { continue }
                out += "  " + PlanReport.pad(metric.label, 36) + PlanReport.pad(Self.estimate(e, metric), 30)
                out += "  " + Self.estimate(d, metric, signed: true) + (d.low > 0 || d.high < 0 ? "  *" : "") + "\n"
            }
        }
        if !report.variants.isEmpty { out += "  * the interval of the difference excludes 0\n" }
        out += "\nWEEK BY WEEK (baseline)\n"
        out += "  week  iso week   waiting                 utilisation, registered\n"
        for week in report.baseline.perWeek {
            out += "  " + PlanReport.pad("\(week.number)", 6) + PlanReport.pad(week.week.description, 11)
            out += PlanReport.pad(week.values[.waiting].map { Self.estimate($0, .waiting) } ?? "–", 24)
            out += (week.values[.utilisation].map { Self.estimate($0, .utilisation) } ?? "–") + "\n"
        }
        return out
    }
}
