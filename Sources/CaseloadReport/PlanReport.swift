import CaseloadCore
import Foundation

/// The table a team manager reads first: every worker's week with a traffic light and the
/// families they hold, grouped by organisation; the pools; the waiting list ranked with
/// reasons; the handovers, proposals and stand-ins; a one-line summary. With `worker`, one
/// person's list only.
public struct PlanReport: Sendable {
    /// The plan.
    public let plan: Plan
    /// Its scenario, for organisation names, roles and the people of record.
    public let scenario: Scenario?
    /// The first line's title (default: the scenario's name).
    public var title: String?
    /// The formatter.
    public var figures: Figures
    /// Only this worker's list: their week, their families and what concerns them.
    public var worker: String?
    /// The words of the family lists.
    public var words: RosterWords
    /// The language of every other text.
    public var language: Language

    /// A report of `plan` in `scenario`, of every worker or of `worker` only.
    public init(
        plan: Plan, scenario: Scenario?, title: String? = nil, figures: Figures = .english, worker: String? = nil,
        words: RosterWords = .english
    ) {
        self.plan = plan
        self.scenario = scenario
        self.title = title
        self.figures = figures
        self.worker = worker
        self.words = words
        language = figures.language
    }

    /// A report of `plan` in `scenario` in `language`: its figures and words.
    public init(plan: Plan, scenario: Scenario?, title: String? = nil, worker: String? = nil, language: Language) {
        self.init(
            plan: plan, scenario: scenario, title: title, figures: .of(language), worker: worker,
            words: language == .nl ? .dutch : .english)
    }

    /// The largest gap between the plan's score and the lower bound that the report states;
    /// beyond it the bound says more about itself than about the plan.
    static let meaningfulGap = 0.05

    /// `text` in the report's language.
    func say(_ text: Text) -> String { text(language) }

    /// The table.
    public func render() -> String {
        var out = ""
        let name = scenario?.name ?? ""
        out += say(Texts.Plan.heading(title ?? name, week: figures.week(plan.week), monday: figures.date(plan.week.monday))) + "\n\n"
        if let worker { return out + workerOnly(worker) }
        out += workers()
        out += "\n" + pools()
        out += "\n" + waitingList()
        out += "\n" + handoverList()
        if !plan.locks.isEmpty { out += "\n" + pinList() }
        if !plan.proposals.isEmpty { out += "\n" + proposalList() }
        if !plan.standIns.isEmpty || !plan.uncovered.isEmpty { out += "\n" + standInList() }
        out += "\n" + summary() + "\n"
        return out
    }

    /// The roster, when the scenario (and so the people of record) is known.
    var roster: Roster? { scenario.map { Roster(plan: plan, scenario: $0) } }

