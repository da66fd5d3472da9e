import CaseloadCore

/// The plan as JSON (docs/formats.md, "The plan as JSON"), with a few added fields.
public enum PlanJSON {
    /// Rounds a reported figure down to 4 decimals: never reports more hours than there are.
    static func down4(_ x: Double) -> Double { (x * 10_000 + 1e-7).rounded(.down) / 10_000 }

    /// The JSON value of `plan`.
    public static func value(of plan: Plan) -> JSONValue {
        let s = plan.score
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
                            ("reason", .string($0.reason.rawValue)), ("detail", .string($0.detail)),
                        ])
                    })
            ),
            (
                "workers",
                .array(
                    plan.workers.map { w in
                        .object([
                            ("id", .string(w.id)), ("organisation", .string(w.organisation)), ("registered", .bool(w.registered)),
                            ("available_hours", .number(down4(w.availableHours))), ("planned_hours", .number(w.plannedHours)),
                            ("utilisation", w.utilisation.map { .number(JSONValue.round4($0)) } ?? .null), ("cases", .int(w.cases)),
                            ("max_cases", .int(w.maxCases)), ("children", .int(w.children)), ("max_children", .int(w.maxChildren)),
                            ("light", .string(w.light.rawValue)),
                        ])
                    })
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
}
