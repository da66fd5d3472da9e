/// The construction planner: builds a plan that keeps H1–H11 in one greedy pass over the cases.
///
/// Continuity ("wie hem heeft mag 'm houden") comes first: every family of record is given its
/// own people before any new family is placed (see `plan`). Among new families, reservations
/// keep what others count on: before the pass every current lead, partner and supporter holds
/// their families' hours and norm places, and a family that reservations leave unserved tries
/// again honouring only the reservations of families at least as urgent as itself.
public struct ConstructionPlanner: Sendable {
    /// Creates the planner.
    public init() {}

    /// What the construction decided beyond the choices.
    public struct Outcome: Sendable {
        /// The plan.
        public var state: PlanState
        /// Why each unserved case waits.
        public var waiting: [Int: (reason: WaitingReason, detail: WaitingDetail)]
        /// What became of each locked case.
        public var locks: [LockNote]
        /// Who keeps which family of record, and what forced the others to change hands.
        public var continuity: Continuity
    }

    /// Plans every case of `problem`; cases with a choice in `kept` (a warm start: last week's
    /// plan) keep it when it still keeps every rule, and the rest are placed around them.
    /// `diagnose: false` leaves the waiting reasons out, for a caller that changes the plan on.
    ///
    /// In four passes: locks; every family of record with its own people, most urgent and
    /// longest known first, while their norms and hours allow ("wie hem heeft mag 'm houden");
    /// the families of record whose people could not keep them, with the best lawful colleague
    /// (a family in care is served before a new one); then the new families, urgent and
    /// longest-waiting first.
    public func plan(_ problem: PlanningProblem, keeping kept: [CaseChoice?]? = nil, diagnose: Bool = true) -> Outcome {
        var builder = Builder(problem: problem)
        var continuity = Continuity(problem: problem)
        let order = problem.constructionOrder
        var placed = [Bool](repeating: false, count: problem.cases.count)
        for c in order where problem.cases[c].lock {
            builder.reserve(c, sign: -1)
            placed[c] = builder.keepLock(c, orElse: kept?[c])
            // A pin to someone new, or one its given people cannot keep (the lock note says
            // why): the pin is the reason the family's people change.
            let info = problem.cases[c]
            guard let now = builder.state.choices[c] else { continue }
            if let lead = info.currentLead, now.lead != lead, continuity.leadForced[c] == nil {
                continuity.leadForced[c] = .pinned
            }
            if info.duo, let partner = info.currentPartner, now.partner != partner, continuity.partnerForced[c] == nil {
                continuity.partnerForced[c] = .pinned
            }
        }
        // Every family kept whole by its people of record first, then those whose lead keeps
        // them with a new partner: a new partner takes only what no family of record claims.
        let ofRecord = Self.keepingOrder(problem).filter { !placed[$0] }
        var needPartner: [Int] = []
        for c in ofRecord {
            if !problem.cases[c].lock { builder.reserve(c, sign: -1) }
            if let kept = builder.keepRecord(c, &continuity, warm: kept?[c], newPartner: false) {
                placed[c] = kept
            } else {
                needPartner.append(c)
            }
        }
        // Their leads hold their places while the new partners are chosen, so that no one is
        // taken as a partner at the cost of their own family.
        for c in needPartner { builder.reserve(c, sign: 1) }
        for c in needPartner {
            builder.reserve(c, sign: -1)
            placed[c] = builder.keepRecord(c, &continuity, warm: kept?[c], newPartner: true) ?? false
        }
        for c in order where !placed[c] && problem.cases[c].currentLead != nil {
            // A family whose lead keeps it but found no partner waits for one with that lead.
            if continuity.leadForced[c] != nil { builder.placeBest(c) }
            placed[c] = true
        }
        for c in order where !placed[c] {
            // A lock has been released and looked at already.
            if problem.cases[c].lock { builder.placeBest(c) } else { builder.place(c) }
        }
        // Reservations of families that were then served by others, or waited, are free again now:
        // a second look in the same order serves whoever fits in them.
        // After a warm start the families still waiting mostly waited last week too: the search,
        // not a second pass, looks at them.
        if kept == nil { for c in order where builder.state.choices[c] == nil { builder.retry(c) } }
        // Reasons are given against the finished plan: that is the plan a manager reads.
        var waiting: [Int: (reason: WaitingReason, detail: WaitingDetail)] = [:]
        if diagnose {
            let diagnosis = WaitingDiagnosis(problem: problem, state: builder.state, continuity: continuity)
            for c in order where builder.state.choices[c] == nil { waiting[c] = diagnosis.diagnose(c) }
        }
        return Outcome(state: builder.state, waiting: waiting, locks: builder.locks, continuity: continuity)
    }

