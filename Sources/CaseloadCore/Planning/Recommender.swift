/// Ranks the ways to serve one family in a finished plan without planning again: every possible
/// lead with the best partner and supporters for them, scored exactly by the search space's
/// incremental tally, plus options that first move one other family away from a full lead, to
/// another lead or, when it waits less urgently, back on the waiting list (where every lead is
/// at the norm, that is the only way in, and the one the planner itself takes).
///
/// Supporters and registered workers are separate pools in S4 and only registered workers count
/// in S3, so the best supporters depend on the lead only through who may see the family (H11):
/// they are chosen once per lead organisation, which keeps a recommendation to a few thousand
/// score deltas even for a whole region.
public struct Recommender: Sendable {
    /// The plan, as a search space.
    let space: CaseloadSpace
    /// How many of the leads closest to fitting are tried with an ejection.
    public var ejectionLeads = 8
    /// How many partners, best first by a lead-independent guess, are scored per lead.
    public var partnersPerLead = 6
    /// How much better than the best option without a move an option with one must be: a
    /// second family disturbed for less is not worth a manager's phone call.
    public static let ejectionMargin = 1.0

    /// A recommender over `state` under `weights`; `locked` cases are never moved to make room,
    /// and a family in care (one with a lead of record) never goes back on the waiting list for
    /// another (SPEC §3) — it may be offered to another lead, a voluntary handover the manager
    /// decides on.
    public init(state: PlanState, weights: Settings.Weights, locked: Set<Int> = []) {
        space = CaseloadSpace(state: state, weights: weights, locked: locked, keepsServed: true)
    }

    /// A recommender over a search space as it stands, its locks and settings included.
    init(space: CaseloadSpace) {
        self.space = space
    }

    /// The plan recommendations are made against.
    public var state: PlanState { space.state }
    /// Its score.
    public var score: Score { space.score }

    /// The options for case `c`, best (lowest delta) first, at most `top` (at least 1); with
    /// `ejections` also options that move one other family. For a family already served its
    /// current people are always among them (delta 0), so that every alternative reads against them.
    public func recommend(_ c: Int, top: Int = 5, ejections: Bool = true) -> [Recommendation] {
        var search = Search(space: space, c: c)
        var options = search.directOptions(partnersPerLead: partnersPerLead)
        if let current = space.state.choices[c], !options.contains(where: { $0.ejection == nil && $0.choice == current }),
            let value = search.delta([CaseloadSpace.Change(c: c, choice: current)])
        {
            options.append(Search.Candidate(choice: current, ejection: nil, delta: value))
        }
        if ejections {
            // Moving another family is worth proposing only when nothing fits without it, or when
            // it is clearly better than every option that moves no one (the current people included).
            let bestDirect = options.map(\.delta).min() ?? .infinity
            options += search.ejectionOptions(leads: ejectionLeads, partnersPerLead: partnersPerLead).filter {
                $0.delta < bestDirect - Self.ejectionMargin
            }
        }
        options.sort { a, b in
            if a.delta != b.delta { return a.delta < b.delta }
            // Without a partner first, as the worker indexes follow.
            return (a.ejection == nil ? 0 : 1, a.choice.lead, a.choice.partner ?? -1) < (
                b.ejection == nil ? 0 : 1, b.choice.lead, b.choice.partner ?? -1
            )
        }
        var chosen = Array(options.prefix(max(1, top)))
        // A served family's current people always show, as the yardstick of the alternatives.
        if let current = space.state.choices[c], !chosen.contains(where: { $0.ejection == nil && $0.choice == current }),
            let kept = options.first(where: { $0.ejection == nil && $0.choice == current })
        {
            chosen[chosen.count - 1] = kept
        }
        return chosen.map { search.recommendation(of: $0) }
    }

    /// Every possible lead of case `c` tried against the plan without it: lead, the reason it
    /// cannot take the family (nil: it can), units it would do and units it has left.
    public func leadChecks(_ c: Int) -> [LeadCheck] {
        var search = Search(space: space, c: c)
        return search.leadChecks()
    }
}

