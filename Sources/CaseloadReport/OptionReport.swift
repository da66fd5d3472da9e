import CaseloadCore

/// Words and JSON for the ways to serve one family (`Recommendation`) and for what blocks it
/// (`ServiceGap`); shared by `explain` and `recommend`. Names only workers and case codes.
public struct OptionReport: Sendable {
    /// The plan the options are scored against.
    public let context: PlanContext
    /// The formatter.
    public var figures: Figures

    /// Options and gaps within `context`.
    public init(context: PlanContext, figures: Figures = .english) {
        self.context = context
        self.figures = figures
    }

    var problem: PlanningProblem { context.problem }
    var state: PlanState { context.state }

    /// Worker `w`'s id; `none` for no worker.
    public func name(_ w: Int?) -> String { w.map { problem.workers[$0].id } ?? "none" }

    /// Hours in thousandths, in a sentence.
    func h(units: Int) -> String { figures.shortHours(PlanningProblem.hours(units)) }

    /// Weighted change per soft term of an option.
    func termPoints(_ effect: Score) -> [(name: String, points: Double)] {
        let w = context.weights
        return [
            ("waiting", w.waiting * effect.waitingPenalty),
            ("handover", w.handover * effect.handoverCount),
            ("undelegated", w.undelegated * effect.undelegatedHours),
            ("balance", w.balance * effect.balance),
        ]
    }

    /// The delegable tasks of `choice` on case `c`, as `kind → worker`.
    func supporters(_ choice: CaseChoice, of c: Int) -> [(kind: String, worker: String, hours: Double)] {
        let info = problem.cases[c]
        return choice.delegates.enumerated().map { d, w in
            (problem.kinds[info.delegableTasks[d].kind].id, name(w), PlanningProblem.hours(info.delegableTasks[d].units))
        }
    }

    /// The role a worker gives up on the moved family to make room for `option`, that worker,
    /// and who takes the role (`nil`: nobody, the family waits).
    func ejectionRole(_ e: Recommendation.Ejection, in option: Recommendation) -> (role: String, from: Int, to: Int?) {
        guard let to = e.to else {
            // The family leaves whole; the worker it freed is the new family's lead.
            if let partner = e.from.partner, partner == option.choice.lead, e.from.lead != option.choice.lead {
                return ("partner", partner, nil)
            }
            return ("lead", e.from.lead, nil)
        }
        if e.from.lead != to.lead { return ("lead", e.from.lead, to.lead) }
        return ("partner", e.from.partner ?? e.from.lead, to.partner)
    }

    /// An ejection in words: "fam-x lead a-1 → b-1" or "fam-x back on the waiting list (lead a-1)".
    func ejectionPhrase(_ e: Recommendation.Ejection, in option: Recommendation) -> String {
        let (role, from, to) = ejectionRole(e, in: option)
        let family = problem.cases[e.c]
        return e.waits
            ? "\(family.id) back on the waiting list (priority \(family.priority), \(role) \(name(from)))"
            : "\(family.id) \(role) \(name(from)) → \(name(to))"
    }

    // MARK: Options

    /// One option on one line (and a second for an ejection).
    public func line(_ option: Recommendation, of c: Int, rank: Int) -> String {
        let choice = option.choice
        var out = Column.pad("\(rank).", 4) + "lead " + name(choice.lead)
        if let partner = choice.partner { out += ", partner " + name(partner) }
        let tasks = supporters(choice, of: c)
        if !tasks.isEmpty { out += ", " + tasks.map { "\($0.kind) \($0.worker)" }.joined(separator: ", ") }
        out += "   Δ " + figures.change(option.delta)
        let terms = termPoints(option.effect).filter { abs($0.points) >= 0.05 }
        if !terms.isEmpty { out += " (" + terms.map { "\($0.name) \(figures.change($0.points))" }.joined(separator: ", ") + ")" }
        if option.isCurrent { out += "   ← current" }
        if let e = option.ejection {
            out += "\n      needs a move: \(ejectionPhrase(e, in: option)) (Δ \(figures.change(e.delta)) for that move)"
        }
        return out
    }

