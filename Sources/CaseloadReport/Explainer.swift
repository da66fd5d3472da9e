import CaseloadCore

/// Words and JSON for `caseload explain ID`: facts about a case or a worker in a plan, and
/// nothing about a family beyond its code, priority, weeks and hours.
public struct Explainer: Sendable {
    /// The plan explained.
    public let context: PlanContext
    /// How many leads, options and contributors to list.
    public var top: Int
    /// The formatter.
    public var figures: Figures

    /// Explains within `context`, listing `top` of everything.
    public init(context: PlanContext, top: Int = 5, figures: Figures = .english) {
        self.context = context
        self.top = top
        self.figures = figures
    }

    var scenario: Scenario { context.scenario }
    var plan: Plan { context.plan }
    var report: OptionReport { OptionReport(context: context, figures: figures) }

    /// Hours in a sentence.
    func h(_ x: Double) -> String { figures.shortHours(x) }

    // MARK: Cases

    /// The case's facts a manager may read: code, priority, weeks, hours.
    func caseHeader(_ c: Case, _ info: PlanningProblem.CaseInfo) -> String {
        var out = "case \(c.id): priority \(c.priority), \(info.weeksWaiting) weeks waiting"
        out += c.duo ? ", duo" : ""
        if c.lock, let lead = c.givenLead {
            out += ", pinned to lead \(lead)" + (c.givenPartner.map { " with partner \($0)" } ?? "")
            if let note = plan.locks.first(where: { $0.caseID == c.id }) {
                out += note.kept ? " (kept)" : " (not kept: \(note.reason ?? ""))"
            } else {
                out += " (pinned after this plan was made)"
            }
        }
        out += "\n  hours per week: " + hours(of: c).map { "\($0.key) \(h($0.value))" }.joined(separator: ", ")
        out += c.hours == nil ? " (case type defaults)" : " (given)"
        out += "\n  current: lead \(c.lead ?? "none")" + (c.partner.map { ", partner \($0)" } ?? "")
        return out
    }

    func hours(of c: Case) -> [(key: String, value: Double)] {
        scenario.demand(of: c).filter { $0.value > 0 }.sorted { $0.key < $1.key }
    }

    /// Case `id` in words; `nil` when the scenario has no such case.
    public func explainCase(_ id: String) -> String? {
        guard let index = context.caseIndex(id) else { return nil }
        let c = scenario.cases[index]
        let info = context.problem.cases[index]
        var out = caseHeader(c, info)
        let recommender = Recommender(state: context.state, weights: context.weights, locked: context.locked)
        if let a = plan.assignments.first(where: { $0.caseID == id }) {
            out += "\n  SERVED by lead \(a.lead)" + (a.partner.map { " with partner \($0)" } ?? "")
            if let lead = c.lead, lead == a.lead { out += " — the lead of record keeps the family" }
            // Why the family changed hands: the reason, and the rule behind it.
            for handover in plan.handovers where handover.caseID == id {
                out += "\n  HANDOVER of the \(handover.role.rawValue) \(handover.from) → \(handover.to): \(handover.reason.rawValue) — "
                out += because(handover, c)
            }
            for t in a.tasks { out += "\n    \(t.kind): \(t.worker) \(h(t.hours)) h" }
            for s in plan.standIns where s.caseID == id {
                out += "\n  stand-in: \(s.standIn) takes \(h(s.hours)) h while \(s.absent) is away (no handover)"
            }
            for u in plan.uncovered where u.caseID == id {
                out += "\n  uncovered: \(h(u.hours)) h of \(u.worker)'s, who is away; no colleague may take them"
            }
            if let note = plan.locks.first(where: { $0.caseID == id }), !note.kept { out += "\n  lock not kept: \(note.reason ?? "")" }
            if context.state.choices[index] != nil {
                let options = recommender.recommend(index, top: top, ejections: false)
                out += "\n  alternatives (score change against these people):"
                for (i, option) in options.enumerated() { out += "\n  " + report.line(option, of: index, rank: i + 1) }
            }
            return out
        }
        if let w = plan.waiting.firstIndex(where: { $0.caseID == id }) {
            let entry = plan.waiting[w]
            out += "\n  WAITS: #\(w + 1) on the waiting list, \(entry.weeksWaiting) weeks waiting"
            out += "\n  reason: \(entry.reason.rawValue) — \(Texts.Waiting.detail(entry.detail).en)"
            // Why not: a voluntary handover that would serve it, what it buys and costs.
            for p in plan.proposals where p.serves.contains(id) {
                let moves = p.moves.map { "\($0.caseID)'s \($0.role.rawValue) \($0.from) → \($0.to)" }.joined(separator: ", ")
                out += "\n  PROPOSAL \(p.id): \(moves) would serve it; score \(figures.decimal(p.scoreChange, decimals: 1))"
                out += " (a voluntary handover: the manager's to accept, `--allow-handovers` makes it)"
            }
        } else {
            out += "\n  NOT IN THIS PLAN: the family was added after it was made"
        }
        if let note = plan.locks.first(where: { $0.caseID == id }), !note.kept { out += "\n  lock not kept: \(note.reason ?? "")" }
        out += "\n" + report.text(ServiceGap(recommender: recommender, case: index, top: top), top: top)
        return out
    }