extension Recommender {
    /// One recommendation's working state: the plan with the family released.
    struct Search {
        struct Candidate {
            var choice: CaseChoice
            var ejection: Recommendation.Ejection?
            /// Against the plan as it was, the family's current people included.
            var delta: Double
        }

        let c: Int
        let problem: PlanningProblem
        let figures: PlanningProblem.CaseFigures
        /// The plan with `c` waiting.
        var space: CaseloadSpace
        /// The family's people in the plan, if served.
        let original: CaseChoice?
        /// The plan's score, and the soft change of releasing `c`.
        let before: Score
        let releaseDelta: Double
        /// Per lead organisation, per delegable slot, the supporter chosen once for every lead of
        /// that organisation; -1: none has room, the lead (else the partner) does it.
        var supportersByOrganisation: [Int: [Int]] = [:]
        /// Lead organisations whose supporters `refineSupporters` has improved.
        var refined: Set<Int> = []

        init(space original: CaseloadSpace, c: Int) {
            self.c = c
            problem = original.problem
            figures = problem.caseFigures[c]
            space = original
            before = original.score
            self.original = original.state.choices[c]
            if self.original != nil {
                _ = space.commit([CaseloadSpace.Change(c: c, choice: nil)])
            }
            releaseDelta = space.tally.soft - before.soft
        }

        /// Delta against the original plan of serving `c` after `changes`.
        mutating func delta(_ changes: [CaseloadSpace.Change]) -> Double? {
            guard let d = space.delta(of: changes) else { return nil }
            return releaseDelta + d
        }

        // MARK: Supporters

        /// The supporters for a family led by `lead`, chosen once per organisation.
        mutating func supporters(forLead lead: Int) -> [Int] {
            let organisation = problem.workerFigures[lead].organisation
            if let known = supportersByOrganisation[organisation] { return known }
            let chosen = initialSupporters(lead: lead)
            supportersByOrganisation[organisation] = chosen
            return chosen
        }

        /// The current supporter where they still have room and may see the family, else the
        /// roomiest of those who may; room is counted jointly so two tasks never overfill one
        /// supporter.
        func initialSupporters(lead: Int) -> [Int] {
            var used: [Int: Int] = [:]
            var result: [Int] = []
            let organisation = problem.workerFigures[lead].organisation
            for slot in figures.firstTask..<(figures.firstTask + figures.taskCount) {
                let kind = problem.taskKind[slot], units = problem.taskUnits[slot], current = problem.taskCurrent[slot]
                func left(_ w: Int) -> Int { space.room(w) - used[w, default: 0] }
                var pick = -1
                if current >= 0, problem.maySupport(current, kind: kind, lead: lead), left(current) >= units {
                    pick = current
                } else {
                    var best = -1.0
                    for s in problem.candidates.supporters(of: kind, leadOrganisation: organisation) where left(s) >= units {
                        let share = Double(left(s) - units) / Double(max(1, problem.workerFigures[s].limit))
                        if share > best {
                            best = share
                            pick = s
                        }
                    }
                }
                if pick >= 0 { used[pick, default: 0] += units }
                result.append(pick)
            }
            return result
        }

        /// The delegates of a choice led by `lead` with `partner`: the chosen supporters, and the
        /// lead (else the partner) where none has room; nil when neither may do such a task.
        mutating func delegates(lead: Int, partner: Int?) -> [Int]? {
            let supporters = supporters(forLead: lead)
            var result = supporters
            for (d, s) in supporters.enumerated() where s < 0 {
                let kind = problem.taskKind[figures.firstTask + d]
                if problem.workerFigures[lead].does(kind) {
                    result[d] = lead
                } else if let partner, problem.workerFigures[partner].does(kind) {
                    result[d] = partner
                } else {
                    return nil
                }
            }
            return result
        }

