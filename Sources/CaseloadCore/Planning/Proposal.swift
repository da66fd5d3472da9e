/// A voluntary change of lead or partner the plan offers rather than makes (SPEC §3): the moves,
/// the waiting families they would serve, and what they do to the score. The manager decides;
/// with an allowance (`max_voluntary_handovers`, `--allow-handovers`) the best ones within it are
/// made and listed as handovers `allowed`.
public struct Proposal: Hashable, Sendable {
    /// One change of a family's lead or partner in a proposal.
    public struct Move: Hashable, Sendable {
        /// The case code of the family that would change hands.
        public var caseID: String
        /// Lead or partner.
        public var role: Handover.Role
        /// Who holds the family now.
        public var from: String
        /// Who would take it.
        public var to: String

        /// Creates a move.
        public init(caseID: String, role: Handover.Role, from: String, to: String) {
            self.caseID = caseID
            self.role = role
            self.from = from
            self.to = to
        }
    }

    /// The proposal's number in the plan, best first.
    public var id: Int
    /// The changes of lead or partner it asks.
    public var moves: [Move]
    /// The waiting families it would serve.
    public var serves: [String]
    /// The soft-score change it would make: lower is better.
    public var scoreChange: Double

    /// Creates a proposal.
    public init(id: Int, moves: [Move], serves: [String], scoreChange: Double) {
        self.id = id
        self.moves = moves
        self.serves = serves
        self.scoreChange = scoreChange
    }
}

/// Finds the voluntary handovers that would serve waiting families, by asking the recommender
/// for each waiting family (most urgent first) its best option in the plan as it stands,
/// families of record never put back to make room. An option that moves no family of record
/// (a new family to another lead, or straight into room the search left) costs no handover and
/// is made; one that moves a family of record from the people who may keep it is a voluntary
/// handover: the best of them are made while the allowance lasts, the rest offered.
struct ProposalFinder {
    /// Waiting families looked at, most urgent first: a proposal is a manager's phone call, and
    /// a region's whole waiting list would take longer than the plan.
    var considered = 12
    /// Full leads tried per waiting family, closest to fitting first: wider than an interactive
    /// recommendation, as a proposal is looked for once per plan.
    var ejectionLeads = 48

    /// The recommender this finder asks.
    func recommender(_ space: CaseloadSpace) -> Recommender {
        var recommender = Recommender(space: space)
        recommender.ejectionLeads = ejectionLeads
        return recommender
    }

    /// Recommendations a plan may spend looking for two-move proposals (a family moved to free
    /// a full lead, then the best option): a count, not a time, so that the plan is the same on
    /// any machine.
    var twoMoveBudget = 96
    /// The largest region (in families) a plan looks for two-move proposals in.
    static let deepUpTo = 2_000

    /// One way to serve a waiting family: the changes in steps (each measured after the ones
    /// before), the voluntary handovers among them, and the score change.
    struct Offer {
        var steps: [[CaseloadSpace.Change]]
        var moves: [Proposal.Move]
        var delta: Double
    }

