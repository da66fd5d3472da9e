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

        /// `current`, `approved` or `draft`, in `language`.
        public func status(_ language: Language) -> String {
            (isCurrent ? Texts.Plan.current : isApproved ? Texts.Plan.approved : Texts.Plan.draft)(language)
        }
    }

    /// The plans, newest first.
    public let rows: [Row]
    /// The formatter.
    public var figures: Figures

    /// A list of `rows` in `language`.
    public init(rows: [Row], language: Language = .en) {
        self.rows = rows
        figures = .of(language)
    }

    /// The table.
    public func render() -> String {
        let language = figures.language
        guard !rows.isEmpty else { return Texts.Plan.noPlans(language) + "\n" }
        var out = Texts.Plan.plansColumns(language) + "\n"
        for p in rows {
            out += (p.isCurrent ? " * " : "   ") + Column.pad("\(p.id)", 5) + " " + Column.pad(p.week, 10)
            out += Column.pad(p.savedAt, 22) + Column.pad(p.status(language), 10)
            out += Column.pad("\(p.served)", language == .nl ? 10 : 8) + Column.pad("\(p.waiting)", language == .nl ? 10 : 9)
            out += Column.pad("\(p.handovers)", language == .nl ? 12 : 10, right: true)
            out += Column.pad(figures.decimal(p.soft, decimals: 1), 13, right: true)
            out += p.isStale ? Texts.Plan.dataChanged(language) : ""
            out += "\n"
        }
        if rows.contains(where: { !$0.isApproved }) {
            out += "\n" + Texts.Plan.plansFooter(language) + "\n"
        }
        return out
    }
}
