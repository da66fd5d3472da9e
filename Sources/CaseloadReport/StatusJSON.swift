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

    /// The document up to the plan's age: `{"plan":{"id":…,"age_seconds":`; `approved_at` is
    /// `null` for a draft.
    static func head(planID: Int64, week: ISOWeek, savedAt: String, approvedAt: String?) -> String {
        "{\"plan\":{\"id\":\(planID),\"week\":\"\(week)\",\"saved_at\":\"\(savedAt)\",\"approved_at\":"
            + (approvedAt.map { "\"\($0)\"" } ?? "null") + ",\"age_seconds\":"
    }

    /// The document after the plan's age and `week_passed`: the plan header closed, then the
    /// body's fields.
    static func tail(_ s: PlanStatus) -> String { "}," + String(body(s).rendered().dropFirst()) + "\n" }

    /// Everything after the plan header, as one object.
    static func body(_ s: PlanStatus) -> JSONValue {
        .object(summary(s) + [("workers", .array(s.loads.map(worker)))] + week(s))
    }

    /// Counts, utilisation, pools, organisations and the waiting list.
    static func summary(_ s: PlanStatus) -> [(String, JSONValue)] {
        let counts: JSONValue = .object([
            ("workers", .int(s.workers)), ("cases", .int(s.cases)), ("served", .int(s.served)), ("waiting", .int(s.waitingCount)),
        ])
        let utilisation: JSONValue = .object([
            ("mean", number(s.utilisation.mean)), ("p90", number(s.utilisation.p90)), ("max", number(s.utilisation.max)),
            ("overloaded", .int(s.utilisation.overloaded)),
        ])
        let byPriority: [(String, JSONValue)] = (1...3).map { p in ("\(p)", JSONValue.int(s.waitingByPriority[p] ?? 0)) }
        let byReason: [(String, JSONValue)] = WaitingReason.allCases.compactMap { r in
            s.waitingByReason[r].map { (r.rawValue, JSONValue.int($0)) }
        }
        let cases: [JSONValue] = s.waiting.map { w in
            .object([
                ("case", .string(w.caseID)), ("priority", .int(w.priority)), ("weeks_waiting", .int(w.weeksWaiting)),
                ("reason", .string(w.reason.rawValue)),
            ])
        }
        return [
            ("counts", counts), ("utilisation", utilisation), ("pools", .array(s.pools.map(group))),
            ("organisations", .array(s.organisations.map(group))),
            ("waiting", .object([("by_priority", .object(byPriority)), ("by_reason", .object(byReason)), ("cases", .array(cases))])),
        ]
    }

    /// A worker's load: `light` is on whichever limit binds (SPEC §6), `hours_light` on hours
    /// alone.
    static func worker(_ w: WorkerLoad) -> JSONValue {
        .object([
            ("id", .string(w.id)), ("organisation", .string(w.organisation)), ("registered", .bool(w.registered)),
            ("available_hours", number(w.availableHours)), ("planned_hours", number(w.plannedHours)),
            ("utilisation", number(w.utilisation)), ("light", .string(w.bindingLight.rawValue)),
            ("hours_light", .string(w.light.rawValue)), ("cases", .int(w.cases)), ("max_cases", .int(w.maxCases)),
            ("children", .int(w.children)), ("max_children", .int(w.maxChildren)), ("norm_use", number(w.normUse)),
            ("binding", .string(w.binding.rawValue)),
        ])
    }

    /// The week's registrations, handovers, stand-ins and uncovered hours.
    static func week(_ s: PlanStatus) -> [(String, JSONValue)] {
        let registrations: [JSONValue] = s.registrations.map { r in
            .object([
                ("worker", .string(r.worker)), ("organisation", .string(r.organisation)),
                ("until", r.until.map { .string($0.description) } ?? .null), ("state", .string(r.state.rawValue)),
            ])
        }
        let handovers: [JSONValue] = s.handovers.map { h in
            .object([
                ("case", .string(h.caseID)), ("role", .string(h.role.rawValue)), ("from", .string(h.from)), ("to", .string(h.to)),
                ("reason", .string(h.reason.rawValue)),
            ])
        }
        let standIns: [JSONValue] = s.standIns.map { x in
            .object([
                ("case", .string(x.caseID)), ("away", .string(x.absent)), ("stand_in", .string(x.standIn)), ("hours", number(x.hours)),
            ])
        }
        let uncovered: [JSONValue] = s.uncovered.map { u in
            .object([("case", .string(u.caseID)), ("worker", .string(u.worker)), ("hours", number(u.hours))])
        }
        return [
            ("registrations", .array(registrations)), ("handovers", .array(handovers)), ("stand_ins", .array(standIns)),
            ("uncovered", .array(uncovered)),
        ]
    }
}
