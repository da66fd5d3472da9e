/// What stops a search, and how it accepts moves.
///
/// Move counts make a run reproducible: the same seed and counts give the same result on any
/// machine. Time limits only cut a run short; they never change what a move does.
public struct SearchLimits: Sendable {
    /// Stop after this many seconds of search; `nil`: no time limit.
    public var timeLimit: Double?
    /// Stop when the best result has not improved for this many seconds.
    public var unimprovedTimeLimit: Double?
    /// Stop when the best result has not improved for this many proposed moves.
    public var unimprovedMoves: Int?
    /// Stop after this many proposed moves.
    public var maxMoves: Int?
    /// Stop as soon as the best objective is within this much of `lowerBound`.
    public var lowerBound: Double?
    /// The tolerance for `lowerBound`: below 1 proves optimality for integer objectives.
    public var boundTolerance: Double
    /// The least gain in the best objective that counts as an improvement for the unimproved
    /// limits; 0: any. Smaller gains still improve the result but do not keep the search going.
    public var significantGain: Double = 0
    /// The late-acceptance history length; 1 is plain hill climbing that accepts sideways moves.
    public var historyLength: Int
    /// How often, in moves, `SearchSpace.adapt(iteration:)` is called; 0 never.
    public var adaptEvery: Int
    /// After this many moves without a new best (counted from the last improvement or restart),
    /// continue from the best feasible solution after `SearchSpace.kick(using:)`; `nil` never.
    /// Late acceptance alone drifts far from the best on tightly packed problems; returning to it
    /// with a small random kick is iterated local search on top of late acceptance.
    public var restartAfter: Int?

    /// Creates limits; with none set, a search stops after 100,000 unimproved moves.
    public init(
        timeLimit: Double? = nil, unimprovedTimeLimit: Double? = nil, unimprovedMoves: Int? = nil,
        maxMoves: Int? = nil, lowerBound: Double? = nil, boundTolerance: Double = 1e-9,
        historyLength: Int = 1, adaptEvery: Int = 0, restartAfter: Int? = nil
    ) {
        self.timeLimit = timeLimit
        self.unimprovedTimeLimit = unimprovedTimeLimit
        self.unimprovedMoves = unimprovedMoves
        self.maxMoves = maxMoves
        self.lowerBound = lowerBound
        self.boundTolerance = boundTolerance
        self.historyLength = max(1, historyLength)
        self.adaptEvery = adaptEvery
        self.restartAfter = restartAfter.map { max(1, $0) }
        if timeLimit == nil, unimprovedTimeLimit == nil, unimprovedMoves == nil, maxMoves == nil {
            self.unimprovedMoves = 100_000
        }
    }
}

/// Why a search stopped.
public enum SearchStop: String, CaseIterable, Sendable, Codable {
    /// The time limit passed.
    case timeLimit = "time-limit"
    /// No improvement for the unimproved time or move limit.
    case unimproved
    /// The move limit was reached.
    case moveLimit = "move-limit"
    /// The best result met the lower bound: it is optimal (within the tolerance).
    case provenOptimal = "proven-optimal"
    /// The neighbourhood held no applicable move.
    case exhausted
}