    /// The families with a lead of record in the order they claim their people: most urgent
    /// first, then the longest known (a family near its end before one just begun), then the
    /// construction order.
    static func keepingOrder(_ problem: PlanningProblem) -> [Int] {
        func known(_ c: Int) -> Int {
            switch problem.scenario.cases[c].phase {
            case .end: 0
            case .middle: 1
            case .start: 2
            }
        }
        return problem.cases.indices.filter { problem.cases[$0].currentLead != nil }.sorted { a, b in
            let x = problem.cases[a], y = problem.cases[b]
            if x.priority != y.priority { return x.priority < y.priority }
            if known(a) != known(b) { return known(a) < known(b) }
            return x.rank < y.rank
        }
    }
}

extension ConstructionPlanner {
    /// The mutable side of one construction pass.
    struct Builder {
        let problem: PlanningProblem
        var state: PlanState
        /// Reservations per worker of the families of priorities 1…`level`, at index
        /// `slot(level, worker)` (level 0 holds none). Kept cumulative because they are
        /// read for every candidate of every family and written only when a family is placed.
        var reservedUnits: [Int]
        var reservedCases: [Int]
        var reservedChildren: [Int]
        var locks: [LockNote] = []

        init(problem: PlanningProblem) {
            self.problem = problem
            state = PlanState(problem: problem)
            reservedUnits = Array(repeating: 0, count: problem.workers.count * (Self.levels + 1))
            reservedCases = reservedUnits
            reservedChildren = reservedUnits
            for c in problem.cases.indices { reserve(c, sign: 1) }
        }

        /// Priorities 1…3.
        static let levels = 3

        static func level(of priority: Int) -> Int { min(max(priority, 1), levels) }

        /// Holds (or, with sign -1, releases) what case `c`'s current people would need.
        mutating func reserve(_ c: Int, sign: Int) {
            let info = problem.cases[c]
            for level in Self.level(of: info.priority)...Self.levels {
                if let lead = info.currentLead {
                    reservedUnits[slot(level, lead)] += sign * info.leadUnits
                    reservedCases[slot(level, lead)] += sign
                    reservedChildren[slot(level, lead)] += sign * info.children
                }
                if info.duo, let partner = info.currentPartner {
                    reservedUnits[slot(level, partner)] += sign * info.partnerCasework
                    reservedCases[slot(level, partner)] += sign
                    reservedChildren[slot(level, partner)] += sign * info.children
                }
                for task in info.delegableTasks {
                    if let s = info.currentSupporters[task.kind] { reservedUnits[slot(level, s)] += sign * task.units }
                }
            }
        }

        /// Where worker `w`'s reservations for priorities 1…`level` are kept.
        func slot(_ level: Int, _ w: Int) -> Int {
            level * problem.workers.count + w
        }

        /// Places new case `c` (its reservation released): the best choice left.
        mutating func place(_ c: Int) {
            reserve(c, sign: -1)
            placeBest(c)
        }

        /// Serves locked case `c` (its reservation released) with its given people, or, where
        /// they break a rule, with `kept`, last week's people: a lock that cannot hold leaves the
        /// family where it was, as every other family stays, rather than with whatever room is
        /// left. Notes what became of the lock; `false`: still waiting.
        mutating func keepLock(_ c: Int, orElse kept: CaseChoice?) -> Bool {
            let info = problem.cases[c]
            let given = lockedChoice(c)
            let problems =
                given.map { state.problems(of: $0, for: c) }
                ?? [Text(nl: "het gezin heeft geen regievoerder om te houden", en: "the case has no lead to keep")]
            if let choice = given, problems.isEmpty {
                state.assign(c, choice)
                locks.append(LockNote(caseID: info.id, kept: true))
                return true
            }
            locks.append(
                LockNote(
                    caseID: info.id, kept: false,
                    reason: Text(nl: problems.map(\.nl).joined(separator: "; "), en: problems.map(\.en).joined(separator: "; "))))
            guard let kept, state.violations(of: kept, for: c).isEmpty else { return false }
            state.assign(c, kept)
            return true
        }