    /// The plan after the changes made, and the proposals left, best first. With `deep`, a
    /// family no single move serves is also tried with two.
    func run(
        on state: PlanState, weights: Settings.Weights, locked: Set<Int>, continuity: Continuity, allowance: Int,
        deep: Bool = false
    ) -> (state: PlanState, proposals: [Proposal]) {
        let problem = state.problem
        // Without the search's hold on the people of record: here they may be asked to move.
        var space = CaseloadSpace(state: state, weights: weights, locked: locked, keepsServed: true)
        var budget = deep ? twoMoveBudget : 0
        func single(_ c: Int, in space: CaseloadSpace) -> Offer? {
            guard space.state.choices[c] == nil, let option = recommender(space).recommend(c, top: 1).first,
                option.delta < -1e-9
            else { return nil }
            return Offer(
                steps: [option.changes(for: c)], moves: voluntaryMoves(of: option, for: c, in: problem, continuity: continuity),
                delta: option.delta)
        }
        // A family of one of the full leads closest to fitting to another lead with room, then
        // the best option: where every lead is full and so is every partner, one move is not enough.
        func double(_ c: Int) -> Offer? {
            let figures = problem.caseFigures[c]
            let full = problem.candidates.leads(of: c).filter {
                !(space.hasNormRoom($0, children: figures.children) && space.room($0) >= figures.leadUnits)
            }
            var found: Offer?
            for lead in full.prefix(4) where budget > 0 {
                for d in space.ledCases[lead] where d != c && budget > 0 {
                    guard let held = space.state.choices[d] else { continue }
                    let info = problem.caseFigures[d]
                    let others = space.leadGroups[space.leadGroup[d]].filter {
                        $0 != lead && $0 != held.partner && space.hasNormRoom($0, children: info.children)
                            && space.room($0) >= info.leadUnits
                    }.sorted { space.room($0) != space.room($1) ? space.room($0) > space.room($1) : $0 < $1 }
                    for other in others.prefix(2) where budget > 0 {
                        guard let moved = space.replacingLead(held, of: d, with: other) else { continue }
                        budget -= 1
                        var trial = space
                        let first = [CaseloadSpace.Change(c: d, choice: moved)]
                        let before = trial.tally.soft
                        guard trial.commit(first), let then = single(c, in: trial) else { continue }
                        let total = trial.tally.soft - before + then.delta
                        guard total < -1e-9, found.map({ total < $0.delta }) ?? true else { continue }
                        found = Offer(
                            steps: [first] + then.steps,
                            moves: moves(of: d, from: held, to: moved, in: problem, continuity: continuity) + then.moves,
                            delta: total)
                    }
                }
            }
            return found
        }
        func best(_ c: Int) -> Offer? { single(c, in: space) ?? (budget > 0 ? double(c) : nil) }
        // Carries an offer out step by step, or leaves the plan as it was.
        func make(_ offer: Offer) -> Bool {
            var undo: [[CaseloadSpace.Change]] = []
            for step in offer.steps {
                guard let back = space.perform(step) else {
                    for back in undo.reversed() { _ = space.perform(back) }
                    return false
                }
                undo.append(back)
            }
            return true
        }
        let waiting = problem.constructionOrder.filter { state.choices[$0] == nil && !locked.contains($0) }
        // Offers that move no family of record are made at once, most urgent family first.
        var asking: [(c: Int, delta: Double)] = []
        for c in waiting.prefix(considered) {
            guard let offer = best(c) else { continue }
            if offer.moves.isEmpty {
                _ = make(offer)
            } else {
                asking.append((c, offer.delta))
            }
        }
        asking.sort { $0.delta != $1.delta ? $0.delta < $1.delta : $0.c < $1.c }
        // The best voluntary ones within the allowance, each measured again on the plan as it is.
        var left = max(0, allowance)
        for (c, _) in asking where left > 0 {
            guard let offer = best(c), offer.moves.count <= left, make(offer) else { continue }
            left -= offer.moves.count
        }
        // What is left is offered, as it stands against the final plan.
        var offered: [(moves: [Proposal.Move], c: Int, delta: Double)] = []
        for (c, _) in asking {
            guard let offer = best(c), !offer.moves.isEmpty else { continue }
            offered.append((offer.moves, c, offer.delta))
        }
        let proposals = offered.sorted { $0.delta != $1.delta ? $0.delta < $1.delta : $0.c < $1.c }
            .enumerated().map { i, p in
                Proposal(id: i + 1, moves: p.moves, serves: [problem.cases[p.c].id], scoreChange: p.delta)
            }
        return (space.state, proposals)
    }

    /// The changes an option for waiting family `c` makes to families of record whose people
    /// may keep them: the family moved to make room, and `c` itself when it waits beside a lead
    /// of record (for a partner) and the option gives it another.
    func voluntaryMoves(of option: Recommendation, for c: Int, in problem: PlanningProblem, continuity: Continuity)
        -> [Proposal.Move]
    {
        var result: [Proposal.Move] = []
        if let ejection = option.ejection, let to = ejection.to {
            result += moves(of: ejection.c, from: ejection.from, to: to, in: problem, continuity: continuity)
        }
        return result + moves(of: c, from: nil, to: option.choice, in: problem, continuity: continuity)
    }

    /// The handovers of family `d` going from `from` (`nil`: waiting) to `to` that its people of
    /// record, who may keep it, would not make on their own.
    func moves(of d: Int, from: CaseChoice?, to: CaseChoice, in problem: PlanningProblem, continuity: Continuity)
        -> [Proposal.Move]
    {
        let info = problem.cases[d]
        func id(_ w: Int) -> String { problem.workers[w].id }
        var moves: [Proposal.Move] = []
        if let lead = info.currentLead, continuity.leadForced[d] == nil, (from?.lead ?? lead) == lead, to.lead != lead {
            moves.append(Proposal.Move(caseID: info.id, role: .lead, from: id(lead), to: id(to.lead)))
        }
        if info.duo, let partner = info.currentPartner, continuity.partnerForced[d] == nil,
            (from?.partner ?? partner) == partner, let now = to.partner, now != partner
        {
            moves.append(Proposal.Move(caseID: info.id, role: .partner, from: id(partner), to: id(now)))
        }
        return moves
    }
}