    /// An option as JSON.
    public func json(_ option: Recommendation, of c: Int, rank: Int) -> JSONValue {
        let choice = option.choice
        var fields: [(String, JSONValue)] = [("rank", .int(rank)), ("lead", .string(name(choice.lead)))]
        if let partner = choice.partner { fields.append(("partner", .string(name(partner)))) }
        fields.append(
            (
                "delegable_tasks",
                .array(
                    supporters(choice, of: c).map {
                        .object([("kind", .string($0.kind)), ("worker", .string($0.worker)), ("hours", .number($0.hours))])
                    })
            ))
        fields.append(("current", .bool(option.isCurrent)))
        fields.append(("delta", .number(JSONValue.round4(option.delta))))
        fields.append(("terms", .object(termPoints(option.effect).map { ($0.name, .number(JSONValue.round4($0.points))) })))
        let e = option.effect
        fields.append(
            (
                "changes",
                .object([
                    ("waiting", .int(e.waiting)), ("lead_handovers", .int(e.leadHandovers)),
                    ("partner_handovers", .int(e.partnerHandovers)), ("undelegated_hours", .number(JSONValue.round4(e.undelegatedHours))),
                    ("balance", .number(JSONValue.round4(e.balance))),
                ])
            ))
        if let ejection = option.ejection {
            let (role, from, to) = ejectionRole(ejection, in: option)
            fields.append(
                (
                    "ejection",
                    .object([
                        ("case", .string(problem.cases[ejection.c].id)), ("role", .string(role)), ("from", .string(name(from))),
                        ("to", to.map { .string(name($0)) } ?? .null), ("waits", .bool(ejection.waits)),
                        ("delta", .number(JSONValue.round4(ejection.delta))),
                    ])
                ))
        } else {
            fields.append(("ejection", .null))
        }
        return .object(fields)
    }

    // MARK: Gaps

    /// What stops one lead, in words.
    func why(_ check: LeadCheck, of c: Int) -> String {
        let w = check.worker
        let capacity = problem.workers[w].capacity
        return check.blocks.map { block -> String in
            switch block {
            case .registration: return "not registered on \(figures.date(problem.scenario.week.monday))"
            case .taskKind: return "may not do a registered task of the family"
            case .municipality: return "does not serve the family's municipality"
            case .mandate: return "their organisation has no mandate for the family's framework"
            case .skill: return "lacks a required skill"
            case .noHours: return "no hours this week"
            case .norm:
                return state.caseCount[w] + 1 > capacity.maxCases
                    ? "at the norm of \(capacity.maxCases) families" : "would pass the norm of \(capacity.maxChildren) children"
            case .hours: return "\(h(units: check.room)) h left, needs \(h(units: check.units)) h"
            case .partner: return "no duo partner fits next to them"
            case .supporters: return "a delegable task no supporter has room for, that neither they nor a partner may do"
            }
        }.joined(separator: "; ")
    }

    /// The leads closest to taking the family: fewest blocks, then fewest hours short.
    func closest(_ gap: ServiceGap, top: Int) -> [LeadCheck] {
        Array(
            gap.checks.sorted { a, b in
                if a.blocks.count != b.blocks.count { return a.blocks.count < b.blocks.count }
                let sa = a.units - a.room, sb = b.units - b.room
                return sa != sb ? sa < sb : a.worker < b.worker
            }.prefix(top))
    }

    /// The smallest changes, as sentences.
    func smallestChanges(_ gap: ServiceGap) -> [String] {
        var lines: [String] = []
        if let now = gap.options.first(where: { $0.ejection == nil }) {
            lines.append(
                "it fits now: lead \(name(now.choice.lead))"
                    + (now.choice.partner.map { " with partner \(name($0))" } ?? "")
                    + " (Δ \(figures.change(now.delta))); see `caseload recommend \(problem.cases[gap.c].id)`")
        }
        if let fix = gap.capacityFix { lines.append(sentence(fix)) }
        for option in gap.options where option.ejection != nil {
            let e = option.ejection!
            let (role, freed, to) = ejectionRole(e, in: option)
            let capacity = problem.workers[freed].capacity
            let why: String
            if state.caseCount[freed] + 1 > capacity.maxCases {
                why = "is at the norm of \(capacity.maxCases) families"
            } else if state.childCount[freed] + problem.cases[gap.c].children > capacity.maxChildren {
                why = "would pass the norm of \(capacity.maxChildren) children"
            } else {
                why = "has too few hours left"
            }
            let serving =
                "lead \(name(option.choice.lead))" + (option.choice.partner.map { " with partner \(name($0))" } ?? "")
            let move =
                e.waits
                ? "putting \(problem.cases[e.c].id) (priority \(problem.cases[e.c].priority)) back on the waiting list"
                : "moving \(problem.cases[e.c].id) to \(name(to)) as \(role)"
            lines.append(
                "\(name(freed)) \(why): \(move) (\(figures.change(e.delta))) frees a place; then \(serving) serves it (Δ \(figures.change(option.delta)) in all)"
            )
        }
        if lines.isEmpty {
            let blocks = gap.counts.map { "\($0.block.rawValue) \($0.leads)" }.joined(separator: ", ")
            lines.append("no single change found: every possible lead is blocked by a rule (\(blocks))")
        }
        return lines
    }

