/// A plan's score taken apart: per hard rule how often it is broken, per soft term its weighted
/// total and the families or workers that contribute most, so a manager sees where the points
/// come from. Names only codes, priorities, weeks and hours. Values only: CaseloadReport puts
/// them in words.
public struct ScoreAnalysis: Sendable {
    /// One hard rule.
    public struct Rule: Sendable {
        /// The rule.
        public var rule: HardRule
        /// Times broken; 0 in a valid plan.
        public var count: Int
        /// What breaks it, in every language.
        public var texts: [Text]
        /// What breaks it, in English (the JSON's notes).
        public var notes: [String] { texts.map(\.en) }
        /// For H9, what became of every lock; empty for the other rules.
        public var locks: [LockNote]
    }

    /// A role whose worker changed on a family (S2).
    public struct Handover: Sendable, Hashable {
        /// `lead` or `partner`.
        public var role: String
        /// The worker of record.
        public var from: String
        /// The worker in the plan (`none` for nobody).
        public var to: String

        /// `role` passed from `from` to `to`.
        public init(role: String, from: String, to: String) {
            self.role = role
            self.from = from
            self.to = to
        }
    }

    /// A family's delegable task done by a registered worker (S3).
    public struct UndelegatedTask: Sendable, Hashable {
        /// The task kind.
        public var kind: String
        /// Its hours.
        public var hours: Double
        /// The registered worker who does it.
        public var worker: String

        /// `hours` of `kind` done by `worker`.
        public init(kind: String, hours: Double, worker: String) {
            self.kind = kind
            self.hours = hours
            self.worker = worker
        }
    }

    /// The figures behind a contributor's points.
    public enum Detail: Sendable, Hashable {
        /// A waiting family (S1): its priority, weeks waiting and waiting factor.
        case waiting(priority: Int, weeksWaiting: Int, factor: Double)
        /// A family whose people changed (S2).
        case handovers([Handover])
        /// A family's delegable work done by registered workers (S3).
        case undelegated([UndelegatedTask])
        /// A worker's hours of delegable work (S3 by worker).
        case delegableHours(Double)
        /// A worker's utilisation against their pool's mean (S4).
        case balance(utilisation: Double, pool: String, poolMean: Double, fte: Double)
    }

    /// One family's or worker's share of a soft term.
    public struct Contributor: Sendable {
        /// A case code or a worker id.
        public var subject: String
        /// Whether `subject` is a worker (else a family).
        public var isWorker: Bool
        /// The weighted points.
        public var points: Double
        /// The figures behind the points (priority and weeks, old → new people, hours, utilisation).
        public var detail: Detail
    }

    /// One soft term.
    public struct Term: Sendable {
        /// `S1` … `S4`.
        public var id: String
        /// `waiting`, `handover`, `undelegated` or `balance`: the name of its weight.
        public var name: String
        /// The weight.
        public var weight: Double
        /// The term before weighting (S1 Σ factors, S2 lead + ½ partner changes, S3 hours, S4 spread).
        public var raw: Double
        /// Weight × raw.
        public var points: Double
        /// How many families or workers contribute anything.
        public var contributorCount: Int
        /// The largest contributors, most points first.
        public var contributors: [Contributor]
        /// For S3, the same points by the worker who does the hours.
        public var byWorker: [Contributor]
    }

    /// The score analysed.
    public let score: Score
    /// Every hard rule, in order.
    public let rules: [Rule]
    /// S1–S4.
    public let terms: [Term]

