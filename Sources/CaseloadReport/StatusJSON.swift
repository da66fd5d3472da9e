import CaseloadCore

/// `/api/status` (docs/commands.md) without the plan header, which carries the moving age.
enum StatusJSON {
    static func number(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        return .number((x * 1000).rounded() / 1000)
    }

    static func group(_ g: PlanStatus.Group) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(g.id))]
        if let name = g.name { fields.append(("name", .string(name))) }
        fields += [("workers", .int(g.workers))]
        if g.suppressed {
            fields.append(("suppressed", .bool(true)))
        } else {
            fields += [
                ("available_hours", number(g.availableHours)), ("planned_hours", number(g.plannedHours)),
                ("utilisation", number(g.utilisation)),
            ]
        }
        return .object(fields)
    }

    /// The document up to the plan's age: `{"plan":{"id":…,"age_seconds":`.
    static func head(planID: Int64, week: ISOWeek, savedAt: String) -> String {
        "{\"plan\":{\"id\":\(planID),\"week\":\"\(week)\",\"saved_at\":\"\(savedAt)\",\"age_seconds\":"
    }

    /// The document after the plan's age: the plan header closed, then the body's fields.
    static func tail(_ s: PlanStatus) -> String { "}," + String(body(s).rendered().dropFirst()) + "\n" }

    /// Everything after the plan header, as one object.
    static func body(_ s: PlanStatus) -> JSONValue {
        .object([
            (
                "counts",
                .object([
                    ("workers", .int(s.workers)), ("cases", .int(s.cases)), ("served", .int(s.served)),
                    ("waiting", .int(s.waitingCount)),
                ])
            ),
            (
                "utilisation",
                .object([
                    ("mean", number(s.utilisation.mean)), ("p90", number(s.utilisation.p90)), ("max", number(s.utilisation.max)),
                    ("overloaded", .int(s.utilisation.overloaded)),
                ])
            ),
            ("pools", .array(s.pools.map(group))),
            ("organisations", .array(s.organisations.map(group))),
            (
                "waiting",
                .object([
                    ("by_priority", .object((1...3).map { ("\($0)", .int(s.waitingByPriority[$0] ?? 0)) })),
                    (
                        "by_reason",
                        .object(WaitingReason.allCases.compactMap { r in s.waitingByReason[r].map { (r.rawValue, .int($0)) } })
                    ),
                    (
                        "cases",
                        .array(
                            s.waiting.map {
                                .object([
                                    ("case", .string($0.caseID)), ("priority", .int($0.priority)),
                                    ("weeks_waiting", .int($0.weeksWaiting)), ("reason", .string($0.reason.rawValue)),
                                ])
                            })
                    ),
                ])
            ),
            (
                "workers",
                .array(
                    s.loads.map { w in
                        .object([
                            ("id", .string(w.id)), ("organisation", .string(w.organisation)), ("registered", .bool(w.registered)),
                            ("available_hours", number(w.availableHours)), ("planned_hours", number(w.plannedHours)),
                            ("utilisation", number(w.utilisation)), ("light", .string(w.light.rawValue)), ("cases", .int(w.cases)),
                            ("max_cases", .int(w.maxCases)),
                        ])
                    })
            ),
        ])
    }
}