    /// Case `id` as JSON; `nil` when the scenario has no such case.
    public func caseJSON(_ id: String) -> JSONValue? {
        guard let index = context.caseIndex(id) else { return nil }
        let c = scenario.cases[index]
        let info = context.problem.cases[index]
        var fields: [(String, JSONValue)] = [
            ("case", .string(c.id)), ("priority", .int(c.priority)), ("weeks_waiting", .int(info.weeksWaiting)),
            ("hours", .object(hours(of: c).map { ($0.key, .number($0.value)) })),
            ("current", .object([("lead", c.lead.map { .string($0) } ?? .null), ("partner", c.partner.map { .string($0) } ?? .null)])),
        ]
        let recommender = Recommender(state: context.state, weights: context.weights, locked: context.locked)
        if let a = plan.assignments.first(where: { $0.caseID == id }) {
            fields.append(("status", .string("served")))
            fields.append(("lead", .string(a.lead)))
            fields.append(("partner", a.partner.map { .string($0) } ?? .null))
            fields.append(
                (
                    "tasks",
                    .array(
                        a.tasks.map { .object([("kind", .string($0.kind)), ("worker", .string($0.worker)), ("hours", .number($0.hours))]) })
                ))
            if context.state.choices[index] != nil {
                let options = recommender.recommend(index, top: top, ejections: false)
                fields.append(("alternatives", .array(options.enumerated().map { report.json($1, of: index, rank: $0 + 1) })))
            }
        } else {
            if let w = plan.waiting.firstIndex(where: { $0.caseID == id }) {
                fields.append(("status", .string("waiting")))
                fields.append(("position", .int(w + 1)))
                fields.append(("reason", .string(plan.waiting[w].reason.rawValue)))
                fields.append(("detail", .string(Texts.Waiting.detail(plan.waiting[w].detail).en)))
            } else {
                fields.append(("status", .string("not-in-plan")))
            }
            fields += report.json(ServiceGap(recommender: recommender, case: index, top: top), top: top)
        }
        if let note = plan.locks.first(where: { $0.caseID == id }) {
            fields.append(("lock", .object([("kept", .bool(note.kept)), ("reason", note.reason.map { .string($0) } ?? .null)])))
        }
        let handovers = plan.handovers.filter { $0.caseID == id }
        if !handovers.isEmpty {
            fields.append(
                (
                    "handovers",
                    .array(
                        handovers.map { handover in
                            .object([
                                ("role", .string(handover.role.rawValue)), ("from", .string(handover.from)),
                                ("to", .string(handover.to)), ("reason", .string(handover.reason.rawValue)),
                                ("because", .string(because(handover, c))),
                            ])
                        })
                ))
        }
        let proposals = plan.proposals.filter { $0.serves.contains(id) }
        if !proposals.isEmpty {
            fields.append(("proposals", .array(proposals.map { .int($0.id) })))
        }
        return .object(fields)
    }

    /// Why `handover` was made, in a sentence with the rule behind it.
    func because(_ handover: Handover, _ c: Case) -> String {
        let who = handover.from
        switch handover.reason {
        case .registrationLapsed:
            return "\(who)'s registration is not valid on \(figures.date(scenario.week.monday)) (H1)"
        case .noMandate:
            return
                "\(who)'s organisation may not carry \(c.framework.rawValue) (H10), or may not see a family led from the lead's organisation (H11)"
        case .notQualified:
            return "\(who) may not do the work: a task kind no supporter could take, a skill or the municipality (H2, H5, H6, H7)"
        case .absent:
            return "\(who) is away longer than \(scenario.settings.standInMaxWeeks) weeks: too long for a stand-in"
        case .leaving:
            return "\(who) leaves before the week's Friday"
        case .overNorm:
            return "\(who)'s families of record pass their caseload norm (H4); the least urgent, shortest known move"
        case .overHours:
            return "\(who)'s families of record need more hours than \(who) has this week (H3)"
        case .pinned:
            return "the family is pinned; the lock note says why its given people could not keep it (H9)"
        case .allowed:
            return "voluntary, within the allowance for this plan (--allow-handovers, max_voluntary_handovers)"
        }
    }

    // MARK: Workers

    /// The worker's families: role and hours per task.
    func week(of id: String) -> [(caseID: String, role: String, tasks: [TaskAssignment])] {
        plan.assignments.compactMap { a in
            let tasks = a.tasks.filter { $0.worker == id }
            guard !tasks.isEmpty || a.lead == id || a.partner == id else { return nil }
            return (a.caseID, a.lead == id ? "lead" : a.partner == id ? "partner" : "supporter", tasks)
        }
    }

