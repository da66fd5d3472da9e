import CaseloadCore

/// `caseload explain` without an id: the score analysis as a table or JSON.
public struct AnalysisReport: Sendable {
    /// The analysis.
    public let analysis: ScoreAnalysis
    /// The plan's week.
    public let week: ISOWeek
    /// The formatter.
    public var figures: Figures

    /// A report of `analysis` of the plan of `week`.
    public init(analysis: ScoreAnalysis, week: ISOWeek, figures: Figures = .english) {
        self.analysis = analysis
        self.week = week
        self.figures = figures
    }

    /// What became of a lock, as a note.
    func note(_ lock: LockNote) -> String {
        lock.kept ? "\(lock.caseID): lock kept" : "\(lock.caseID): lock not kept — \(lock.reason ?? "")"
    }

    /// The figures behind a contributor's points, in words.
    func text(_ detail: ScoreAnalysis.Detail) -> String {
        switch detail {
        case .waiting(let priority, let weeksWaiting, let factor):
            "priority \(priority), \(weeksWaiting) weeks waiting, factor \(figures.hundredths(factor))"
        case .handovers(let changes): changes.map { "\($0.role) \($0.from) → \($0.to)" }.joined(separator: ", ")
        case .undelegated(let tasks): tasks.map { "\($0.kind) \(figures.hundredths($0.hours)) h by \($0.worker)" }.joined(separator: ", ")
        case .delegableHours(let hours): "\(figures.hundredths(hours)) h delegable work"
        case .balance(let utilisation, let pool, let poolMean, let fte):
            "utilisation \(figures.percent(utilisation)) vs \(pool) mean \(figures.percent(poolMean)), FTE \(figures.hundredths(fte))"
        }
    }

    /// The table.
    public func text() -> String {
        let s = analysis.score
        var out = "SCORE  week \(figures.week(week)): hard \(s.hard), soft \(figures.decimal(s.soft, decimals: 1))\n\n"
        out += "HARD RULES  (times broken; 0 in a valid plan)\n"
        for rule in analysis.rules {
            out += "  \(rule.rule)  \(rule.count)"
            if rule.rule == .locks {
                let kept = rule.locks.filter(\.kept).count
                out += rule.locks.isEmpty ? "  (no locked families)" : "  (\(kept) of \(rule.locks.count) locks kept)"
            }
            out += "\n"
            let shown = rule.notes + rule.locks.filter { !$0.kept }.map(note)
            for line in shown.prefix(10) { out += "      \(line)\n" }
        }
        out += "\nSOFT TERMS  (weight × raw = points; largest contributors)\n"
        for term in analysis.terms {
            out +=
                "  \(term.id) \(Column.pad(term.name, 12)) \(figures.shortHours(term.weight)) × \(figures.decimal(term.raw, decimals: 3))"
            out += " = \(figures.decimal(term.points, decimals: 1))   (\(term.contributorCount) contributing)\n"
            for c in term.contributors { out += line(c) }
            if !term.byWorker.isEmpty {
                out += "      by worker:\n"
                for c in term.byWorker { out += line(c) }
            }
        }
        return out
    }

    /// One contributor's line of the table.
    func line(_ c: ScoreAnalysis.Contributor) -> String {
        "      " + Column.pad(c.subject, 10) + Column.pad(figures.decimal(c.points, decimals: 1), 9, right: true) + "  \(text(c.detail))\n"
    }

    /// The analysis as JSON; `source` says where the plan came from.
    public func json(source: String) -> JSONValue {
        let s = analysis.score
        func contributor(_ c: ScoreAnalysis.Contributor) -> JSONValue {
            .object([
                (c.isWorker ? "worker" : "case", .string(c.subject)), ("points", .number(JSONValue.round4(c.points))),
                ("detail", .string(text(c.detail))),
            ])
        }
        return .object([
            ("week", .string(week.description)),
            ("source", .string(source)),
            (
                "score",
                .object([
                    ("hard", .int(s.hard)), ("soft", .number(JSONValue.round4(s.soft))), ("waiting", .int(s.waiting)),
                    ("handovers", .int(s.handovers)), ("undelegated_hours", .number(JSONValue.round4(s.undelegatedHours))),
                    ("balance", .number(JSONValue.round4(s.balance))),
                ])
            ),
            (
                "hard",
                .array(
                    analysis.rules.map { rule in
                        .object([
                            ("rule", .string(rule.rule.id)), ("count", .int(rule.count)),
                            ("notes", .array((rule.notes + rule.locks.map(note)).map { .string($0) })),
                        ])
                    })
            ),
            (
                "soft",
                .array(
                    analysis.terms.map { term in
                        .object([
                            ("term", .string(term.id)), ("label", .string(term.name)), ("weight", .number(term.weight)),
                            ("raw", .number(JSONValue.round4(term.raw))), ("points", .number(JSONValue.round4(term.points))),
                            ("contributing", .int(term.contributorCount)), ("top", .array(term.contributors.map(contributor))),
                            ("by_worker", .array(term.byWorker.map(contributor))),
                        ])
                    })
            ),
        ])
    }
}
