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

    /// The plan after the changes made, and the proposals left, best first.
    func run(
        on state: PlanState, weights: Settings.Weights, locked: Set<Int>, continuity: Continuity, allowance: Int
    ) -> (state: PlanState, proposals: [Proposal]) {
        let problem = state.problem
        // Without the search's hold on the people of record: here they may be asked to move.
        var space = CaseloadSpace(state: state, weights: weights, locked: locked, keepsServed: true)
        func best(_ c: Int) -> (option: Recommendation, moves: [Proposal.Move])? {
            guard space.state.choices[c] == nil, let option = recommender(space).recommend(c, top: 1).first,
                option.delta < -1e-9
            else { return nil }
            return (option, voluntaryMoves(of: option, for: c, in: problem, continuity: continuity))
        }
        let waiting = problem.constructionOrder.filter { state.choices[$0] == nil && !locked.contains($0) }
        // Options that move no family of record are made at once, most urgent family first.
        var asking: [(c: Int, delta: Double)] = []
        for c in waiting.prefix(considered) {
            guard let (option, moves) = best(c) else { continue }
            if moves.isEmpty {
                _ = space.commit(option.changes(for: c))
            } else {
                asking.append((c, option.delta))
            }
        }
        asking.sort { $0.delta != $1.delta ? $0.delta < $1.delta : $0.c < $1.c }
        // The best voluntary ones within the allowance, each measured again on the plan as it is.
        var left = max(0, allowance)
        for (c, _) in asking where left > 0 {
            guard let (option, moves) = best(c), moves.count <= left, space.commit(option.changes(for: c)) else { continue }
            left -= moves.count
        }
        // What is left is offered, as it stands against the final plan.
        var offered: [(moves: [Proposal.Move], c: Int, delta: Double)] = []
        for (c, _) in asking {
            guard let (option, moves) = best(c), !moves.isEmpty else { continue }
            offered.append((moves, c, option.delta))
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
        var changes: [(Int, CaseChoice?, CaseChoice)] = [(c, nil, option.choice)]
        if let ejection = option.ejection, let to = ejection.to { changes.insert((ejection.c, ejection.from, to), at: 0) }
        func id(_ w: Int) -> String { problem.workers[w].id }
        var moves: [Proposal.Move] = []
        for (d, from, to) in changes {
            let info = problem.cases[d]
            if let lead = info.currentLead, continuity.leadForced[d] == nil, (from?.lead ?? lead) == lead, to.lead != lead {
                moves.append(Proposal.Move(caseID: info.id, role: .lead, from: id(lead), to: id(to.lead)))
            }
            if info.duo, let partner = info.currentPartner, continuity.partnerForced[d] == nil,
                (from?.partner ?? partner) == partner, let now = to.partner, now != partner
            {
                moves.append(Proposal.Move(caseID: info.id, role: .partner, from: id(partner), to: id(now)))
            }
        }
        return moves
    }
}
