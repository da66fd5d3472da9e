import CaseloadCore
import CaseloadFormats
import CaseloadStore
import Foundation

/// `caseload explain` without an id: the score analysis as a table or JSON.
struct AnalysisReport {
    let analysis: ScoreAnalysis
    let week: ISOWeek

    func text() -> String {
        let s = analysis.score
        var out = "SCORE  week \(week): hard \(s.hard), soft \(String(format: "%.1f", s.soft))\n\n"
        out += "HARD RULES  (times broken; 0 in a valid plan)\n"
        for rule in analysis.rules {
            out += "  \(rule.rule)  \(rule.count)"
            if rule.rule == .locks {
                let kept = rule.notes.filter { $0.hasSuffix("lock kept") }.count
                let locks = rule.notes.count - rule.count
                out += locks == 0 ? "  (no locked families)" : "  (\(kept) of \(locks) locks kept)"
            }
            out += "\n"
            let shown = rule.rule == .locks ? rule.notes.filter { !$0.hasSuffix("lock kept") } : rule.notes
            for note in shown.prefix(10) { out += "      \(note)\n" }
        }
        out += "\nSOFT TERMS  (weight × raw = points; largest contributors)\n"
        for term in analysis.terms {
            out += "  \(term.id) \(PlanReport.pad(term.name, 12)) \(Explainer.h(term.weight)) × \(String(format: "%.3f", term.raw))"
            out += " = \(String(format: "%.1f", term.points))   (\(term.contributorCount) contributing)\n"
            for c in term.contributors {
                out +=
                    "      " + PlanReport.pad(c.subject, 10) + PlanReport.pad(String(format: "%.1f", c.points), 9, right: true)
                    + "  \(c.detail)\n"
            }
            if !term.byWorker.isEmpty {
                out += "      by worker:\n"
                for c in term.byWorker {
                    out +=
                        "      " + PlanReport.pad(c.subject, 10) + PlanReport.pad(String(format: "%.1f", c.points), 9, right: true)
                        + "  \(c.detail)\n"
                }
            }
        }
        return out
    }

    func json(source: String) -> JSONValue {
        let s = analysis.score
        func contributor(_ c: ScoreAnalysis.Contributor) -> JSONValue {
            .object([
                (c.isWorker ? "worker" : "case", .string(c.subject)), ("points", .number(OptionReport.round4(c.points))),
                ("detail", .string(c.detail)),
            ])
        }
        return .object([
            ("week", .string(week.description)),
            ("source", .string(source)),
            (
                "score",
                .object([
                    ("hard", .int(s.hard)), ("soft", .number(OptionReport.round4(s.soft))), ("waiting", .int(s.waiting)),
                    ("handovers", .int(s.handovers)), ("undelegated_hours", .number(OptionReport.round4(s.undelegatedHours))),
                    ("balance", .number(OptionReport.round4(s.balance))),
                ])
            ),
            (
                "hard",
                .array(
                    analysis.rules.map { rule in
                        .object([
                            ("rule", .string(rule.rule.id)), ("count", .int(rule.count)), ("notes", .array(rule.notes.map { .string($0) })),
                        ])
                    })
            ),
            (
                "soft",
                .array(
                    analysis.terms.map { term in
                        .object([
                            ("term", .string(term.id)), ("label", .string(term.name)), ("weight", .number(term.weight)),
                            ("raw", .number(OptionReport.round4(term.raw))), ("points", .number(OptionReport.round4(term.points))),
                            ("contributing", .int(term.contributorCount)), ("top", .array(term.contributors.map(contributor))),
                            ("by_worker", .array(term.byWorker.map(contributor))),
                        ])
                    })
            ),
        ])
    }
}
