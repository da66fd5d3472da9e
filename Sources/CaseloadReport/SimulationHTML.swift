import CaseloadSimulation
import Foundation

/// The simulation report as one self-contained HTML page: inline CSS and SVG, nothing loaded
/// from elsewhere, readable in any browser and on a phone. Like the JSON, it holds nothing that
/// depends on timing, so the same run writes the same bytes.
public enum SimulationHTML {
    typealias T = Texts.Simulation

    /// Colours of the arms: the baseline first, then the variants in order.
    static let colours = ["#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d"]

    /// The page in `language` (`<html lang>` included), its figures written as `language` writes them.
    public static func render(_ report: SimulationReport, language: Language) -> String {
        let figures = Figures.of(language)
        func t(_ text: Text) -> String { HTMLText.escape(text(language)) }
        // A percentage never breaks from its number.
        func keep(_ html: String) -> String { html.replacingOccurrences(of: " %", with: "&nbsp;%") }
        let s = report.settings
        let arms = [report.baseline] + report.variants
        let note = T.pageNote(
            from: figures.week(report.startWeek), weeks: s.weeks, warmup: s.warmupWeeks, replications: s.replications, seed: s.seed,
            replan: s.replan == .weekly)
        var html = """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(T.title(report.scenario)))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
            h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:right}
            th:first-child,td:first-child{text-align:left}.note{color:#555;font-size:.85rem}
            .sig{font-weight:600}svg{width:100%;height:auto;display:block}.legend span{display:inline-block;margin-right:1rem}
            .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
            .scroll{overflow-x:auto}
            </style></head><body>
            <h1>\(t(T.title(report.scenario)))</h1>
            <p class="note">\(keep(t(note)))</p>

            """
        html += legend(arms, language: language)
        html += "<h2>\(t(T.waitingByWeek))</h2>\n"
        html += chart(
            series: arms.enumerated().map { i, arm in
                (colours[i % colours.count], arm.perWeek.map { ($0.number, $0.values[.waiting]!) })
            }, percent: false, figures: figures)
        html += "<h2>\(t(T.utilisationByPool))</h2>\n"
        html +=
            "<p class=\"legend\"><span><i class=\"swatch\" style=\"background:\(colours[0])\"></i>\(t(T.registered))</span>"
            + "<span><i class=\"swatch\" style=\"background:\(colours[2])\"></i>\(t(T.supporters))</span></p>\n"
        html += chart(
            series: [
                (colours[0], report.baseline.perWeek.map { ($0.number, $0.values[.utilisation]!) }),
                (colours[2], report.baseline.perWeek.map { ($0.number, $0.values[.supporterUtilisation]!) }),
            ], percent: true, figures: figures)
        html += "<h2>\(t(T.summary))</h2>\n<div class=\"scroll\"><table><tr><th>\(t(T.metric))</th>"
        for arm in arms { html += "<th>\(HTMLText.escape(name(arm, language: language)))</th>" }
        html += "</tr>\n"
        for metric in Metric.allCases {
            html += "<tr><td>\(HTMLText.escape(figures.label(metric)))</td>"
            for arm in arms {
                guard let e = arm.summary[metric] else {
                    html += "<td>–</td>"
                    continue
                }
                html += "<td>\(format(e, metric, figures: figures))"
                if let d = arm.difference?[metric] {
                    let significant = d.low > 0 || d.high < 0
                    html +=
                        "<br><span class=\"note\(significant ? " sig" : "")\">Δ \(format(d, metric, signed: true, figures: figures))</span>"
                }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</table></div>\n"
        if !report.variants.isEmpty {
            html += "<p class=\"note\">\(t(T.deltaNote))</p>\n"
            html += "<h2>\(t(T.variantsHeading))</h2>\n"
            html += differences(report, language: language)
        }
        html += "</body></html>\n"
        return html
    }

    static func format(_ e: Estimate, _ metric: Metric, signed: Bool = false, figures: Figures) -> String {
        // A percentage never breaks from its number in a narrow cell.
        func n(_ x: Double) -> String { figures.metric(x, metric, signed: signed).replacingOccurrences(of: " %", with: "&nbsp;%") }
        return "\(n(e.mean)) <span class=\"note\">[\(n(e.low)), \(n(e.high))]</span>"
    }

    /// An arm's name: the baseline (the one arm without a difference) in the page's language, a
    /// variant by the scenario's name for it.
    static func name(_ arm: SimulationReport.Arm, language: Language) -> String {
        arm.difference == nil ? T.baseline(language) : arm.name
    }

    static func legend(_ arms: [SimulationReport.Arm], language: Language) -> String {
        var out = "<p class=\"legend\">"
        for (i, arm) in arms.enumerated() {
            out +=
                "<span><i class=\"swatch\" style=\"background:\(colours[i % colours.count])\"></i>\(HTMLText.escape(name(arm, language: language)))</span>"
        }
        return out + "</p>\n"
    }

    /// A line chart of means over weeks with the 95 % band shaded.
    static func chart(series: [(colour: String, points: [(week: Int, value: Estimate)])], percent: Bool, figures: Figures) -> String {
        let width = 640.0
        let height = 260.0
        let left = 48.0
        let bottom = 28.0
        let top = 10.0
        let right = 10.0
        let all = series.flatMap { $0.points }
        guard let first = all.map(\.week).min(), let last = all.map(\.week).max() else {
            return "<p>\(HTMLText.escape(T.noWeeks(figures.language)))</p>\n"
        }
        let values = all.flatMap { [$0.value.low, $0.value.high, $0.value.mean] }.filter(\.isFinite)
        var high = max(values.max() ?? 1, percent ? 1 : 1)
        high = niceCeiling(high)
        let x = { (w: Int) -> Double in left + (width - left - right) * Double(w - first) / Double(max(1, last - first)) }
        let y = { (v: Double) -> Double in top + (height - top - bottom) * (1 - min(max(v, 0), high) / high) }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        // Grid and axis labels.
        for i in 0...4 {
            let v = high * Double(i) / 4
            let py = y(v)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(py))\" x2=\"\(f(width - right))\" y2=\"\(f(py))\" stroke=\"#e3e3e3\"/>"
            let text = percent ? figures.percent(v) : (high < 4 ? figures.decimal(v, decimals: 1) : "\(Int(v.rounded()))")
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(py + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">\(text)</text>\n"
        }
        let step = max(1, (last - first) / 8)
        for w in stride(from: first, through: last, by: step) {
            svg += "<text x=\"\(f(x(w)))\" y=\"\(f(height - 8))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">\(w)</text>"
        }
        svg +=
            "<text x=\"\(f(width - right))\" y=\"\(f(height - 8))\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\" dy=\"-12\">\(HTMLText.escape(T.axisWeek(figures.language)))</text>\n"
        for s in series {
            let points = s.points.filter { $0.value.mean.isFinite }
            guard !points.isEmpty else { continue }
            let upper = points.map { "\(f(x($0.week))),\(f(y($0.value.high.isFinite ? $0.value.high : $0.value.mean)))" }
            let lower = points.reversed().map { "\(f(x($0.week))),\(f(y($0.value.low.isFinite ? $0.value.low : $0.value.mean)))" }
            svg +=
                "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(s.colour)\" fill-opacity=\"0.15\" stroke=\"none\"/>\n"
            let line = points.map { "\(f(x($0.week))),\(f(y($0.value.mean)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"\(s.colour)\" stroke-width=\"2\"/>\n"
        }
        return svg + "</svg>\n"
    }

    /// Each variant's paired difference in families waiting, as a bar with its interval.
    static func differences(_ report: SimulationReport, language: Language) -> String {
        let figures = Figures.of(language)
        let rows = report.variants.compactMap { arm in arm.difference?[.waiting].map { (arm.name, $0) } }
        let extent = niceCeiling(max(1, rows.flatMap { [abs($0.1.low), abs($0.1.high)] }.filter(\.isFinite).max() ?? 1))
        let width = 640.0
        let row = 30.0
        let left = 170.0
        let height = row * Double(rows.count) + 30
        let mid = left + (width - left - 10) / 2
        let scale = (width - left - 10) / 2 / extent
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<line x1=\"\(f(mid))\" y1=\"0\" x2=\"\(f(mid))\" y2=\"\(f(height - 20))\" stroke=\"#999\"/>\n"
        for (i, (name, d)) in rows.enumerated() {
            let cy = row * Double(i) + row / 2
            let colour = colours[(i + 1) % colours.count]
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(cy + 4))\" font-size=\"12\" text-anchor=\"end\">\(HTMLText.escape(name))</text>"
            if d.mean.isFinite {
                let x0 = min(mid, mid + d.mean * scale)
                svg +=
                    "<rect x=\"\(f(x0))\" y=\"\(f(cy - 8))\" width=\"\(f(abs(d.mean * scale)))\" height=\"16\" fill=\"\(colour)\" fill-opacity=\"0.6\"/>"
            }
            if d.low.isFinite, d.high.isFinite {
                svg +=
                    "<line x1=\"\(f(mid + d.low * scale))\" y1=\"\(f(cy))\" x2=\"\(f(mid + d.high * scale))\" y2=\"\(f(cy))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
            }
            svg += "\n"
        }
        for v in [-extent, 0, extent] {
            svg +=
                "<text x=\"\(f(mid + v * scale))\" y=\"\(f(height - 6))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">\(v > 0 ? "+" : "")\(niceText(v, figures))</text>"
        }
        return svg
            + "\n</svg>\n<p class=\"note\">\(HTMLText.escape(T.barsNote(language)).replacingOccurrences(of: " %", with: "&nbsp;%"))</p>\n"
    }

    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let magnitude = pow(10, (log10(x)).rounded(.down))
        for step in [1.0, 2, 2.5, 5, 10] where step * magnitude >= x { return step * magnitude }
        return 10 * magnitude
    }

    static func niceText(_ x: Double, _ figures: Figures) -> String { x == x.rounded() ? "\(Int(x))" : figures.decimal(x, decimals: 1) }

    static func f(_ x: Double) -> String { String(format: "%.1f", x) }
}
