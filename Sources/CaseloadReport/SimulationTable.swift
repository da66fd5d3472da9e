import CaseloadSimulation

/// The simulation report as a table: the baseline's figures, each variant's difference from
/// it, and the waiting list week by week, in the run's language.
public struct SimulationTable: Sendable {
    typealias T = Texts.Simulation

    /// The report.
    public let report: SimulationReport
    /// The language of the words and figures.
    public var language: Language
    /// The formatter, in `language`.
    public var figures: Figures { Figures.of(language) }

    /// A table of `report` in `language`.
    public init(report: SimulationReport, language: Language) {
        self.report = report
        self.language = language
    }

    /// The table.
    public func render() -> String {
        let s = report.settings
        var out = T.heading(language) + "  \(report.scenario)\n"
        out +=
            "  "
            + T.settings(
                from: figures.week(report.startWeek), weeks: s.weeks, warmup: s.warmupWeeks, replications: s.replications, seed: s.seed,
                replan: s.replan == .weekly)(language) + "\n"
        out += "  " + T.means(plans: report.baseline.plans)(language) + "\n\n"
        // The labels' column: 36 wide as it always was, wider where a Dutch label is longer.
        let labels = Metric.allCases.map { figures.label($0) } + [T.neverServed(language)]
        let width = max(36, (labels.map(\.count).max() ?? 0) + 2)
        out += Column.pad(T.baselineHeading(language), 34) + "\n"
        for metric in Metric.allCases {
            guard let e = report.baseline.summary[metric] else { continue }
            out += "  " + Column.pad(figures.label(metric), width) + figures.estimate(e, metric) + "\n"
        }
        out += "  " + Column.pad(T.neverServed(language), width) + figures.estimate(report.baseline.neverServed, .waiting) + "\n"
        for arm in report.variants {
            out += "\n" + T.variant(arm.name)(language) + "\n"
            for metric in Metric.allCases {
                guard let e = arm.summary[metric], let d = arm.difference?[metric] else { continue }
                out += "  " + Column.pad(figures.label(metric), width) + Column.pad(figures.estimate(e, metric), 30)
                out += "  " + figures.estimate(d, metric, signed: true) + (d.low > 0 || d.high < 0 ? "  *" : "") + "\n"
            }
        }
        if !report.variants.isEmpty { out += "  " + T.excludesZero(language) + "\n" }
        out += "\n" + T.weekByWeek(language) + "\n"
        // `2026-W48` in English, `week 48 (2026)` in Dutch.
        let weekWidth = max(11, figures.week(report.startWeek).count + 2)
        out += "  " + Column.pad(T.weekNumber(language), 6) + Column.pad(T.isoWeek(language), weekWidth)
        out += Column.pad(T.waitingColumn(language), 24) + T.utilisationColumn(language) + "\n"
        for week in report.baseline.perWeek {
            out += "  " + Column.pad("\(week.number)", 6) + Column.pad(figures.week(week.week), weekWidth)
            out += Column.pad(week.values[.waiting].map { figures.estimate($0, .waiting) } ?? figures.words.none, 24)
            out += (week.values[.utilisation].map { figures.estimate($0, .utilisation) } ?? figures.words.none) + "\n"
        }
        return out
    }
}