        /// Serves case `c` (its reservation released) in the best way the room left allows.
        mutating func placeBest(_ c: Int) {
            let info = problem.cases[c]
            let own = Self.level(of: info.priority)
            if let choice = bestChoice(c, honouring: Self.levels) ?? (own < Self.levels ? bestChoice(c, honouring: own) : nil) {
                state.assign(c, choice)
            }
        }

        /// Serves family of record `c` (its reservation released) with its lead of record, and its
        /// partner of record where they may keep it, when the rules and their norms and hours
        /// allow; with `warm` (last week's people) where it names the same people and still
        /// fits. Otherwise notes what forces the change in `continuity` and returns `false`.
        /// Without `newPartner`, a duo that needs a new partner is left for later (`nil`).
        mutating func keepRecord(_ c: Int, _ continuity: inout Continuity, warm: CaseChoice?, newPartner: Bool) -> Bool? {
            let info = problem.cases[c]
            guard let lead = info.currentLead, continuity.leadForced[c] == nil else { return false }
            // Over the norm when the families of record they may keep pass it, or no place is
            // left now; else over their hours.
            func shortage(_ w: Int) -> HandoverReason {
                continuity.isOverNorm(w, in: problem)
                    || !problem.normFits(w, cases: state.caseCount[w] + 1, children: state.childCount[w] + info.children)
                    ? .overNorm : .overHours
            }
            var partner: Int?
            if info.duo {
                if let own = info.currentPartner, continuity.partnerForced[c] == nil {
                    if problem.normFits(own, cases: state.caseCount[own] + 1, children: state.childCount[own] + info.children)
                        && free(own, 0) >= info.partnerCasework
                    {
                        partner = own
                    } else {
                        continuity.partnerForced[c] = shortage(own)
                    }
                }
                if partner == nil {
                    guard newPartner else { return nil }
                    partner = roomiestPartner(for: info, lead: lead)
                }
            }
            if let warm, warm.lead == lead, warm.partner == partner, state.violations(of: warm, for: c).isEmpty {
                state.assign(c, warm)
                return true
            }
            if info.duo && partner == nil {
                // No partner may join the lead. Where the partner of record had to go, the family
                // needs another pair and the partner's reason is the lead's too; else it keeps
                // its lead and waits for a partner (`no-duo-partner`).
                continuity.leadForced[c] = continuity.partnerForced[c]
                return false
            }
            let choice = CaseChoice(lead: lead, partner: partner, delegates: delegates(of: info, lead: lead, partner: partner))
            if state.violations(of: choice, for: c).isEmpty {
                state.assign(c, choice)
                return true
            }
            // A delegable task no supporter who may see the family has room for, that neither
            // the lead nor the partner may do: they may not do the work (H2).
            let unable = zip(choice.delegates, info.delegableTasks).contains { w, task in !problem.workers[w].does(task.kind) }
            continuity.leadForced[c] = unable ? .notQualified : shortage(lead)
            return false
        }

        /// Tries a waiting case again once every reservation is released.
        mutating func retry(_ c: Int) {
            guard let choice = bestChoice(c, honouring: 0) else { return }
            state.assign(c, choice)
        }

        /// The locked case's given people; delegable kinds go to their supporter of record while
        /// that supporter has room, else to the best available one, as the lock fixes the lead
        /// and partner, not the rest: a full supporter never costs a family its lead. A locked
        /// duo given no partner gets the least filled one who may partner the lead and has room,
        /// as a lock fixes what it gives and no more.
        func lockedChoice(_ c: Int) -> CaseChoice? {
            let info = problem.cases[c]
            guard let lead = info.givenLead else { return nil }
            var partner = info.duo ? info.givenPartner : nil
            if info.duo && partner == nil { partner = roomiestPartner(for: info, lead: lead) }
            return CaseChoice(lead: lead, partner: partner, delegates: delegates(of: info, lead: lead, partner: partner))
        }

