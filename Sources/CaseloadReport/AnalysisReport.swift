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

    /// The language of the words, the formatter's.
    var language: Language { figures.language }
    /// `text` in the report's language.
    func say(_ text: Text) -> String { text(language) }

    /// What became of a lock, as a note.
    func note(_ lock: LockNote) -> String {
        say(lock.kept ? Texts.Explain.lockKept(lock.caseID) : Texts.Explain.lockNotKept(lock.caseID, lock.reasonText.map(say) ?? ""))
    }

    /// The figures behind a contributor's points, in words.
    func text(_ detail: ScoreAnalysis.Detail) -> String {
        switch detail {
        case .waiting(let priority, let weeksWaiting, let factor):
            say(Texts.Explain.waitingDetail(priority: priority, weeks: weeksWaiting, factor: figures.hundredths(factor)))
        case .handovers(let changes):
            changes.map { "\(say(Texts.Explain.role($0.role))) \($0.from) → \($0.to)" }.joined(separator: ", ")
        case .undelegated(let tasks):
            tasks.map {
                say(Texts.Explain.undelegatedDetail(say(TaskKind.name($0.kind)), figures.hundredths($0.hours), by: $0.worker))
            }.joined(separator: ", ")
        case .delegableHours(let hours): say(Texts.Explain.delegableHours(figures.hundredths(hours)))
        case .balance(let utilisation, let pool, let poolMean, let fte):
            say(
                Texts.Explain.balanceDetail(
                    figures.percent(utilisation), pool: say(Texts.Explain.pool(pool)), mean: figures.percent(poolMean),
                    fte: figures.hundredths(fte)))
        }
    }

    /// The table.
    public func text() -> String {
        let s = analysis.score
        var out = say(Texts.Explain.scoreHeading(figures.week(week), hard: s.hard, soft: figures.decimal(s.soft, decimals: 1))) + "\n\n"
        out += say(Texts.Explain.hardRules) + "\n"
        let width = analysis.rules.map { say(Texts.Explain.rule($0.rule)).count }.max() ?? 0
        for rule in analysis.rules {
            out += "  " + Column.pad(rule.rule.id, 4) + Column.pad(say(Texts.Explain.rule(rule.rule)), width) + "  \(rule.count)"
            if rule.rule == .locks {
                let kept = rule.locks.filter(\.kept).count
                out += say(rule.locks.isEmpty ? Texts.Explain.noLocks : Texts.Explain.locksKept(kept, of: rule.locks.count))
            }
            out += "\n"
            let shown = rule.texts.map(say) + rule.locks.filter { !$0.kept }.map(note)
            for line in shown.prefix(10) { out += "      \(line)\n" }
        }
        out += "\n" + say(Texts.Explain.softTerms) + "\n"
        let termWidth = (analysis.terms.map { say(Texts.Explain.term($0.name)).count }.max() ?? 0) + 1
        for term in analysis.terms {
            out +=
                "  \(term.id) \(Column.pad(say(Texts.Explain.term(term.name)), termWidth)) \(figures.shortHours(term.weight)) × \(figures.decimal(term.raw, decimals: 3))"
            out += " = \(figures.decimal(term.points, decimals: 1))   \(say(Texts.Explain.contributing(term.contributorCount)))\n"
            for c in term.contributors { out += line(c) }
            if !term.byWorker.isEmpty {
                out += say(Texts.Explain.byWorker) + "\n"
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
        // The JSON's notes and details read the same whatever the run's language.
        guard language == .en else { return AnalysisReport(analysis: analysis, week: week, figures: .english).json(source: source) }
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
