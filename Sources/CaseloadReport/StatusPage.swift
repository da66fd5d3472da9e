import CaseloadCore
import Foundation

/// `/`: the dashboard, one page of HTML with inline CSS and SVG — nothing loaded from elsewhere,
/// no scripts — that reads on a phone. It refreshes itself every minute, so it follows a new plan.
enum StatusPage {
    static let colours: [WorkerLoad.Light: String] = [
        .blue: "#2f6fb3", .green: "#2e8b57", .amber: "#d99a00", .red: "#c0392b", .off: "#9a9a9a",
    ]

    /// The page around the plan's age, which the server fills in per request.
    static func html(_ s: PlanStatus, planID: Int64, savedAt: String, figures: Figures) -> (head: String, tail: String) {
        func percent(_ x: Double?) -> String { figures.percent(x) }
        func hours(_ x: Double) -> String { figures.hours(x) }
        let head = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="60">
            <title>Caseload · \(figures.week(s.week))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:64rem;padding:.8rem;color:#222;background:#fafafa}
            h1{font-size:1.3rem;margin:.2rem 0}h2{font-size:1.05rem;margin:1.4rem 0 .5rem}
            .note{color:#555;font-size:.85rem}.cards{display:flex;flex-wrap:wrap;gap:.5rem}
            .card{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem .8rem;min-width:7rem}
            .card b{display:block;font-size:1.4rem}
            .org{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem .8rem;margin:.5rem 0}
            .row{display:grid;grid-template-columns:6.5rem 1fr 3.5rem;align-items:center;gap:.4rem;font-size:.85rem;margin:.15rem 0}
            .bar{position:relative;height:.9rem;background:#eee;border-radius:.2rem;overflow:hidden}
            .bar span{position:absolute;left:0;top:0;bottom:0}
            .bar i{position:absolute;top:0;bottom:0;width:1px;background:#333}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            table{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff}
            th,td{padding:.25rem .4rem;border-bottom:1px solid #e4e4e4;text-align:left}
            .legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}
            .sw{display:inline-block;width:.7rem;height:.7rem;border-radius:.15rem;margin-right:.25rem;vertical-align:middle}
            svg{width:100%;max-width:28rem;height:auto;display:block}
            </style></head><body>
            <h1>Team status · week \(figures.week(s.week))</h1>
            <p class="note">Plan \(planID), saved \(savedAt) (
            """
        var tail = """
            ). This page refreshes every minute.</p>
            <div class="cards">
            <div class="card">workers<b>\(s.workers)</b></div>
            <div class="card">families<b>\(s.cases)</b></div>
            <div class="card">served<b>\(s.served)</b></div>
            <div class="card">waiting<b>\(s.waitingCount)</b></div>
            <div class="card">utilisation<b>\(percent(s.utilisation.mean))</b><span class="note">p90 \(percent(s.utilisation.p90)) · max \(percent(s.utilisation.max))</span></div>
            <div class="card">overloaded<b>\(s.utilisation.overloaded)</b></div>
            </div>
            <h2>Pools</h2>

            """
        tail += poolChart(s.pools, figures: figures)
        tail += "<h2>Workers by organisation</h2>\n<p class=\"legend\">"
        for light in [WorkerLoad.Light.blue, .green, .amber, .red, .off] {
            tail += "<span><i class=\"sw\" style=\"background:\(colours[light]!)\"></i>\(figures.words.light(light))</span>"
        }
        tail += "</p>\n"
        let byOrganisation = Dictionary(grouping: s.loads, by: \.organisation)
        for group in s.organisations {
            tail += "<div class=\"org\"><b>\(HTMLText.escape(group.name ?? group.id))</b> <span class=\"note\">\(group.workers) workers"
            if group.suppressed {
                tail += " · totals left out (fewer than \(PlanStatus.minimumGroup) workers)"
            } else if let planned = group.plannedHours, let available = group.availableHours {
                tail += " · \(hours(planned)) of \(hours(available)) h planned (\(percent(group.utilisation)))"
            }
            tail += "</span>\n"
            for w in byOrganisation[group.id] ?? [] {
                let share = w.utilisation ?? 0
                tail +=
                    "<div class=\"row\"><span>\(HTMLText.escape(w.id))</span><div class=\"bar\" title=\"\(hours(w.plannedHours)) of \(hours(w.availableHours)) h\">"
                tail +=
                    "<span style=\"width:\(String(format: "%.1f", min(share, 1.3) / 1.3 * 100))%;background:\(colours[w.light]!)\"></span>"
                tail += "<i style=\"left:\(String(format: "%.1f", 100 / 1.3))%\"></i></div>"
                tail += "<span class=\"num\">\(percent(w.utilisation))</span></div>\n"
            }
            tail += "</div>\n"
        }
        tail += "<h2>Waiting list</h2>\n"
        if s.waiting.isEmpty {
            tail += "<p>No family waits.</p>\n"
        } else {
            tail +=
                "<p>By priority: " + (1...3).map { "<b>\(s.waitingByPriority[$0] ?? 0)</b> priority \($0)" }.joined(separator: " · ")
                + "</p>\n"
            tail += "<p>By reason: "
            tail +=
                WaitingReason.allCases.compactMap { r in s.waitingByReason[r].map { "<b>\($0)</b> \(r.rawValue)" } }
                .joined(separator: " · ") + "</p>\n"
            tail += "<table><tr><th>family</th><th>priority</th><th>weeks waiting</th><th>reason</th></tr>\n"
            for w in s.waiting.prefix(100) {
                tail +=
                    "<tr><td>\(HTMLText.escape(w.caseID))</td><td>\(w.priority)</td><td>\(w.weeksWaiting)</td><td>\(w.reason.rawValue)</td></tr>\n"
            }
            tail += "</table>\n"
            if s.waiting.count > 100 { tail += "<p class=\"note\">The 100 most urgent of \(s.waiting.count); /api/status lists all.</p>\n" }
        }
        tail += "<p class=\"note\">Families appear by their pseudonymous code only.</p>\n</body></html>\n"
        return (head, tail)
    }

    /// Planned against available hours per pool, as bars.
    static func poolChart(_ pools: [PlanStatus.Group], figures: Figures) -> String {
        let width = 420.0
        let row = 30.0
        let left = 84.0
        let most = max(1, pools.compactMap(\.availableHours).max() ?? 1, pools.compactMap(\.plannedHours).max() ?? 1)
        var svg =
            "<svg viewBox=\"0 0 \(Int(width)) \(Int(row * Double(pools.count) + 6))\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (i, pool) in pools.enumerated() {
            let y = row * Double(i) + 4
            let available = (pool.availableHours ?? 0) / most * (width - left - 168)
            let planned = (pool.plannedHours ?? 0) / most * (width - left - 168)
            svg += "<text x=\"0\" y=\"\(f(y + 17))\" font-size=\"13\">\(pool.id)</text>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 4))\" width=\"\(f(available))\" height=\"18\" fill=\"#ddd\"/>"
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y + 4))\" width=\"\(f(planned))\" height=\"18\" fill=\"#2f6fb3\"/>"
            svg += "<text x=\"\(f(left + max(available, planned) + 6))\" y=\"\(f(y + 17))\" font-size=\"12\" fill=\"#333\">"
            svg +=
                "\(figures.hours(pool.plannedHours ?? 0)) / \(figures.hours(pool.availableHours ?? 0)) h (\(figures.percent(pool.utilisation)))</text>\n"
        }
        return svg
            + "</svg>\n<p class=\"note\">Planned (blue) against available (grey) hours; \(pools.map { "\($0.workers) \($0.id)" }.joined(separator: ", ")).</p>\n"
    }

    /// A coordinate in the SVG.
    static func f(_ x: Double) -> String { String(format: "%.1f", x) }
}
