import CaseloadCore
import Foundation

/// `/metrics` in the Prometheus text exposition format (version 0.0.4): the figures of
/// `/api/status` as gauges. Written directly: a handful of gauges, set once per plan, need no
/// metrics library.
public enum StatusMetrics {
    /// The exposition's content type.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// The gauges of `s`, without the plan's age.
    static func text(_ s: PlanStatus, planID: Int64) -> String {
        var out = ""
        func gauge(_ name: String, _ help: String, _ samples: [(labels: [(String, String)], value: Double)]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n"
            for sample in samples {
                let labels = sample.labels.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: ",")
                out += name + (labels.isEmpty ? "" : "{\(labels)}") + " " + format(sample.value) + "\n"
            }
        }
        gauge("caseload_plan_info", "The current saved plan (always 1).", [([("plan", "\(planID)"), ("week", "\(s.week)")], 1)])
        gauge("caseload_workers", "Workers in the plan.", [([], Double(s.workers))])
        gauge(
            "caseload_cases", "Families in the plan, by state.",
            [
                ([("state", "served")], Double(s.served)), ([("state", "waiting")], Double(s.waitingCount)),
            ])
        gauge(
            "caseload_waiting_by_priority", "Waiting families by priority (1 urgent).",
            (1...3).map { ([("priority", "\($0)")], Double(s.waitingByPriority[$0] ?? 0)) })
        gauge(
            "caseload_waiting_by_reason", "Waiting families by the rule that keeps them waiting.",
            WaitingReason.allCases.map { ([("reason", $0.rawValue)], Double(s.waitingByReason[$0] ?? 0)) })
        gauge(
            "caseload_utilisation", "Planned over available hours across workers with hours.",
            [
                ([("stat", "mean")], s.utilisation.mean), ([("stat", "p90")], s.utilisation.p90),
                ([("stat", "max")], s.utilisation.max),
            ])
        gauge("caseload_workers_overloaded", "Workers planned past their available hours.", [([], Double(s.utilisation.overloaded))])
        var lights: [String: Int] = [:]
        for load in s.loads { lights[load.bindingLight.rawValue, default: 0] += 1 }
        gauge(
            "caseload_workers_by_light",
            "Workers by traffic light on whichever binds, hours or norm (blue < 80 %, green to 100 %, amber to 110 %, red above; a norm above 100 % is red).",
            ["blue", "green", "amber", "red", "off"].map { ([("light", $0)], Double(lights[$0] ?? 0)) })
        // Hours of work this week, in seconds: Prometheus' base unit for time (promtool warns on
        // `_hours`); a dashboard shows them in hours with its unit setting.
        gauge(
            "caseload_pool_available_seconds", "Available working time this week per pool (registered workers, supporters).",
            s.pools.map { ([("pool", $0.id)], seconds($0.availableHours ?? 0)) })
        gauge(
            "caseload_pool_planned_seconds", "Planned working time this week per pool.",
            s.pools.map { ([("pool", $0.id)], seconds($0.plannedHours ?? 0)) })
        let shown = s.organisations.filter { !$0.suppressed }
        gauge(
            "caseload_organisation_available_seconds",
            "Available working time this week per organisation (organisations under \(PlanStatus.minimumGroup) workers left out).",
            shown.map { ([("organisation", $0.id)], seconds($0.availableHours ?? 0)) })
        gauge(
            "caseload_organisation_planned_seconds",
            "Planned working time this week per organisation (organisations under \(PlanStatus.minimumGroup) workers left out).",
            shown.map { ([("organisation", $0.id)], seconds($0.plannedHours ?? 0)) })
        gauge(
            "caseload_worker_utilisation", "Planned over available hours per worker with hours.",
            s.loads.compactMap { w in w.utilisation.map { ([("worker", w.id), ("organisation", w.organisation)], $0) } })
        gauge(
            "caseload_worker_norm_use", "Use of the caseload norm per worker with a norm: the larger of its two counts over its limit.",
            s.loads.compactMap { w in w.normUse.map { ([("worker", w.id), ("organisation", w.organisation)], $0) } })
        gauge(
            "caseload_workers_by_binding", "Workers by the limit they reach first: hours or the caseload norm.",
            ["hours", "norm"].map { b in ([("binding", b)], Double(s.loads.filter { $0.binding.rawValue == b }.count)) })
        gauge(
            "caseload_registrations", "Registrations lapsed on the plan's Monday, or lapsing within \(PlanStatus.lapsingWeeks) weeks.",
            ["lapsed", "lapsing"].map { state in ([("state", state)], Double(s.registrations.filter { $0.state.rawValue == state }.count)) }
        )
        gauge(
            "caseload_handovers", "Changes of lead or partner this week, by reason.",
            HandoverReason.allCases.map { r in ([("reason", r.rawValue)], Double(s.handovers.filter { $0.reason == r }.count)) })
        gauge("caseload_stand_ins", "Stand-ins (waarneming) this week.", [([], Double(s.standIns.count))])
        gauge(
            "caseload_uncovered_seconds", "Working time this week of leads and partners away that no colleague stands in for.",
            [([], seconds(s.uncovered.reduce(0) { $0 + $1.hours }))])
        return out
    }

    /// The plan's age and whether its week has passed: the samples that move while the plan
    /// stays.
    static func age(_ seconds: Int, weekPassed: Bool) -> String {
        "# HELP caseload_plan_age_seconds Seconds since the current plan was saved.\n"
            + "# TYPE caseload_plan_age_seconds gauge\ncaseload_plan_age_seconds \(seconds)\n"
            + "# HELP caseload_plan_week_passed Whether the plan's week lies before the current week in Europe/Amsterdam (1) or not (0).\n"
            + "# TYPE caseload_plan_week_passed gauge\ncaseload_plan_week_passed \(weekPassed ? 1 : 0)\n"
    }

    /// Hours as seconds.
    static func seconds(_ hours: Double) -> Double { hours * 3600 }

    /// A sample's value as Prometheus reads it: machine figures, not the reports' `Figures`.
    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.4f", x)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
