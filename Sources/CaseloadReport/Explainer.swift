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
    /// The language of the words, the formatter's.
    var language: Language { figures.language }
    /// `text` in the explainer's language.
    func say(_ text: Text) -> String { text(language) }
    /// This explainer in English: the JSON's sentences read the same whatever the run's language.
    var english: Explainer { Explainer(context: context, top: top, figures: .english) }
    /// A role code (`lead`, `partner`, `supporter`) in words.
    func role(_ code: String) -> String { say(Texts.Explain.role(code)) }

    // MARK: Cases

    /// The case's facts a manager may read: code, priority, weeks, hours.
    func caseHeader(_ c: Case, _ info: PlanningProblem.CaseInfo) -> String {
        var out = say(Texts.Explain.caseHeader(c.id, priority: c.priority, weeks: info.weeksWaiting))
        out += c.duo ? say(Texts.Explain.duo) : ""
        if c.lock, let lead = c.givenLead {
            out += say(Texts.Explain.pinnedTo(say(Texts.Explain.ledBy(lead, partner: c.givenPartner))))
            if let note = plan.locks.first(where: { $0.caseID == c.id }) {
                out += say(note.kept ? Texts.Explain.pinKept : Texts.Explain.pinNotKept(note.reasonText.map(say) ?? ""))
            } else {
                out += say(Texts.Explain.pinnedLater)
            }
        }
        out += say(Texts.Explain.hoursPerWeek)
        out += hours(of: c).map { "\(say(TaskKind.name($0.key))) \(h($0.value))" }.joined(separator: ", ")
        out += say(c.hours == nil ? Texts.Explain.defaultHours : Texts.Explain.givenHours)
        out += say(Texts.Explain.current(lead: c.lead, partner: c.partner))
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
            out += say(Texts.Explain.served(say(Texts.Explain.ledBy(a.lead, partner: a.partner))))
            if let lead = c.lead, lead == a.lead { out += say(Texts.Explain.keepsLead) }
            // Why the family changed hands: the reason, and the rule behind it.
            for handover in plan.handovers where handover.caseID == id {
                out += say(
                    Texts.Explain.handover(
                        say(Texts.Plan.role(handover.role)), from: handover.from, to: handover.to,
                        reason: say(Texts.Plan.reason(handover.reason))))
                out += because(handover, c)
            }
            for t in a.tasks { out += "\n    \(say(TaskKind.name(t.kind))): \(t.worker) \(h(t.hours)) \(say(Texts.Explain.h))" }
            for s in plan.standIns where s.caseID == id {
                out += say(Texts.Explain.standIn(s.standIn, hours: h(s.hours), absent: s.absent))
            }
            for u in plan.uncovered where u.caseID == id { out += say(Texts.Explain.uncovered(h(u.hours), of: u.worker)) }
            if let note = plan.locks.first(where: { $0.caseID == id }), !note.kept {
                out += say(Texts.Explain.lockNotKept(note.reasonText.map(say) ?? ""))
            }
            if context.state.choices[index] != nil {
                let options = recommender.recommend(index, top: top, ejections: false)
                out += say(Texts.Explain.alternatives)
                for (i, option) in options.enumerated() { out += "\n  " + report.line(option, of: index, rank: i + 1) }
            }
            return out
        }
        if let w = plan.waiting.firstIndex(where: { $0.caseID == id }) {
            let entry = plan.waiting[w]
            out += say(Texts.Explain.waits(w + 1, weeks: entry.weeksWaiting))
            out += say(Texts.Explain.reason(say(Texts.Plan.waiting(entry.reason)), say(Texts.Waiting.detail(entry.detail))))
            // Why not: a voluntary handover that would serve it, what it buys and costs.
            for p in plan.proposals where p.serves.contains(id) {
                let moves = p.moves.map {
                    say(Texts.Explain.move($0.caseID, role: say(Texts.Plan.role($0.role)), from: $0.from, to: $0.to))
                }.joined(separator: ", ")
                out += say(Texts.Explain.proposal(p.id, moves: moves, score: figures.decimal(p.scoreChange, decimals: 1)))
            }
        } else {
            out += say(Texts.Explain.notInPlan)
        }
        if let note = plan.locks.first(where: { $0.caseID == id }), !note.kept {
            out += say(Texts.Explain.lockNotKept(note.reasonText.map(say) ?? ""))
        }
        out += "\n" + report.text(ServiceGap(recommender: recommender, case: index, top: top), top: top)
        return out
    }

    /// Case `id` as JSON; `nil` when the scenario has no such case.
    public func caseJSON(_ id: String) -> JSONValue? {
        guard language == .en else { return english.caseJSON(id) }
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
        say(
            Texts.Explain.because(
                handover.reason, who: handover.from, monday: figures.date(scenario.week.monday),
                framework: c.framework.name, standInWeeks: scenario.settings.standInMaxWeeks))
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
        typealias T = Texts.Explain
        var out = say(T.worker(w.id, role: w.role, organisation: w.organisation))
        out += say(
            cap.registered
                ? T.registeredUntil(figures.date(w.registeredUntil!))
                : (w.registeredUntil.map { T.registrationEnded(figures.date($0)) } ?? T.notRegistered))
        out += say(T.mayDo(w.tasks.map { say(TaskKind.name($0)) }.joined(separator: ", ")))
        out += say(T.contract(h(w.hours), share: h(w.caseworkShare ?? scenario.settings.caseworkShare)))
        let ramp = scenario.rampUpFactor(of: w)
        if ramp != 1 { out += say(T.rampUp(h(ramp), started: figures.date(w.started!))) }
        out += say(T.base(h(cap.baseHours)))
        if let leaves = w.leaves, leaves.ordinal <= scenario.week.allDays.upperBound {
            out += say(leaves < scenario.week.monday ? T.leftAfter(figures.date(leaves)) : T.lastDay(figures.date(leaves)))
        }
        if cap.availableHours < cap.baseHours { out += say(T.absent(h(cap.baseHours - cap.availableHours))) }
        out += say(T.available(h(cap.availableHours)))
        if cap.limitHours > cap.availableHours + 1e-9 { out += say(T.withOverload(h(cap.limitHours))) }
        if let load {
            out += say(
                T.planned(
                    h(load.plannedHours), of: h(load.availableHours), share: figures.percent(load.utilisation),
                    light: say(Texts.Plan.light(load.light))))
            out += say(T.left(h(max(0, cap.limitHours - load.plannedHours))))
            out += say(T.norm(cases: load.cases, of: load.maxCases, children: load.children, of: load.maxChildren))
            out += say(T.balancePoints(figures.decimal(balancePoints(id), decimals: 2)))
        }
        let families = week(of: id)
        out += say(families.isEmpty ? T.nothingPlanned : T.week)
        for f in families {
            out += "\n    \(Column.pad(f.caseID, 10)) \(Column.pad(role(f.role), 13)) "
            out += f.tasks.map { "\(say(TaskKind.name($0.kind))) \(h($0.hours)) \(say(T.h))" }.joined(separator: ", ")
        }
        let gone = lost(id)
        if !gone.isEmpty { out += say(T.handedOverOrWaiting) + gone.joined(separator: ", ") }
        return out
    }

    /// Worker `id` as JSON; `nil` when the scenario has no such worker.
    public func workerJSON(_ id: String) -> JSONValue? {
        guard language == .en else { return english.workerJSON(id) }
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
