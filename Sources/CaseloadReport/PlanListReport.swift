/// `caseload plans`: the saved plans, newest first, the current one marked.
public struct PlanListReport: Sendable {
    /// One saved plan.
    public struct Row: Sendable {
        /// The plan's number.
        public var id: Int64
        /// The planned week.
        public var week: String
        /// When it was saved (UTC, ISO 8601).
        public var savedAt: String
        /// Whether it is the current plan.
        public var isCurrent: Bool
        /// Families served.
        public var served: Int
        /// Families waiting.
        public var waiting: Int
        /// The weighted soft score.
        public var soft: Double

        /// A row from its figures.
        public init(id: Int64, week: String, savedAt: String, isCurrent: Bool, served: Int, waiting: Int, soft: Double) {
            self.id = id
            self.week = week
            self.savedAt = savedAt
            self.isCurrent = isCurrent
            self.served = served
            self.waiting = waiting
            self.soft = soft
        }
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
        guard !rows.isEmpty else { return "no plans saved yet; run `caseload plan --save`\n" }
        var out = "   plan  week      saved                 served  waiting        score\n"
        for p in rows {
            out += (p.isCurrent ? " * " : "   ") + Column.pad("\(p.id)", 5) + " " + Column.pad(p.week, 10)
            out += Column.pad(p.savedAt, 22) + Column.pad("\(p.served)", 8) + Column.pad("\(p.waiting)", 9)
            out += Column.pad(figures.decimal(p.soft, decimals: 1), 12, right: true) + "\n"
        }
        return out
    }
}
