import CaseloadCore

/// `caseload recommend CASE`: the ranked options for one family, or what blocks it when none
/// fits, as a table or JSON.
public struct RecommendReport: Sendable {
    /// The plan the options are scored against.
    public let context: PlanContext
    /// The family's index.
    public let c: Int
    /// The options, best first.
    public let options: [Recommendation]
    /// What blocks the family, when no option serves it.
    public let gap: ServiceGap?
    /// The plan's soft score, against which every Δ counts.
    public let score: Double
    /// The recommender's own time, for the JSON.
    public let seconds: Double
    /// The formatter.
    public var figures: Figures

    /// A report of `options` for case `c` in `context`.
    public init(
        context: PlanContext, case c: Int, options: [Recommendation], gap: ServiceGap?, score: Double, seconds: Double,
        figures: Figures = .english
    ) {
        self.context = context
        self.c = c
        self.options = options
        self.gap = gap
        self.score = score
        self.seconds = seconds
        self.figures = figures
    }

    var report: OptionReport { OptionReport(context: context, figures: figures) }
    /// `text` in the report's language, the formatter's.
    func say(_ text: Text) -> String { text(figures.language) }

    /// The JSON document; its sentences read the same whatever the run's language.
    public func json() -> JSONValue {
        guard figures.language == .en else {
            return RecommendReport(
                context: context, case: c, options: options, gap: gap, score: score, seconds: seconds, figures: .english
            ).json()
        }
        let info = context.problem.cases[c]
        var fields: [(String, JSONValue)] = [
            ("case", .string(info.id)), ("priority", .int(info.priority)), ("weeks_waiting", .int(info.weeksWaiting)),
            ("status", .string(context.state.choices[c] != nil ? "served" : "waiting")),
            ("week", .string(context.plan.week.description)), ("source", .string(context.source)),
            ("score", .number(JSONValue.round4(score))),
            ("options", .array(options.enumerated().map { report.json($1, of: c, rank: $0 + 1) })),
            ("seconds", .number(JSONValue.round4(seconds))),
        ]
        if let gap { fields += report.json(gap, top: 3) }
        return .object(fields)
    }

    /// The table.
    public func text() -> String {
        let info = context.problem.cases[c]
        var out = say(Texts.Recommend.heading(info.id, priority: info.priority, weeks: info.weeksWaiting))
        if let current = context.state.choices[c] {
            out += say(
                Texts.Recommend.servedBy(say(Texts.Explain.ledBy(report.name(current.lead), partner: current.partner.map(report.name)))))
        } else {
            out += say(Texts.Recommend.waiting)
        }
        out += say(Texts.Recommend.planScore(figures.decimal(score, decimals: 1)))
        if options.isEmpty {
            out += say(Texts.Recommend.noOption)
            if let gap { out += report.text(gap, top: 3) + "\n" }
        }
        for (i, option) in options.enumerated() { out += "  " + report.line(option, of: c, rank: i + 1) + "\n" }
        return out + context.footer(figures: figures)
    }
}