        /// Improves the supporters one task at a time against a choice that fits: the supporters'
        /// share of the score depends on the lead only through their organisation, so this is
        /// done once per organisation.
        mutating func refineSupporters(around choice: CaseChoice) {
            let organisation = problem.workerFigures[choice.lead].organisation
            var supporters = supporters(forLead: choice.lead)
            defer { supportersByOrganisation[organisation] = supporters }
            var current = choice
            guard var best = delta([CaseloadSpace.Change(c: c, choice: current)]) else { return }
            for d in supporters.indices where supporters[d] >= 0 {
                let kind = problem.taskKind[figures.firstTask + d]
                for s in problem.candidates.supporters(of: kind, leadOrganisation: organisation) where s != current.delegates[d] {
                    var trial = current
                    trial.delegates[d] = s
                    if let value = delta([CaseloadSpace.Change(c: c, choice: trial)]), value < best - 1e-12 {
                        best = value
                        current = trial
                        supporters[d] = s
                    }
                }
            }
        }

        // MARK: Partners

        /// Partners ranked by a guess that does not depend on the lead: the current partner first
        /// (no handover), then the least utilised (best for S4).
        func partnerOrder() -> [Int] {
            guard figures.duo else { return [] }
            let current = figures.currentPartner
            let candidates = space.partnersByMunicipality[figures.municipality].filter {
                space.hasNormRoom($0, children: figures.children) && space.room($0) >= figures.partnerUnits
            }
            func utilisation(_ w: Int) -> Double {
                Double(space.state.load[w] + figures.partnerUnits) / Double(max(1, problem.workerFigures[w].limit))
            }
            return candidates.sorted { a, b in
                if (a == current) != (b == current) { return a == current }
                let ua = utilisation(a), ub = utilisation(b)
                return ua != ub ? ua < ub : a < b
            }
        }

        /// The best choice led by `lead` with one of the first few fitting partners, scored.
        mutating func bestChoice(lead: Int, partners: [Int], partnersPerLead: Int, before changes: [CaseloadSpace.Change] = [])
            -> Candidate?
        {
            var best: Candidate?
            var tried = 0
            for partner in figures.duo ? partners.map(Optional.some) : [nil] {
                guard partner.map({ space.mayPartner($0, lead: lead, c) }) ?? true,
                    let delegates = delegates(lead: lead, partner: partner)
                else { continue }
                let choice = CaseChoice(lead: lead, partner: partner, delegates: delegates)
                if let partner {
                    // Only partners with room for their share and any fallback count as tried.
                    guard space.units(of: partner, in: choice, for: c) <= space.room(partner) else { continue }
                    tried += 1
                    if tried > partnersPerLead { break }
                }
                guard let value = delta(changes + [CaseloadSpace.Change(c: c, choice: choice)]) else { continue }
                if best.map({ value < $0.delta }) ?? true { best = Candidate(choice: choice, ejection: nil, delta: value) }
            }
            return best
        }

        // MARK: Options

        /// Every lead who fits now, each with their best partner and the supporters.
        mutating func directOptions(partnersPerLead: Int) -> [Candidate] {
            let leads = space.leadGroups[space.leadGroup[c]]
            let partners = partnerOrder()
            var options: [Candidate] = []
            for lead in leads {
                guard let option = bestChoice(lead: lead, partners: partners, partnersPerLead: partnersPerLead) else { continue }
                if refined.insert(problem.workerFigures[lead].organisation).inserted {
                    // The supporters' part of the delta is the same for every lead of one
                    // organisation: improve it once against its first option that fits, and
                    // score that lead again.
                    refineSupporters(around: option.choice)
                    if let again = bestChoice(lead: lead, partners: partners, partnersPerLead: partnersPerLead) {
                        options.append(again)
                    }
                    continue
                }
                options.append(option)
            }
            return options
        }