        /// The least filled worker who may partner `lead` on a family like `info` and has the
        /// room, honouring every family's claim on its people of record.
        func roomiestPartner(for info: PlanningProblem.CaseInfo, lead: Int) -> Int? {
            problem.candidates.partners[info.municipality].filter { p in
                problem.partnersLead(p, lead) && hasNormRoom(p, children: info.children, Self.levels)
                    && free(p, Self.levels) >= info.partnerCasework
            }.min { fill($0, adding: info.partnerCasework) < fill($1, adding: info.partnerCasework) }
        }

        /// The delegable tasks of a family whose lead and partner are given: each to its
        /// supporter of record while they have room, else to the best one, else back to the lead
        /// (or the partner), as a given lead keeps the family whatever the supporters' room.
        func delegates(of info: PlanningProblem.CaseInfo, lead: Int, partner: Int?) -> [Int] {
            var tentative: [Int: Int] = [:]
            return info.delegableTasks.map { task in
                let worker =
                    bestSupporter(
                        for: task, lead: lead, tentative: tentative, honouring: 0, current: info.currentSupporters[task.kind])
                    ?? (problem.workers[lead].does(task.kind) ? lead : partner ?? lead)
                tentative[worker, default: 0] += task.units
                return worker
            }
        }

        /// Units worker `w` has free, honouring the reservations of priorities 1…`level`.
        func free(_ w: Int, _ level: Int) -> Int {
            problem.hoursLeft(w, load: state.load[w] + reservedUnits[slot(level, w)])
        }

        func hasNormRoom(_ w: Int, children: Int, _ level: Int) -> Bool {
            let held = slot(level, w)
            return problem.normFits(
                w, cases: state.caseCount[w] + reservedCases[held] + 1,
                children: state.childCount[w] + reservedChildren[held] + children)
        }

        /// Utilisation after adding `units`, the tie-breaker that spreads work (S4).
        func fill(_ w: Int, adding units: Int) -> Double {
            let limit = problem.workerFigures[w].limit
            return limit > 0 ? Double(state.load[w] + units) / Double(limit) : .infinity
        }

        /// The supporter (a worker who is not registered) for one delegable task of a family led
        /// by `lead`: the current one if they have room and may see the family, else the least
        /// filled.
        func bestSupporter(
            for task: PlanningProblem.Demand, lead: Int, tentative: [Int: Int], honouring level: Int, current: Int?
        ) -> Int? {
            func fits(_ w: Int) -> Bool { free(w, w == current ? 0 : level) - tentative[w, default: 0] >= task.units }
            if let current, problem.maySupport(current, kind: task.kind, lead: lead), fits(current) { return current }
            var best: Int?
            var bestFill = Double.infinity
            let organisation = problem.workerFigures[lead].organisation
            for w in problem.candidates.supporters(of: task.kind, leadOrganisation: organisation) where fits(w) {
                let f = fill(w, adding: tentative[w, default: 0] + task.units)
                if f < bestFill {
                    best = w
                    bestFill = f
                }
            }
            return best
        }