    func workers() -> String {
        let roster = roster
        var out = say(Texts.Plan.workers) + "  " + say(Texts.Plan.workersNote)
        out += roster == nil ? ")\n" : say(Texts.Plan.workersBelow) + "\n"
        if roster != nil { out += familyColumns() }
        let lists = Dictionary((roster?.entries ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = []
        var groups: [String: [WorkerLoad]] = [:]
        for w in plan.workers {
            if groups[w.organisation] == nil { order.append(w.organisation) }
            groups[w.organisation, default: []].append(w)
        }
        for org in order {
            out += "  \(organisationName(org))\n"
            for w in groups[org]! {
                out += header(w)
                if let entry = lists[w.id] { out += families(entry) }
            }
        }
        return out
    }

    /// The organisation's name, or its id.
    func organisationName(_ id: String) -> String {
        scenario?.organisations.first { $0.id == id }?.name ?? id
    }

    /// A worker's line: hours planned and available, families and children against the norm, light.
    func header(_ w: WorkerLoad) -> String {
        let role = (scenario?.staff.first { $0.id == w.id }?.role ?? "") + (w.registered ? "" : say(Texts.Plan.notRegistered))
        var out = "    " + Column.pad(w.id, 10) + " " + Column.pad(String(role.prefix(34)), 34)
        out +=
            Column.pad(figures.hours(w.plannedHours), 6, right: true) + " /" + Column.pad(figures.hours(w.availableHours), 5, right: true)
        out += Column.pad(figures.percent(w.utilisation), 6, right: true)
        out += Column.pad("\(w.cases)/\(w.maxCases)", 8, right: true) + Column.pad("\(w.children)/\(w.maxChildren)", 8, right: true)
        return out + "  " + say(Texts.Plan.light(w.light)) + "\n"
    }

    /// One line of a family list: indented under the worker, in aligned columns.
    func familyLine(_ fields: [String]) -> String {
        let text =
            "        " + Column.pad(fields[0], 10) + Column.pad(fields[1], 19) + Column.pad(fields[2], 8) + Column.pad(fields[3], 20)
            + Column.pad(fields[4], 7, right: true)
        return (fields[5].isEmpty ? text : text + "  " + fields[5]) + "\n"
    }

    /// The line naming the family columns.
    func familyColumns() -> String { familyLine(words.columns) }

    /// A worker's families, one line each, then those handed away from them.
    func families(_ entry: Roster.Entry) -> String {
        let none = figures.words.none
        var out = ""
        for l in entry.lines {
            out += familyLine([
                l.caseID, l.framework.map { say($0.name) } ?? none, l.phase.map { say(Texts.Plan.phase($0)) } ?? none,
                words.role(l), figures.hours(l.hours),
                words.change(l, figures),
            ])
        }
        for l in entry.handedAway {
            out += familyLine([
                l.caseID, l.framework.map { say($0.name) } ?? none, l.phase.map { say(Texts.Plan.phase($0)) } ?? none,
                say(Texts.Plan.role(l.role)), none, words.loss(l),
            ])
        }
        return out
    }

    /// One worker's list: their week and families, the handovers, proposals and stand-ins that
    /// concern them, and a summary line; no pools and no waiting list.
    func workerOnly(_ id: String) -> String {
        guard let load = plan.workers.first(where: { $0.id == id }) else { return words.unknownWorker(id) + "\n" }
        let roster = roster
        var out = say(Texts.Plan.worker) + "  " + say(Texts.Plan.workersNote) + ")\n"
        if roster != nil { out += familyColumns() }
        out += "  \(organisationName(load.organisation))\n" + header(load)
        let entry = roster?.entry(for: id)
        if let entry { out += families(entry) }
        let handovers = plan.handovers.filter { $0.from == id || $0.to == id }
        if !handovers.isEmpty { out += "\n" + handoverList(handovers) }
        let proposals = plan.proposals.filter { $0.moves.contains { $0.from == id || $0.to == id } }
        if !proposals.isEmpty { out += "\n" + proposalList(proposals) }
        let standIns = plan.standIns.filter { $0.absent == id || $0.standIn == id }
        let uncovered = plan.uncovered.filter { $0.worker == id }
        if !standIns.isEmpty || !uncovered.isEmpty { out += "\n" + standInList(standIns, uncovered) }
        if let entry { out += "\n" + words.summary(entry) + "\n" }
        return out
    }

    func pools() -> String {
        var out = say(Texts.Plan.pools) + "\n"
        for (label, registered) in [(say(Texts.Plan.registeredPool), true), (say(Texts.Plan.supporterPool), false)] {
            let members = plan.workers.filter { $0.registered == registered }
            let planned = members.reduce(0) { $0 + $1.plannedHours }
            let available = members.reduce(0) { $0 + $1.availableHours }
            let lights = Dictionary(grouping: members, by: \.light).mapValues(\.count)
            let counts = ["blue", "green", "amber", "red", "off"].compactMap { l in
                lights[WorkerLoad.Light(rawValue: l)!].map { "\($0) \(say(Texts.Plan.light(WorkerLoad.Light(rawValue: l)!)))" }
            }
            out += "  " + Column.pad(label, 12) + Column.pad(say(Texts.Plan.workerCount(members.count)), 12)
            out += Column.pad(figures.hours(planned), 8, right: true) + " /" + Column.pad(figures.hours(available), 7, right: true) + " h"
            out += Column.pad(figures.percent(available > 0 ? planned / available : nil), 6, right: true)
            out += "   " + counts.joined(separator: ", ") + "\n"
        }
        return out
    }

    func waitingList() -> String {
        guard !plan.waiting.isEmpty else { return say(Texts.Plan.noneWaiting) + "\n" }
        var out = say(Texts.Plan.waitingList(plan.waiting.count)) + "\n"
        out += say(Texts.Plan.waitingColumns) + "\n"
        for (i, w) in plan.waiting.enumerated() {
            out += Column.pad("\(i + 1)", 5, right: true) + "  " + Column.pad(w.caseID, 12) + Column.pad("\(w.priority)", 6)
            out +=
                Column.pad("\(w.weeksWaiting)", 7) + Column.pad(say(Texts.Plan.waiting(w.reason)), 28) + say(Texts.Waiting.detail(w.detail))
                + "\n"
        }
        return out
    }

    /// Every change of lead or partner against the people of record, with what forced it.
    func handoverList(_ handovers: [Handover]? = nil) -> String {
        let handovers = handovers ?? plan.handovers
        guard !handovers.isEmpty else { return say(Texts.Plan.noHandovers) + "\n" }
        let voluntary = handovers.filter { $0.reason == .allowed }.count
        var out = say(Texts.Plan.handovers(handovers.count, forced: handovers.count - voluntary, allowed: voluntary)) + "\n"
        out += say(Texts.Plan.handoverColumns) + "\n"
        for h in handovers {
            out +=
                "  " + Column.pad(h.caseID, 12) + Column.pad(say(Texts.Plan.role(h.role)), 14) + Column.pad(h.from, 12)
                + Column.pad(h.to, 12)
            out += say(Texts.Plan.reason(h.reason)) + "\n"
        }
        return out
    }

    /// The voluntary handovers that would serve waiting families, best first: the manager's to
    /// accept (`--allow-handovers N` makes the best N).
    func proposalList(_ proposals: [Proposal]? = nil) -> String {
        var out = say(Texts.Plan.proposals) + "\n"
        for p in proposals ?? plan.proposals {
            let moves = p.moves.map { "\($0.caseID) \(say(Texts.Plan.role($0.role))) \($0.from) → \($0.to)" }.joined(separator: ", ")
            out += Column.pad("  \(p.id).", 6) + moves + "  " + say(Texts.Plan.serves) + " " + p.serves.joined(separator: ", ")
            out += "  (\(say(Texts.Plan.score)) \(figures.decimal(p.scoreChange, decimals: 1)))\n"
        }
        return out
    }

    /// Who stands in for whom on which family, and the hours no one can cover.
    func standInList(_ standIns: [StandIn]? = nil, _ uncovered: [UncoveredHours]? = nil) -> String {
        var out = say(Texts.Plan.standIns) + "\n"
        for s in standIns ?? plan.standIns {
            out += "  " + Column.pad(s.caseID, 12) + Column.pad(s.absent, 12) + "→ " + Column.pad(s.standIn, 12)
            out += figures.hours(s.hours) + "\n"
        }
        for u in uncovered ?? plan.uncovered {
            out += "  " + Column.pad(u.caseID, 12) + Column.pad(u.worker, 12) + "→ " + Column.pad(say(Texts.Plan.uncovered), 12)
            out += figures.hours(u.hours) + "\n"
        }
        return out
    }

    func summary() -> String {
        let registered = Dictionary(plan.workers.map { ($0.id, $0.registered) }, uniquingKeysWith: { a, _ in a })
        let delegated = plan.assignments.flatMap(\.tasks).filter { registered[$0.worker] == false }.reduce(0) { $0 + $1.hours }
        let s = plan.score
        var line = say(
            Texts.Plan.summary(
                served: plan.assignments.count, waiting: plan.waiting.count, handovers: s.handovers, lead: s.leadHandovers,
                partner: s.partnerHandovers))
        if !plan.proposals.isEmpty { line += say(Texts.Plan.proposalCount(plan.proposals.count)) }
        if !plan.standIns.isEmpty { line += say(Texts.Plan.standInCount(plan.standIns.count)) }
        line += say(Texts.Plan.delegated(figures.hours(delegated), undelegated: figures.hours(s.undelegatedHours)))
        let overloaded = plan.workers.filter { $0.light == .amber || $0.light == .red }.count
        if overloaded > 0 { line += say(Texts.Plan.overloaded(overloaded, figures.percent(1))) }
        let broken = plan.locks.filter { !$0.kept }
        if !broken.isEmpty {
            let notes = broken.map { "  \($0.caseID): \($0.reasonText.map(say) ?? "")" }
            line += "\n" + say(Texts.Plan.locksNotKept) + "\n" + notes.joined(separator: "\n")
        }
        line +=
            "\n"
            + say(
                Texts.Plan.scoreLine(
                    hard: s.hard, soft: figures.decimal(s.soft, decimals: 1), waiting: figures.decimal(s.waitingPenalty, decimals: 2),
                    balance: figures.decimal(s.balance, decimals: 3)))
        let solver = plan.solver
        if let start = solver.constructionScore {
            line +=
                "\n"
                + say(
                    Texts.Plan.search(
                        start: figures.decimal(start, decimals: 1), soft: figures.decimal(s.soft, decimals: 1), moves: solver.moves,
                        threads: solver.threads, stop: solver.stop))
            // The bound is printed only where it says something a manager can use: near the plan.
            // A bound far below it tells how weak the bound is, not how good the plan is, and
            // reads as "this plan is bad"; the JSON keeps it for whoever studies the search.
            if let bound = solver.lowerBound, s.soft > 0, (s.soft - bound) / s.soft <= PlanReport.meaningfulGap {
                let gap = 100 * (s.soft - bound) / s.soft
                line += say(
                    Texts.Plan.bound(
                        figures.decimal(bound, decimals: 1), gap: figures.decimal(gap, decimals: 1) + figures.words.percentSign))
            }
        }
        return line
    }
}