        /// For the leads closest to fitting that are full (norm or hours), the best move of one of
        /// their families to another lead or partner, or of a less urgent one back on the waiting
        /// list, that lets them take this one.
        mutating func ejectionOptions(leads count: Int, partnersPerLead: Int) -> [Candidate] {
            let partners = partnerOrder()
            let full = space.leadGroups[space.leadGroup[c]].filter { lead in
                !(space.hasNormRoom(lead, children: figures.children) && space.room(lead) >= figures.leadUnits)
            }
            // Closest first: the fewest units short, a norm overflow counting as a whole family.
            let closest = full.sorted { a, b in shortfall(a) != shortfall(b) ? shortfall(a) < shortfall(b) : a < b }.prefix(count)
            var options: [Candidate] = []
            for lead in closest {
                var best: Candidate?
                for d in space.casesHeld(by: lead) where d != c {
                    guard let held = space.state.choices[d] else { continue }
                    var moves: [CaseChoice?] = alternatives(for: d, held, freeing: lead)
                    if ServeDisplacingMove.mayWait(d, for: c, in: space) { moves.append(nil) }
                    for moved in moves {
                        guard let own = space.delta(of: [CaseloadSpace.Change(c: d, choice: moved)]) else { continue }
                        let ejection = [CaseloadSpace.Change(c: d, choice: moved)]
                        guard var option = bestChoice(lead: lead, partners: partners, partnersPerLead: partnersPerLead, before: ejection)
                        else { continue }
                        if best.map({ option.delta < $0.delta }) ?? true {
                            option.ejection = Recommendation.Ejection(c: d, from: held, to: moved, delta: own)
                            best = option
                        }
                    }
                }
                if let best { options.append(best) }
            }
            if figures.duo { options += partnerEjections(partners: count) }
            return options
        }

        /// For a duo whose leads have room but whose partners are all full: the best move of one
        /// family of one of the closest full partners, next to the least utilised leads.
        mutating func partnerEjections(partners count: Int, leads leadCount: Int = 4) -> [Candidate] {
            let free = space.leadGroups[space.leadGroup[c]].filter {
                space.hasNormRoom($0, children: figures.children) && space.room($0) >= figures.leadUnits
            }
            func utilisation(_ w: Int) -> Double { Double(space.state.load[w]) / Double(max(1, problem.workerFigures[w].limit)) }
            let leads = free.sorted { utilisation($0) != utilisation($1) ? utilisation($0) < utilisation($1) : $0 < $1 }.prefix(leadCount)
            guard !leads.isEmpty else { return [] }
            func short(_ p: Int) -> Int {
                (space.hasNormRoom(p, children: figures.children) ? 0 : figures.partnerUnits)
                    + max(0, figures.partnerUnits - space.room(p))
            }
            let full = space.partnersByMunicipality[figures.municipality].filter { short($0) > 0 }
            var options: [Candidate] = []
            for partner in full.sorted(by: { short($0) != short($1) ? short($0) < short($1) : $0 < $1 }).prefix(count) {
                var best: Candidate?
                for d in space.casesHeld(by: partner) where d != c {
                    guard let held = space.state.choices[d] else { continue }
                    for moved in alternatives(for: d, held, freeing: partner) {
                        let ejection = CaseloadSpace.Change(c: d, choice: moved)
                        guard let own = space.delta(of: [ejection]) else { continue }
                        for lead in leads where space.mayPartner(partner, lead: lead, c) {
                            guard let delegates = delegates(lead: lead, partner: partner) else { continue }
                            let choice = CaseChoice(lead: lead, partner: partner, delegates: delegates)
                            guard let value = delta([ejection, CaseloadSpace.Change(c: c, choice: choice)]),
                                best.map({ value < $0.delta }) ?? true
                            else { continue }
                            best = Candidate(
                                choice: choice, ejection: Recommendation.Ejection(c: d, from: held, to: moved, delta: own), delta: value)
                        }
                    }
                }
                if let best { options.append(best) }
            }
            return options
        }

        /// How far `w` is from leading `c`, in units.
        func shortfall(_ w: Int) -> Int {
            let norm = space.hasNormRoom(w, children: figures.children) ? 0 : figures.leadUnits
            return norm + max(0, figures.leadUnits - space.room(w))
        }

