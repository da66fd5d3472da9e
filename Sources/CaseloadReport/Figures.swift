import CaseloadCore
import CaseloadSimulation
import Foundation

/// The one formatter every report writes its figures with: hours, percentages, points, dates and
/// times, and the few words that go with them. A figure reads the same in the plan table, the
/// dashboard and the simulation report because it is made here, and a Dutch catalogue later
/// replaces `words` in this one place.
public struct Figures: Sendable {
    /// The words around the figures.
    public var words: Words
    /// The language of the words, which also sets the decimal mark and how dates read.
    public var language: Language

    /// A formatter speaking `words` in `language`.
    public init(words: Words = .english, language: Language = .en) {
        self.words = words
        self.language = language
    }

    /// English: decimal points, ISO dates, UTC times.
    public static let english = Figures()
    /// Dutch: decimal commas, `ma 23 nov 2026`, week 48, times in Europe/Amsterdam.
    public static let dutch = Figures(words: .dutch, language: .nl)

    /// The formatter for `language`.
    public static func of(_ language: Language) -> Figures { language == .nl ? .dutch : .english }

    /// `text` with its decimal point as this language writes it.
    func mark(_ text: String) -> String { language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text }

    // MARK: Hours

    /// Hours to one decimal, as tables show them: `36.0`.
    public func hours(_ x: Double) -> String { mark(String(format: "%.1f", x)) }

    /// Hours rounded to 0.1 and never `-0.0`: the outlook's balances go below zero, and a
    /// balance that rounds to nothing must not read as negative.
    public func roundedHours(_ x: Double) -> String { mark(String(format: "%.1f", Self.tenths(x))) }

    /// `x` rounded to 0.1, never `-0.0`; the JSON of the outlook carries the same figure.
    public static func tenths(_ x: Double) -> Double { (x * 10).rounded() / 10 + 0 }

    /// Hours with at most two decimals and no trailing zeros, as sentences use them: `2.5`,
    /// `3`, `0.75`.
    public func shortHours(_ x: Double) -> String {
        mark(String(format: "%.2f", x).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression))
    }

    /// A figure of the score analysis (hours, factors, FTE) with at most two decimals, rounded
    /// half away from zero in whole hundredths, so the same figure never reads two ways.
    public func hundredths(_ x: Double) -> String {
        var text = String(Int((x * 100).rounded()))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        while text.count < 3 { text = "0" + text }
        var whole = String(text.dropLast(2))
        var fraction = String(text.suffix(2))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : (language == .nl ? "," : ".") + fraction)
    }

    // MARK: Shares

    /// A share as a whole percentage, `85 %`; `words.none` when there is no share (no hours).
    public func percent(_ x: Double?) -> String {
        x.map { "\(Int(($0 * 100).rounded()))" + words.percentSign } ?? words.none
    }

    /// A share as a percentage with `decimals` decimals, `+2.5 %` when `signed` (a difference).
    public func percent(_ x: Double, decimals: Int, signed: Bool = false) -> String {
        decimal(x * 100, decimals: decimals, signed: signed) + words.percentSign
    }

    // MARK: Points and other figures

    /// `x` with `decimals` decimals, with its sign when `signed`: `12.3`, `+0.25`.
    public func decimal(_ x: Double, decimals: Int, signed: Bool = false) -> String {
        mark(String(format: signed ? "%+.\(decimals)f" : "%.\(decimals)f", x))
    }

    /// A change of the score to one decimal with a true minus sign, `±` for none: `+1.5`,
    /// `−0.3`, `±0.0`.
    public func change(_ x: Double) -> String {
        let rounded = (x * 10).rounded() / 10
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + mark(String(format: "%.1f", abs(rounded)))
    }

    /// A simulated figure as reports show it: a share in percent with one decimal, anything
    /// else with two; `signed` for a difference; `words.none` for no value.
    public func metric(_ x: Double, _ metric: Metric, signed: Bool = false) -> String {
        guard x.isFinite else { return words.none }
        return metric.isShare ? percent(x, decimals: 1, signed: signed) : decimal(x, decimals: 2, signed: signed)
    }

    /// An estimate as `mean [low, high]`.
    public func estimate(_ e: Estimate, _ metric: Metric, signed: Bool = false) -> String {
        // With a decimal comma, a comma between the ends would read as one more decimal.
        let between = language == .nl ? "; " : ", "
        return
            "\(self.metric(e.mean, metric, signed: signed)) [\(self.metric(e.low, metric, signed: signed))\(between)\(self.metric(e.high, metric, signed: signed))]"
    }

    /// How a report names `metric`.
    public func label(_ metric: Metric) -> String { words.metric(metric) }

    /// Seconds of computing time: `1.25`.
    public func seconds(_ x: Double) -> String { mark(String(format: "%.2f", x)) }

    // MARK: Dates and times

    /// An ISO week: `2026-W48`; in Dutch `week 48 (2026)`.
    public func week(_ week: ISOWeek) -> String {
        language == .nl ? "week \(week.week) (\(week.year))" : week.description
    }

    /// A day: `2026-11-23`; in Dutch `ma 23 nov 2026`.
    public func date(_ day: Day) -> String {
        guard language == .nl else { return day.description }
        let (y, m, d) = day.components
        return "\(Self.dutchWeekdays[day.weekday - 1]) \(d) \(Self.dutchMonths[m - 1]) \(y)"
    }

    /// A moment: in English an internet date and time in UTC, `2026-11-23T09:30:00Z`; in Dutch
    /// the date and time in Europe/Amsterdam, `ma 23 nov 2026 10:30`.
    public func timestamp(_ date: Date) -> String {
        guard language == .nl else {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
        let local = Amsterdam.local(atEpochSeconds: Int(date.timeIntervalSince1970.rounded(.down)))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return self.date(local.day) + " " + two(local.minutes / 60) + ":" + two(local.minutes % 60)
    }

    static let dutchWeekdays = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    static let dutchMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// How long ago, in the largest unit that still reads well: `40 s ago`, `3 minutes ago`.
    public func age(_ seconds: Int) -> String {
        switch seconds {
        case ..<90: return words.ago(seconds, .seconds)
        case ..<(90 * 60): return words.ago(seconds / 60, .minutes)
        case ..<(48 * 3600): return words.ago(seconds / 3600, .hours)
        default: return words.ago(seconds / 86400, .days)
        }
    }
}
