import CaseloadSimulation

/// The simulation report as JSON (docs/formats.md). It holds nothing that depends on timing, so
/// the same scenario and seed print the same bytes.
public enum SimulationJSON {
    /// The report as a JSON value.
    public static func value(_ report: SimulationReport) -> JSONValue {
        let s = report.settings
        var fields: [(String, JSONValue)] = [
            ("scenario", .string(report.scenario)), ("start_week", .string(report.startWeek.description)),
            ("weeks", .int(s.weeks)), ("warmup_weeks", .int(s.warmupWeeks)), ("replications", .int(s.replications)),
            ("seed", .int(Int(truncatingIfNeeded: s.seed))), ("replan", .string(s.replan.rawValue)),
            ("summary", summary(report.baseline.summary, Metric.allCases)),
            ("never_served", estimate(report.baseline.neverServed)),
            ("plans", .int(report.baseline.plans)),
            ("per_week", weeks(report.baseline.perWeek)),
        ]
        fields.append(
            (
                "variants",
                .array(
                    report.variants.map { arm in
                        .object([
                            ("name", .string(arm.name)), ("summary", summary(arm.summary, Metric.allCases)),
                            ("difference", summary(arm.difference ?? [:], Metric.allCases)),
                            ("never_served", estimate(arm.neverServed)), ("plans", .int(arm.plans)),
                            ("per_week", weeks(arm.perWeek)),
                        ])
                    })
            ))
        return .object(fields)
    }

    /// `{"mean": …, "ci95": [low, high]}`, rounded to 4 decimals; `null` where nothing was measured.
    static func estimate(_ e: Estimate) -> JSONValue {
        .object([("mean", number(e.mean)), ("ci95", .array([number(e.low), number(e.high)]))])
    }

    static func number(_ x: Double) -> JSONValue {
        x.isFinite ? .number(JSONValue.round4(x)) : .null
    }

    static func summary(_ values: [Metric: Estimate], _ metrics: [Metric]) -> JSONValue {
        .object(metrics.compactMap { m in values[m].map { (m.rawValue, estimate($0)) } })
    }

    static func weeks(_ weeks: [SimulationReport.Week]) -> JSONValue {
        .array(
            weeks.map { w in
                .object(
                    [("week", .int(w.number)), ("iso_week", .string(w.week.description))]
                        + Metric.weekly.compactMap { m in w.values[m].map { (m.rawValue, estimate($0)) } })
            })
    }
}