    /// Analyses `plan`, which is `state` as users read it, under `weights`, listing at most `top`
    /// contributors per term.
    public init(plan: Plan, state: PlanState, weights: Settings.Weights, top: Int = 5) {
        let problem = state.problem
        let workers = problem.workers
        score = state.score(weights: weights)

        let violations = PlanChecker().violations(of: plan, in: problem.scenario)
        rules = HardRule.allCases.map { rule in
            let texts = violations.filter { $0.rule == rule }.map(\.text)
            return Rule(rule: rule, count: texts.count, texts: texts, locks: rule == .locks ? plan.locks : [])
        }

        func name(_ w: Int) -> String { w >= 0 ? workers[w].id : "none" }
        var waiting: [Contributor] = []
        var handovers: [Contributor] = []
        var undelegated: [Contributor] = []
        var undelegatedByWorker: [Int: Int] = [:]
        for (c, info) in problem.cases.enumerated() {
            guard let choice = state.choices[c] else {
                waiting.append(
                    Contributor(
                        subject: info.id, isWorker: false, points: weights.waiting * info.waitingFactor,
                        detail: .waiting(priority: info.priority, weeksWaiting: info.weeksWaiting, factor: info.waitingFactor)))
                continue
            }
            var changes: [Handover] = []
            var share = 0.0
            if let lead = info.currentLead, lead != choice.lead {
                changes.append(Handover(role: "lead", from: name(lead), to: name(choice.lead)))
                share += 1
            }
            if info.duo, let partner = info.currentPartner, let now = choice.partner, partner != now {
                changes.append(Handover(role: "partner", from: name(partner), to: name(now)))
                share += Score.partnerHandoverShare
            }
            if share > 0 {
                handovers.append(
                    Contributor(
                        subject: info.id, isWorker: false, points: weights.handover * share, detail: .handovers(changes)))
            }
            var units = 0
            var parts: [UndelegatedTask] = []
            for (d, w) in choice.delegates.enumerated() where workers[w].registered {
                let task = info.delegableTasks[d]
                guard problem.isSupported(kind: task.kind, lead: choice.lead) else { continue }
                units += task.units
                undelegatedByWorker[w, default: 0] += task.units
                parts.append(UndelegatedTask(kind: problem.kinds[task.kind].id, hours: PlanningProblem.hours(task.units), worker: name(w)))
            }
            if units > 0 {
                undelegated.append(
                    Contributor(
                        subject: info.id, isWorker: false, points: weights.undelegated * PlanningProblem.hours(units),
                        detail: .undelegated(parts)))
            }
        }
        let byWorker = undelegatedByWorker.map { w, units in
            Contributor(
                subject: workers[w].id, isWorker: true, points: weights.undelegated * PlanningProblem.hours(units),
                detail: .delegableHours(PlanningProblem.hours(units)))
        }

        var balance: [Contributor] = []
        for (registered, pool) in [(true, "registered"), (false, "supporters")] {
            let members = workers.indices.filter { w in
                workers[w].registered == registered && workers[w].capacity.availableHours > 0 && workers[w].fte > 0
            }
            let weight = members.reduce(0) { $0 + workers[$1].fte }
            guard weight > 0 else { continue }
            func utilisation(_ w: Int) -> Double { PlanningProblem.hours(state.load[w]) / workers[w].capacity.availableHours }
            let mean = members.reduce(0) { $0 + workers[$1].fte * utilisation($1) } / weight
            for w in members {
                let u = utilisation(w)
                let points = weights.balance * workers[w].fte * (u - mean) * (u - mean)
                guard points > 0 else { continue }
                balance.append(
                    Contributor(
                        subject: workers[w].id, isWorker: true, points: points,
                        detail: .balance(utilisation: u, pool: pool, poolMean: mean, fte: workers[w].fte)))
            }
        }

        func term(_ id: String, _ name: String, _ weight: Double, _ raw: Double, _ list: [Contributor], byWorker: [Contributor] = [])
            -> Term
        {
            Term(
                id: id, name: name, weight: weight, raw: raw, points: weight * raw, contributorCount: list.count,
                contributors: Self.largest(list, top), byWorker: Self.largest(byWorker, top))
        }
        let s = score
        terms = [
            term("S1", "waiting", weights.waiting, s.waitingPenalty, waiting),
            term(
                "S2", "handover", weights.handover, s.handoverCount, handovers),
            term("S3", "undelegated", weights.undelegated, s.undelegatedHours, undelegated, byWorker: byWorker),
            term("S4", "balance", weights.balance, s.balance, balance),
        ]
    }

    /// The `top` contributors with the most points, ties by code.
    static func largest(_ list: [Contributor], _ top: Int) -> [Contributor] {
        Array(list.sorted { $0.points != $1.points ? $0.points > $1.points : $0.subject < $1.subject }.prefix(max(0, top)))
    }
}