        /// Choices for served case `d` without `w`: another lead in `w`'s place, or another partner.
        func alternatives(for d: Int, _ held: CaseChoice, freeing w: Int) -> [CaseChoice] {
            let info = problem.caseFigures[d]
            var result: [CaseChoice] = []
            if held.lead == w {
                for other in space.leadGroups[space.leadGroup[d]] where other != w && other != held.partner {
                    // Cheap checks first: most workers are full where the plan is tight.
                    guard space.hasNormRoom(other, children: info.children), space.room(other) >= info.leadUnits else { continue }
                    if let moved = space.replacingLead(held, of: d, with: other) { result.append(moved) }
                }
            } else {
                for other in space.partnersByMunicipality[info.municipality] where other != w {
                    guard space.mayPartner(other, lead: held.lead, d), space.hasNormRoom(other, children: info.children),
                        space.room(other) >= info.partnerUnits
                    else { continue }
                    var moved = held
                    moved.partner = other
                    var possible = true
                    for (k, worker) in held.delegates.enumerated() where worker == w {
                        if problem.workerFigures[other].does(problem.taskKind[info.firstTask + k]) {
                            moved.delegates[k] = other
                        } else {
                            possible = false
                        }
                    }
                    if possible { result.append(moved) }
                }
            }
            return result
        }

        /// Scores a candidate term by term by carrying it out and undoing it.
        mutating func recommendation(of candidate: Candidate) -> Recommendation {
            var changes: [CaseloadSpace.Change] = []
            if let e = candidate.ejection { changes.append(CaseloadSpace.Change(c: e.c, choice: e.to)) }
            changes.append(CaseloadSpace.Change(c: c, choice: candidate.choice))
            var after = before
            if let undo = space.perform(changes) {
                after = space.score
                _ = space.perform(undo)
            }
            return Recommendation(
                choice: candidate.choice, ejection: candidate.ejection,
                isCurrent: candidate.ejection == nil && candidate.choice == original,
                delta: candidate.delta, effect: after - before)
        }

        // MARK: Lead checks

        /// Every worker who lists casework, checked as lead of `c` against the plan without it.
        mutating func leadChecks() -> [LeadCheck] {
            let info = problem.cases[c]
            let partners = partnerOrder()
            var checks: [LeadCheck] = []
            for (w, worker) in problem.workers.enumerated() where problem.scenario.staff[w].tasks.contains(TaskKind.casework) {
                var blocks: [LeadCheck.Block] = []
                let rules = PlanningProblem.leadRules(worker, info)
                if rules.contains(.registration) { blocks.append(.registration) }
                // Not registered, a worker may do no registered kind at all: H1 says it.
                if worker.registered && rules.contains(.tasks) { blocks.append(.taskKind) }
                if rules.contains(.municipality) { blocks.append(.municipality) }
                if rules.contains(.mandate) { blocks.append(.mandate) }
                if rules.contains(.skills) { blocks.append(.skill) }
                if worker.limit <= 0 { blocks.append(.noHours) }
                if !space.hasNormRoom(w, children: figures.children) { blocks.append(.norm) }
                var partner: Int?
                if figures.duo && worker.mayLead {
                    // The first partner with room for their share and whatever falls back to them.
                    partner =
                        partners.first { p in
                            guard worker.mayLead, space.mayPartner(p, lead: w, c), let delegates = delegates(lead: w, partner: p)
                            else { return false }
                            let choice = CaseChoice(lead: w, partner: p, delegates: delegates)
                            return space.units(of: p, in: choice, for: c) <= space.room(p)
                        }
                    if partner == nil { blocks.append(.partner) }
                }
                let planned = worker.mayLead ? delegates(lead: w, partner: partner) : nil
                if worker.mayLead && planned == nil && !(figures.duo && partner == nil) { blocks.append(.supporters) }
                var choice: CaseChoice?
                var units = figures.leadUnits
                if let planned {
                    let made = CaseChoice(lead: w, partner: partner, delegates: planned)
                    units = space.units(of: w, in: made, for: c)
                    if !figures.duo || partner != nil { choice = made }
                }
                if worker.limit > 0 && units > space.room(w) { blocks.append(.hours) }
                checks.append(LeadCheck(worker: w, blocks: blocks, units: units, room: max(0, space.room(w)), choice: choice))
            }
            return checks
        }
    }
}
