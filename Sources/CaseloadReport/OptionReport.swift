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

    /// The language of the words, the formatter's.
    var language: Language { figures.language }
    /// `text` in the report's language.
    func say(_ text: Text) -> String { text(language) }
    /// This report in English: the JSON's sentences read the same whatever the run's language.
    var english: OptionReport { OptionReport(context: context, figures: .english) }

    /// Worker `w`'s id; `none` for no worker (in the report's language).
    public func name(_ w: Int?) -> String { w.map { problem.workers[$0].id } ?? say(Texts.Explain.nobody) }

    /// Hours in thousandths, in a sentence.
    func h(units: Int) -> String { figures.shortHours(PlanningProblem.hours(units)) }

    /// A role code (`lead`, `partner`) in words.
    func role(_ code: String) -> String { say(Texts.Explain.role(code)) }

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
            ? say(Texts.Recommend.backOnWaitingList(family.id, priority: family.priority, role: self.role(role), worker: name(from)))
            : "\(family.id) \(self.role(role)) \(name(from)) → \(name(to))"
    }

    // MARK: Options

    /// One option on one line (and a second for an ejection).
    public func line(_ option: Recommendation, of c: Int, rank: Int) -> String {
        let choice = option.choice
        var out = Column.pad("\(rank).", 4) + say(Texts.Explain.people(lead: name(choice.lead), partner: choice.partner.map(name)))
        let tasks = supporters(choice, of: c)
        if !tasks.isEmpty { out += ", " + tasks.map { "\(say(TaskKind.name($0.kind))) \($0.worker)" }.joined(separator: ", ") }
        out += "   Δ " + figures.change(option.delta)
        let terms = termPoints(option.effect).filter { abs($0.points) >= 0.05 }
        if !terms.isEmpty {
            out += " (" + terms.map { "\(say(Texts.Explain.term($0.name))) \(figures.change($0.points))" }.joined(separator: ", ") + ")"
        }
        if option.isCurrent { out += say(Texts.Recommend.current) }
        if let e = option.ejection {
            out += say(Texts.Recommend.needsMove(ejectionPhrase(e, in: option), delta: figures.change(e.delta)))
        }
        return out
    }

    /// An option as JSON.
    public func json(_ option: Recommendation, of c: Int, rank: Int) -> JSONValue {
        guard language == .en else { return english.json(option, of: c, rank: rank) }
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
            let text: Text
            switch block {
            case .registration: text = Texts.Recommend.notRegistered(on: figures.date(problem.scenario.week.monday))
            case .taskKind: text = Texts.Recommend.taskKind
            case .municipality: text = Texts.Recommend.municipality
            case .mandate: text = Texts.Recommend.mandate
            case .skill: text = Texts.Recommend.skill
            case .noHours: text = Texts.Recommend.noHours
            case .norm:
                text =
                    state.caseCount[w] + 1 > capacity.maxCases
                    ? Texts.Recommend.atFamilyNorm(capacity.maxCases) : Texts.Recommend.passChildNorm(capacity.maxChildren)
            case .hours: text = Texts.Recommend.hoursShort(left: h(units: check.room), needs: h(units: check.units))
            case .partner: text = Texts.Recommend.partner
            case .supporters: text = Texts.Recommend.supporters
            }
            return say(text)
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
            let people = say(Texts.Explain.ledBy(name(now.choice.lead), partner: now.choice.partner.map(name)))
            lines.append(say(Texts.Recommend.fitsNow(people, delta: figures.change(now.delta), id: problem.cases[gap.c].id)))
        }
        if let fix = gap.capacityFix { lines.append(sentence(fix)) }
        for option in gap.options where option.ejection != nil {
            let e = option.ejection!
            let (role, freed, to) = ejectionRole(e, in: option)
            let capacity = problem.workers[freed].capacity
            let why: String
            if state.caseCount[freed] + 1 > capacity.maxCases {
                why = say(Texts.Recommend.isAtFamilyNorm(capacity.maxCases))
            } else if state.childCount[freed] + problem.cases[gap.c].children > capacity.maxChildren {
                why = say(Texts.Recommend.passChildNorm(capacity.maxChildren))
            } else {
                why = say(Texts.Recommend.tooFewHours)
            }
            let serving = say(Texts.Explain.ledBy(name(option.choice.lead), partner: option.choice.partner.map(name)))
            let moved = problem.cases[e.c]
            let move =
                e.waits
                ? Texts.Recommend.putBack(moved.id, priority: moved.priority)
                : Texts.Recommend.moving(moved.id, to: name(to), as: self.role(role))
            lines.append(
                say(
                    Texts.Recommend.frees(
                        name(freed), why: why, move: say(move), delta: figures.change(e.delta), serving: serving,
                        total: figures.change(option.delta))))
        }
        if lines.isEmpty { lines.append(say(Texts.Recommend.noSingleChange(blockCounts(gap)))) }
        return lines
    }

    /// What a capacity fix asks for, in words.
    func sentence(_ fix: ServiceGap.CapacityFix) -> String {
        let worker = name(fix.worker)
        let capacity = problem.workers[fix.worker].capacity
        let hours = say(Texts.Recommend.moreHours(h(units: fix.missing), left: h(units: fix.room), needs: h(units: fix.need)))
        var norm: [String] = []
        if fix.extraCases > 0 { norm.append(say(Texts.Recommend.familyPlace(norm: capacity.maxCases))) }
        if fix.extraChildren > 0 { norm.append(say(Texts.Recommend.childRoom(fix.extraChildren, norm: capacity.maxChildren))) }
        if fix.missing > 0 { norm.append(hours) }
        guard fix.extraCases + fix.extraChildren > 0 else { return say(Texts.Recommend.wouldNeed(worker, [hours])) }
        return say(Texts.Recommend.wouldNeed(worker, norm))
    }

    /// The gap as text lines (indented two spaces).
    public func text(_ gap: ServiceGap, top: Int) -> String {
        var out = say(Texts.Recommend.possibleLeads(gap.checks.count))
        if !gap.counts.isEmpty { out += say(Texts.Recommend.blockedBy(blockCounts(gap))) }
        out += say(Texts.Recommend.closest)
        for check in closest(gap, top: top) {
            out += "\n    \(name(check.worker)): " + (check.blocks.isEmpty ? say(Texts.Recommend.couldLeadNow) : why(check, of: gap.c))
        }
        out += say(Texts.Recommend.smallestChange)
        for line in smallestChanges(gap) { out += "\n    " + line }
        return out
    }

    /// How many possible leads each rule stops: `registration 3, norm 2`.
    func blockCounts(_ gap: ServiceGap) -> String {
        gap.counts.map { "\(say(Texts.Explain.block($0.block))) \($0.leads)" }.joined(separator: ", ")
    }

    /// The gap as JSON fields.
    public func json(_ gap: ServiceGap, top: Int) -> [(String, JSONValue)] {
        guard language == .en else { return english.json(gap, top: top) }
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
