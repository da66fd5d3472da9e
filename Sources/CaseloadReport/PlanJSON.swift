import CaseloadCore

/// The plan as JSON (docs/formats.md, "The plan as JSON"), with a few added fields.
public enum PlanJSON {
    /// Rounds a reported figure down to 4 decimals: never reports more hours than there are.
    static func down4(_ x: Double) -> Double { (x * 10_000 + 1e-7).rounded(.down) / 10_000 }

    /// The JSON value of `plan`. With `scenario` (the people of record), every entry of
    /// `workers` carries the families the worker holds and those handed away from them; with
    /// `worker`, `workers` holds that worker only.
    public static func value(of plan: Plan, scenario: Scenario? = nil, worker: String? = nil) -> JSONValue {
        let s = plan.score
        let roster = scenario.map { Roster(plan: plan, scenario: $0) }
        let lists = Dictionary((roster?.entries ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let workers: [JSONValue] = plan.workers.filter { worker == nil || $0.id == worker }.map { workerEntry($0, lists[$0.id]) }
        return .object([
            ("week", .string(plan.week.description)),
            (
                "score",
                .object([
                    ("hard", .int(s.hard)), ("waiting", .int(s.waiting)), ("handovers", .int(s.handovers)),
                    ("undelegated_hours", .number(JSONValue.round4(s.undelegatedHours))), ("balance", .number(JSONValue.round4(s.balance))),
                    ("lead_handovers", .int(s.leadHandovers)), ("partner_handovers", .int(s.partnerHandovers)),
                    ("waiting_penalty", .number(JSONValue.round4(s.waitingPenalty))), ("soft", .number(JSONValue.round4(s.soft))),
                ])
            ),
            (
                "assignments",
                .array(
                    plan.assignments.map { a in
                        var fields: [(String, JSONValue)] = [("case", .string(a.caseID)), ("lead", .string(a.lead))]
                        if let p = a.partner { fields.append(("partner", .string(p))) }
                        fields.append(
                            (
                                "tasks",
                                .array(
                                    a.tasks.map {
                                        .object([("kind", .string($0.kind)), ("worker", .string($0.worker)), ("hours", .number($0.hours))])
                                    })
                            ))
                        return .object(fields)
                    })
            ),
            (
                "waiting",
                .array(
                    plan.waiting.map {
                        .object([
                            ("case", .string($0.caseID)), ("priority", .int($0.priority)), ("weeks_waiting", .int($0.weeksWaiting)),
                            ("reason", .string($0.reason.rawValue)), ("detail", .string(Texts.Waiting.detail($0.detail).en)),
                        ])
                    })
            ),
            (
                "workers",
                .array(workers)
            ),
            (
                "handovers",
                .array(
                    plan.handovers.map { h in
                        .object([
                            ("case", .string(h.caseID)), ("role", .string(h.role.rawValue)), ("from", .string(h.from)),
                            ("to", .string(h.to)), ("reason", .string(h.reason.rawValue)),
                        ])
                    })
            ),
            (
                "proposals",
                .array(
                    plan.proposals.map { p in
                        .object([
                            ("id", .int(p.id)),
                            (
                                "moves",
                                .array(
                                    p.moves.map { m in
                                        .object([
                                            ("case", .string(m.caseID)), ("role", .string(m.role.rawValue)),
                                            ("from", .string(m.from)), ("to", .string(m.to)),
                                        ])
                                    })
                            ),
                            ("serves", .array(p.serves.map { .string($0) })),
                            ("score_change", .number(JSONValue.round4(p.scoreChange))),
                        ])
                    })
            ),
            (
                "stand_ins",
                .array(
                    plan.standIns.map { s in
                        .object([
                            ("case", .string(s.caseID)), ("absent", .string(s.absent)), ("stand_in", .string(s.standIn)),
                            ("hours", .number(s.hours)),
                        ])
                    })
            ),
            (
                "uncovered",
                .array(
                    plan.uncovered.map { u in
                        .object([("case", .string(u.caseID)), ("worker", .string(u.worker)), ("hours", .number(u.hours))])
                    })
            ),
            (
                "locks",
                .array(
                    plan.locks.map { l in
                        var fields: [(String, JSONValue)] = [("case", .string(l.caseID)), ("kept", .bool(l.kept))]
                        if let r = l.reason { fields.append(("reason", .string(r))) }
                        return .object(fields)
                    })
            ),
            (
                "solver",
                .object(
                    [
                        ("name", .string(plan.solver.name)), ("seconds", .number(JSONValue.round4(plan.solver.seconds))),
                        ("seed", .int(Int(truncatingIfNeeded: plan.solver.seed))), ("threads", .int(plan.solver.threads)),
                        ("moves", .int(plan.solver.moves)), ("stop", .string(plan.solver.stop)),
                    ]
                        + (plan.solver.constructionScore.map { [("construction_soft", JSONValue.number(JSONValue.round4($0)))] } ?? [])
                        + (plan.solver.lowerBound.map { [("lower_bound", JSONValue.number(JSONValue.round4($0)))] } ?? [])
                        + (plan.solver.constructionSeconds.map { [("construction_seconds", JSONValue.number(JSONValue.round4($0)))] } ?? [])
                        + (plan.solver.trace.isEmpty
                            ? []
                            : [
                                (
                                    "trace",
                                    JSONValue.array(
                                        plan.solver.trace.map {
                                            .array([.number(JSONValue.round4($0.seconds)), .number(JSONValue.round4($0.soft))])
                                        })
                                )
                            ]))
            ),
        ])
    }

    /// A worker's week and, with their roster entry, their families.
    static func workerEntry(_ w: WorkerLoad, _ entry: Roster.Entry?) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(w.id)), ("organisation", .string(w.organisation)), ("registered", .bool(w.registered)),
            ("available_hours", .number(down4(w.availableHours))), ("planned_hours", .number(w.plannedHours)),
            ("utilisation", w.utilisation.map { .number(JSONValue.round4($0)) } ?? .null), ("cases", .int(w.cases)),
            ("max_cases", .int(w.maxCases)), ("children", .int(w.children)), ("max_children", .int(w.maxChildren)),
            ("light", .string(w.light.rawValue)),
        ]
        if let entry {
            fields.append(("families", .array(entry.lines.map(family))))
            fields.append(("handed_away", .array(entry.handedAway.map(handedAway))))
        }
        return .object(fields)
    }

    /// A family a worker holds: `case`, `framework`, `phase`, `role`, `hours`, `change`, and
    /// `kinds` (a supporter's), `from` and `reason` (a handover to them), `for` (a stand-in),
    /// `away_hours` (their hours a stand-in covers or no one does) where they apply.
    static func family(_ l: Roster.Line) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("case", .string(l.caseID)), ("framework", l.framework.map { .string($0.rawValue) } ?? .null),
            ("phase", l.phase.map { .string($0.rawValue) } ?? .null), ("role", .string(l.role.rawValue)),
        ]
        if !l.kinds.isEmpty { fields.append(("kinds", .array(l.kinds.map { .string($0) }))) }
        fields.append(("hours", .number(l.hours)))
        fields.append(("change", .string(l.change.rawValue)))
        if let from = l.from { fields.append(("from", .string(from))) }
        if let reason = l.reason { fields.append(("reason", .string(reason.rawValue))) }
        if let absent = l.standingInFor { fields.append(("for", .string(absent))) }
        if l.awayHours > 0 { fields.append(("away_hours", .number(l.awayHours))) }
        return .object(fields)
    }

    /// A family handed away from a worker: `case`, `framework`, `phase`, `role`, `to` (absent
    /// when the family waits) and `reason` (the handover's, or the waiting list's).
    static func handedAway(_ l: Roster.Loss) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("case", .string(l.caseID)), ("framework", l.framework.map { .string($0.rawValue) } ?? .null),
            ("phase", l.phase.map { .string($0.rawValue) } ?? .null), ("role", .string(l.role.rawValue)),
        ]
        if let to = l.to { fields.append(("to", .string(to))) }
        if let reason = l.reason?.rawValue ?? l.waiting?.rawValue { fields.append(("reason", .string(reason))) }
        return .object(fields)
    }
}
