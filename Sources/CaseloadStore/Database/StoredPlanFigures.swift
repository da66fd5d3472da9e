import CaseloadCore

/// A plan's score as its `plans.score` column holds it: JSON with the same snake_case keys the
/// plan JSON uses, so a person reading the file with `sqlite3` recognises them. The store writes
/// the figures exactly; rounding is for reports.
struct StoredScore: Codable {
    var hard: Int
    var waiting: Int
    var waitingPenalty: Double
    var leadHandovers: Int
    var partnerHandovers: Int
    var undelegatedHours: Double
    var balance: Double
    var soft: Double

    enum CodingKeys: String, CodingKey {
        case hard, waiting, balance, soft
        case waitingPenalty = "waiting_penalty"
        case leadHandovers = "lead_handovers"
        case partnerHandovers = "partner_handovers"
        case undelegatedHours = "undelegated_hours"
    }

    init(_ s: Score) {
        hard = s.hard
        waiting = s.waiting
        waitingPenalty = s.waitingPenalty
        leadHandovers = s.leadHandovers
        partnerHandovers = s.partnerHandovers
        undelegatedHours = s.undelegatedHours
        balance = s.balance
        soft = s.soft
    }

    var score: Score {
        Score(
            hard: hard, waiting: waiting, waitingPenalty: waitingPenalty, leadHandovers: leadHandovers,
            partnerHandovers: partnerHandovers, undelegatedHours: undelegatedHours, balance: balance, soft: soft)
    }
}

/// Which solver made a plan, as its `plans.solver` column holds it. The search's trace is not
/// kept: it describes the run, not the plan.
struct StoredSolver: Codable {
    var name: String
    /// The seed's bits as a signed integer, as SQLite's JSON functions read integers.
    var seed: Int64
    var seconds: Double
    var moves: Int
    var threads: Int
    var stop: String
    var constructionScore: Double?
    var lowerBound: Double?
    var constructionSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case name, seed, seconds, moves, threads, stop
        case constructionScore = "construction_soft"
        case lowerBound = "lower_bound"
        case constructionSeconds = "construction_seconds"
    }

    /// Plans saved before moves, threads and the reason the search stopped were recorded lack
    /// them; they read as none, one thread and no reason.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        seed = try c.decode(Int64.self, forKey: .seed)
        seconds = try c.decode(Double.self, forKey: .seconds)
        moves = try c.decodeIfPresent(Int.self, forKey: .moves) ?? 0
        threads = try c.decodeIfPresent(Int.self, forKey: .threads) ?? 1
        stop = try c.decodeIfPresent(String.self, forKey: .stop) ?? ""
        constructionScore = try c.decodeIfPresent(Double.self, forKey: .constructionScore)
        lowerBound = try c.decodeIfPresent(Double.self, forKey: .lowerBound)
        constructionSeconds = try c.decodeIfPresent(Double.self, forKey: .constructionSeconds)
    }

    init(_ s: SolverInfo) {
        name = s.name
        seed = Int64(bitPattern: s.seed)
        seconds = s.seconds
        moves = s.moves
        threads = s.threads
        stop = s.stop
        constructionScore = s.constructionScore
        lowerBound = s.lowerBound
        constructionSeconds = s.constructionSeconds
    }

    var solver: SolverInfo {
        SolverInfo(
            name: name, seed: UInt64(bitPattern: seed), seconds: seconds, moves: moves, threads: max(1, threads), stop: stop,
            constructionScore: constructionScore, lowerBound: lowerBound, constructionSeconds: constructionSeconds)
    }
}

/// A plan's proposals as its `plans.proposals` column holds them: JSON with the keys of the
/// plan JSON (`id`, `moves`, `serves`, `score_change`).
struct StoredProposal: Codable {
    struct Move: Codable {
        var `case`: String
        var role: Handover.Role
        var from: String
        var to: String
    }

    var id: Int
    var moves: [Move]
    var serves: [String]
    var scoreChange: Double

    enum CodingKeys: String, CodingKey {
        case id, moves, serves
        case scoreChange = "score_change"
    }

    init(_ p: Proposal) {
        id = p.id
        moves = p.moves.map { Move(case: $0.caseID, role: $0.role, from: $0.from, to: $0.to) }
        serves = p.serves
        scoreChange = p.scoreChange
    }

    var proposal: Proposal {
        Proposal(
            id: id, moves: moves.map { Proposal.Move(caseID: $0.case, role: $0.role, from: $0.from, to: $0.to) }, serves: serves,
            scoreChange: scoreChange)
    }
}