        /// The best whole assignment of case `c`, or `nil` when none keeps the rules.
        func bestChoice(_ c: Int, honouring level: Int) -> CaseChoice? {
            let info = problem.cases[c]
            let workers = problem.workers

            // The family's own people are judged without the reservations of their other families:
            // in priority order, this family has the stronger claim on them.
            func respects(_ w: Int) -> Int { w == info.currentLead || w == info.currentPartner ? 0 : level }
            // The candidate lists hold only registered workers who serve the municipality.
            func mayServe(_ w: Int) -> Bool { hasNormRoom(w, children: info.children, respects(w)) }

            // Partners first for a duo: without one no lead helps, and most waiting duos end here.
            var partners: [(worker: Int, fill: Double)] = []
            if info.duo {
                for w in problem.candidates.partners[info.municipality] where mayServe(w) && free(w, respects(w)) >= info.partnerCasework {
                    partners.append((w, w == info.currentPartner ? -1 : fill(w, adding: info.partnerCasework)))
                }
                if partners.isEmpty { return nil }
                partners.sort { $0.fill != $1.fill ? $0.fill < $1.fill : $0.worker < $1.worker }
            }

            // Then the leads with room for the casework alone. Delegable work that finds no
            // supporter only adds to a lead's hours, so a family no lead has that room for waits
            // without the supporter search: after a warm start that is most of last week's waiting list.
            let open = problem.candidates.leads(of: c).filter { w in mayServe(w) && free(w, respects(w)) >= info.leadUnits }
            if open.isEmpty { return nil }

            // Supporters: they do not compete with leads and partners for hours, but who may
            // see the family depends on the lead's organisation (H11): found once per organisation.
            var support: [Int: Support] = [:]
            func supportFor(lead w: Int) -> Support {
                let organisation = workers[w].organisation
                if let known = support[organisation] { return known }
                var tentative: [Int: Int] = [:]
                var found = Support()
                for (d, task) in info.delegableTasks.enumerated() {
                    if let s = bestSupporter(
                        for: task, lead: w, tentative: tentative, honouring: level,
                        current: info.currentSupporters[task.kind])
                    {
                        tentative[s, default: 0] += task.units
                        found.delegates.append(s)
                    } else {
                        found.delegates.append(-1)
                        found.fallback.append(d)
                    }
                }
                support[organisation] = found
                return found
            }

            // Leads: rule-abiding candidates, the current lead first, then the least filled.
            var leads: [(worker: Int, fill: Double)] = []
            for w in open {
                let worker = workers[w]
                let fallback = supportFor(lead: w).fallback
                var extra = 0
                var missing = false
                for d in fallback {
                    if worker.does(info.delegableTasks[d].kind) { extra += info.delegableTasks[d].units } else { missing = true }
                }
                if missing && !info.duo { continue }
                let units = info.leadUnits + extra
                guard free(w, respects(w)) >= units else { continue }
                leads.append((w, w == info.currentLead ? -1 : fill(w, adding: units)))
            }
            func before(_ a: (worker: Int, fill: Double), _ b: (worker: Int, fill: Double)) -> Bool {
                a.fill != b.fill ? a.fill < b.fill : a.worker < b.worker
            }

            if !info.duo {
                guard let lead = leads.min(by: before) else { return nil }
                var delegates = supportFor(lead: lead.worker).delegates
                for d in supportFor(lead: lead.worker).fallback { delegates[d] = lead.worker }
                return CaseChoice(lead: lead.worker, partner: nil, delegates: delegates)
            }
            leads.sort(by: before)

            // The best partner for a lead is the first in order who may partner them (H5, H11):
            // the best of all, unless that is the lead, of the lead's organisation or of one
            // that may not see the family.
            for lead in leads {
                let (delegates, fallback) = (supportFor(lead: lead.worker).delegates, supportFor(lead: lead.worker).fallback)
                let toPartner = fallback.filter { !workers[lead.worker].does(info.delegableTasks[$0].kind) }
                let found: Int?
                if toPartner.isEmpty {
                    found = partners.first { problem.partnersLead($0.worker, lead.worker) }?.worker
                } else {
                    // Delegable work the lead may not do goes to the partner: search for one who may.
                    let partnerExtra = toPartner.reduce(0) { $0 + info.delegableTasks[$1].units }
                    found =
                        partners.first { candidate in
                            let p = candidate.worker
                            return problem.partnersLead(p, lead.worker)
                                && toPartner.allSatisfy({ workers[p].does(info.delegableTasks[$0].kind) })
                                && free(p, respects(p)) >= info.partnerCasework + partnerExtra
                        }?.worker
                }
                guard let partner = found else { continue }
                var result = delegates
                for d in fallback { result[d] = toPartner.contains(d) ? partner : lead.worker }
                return CaseChoice(lead: lead.worker, partner: partner, delegates: result)
            }
            return nil
        }
    }

    /// The delegable tasks' people for the leads of one organisation: a supporter per task, -1
    /// where none has room, and the indices of those tasks, which fall back to the lead or partner.
    struct Support {
        var delegates: [Int] = []
        var fallback: [Int] = []
    }
}
