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

    /// The JSON document.
    public func json() -> JSONValue {
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
        var out = "recommend \(info.id): priority \(info.priority), \(info.weeksWaiting) weeks waiting"
        if let current = context.state.choices[c] {
            out += " — served by lead \(report.name(current.lead))"
            out += current.partner.map { " with partner \(report.name($0))" } ?? ""
            out += "; alternatives are ranked against these people"
        } else {
            out += " — waiting; Δ includes serving it"
        }
        out += "\n  plan score \(figures.decimal(score, decimals: 1)); Δ is the change of that score (lower is better)\n"
        if options.isEmpty {
            out += "  no option serves it in this plan\n"
            if let gap { out += report.text(gap, top: 3) + "\n" }
        }
        for (i, option) in options.enumerated() { out += "  " + report.line(option, of: c, rank: i + 1) + "\n" }
        return out + context.footer(figures: figures)
    }
}