    /// Families this worker had and no longer has in the plan.
    func lost(_ id: String) -> [String] {
        scenario.cases.filter { $0.lead == id || $0.partner == id }.filter { c in
            !plan.assignments.contains { $0.caseID == c.id && ($0.lead == id || $0.partner == id) }
        }.map(\.id)
    }

    /// The worker's share of S4.
    func balancePoints(_ id: String) -> Double {
        let analysis = ScoreAnalysis(plan: plan, state: context.state, weights: context.weights, top: Int.max)
        return analysis.terms[3].contributors.first { $0.subject == id }?.points ?? 0
    }

    /// Worker `id` in words; `nil` when the scenario has no such worker.
    public func explainWorker(_ id: String) -> String? {
        guard let w = scenario.staff.first(where: { $0.id == id }) else { return nil }
        let cap = scenario.capacity(of: w)
        let load = plan.workers.first { $0.id == id }
        var out = "worker \(w.id)" + (w.role.map { " (\($0))" } ?? "") + ", \(w.organisation)"
        out +=
            cap.registered
            ? ", registered until \(figures.date(w.registeredUntil!))"
            : (w.registeredUntil.map { ", registration ended \(figures.date($0))" } ?? ", not registered")
        out += "\n  may do: \(w.tasks.joined(separator: ", "))"
        out += "\n  hours: \(h(w.hours)) contract × \(h(w.caseworkShare ?? scenario.settings.caseworkShare)) casework share"
        let ramp = scenario.rampUpFactor(of: w)
        if ramp != 1 { out += " × \(h(ramp)) ramp-up (started \(figures.date(w.started!)))" }
        out += " = \(h(cap.baseHours)) h"
        if let leaves = w.leaves, leaves.ordinal <= scenario.week.allDays.upperBound {
            out += leaves < scenario.week.monday ? " (left after \(figures.date(leaves)))" : " (last working day \(figures.date(leaves)))"
        }
        if cap.availableHours < cap.baseHours { out += "; absent \(h(cap.baseHours - cap.availableHours)) h this week" }
        out += "; available \(h(cap.availableHours)) h"
        if cap.limitHours > cap.availableHours + 1e-9 { out += " (\(h(cap.limitHours)) h with the allowed overload)" }
        if let load {
            out +=
                "\n  planned \(h(load.plannedHours)) h of \(h(load.availableHours)) h (\(figures.percent(load.utilisation)), \(load.light.rawValue))"
            out += "; \(h(max(0, cap.limitHours - load.plannedHours))) h left"
            out += "\n  norm: families \(load.cases)/\(load.maxCases), children \(load.children)/\(load.maxChildren)"
            out += "; balance (S4) \(figures.decimal(balancePoints(id), decimals: 2)) points"
        }
        let families = week(of: id)
        out += families.isEmpty ? "\n  nothing planned this week" : "\n  week:"
        for f in families {
            out += "\n    \(Column.pad(f.caseID, 10)) \(Column.pad(f.role, 10)) "
            out += f.tasks.map { "\($0.kind) \(h($0.hours)) h" }.joined(separator: ", ")
        }
        let gone = lost(id)
        if !gone.isEmpty { out += "\n  handed over or waiting: " + gone.joined(separator: ", ") }
        return out
    }

    /// Worker `id` as JSON; `nil` when the scenario has no such worker.
    public func workerJSON(_ id: String) -> JSONValue? {
        guard let w = scenario.staff.first(where: { $0.id == id }) else { return nil }
        let cap = scenario.capacity(of: w)
        var fields: [(String, JSONValue)] = [
            ("worker", .string(w.id)), ("organisation", .string(w.organisation)), ("registered", .bool(cap.registered)),
            ("tasks", .array(w.tasks.map { .string($0) })), ("available_hours", .number(cap.availableHours)),
            ("limit_hours", .number(cap.limitHours)),
        ]
        if let load = plan.workers.first(where: { $0.id == id }) {
            fields += [
                ("planned_hours", .number(load.plannedHours)),
                ("hours_left", .number(JSONValue.round4(max(0, cap.limitHours - load.plannedHours)))),
                ("utilisation", load.utilisation.map { .number(JSONValue.round4($0)) } ?? .null),
                ("light", .string(load.light.rawValue)),
                ("cases", .int(load.cases)), ("max_cases", .int(load.maxCases)), ("children", .int(load.children)),
                ("max_children", .int(load.maxChildren)), ("balance_points", .number(JSONValue.round4(balancePoints(id)))),
            ]
        }
        fields.append(
            (
                "families",
                .array(
                    week(of: id).map { f in
                        .object([
                            ("case", .string(f.caseID)), ("role", .string(f.role)),
                            ("tasks", .array(f.tasks.map { .object([("kind", .string($0.kind)), ("hours", .number($0.hours))]) })),
                        ])
                    })
            ))
        fields.append(("handed_over_or_waiting", .array(lost(id).map { .string($0) })))
        return .object(fields)
    }
}
