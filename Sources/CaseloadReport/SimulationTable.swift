import CaseloadSimulation

/// The simulation report as a table: the baseline's figures, each variant's difference from
/// it, and the waiting list week by week.
public struct SimulationTable: Sendable {
    /// The report.
    public let report: SimulationReport
    /// The formatter.
    public var figures: Figures

    /// A table of `report`.
    public init(report: SimulationReport, figures: Figures = .english) {
        self.report = report
        self.figures = figures
    }

    /// The table.
    public func render() -> String {
        let s = report.settings
        var out = "SIMULATION  \(report.scenario)\n"
        out += "  from \(report.startWeek), \(s.weeks) weeks (\(s.warmupWeeks) warm-up left out), "
        out +=
            "\(s.replications) replications, seed \(s.seed), \(s.replan == .weekly ? "weekly planning" : "planning at every arrival and closure")\n"
        out += "  mean over replications [95 % confidence interval]; \(report.baseline.plans) plans made\n\n"
        out += Column.pad("BASELINE", 34) + "\n"
        for metric in Metric.allCases {
            guard let e = report.baseline.summary[metric] else { continue }
            out += "  " + Column.pad(figures.label(metric), 36) + figures.estimate(e, metric) + "\n"
        }
        out += "  " + Column.pad("arrived, never served by the end", 36) + figures.estimate(report.baseline.neverServed, .waiting) + "\n"
        for arm in report.variants {
            out += "\nVARIANT \(arm.name)  (difference from the baseline, paired on common random numbers)\n"
            for metric in Metric.allCases {
                guard let e = arm.summary[metric], let d = arm.difference?[metric] else { continue }
                out += "  " + Column.pad(figures.label(metric), 36) + Column.pad(figures.estimate(e, metric), 30)
                out += "  " + figures.estimate(d, metric, signed: true) + (d.low > 0 || d.high < 0 ? "  *" : "") + "\n"
            }
        }
        if !report.variants.isEmpty { out += "  * the interval of the difference excludes 0\n" }
        out += "\nWEEK BY WEEK (baseline)\n"
        out += "  week  iso week   waiting                 utilisation, registered\n"
        for week in report.baseline.perWeek {
            out += "  " + Column.pad("\(week.number)", 6) + Column.pad(week.week.description, 11)
            out += Column.pad(week.values[.waiting].map { figures.estimate($0, .waiting) } ?? "–", 24)
            out += (week.values[.utilisation].map { figures.estimate($0, .utilisation) } ?? "–") + "\n"
        }
        return out
    }
}
