import CaseloadCore
import CaseloadSimulation
import Foundation
import Testing

@testable import CaseloadReport

/// The one formatter: every report writes hours, shares and times the same way.
@Suite("Figures")
struct FiguresTests {
    let figures = Figures.english

    @Test("a share is a whole percentage with a space before the sign, a dash when there is none")
    func percentages() {
        #expect(figures.percent(0.85) == "85 %")
        #expect(figures.percent(1) == "100 %")
        #expect(figures.percent(0.004) == "0 %")
        #expect(figures.percent(nil) == "–")
        #expect(figures.percent(0.8512, decimals: 1) == "85.1 %")
        #expect(figures.percent(0.025, decimals: 1, signed: true) == "+2.5 %")
    }

    @Test("hours: one decimal in tables, rounded without a negative zero in the outlook, short in sentences")
    func hours() {
        #expect(figures.hours(36) == "36.0")
        #expect(figures.roundedHours(-0.04) == "0.0")
        #expect(figures.roundedHours(-1.25) == "-1.3")
        #expect(Figures.tenths(-0.04).sign == .plus)
        #expect(figures.shortHours(2.5) == "2.5")
        #expect(figures.shortHours(3) == "3")
        #expect(figures.shortHours(0.75) == "0.75")
        #expect(figures.hundredths(1.5) == "1.5")
        #expect(figures.hundredths(0.05) == "0.05")
        #expect(figures.hundredths(-2) == "-2")
    }

    @Test("a score change has a true minus sign, and ± for none")
    func changes() {
        #expect(figures.change(1.54) == "+1.5")
        #expect(figures.change(-0.26) == "−0.3")
        #expect(figures.change(0.04) == "±0.0")
    }

    @Test("a simulated share is a percentage with one decimal, any other figure has two; no value is a dash")
    func metrics() {
        #expect(figures.metric(0.8126, .utilisation) == "81.3 %")
        #expect(figures.metric(-0.01, .supporterUtilisation, signed: true) == "-1.0 %")
        #expect(figures.metric(3.456, .waiting) == "3.46")
        #expect(figures.metric(2, .handovers, signed: true) == "+2.00")
        #expect(figures.metric(.nan, .waiting) == "–")
        #expect(figures.estimate(Estimate(mean: 2, low: 1, high: 3, count: 3), .waiting) == "2.00 [1.00, 3.00]")
        #expect(Metric.allCases.allSatisfy { !figures.label($0).isEmpty })
    }

    @Test("a time is an internet date in UTC, an age in the largest unit that reads well")
    func times() {
        #expect(figures.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(figures.age(40) == "40 s ago")
        #expect(figures.age(180) == "3 minutes ago")
        #expect(figures.age(3 * 3600) == "3 hours ago")
        #expect(figures.age(3 * 86400) == "3 days ago")
        #expect(figures.week(ISOWeek(parsing: "2026-W48")!) == "2026-W48")
    }

    @Test("the words are one value: another catalogue changes every text they give")
    func wordsAreReplaceable() {
        var words = Figures.Words.english
        words.none = "n.v.t."
        words.percentSign = "%"
        words.ago = { count, _ in "\(count) geleden" }
        let other = Figures(words: words)
        #expect(other.percent(nil) == "n.v.t.")
        #expect(other.percent(0.85) == "85%")
        #expect(other.age(5) == "5 geleden")
    }
}