    /// What a capacity fix asks for, in words.
    func sentence(_ fix: ServiceGap.CapacityFix) -> String {
        let worker = name(fix.worker)
        let capacity = problem.workers[fix.worker].capacity
        let hours = "\(h(units: fix.missing)) more hours (has \(h(units: fix.room)) h left, needs \(h(units: fix.need)) h)"
        var norm: [String] = []
        if fix.extraCases > 0 { norm.append("one more family place (norm \(capacity.maxCases) families)") }
        if fix.extraChildren > 0 {
            norm.append(
                "room for \(fix.extraChildren) more \(fix.extraChildren == 1 ? "child" : "children") (norm \(capacity.maxChildren) children)"
            )
        }
        if fix.missing > 0 { norm.append(hours) }
        guard fix.extraCases + fix.extraChildren > 0 else { return "\(worker) would need \(hours)" }
        return "\(worker) would need " + norm.joined(separator: " and ")
    }

    /// The gap as text lines (indented two spaces).
    public func text(_ gap: ServiceGap, top: Int) -> String {
        var out = "  possible leads: \(gap.checks.count) workers list casework"
        if !gap.counts.isEmpty { out += "; blocked by " + gap.counts.map { "\($0.block.rawValue) \($0.leads)" }.joined(separator: ", ") }
        out += "\n  closest possible leads:"
        for check in closest(gap, top: top) {
            out += "\n    \(name(check.worker)): " + (check.blocks.isEmpty ? "could lead it now" : why(check, of: gap.c))
        }
        out += "\n  smallest change:"
        for line in smallestChanges(gap) { out += "\n    " + line }
        return out
    }

    /// The gap as JSON fields.
    public func json(_ gap: ServiceGap, top: Int) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        fields.append(("possible_leads", .int(gap.checks.count)))
        fields.append(
            ("blocked_by", .array(gap.counts.map { .object([("block", .string($0.block.rawValue)), ("leads", .int($0.leads))]) })))
        fields.append(
            (
                "closest_leads",
                .array(
                    // Every possible lead, closest first: JSON readers filter for themselves.
                    closest(gap, top: gap.checks.count).map { check in
                        .object([
                            ("worker", .string(name(check.worker))), ("blocks", .array(check.blocks.map { .string($0.rawValue) })),
                            ("hours_left", .number(PlanningProblem.hours(check.room))),
                            ("hours_needed", .number(PlanningProblem.hours(check.units))),
                        ])
                    })
            ))
        var changes: [JSONValue] = []
        if let fix = gap.capacityFix {
            changes.append(
                .object([
                    ("kind", .string(fix.extraCases + fix.extraChildren > 0 ? "norm-place" : "more-hours")),
                    ("worker", .string(name(fix.worker))), ("hours_missing", .number(PlanningProblem.hours(fix.missing))),
                    ("hours_left", .number(PlanningProblem.hours(fix.room))), ("hours_needed", .number(PlanningProblem.hours(fix.need))),
                    ("extra_families", .int(fix.extraCases)), ("extra_children", .int(fix.extraChildren)),
                ]))
        }
        for (i, option) in gap.options.enumerated() {
            var entry = json(option, of: gap.c, rank: i + 1)
            if case .object(var f) = entry {
                let kind = option.ejection.map { $0.waits ? "displace-one" : "move-one" } ?? "serve-now"
                f.insert(("kind", .string(kind)), at: 0)
                entry = .object(f)
            }
            changes.append(entry)
        }
        fields.append(("smallest_changes", .array(changes)))
        fields.append(("summary", .array(smallestChanges(gap).map { .string($0) })))
        return fields
    }
}
