/// `caseload plans`: the drafts and approved plans, newest first, the current one marked.
public struct PlanListReport: Sendable {
    /// One kept plan.
    public struct Row: Sendable {
        /// The plan's number.
        public var id: Int64
        /// The planned week.
        public var week: String
        /// When it was made (UTC, ISO 8601).
        public var savedAt: String
        /// Whether it is the current plan.
        public var isCurrent: Bool
        /// Whether the manager approved it (now or before).
        public var isApproved: Bool
        /// Whether the team's data changed after it was made.
        public var isStale: Bool
        /// Families served.
        public var served: Int
        /// Families waiting.
        public var waiting: Int
        /// Changes of lead or partner against the people of record (S2).
        public var handovers: Int
        /// The weighted soft score, as the plan's own report shows it.
        public var soft: Double

        /// A row from its figures.
        public init(
            id: Int64, week: String, savedAt: String, isCurrent: Bool, isApproved: Bool = true, isStale: Bool = false, served: Int,
            waiting: Int, handovers: Int = 0, soft: Double
        ) {
            self.id = id
            self.week = week
            self.savedAt = savedAt
            self.isCurrent = isCurrent
            self.isApproved = isApproved
            self.isStale = isStale
            self.served = served
            self.waiting = waiting
            self.handovers = handovers
            self.soft = soft
        }

        /// `current`, `approved` or `draft`.
        public var status: String { isCurrent ? "current" : isApproved ? "approved" : "draft" }
    }

    /// The plans, newest first.
    public let rows: [Row]
    /// The formatter.
    public var figures: Figures

    /// A list of `rows`.
    public init(rows: [Row], figures: Figures = .english) {
        self.rows = rows
        self.figures = figures
    }

    /// The table.
    public func render() -> String {
        guard !rows.isEmpty else { return "no plans yet; run `caseload plan` for a draft\n" }
        var out = "   plan  week      made                  status    served  waiting  handovers        score\n"
        for p in rows {
            out += (p.isCurrent ? " * " : "   ") + Column.pad("\(p.id)", 5) + " " + Column.pad(p.week, 10)
            out += Column.pad(p.savedAt, 22) + Column.pad(p.status, 10) + Column.pad("\(p.served)", 8) + Column.pad("\(p.waiting)", 9)
            out += Column.pad("\(p.handovers)", 10, right: true)
            out += Column.pad(figures.decimal(p.soft, decimals: 1), 13, right: true)
            out += p.isStale ? "  (data changed since)" : ""
            out += "\n"
        }
        if rows.contains(where: { !$0.isApproved }) {
            out += "\n* the current plan. `caseload approve N` makes plan N current; `caseload show --plan N` shows it.\n"
        }
        return out
    }
}
