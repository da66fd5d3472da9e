/// The score of a plan (docs/rules.md): hard violations first, then the weighted soft terms.
public struct Score: Hashable, Sendable, Comparable {
    /// Broken hard rules; a plan the planner makes always has 0.
    public var hard: Int
    /// Families waiting.
    public var waiting: Int
    /// S1 before weighting: Σ priority factor × waiting-time factor over waiting families.
    public var waitingPenalty: Double
    /// S2: changes of lead.
    public var leadHandovers: Int
    /// S2: changes of duo partner.
    public var partnerHandovers: Int
    /// S3: delegable hours done by registered workers on kinds a supporter may do.
    public var undelegatedHours: Double
    /// S4: Σ over pools of the FTE-weighted squared deviations of utilisation from the pool mean.
    public var balance: Double
    /// The weighted sum of S1–S4: lower is better.
    public var soft: Double

    /// All handovers.
    public var handovers: Int { leadHandovers + partnerHandovers }

    /// Creates a score.
    public init(
        hard: Int = 0, waiting: Int = 0, waitingPenalty: Double = 0, leadHandovers: Int = 0,
        partnerHandovers: Int = 0, undelegatedHours: Double = 0, balance: Double = 0, soft: Double = 0
    ) {
        self.hard = hard
        self.waiting = waiting
        self.waitingPenalty = waitingPenalty
        self.leadHandovers = leadHandovers
        self.partnerHandovers = partnerHandovers
        self.undelegatedHours = undelegatedHours
        self.balance = balance
        self.soft = soft
    }

    /// Hard rules are never traded for soft ones.
    public static func < (lhs: Score, rhs: Score) -> Bool {
        lhs.hard != rhs.hard ? lhs.hard < rhs.hard : lhs.soft < rhs.soft
    }

    /// S1's factor for one waiting family: urgent families weigh 4, priority 2 weighs 2,
    /// priority 3 weighs 1, and each 8 weeks of waiting adds the family's own weight again, so
    /// a long wait escalates a family as triage does.
    public static func waitingFactor(priority: Int, weeksWaiting: Int) -> Double {
        let base: Double = priority <= 1 ? 4 : priority == 2 ? 2 : 1
        return base * (1 + Double(max(0, weeksWaiting)) / 8)
    }

    /// A change of partner weighs this share of a change of lead: the lead is the family's face.
    public static let partnerHandoverShare = 0.5

    /// S2 before weighting: changes of lead, and changes of partner at their share.
    public static func handoverCount(lead: Int, partner: Int) -> Double {
        Double(lead) + partnerHandoverShare * Double(partner)
    }

    /// The weighted soft score: the one place S1–S4 are weighed and summed, whether from a whole
    /// plan, the search's running totals or an option's change.
    public static func soft(
        waitingPenalty: Double, handovers: Double, undelegatedHours: Double, balance: Double, weights: Settings.Weights
    ) -> Double {
        weights.waiting * waitingPenalty + weights.handover * handovers + weights.undelegated * undelegatedHours
            + weights.balance * balance
    }

    /// S2 of this score before weighting.
    public var handoverCount: Double { Self.handoverCount(lead: leadHandovers, partner: partnerHandovers) }
}

extension Score {
    /// The term-by-term change from `rhs` to `lhs`: what a change of plan does to each term.
    public static func - (lhs: Score, rhs: Score) -> Score {
        Score(
            hard: lhs.hard - rhs.hard, waiting: lhs.waiting - rhs.waiting, waitingPenalty: lhs.waitingPenalty - rhs.waitingPenalty,
            leadHandovers: lhs.leadHandovers - rhs.leadHandovers, partnerHandovers: lhs.partnerHandovers - rhs.partnerHandovers,
            undelegatedHours: lhs.undelegatedHours - rhs.undelegatedHours, balance: lhs.balance - rhs.balance, soft: lhs.soft - rhs.soft)
    }
}
