import CaseloadCore
import Foundation

/// `/`: the dashboard, one page of HTML with inline CSS and SVG — nothing loaded from elsewhere,
/// no scripts — that reads on a phone: the warnings and a jump to the waiting list first, tables
/// that scroll inside their box rather than the page. Dutch unless English is asked for. It
/// refreshes itself every minute, so it follows a new plan.
enum StatusPage {
    static let colours: [WorkerLoad.Light: String] = [
        .blue: "#2f6fb3", .green: "#2e8b57", .amber: "#d99a00", .red: "#c0392b", .off: "#9a9a9a",
    ]

    typealias T = Texts.Dashboard

    /// The page around the plan's age and the past-week warning, which the server fills in per
    /// request: `head` + age + `middle` + warning (if any) + `tail`.
    static func html(_ s: PlanStatus, planID: Int64, savedAt: Date, approvedAt: Date?, language: Language) -> (
        head: String, middle: String, tail: String
    ) {
        let figures = Figures.of(language)
        func t(_ text: Text) -> String { HTMLText.escape(text(language)) }
        func percent(_ x: Double?) -> String { figures.percent(x) }
        let stamp =
            approvedAt.map { "\(t(T.approved)) \(time($0, language))" } ?? "\(t(T.savedNotApproved)) \(time(savedAt, language))"
        let head = """
            <!doctype html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="60">
            <title>\(t(T.title)) · \(figures.week(s.week))</title>
            <style>
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:64rem;padding:.8rem;color:#222;background:#fafafa;overflow-wrap:break-word}
            h1{font-size:1.3rem;margin:.2rem 0}h2{font-size:1.05rem;margin:1.4rem 0 .5rem}h3{font-size:.95rem;margin:1rem 0 .4rem}
            .note{color:#555;font-size:.85rem}.cards{display:flex;flex-wrap:wrap;gap:.5rem}
            .card{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem .6rem;min-width:6.5rem;flex:1 1 6.5rem;font-size:.85rem}
            .card b{display:block;font-size:1.5rem}
            .warn{background:#fdecea;border:2px solid #c0392b;border-radius:.4rem;padding:.6rem .8rem;font-weight:600}
            nav{margin:.6rem 0;font-size:.95rem}nav a{display:inline-block;margin:.15rem .6rem .15rem 0;padding:.3rem .6rem;background:#fff;border:1px solid #ccc;border-radius:1rem;color:#1a4f8a;text-decoration:none}
            .org{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem .6rem;margin:.5rem 0}
            .scroll{overflow-x:auto;max-width:100%}
            .bar{position:relative;height:.8rem;min-width:4rem;background:#eee;border-radius:.2rem;overflow:hidden}
            .bar span{position:absolute;left:0;top:0;bottom:0}
            .bar i{position:absolute;top:0;bottom:0;width:1px;background:#333}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff}
            th,td{padding:.25rem .4rem;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:middle}
            th{font-weight:600}td{white-space:nowrap}td:last-child,td.wrap{white-space:normal}.wide{width:25%}.tag{display:block;white-space:normal;color:#555;font-size:.75rem}
            @media (max-width:600px){.wide{display:none}}
            .legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}
            .sw{display:inline-block;width:.7rem;height:.7rem;border-radius:.15rem;margin-right:.25rem;vertical-align:middle}
            .lapsed{color:#c0392b;font-weight:600}
            svg{width:100%;max-width:28rem;height:auto;display:block}
            </style></head><body>
            <h1>\(t(T.title)) · \(figures.week(s.week))</h1>
            <p class="note">\(t(T.plan)) \(planID), \(stamp) (
            """
        let middle = "). \(t(T.refreshes))</p>\n"
        var tail = "<nav>\(t(T.jumpTo)): <a href=\"#wachtlijst\">\(t(T.waitingList)) (\(s.waitingCount))</a>"
        tail += "<a href=\"#registraties\">\(t(T.registrations)) (\(s.registrations.count))</a>"
        tail += "<a href=\"#medewerkers\">\(t(T.staff))</a>"
        tail += "<a href=\"#overdrachten\">\(t(T.handovers)) (\(s.handovers.count))</a></nav>\n"
        tail += """
            <div class="cards">
            <div class="card">\(t(T.waiting))<b>\(s.waitingCount)</b></div>
            <div class="card">\(t(T.families))<b>\(s.cases)</b></div>
            <div class="card">\(t(T.served))<b>\(s.served)</b></div>
            <div class="card">\(t(T.workers))<b>\(s.workers)</b></div>
            <div class="card">\(t(T.occupation))<b>\(percent(s.utilisation.mean))</b><span class="note">\(t(T.highest)) \(percent(s.utilisation.max))</span></div>
            <div class="card">\(t(T.overloaded))<b>\(s.loads.filter { $0.bindingLight == .red || $0.bindingLight == .amber }.count)</b></div>
            </div>

            """
        tail += waitingList(s, language: language)
        tail += registrations(s, language: language)
        tail += workers(s, language: language)
        tail += handovers(s, language: language)
        tail += "<h2>\(t(T.hoursByGroup))</h2>\n" + poolChart(s.pools, language: language)
        tail += "<p class=\"note\">\(t(T.privacy))</p>\n</body></html>\n"
        return (head, middle, tail)
    }

    /// A moment in Europe/Amsterdam in either language: a team lead reads the page in local
    /// time (`Figures.english` writes UTC, right for machines, not for this page).
    static func time(_ date: Date, _ language: Language) -> String {
        guard language == .en else { return Figures.dutch.timestamp(date) }
        let local = Amsterdam.local(atEpochSeconds: Int(date.timeIntervalSince1970.rounded(.down)))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(local.day) \(two(local.minutes / 60)):\(two(local.minutes % 60)) (Amsterdam)"
    }

    /// The warning shown while the plan's week lies before `current`.
    static func pastWeekWarning(_ week: ISOWeek, current: ISOWeek, language: Language) -> String {
        let figures = Figures.of(language)
        return "<p class=\"warn\" role=\"alert\" id=\"verlopen\">"
            + HTMLText.escape(T.pastWeek(figures.week(week), current: figures.week(current))(language)) + "</p>\n"
    }

    static func waitingList(_ s: PlanStatus, language: Language) -> String {
        func t(_ text: Text) -> String { HTMLText.escape(text(language)) }
        var out = "<h2 id=\"wachtlijst\">\(t(T.waitingList))</h2>\n"
        guard !s.waiting.isEmpty else { return out + "<p>\(t(T.noneWaiting))</p>\n" }
        let priorities: [String] = (1...3).map { p in "<b>\(s.waitingByPriority[p] ?? 0)</b> × \(t(T.priorityName(p)))" }
        out += "<p>\(t(T.byPriority)): " + priorities.joined(separator: " · ") + "</p>\n"
        let reasons: [String] = WaitingReason.allCases.compactMap { r in s.waitingByReason[r].map { "<b>\($0)</b> \(t(T.reason(r)))" } }
        out += "<p>\(t(T.byReason)): " + reasons.joined(separator: " · ") + "</p>\n"
        out += table(
            [t(T.family), t(T.priority), t(T.weeksWaiting), t(T.reason)],
            s.waiting.prefix(100).map { w in [HTMLText.escape(w.caseID), "\(w.priority)", "\(w.weeksWaiting)", t(T.reason(w.reason))] },
            numeric: [2])
        if s.waiting.count > 100 { out += "<p class=\"note\">\(t(T.mostUrgent(100, of: s.waiting.count)))</p>\n" }
        return out
    }

    static func registrations(_ s: PlanStatus, language: Language) -> String {
        let figures = Figures.of(language)
        func t(_ text: Text) -> String { HTMLText.escape(text(language)) }
        var out = "<h2 id=\"registraties\">\(t(T.registrations))</h2>\n"
        out += "<p class=\"note\">\(t(T.registrationsNote(weeks: PlanStatus.lapsingWeeks)))</p>\n"
        guard !s.registrations.isEmpty else { return out + "<p>\(t(T.noRegistrations))</p>\n" }
        return out
            + table(
                [t(T.worker), "", t(T.registeredUntil), t(T.organisation)],
                s.registrations.map { r in
                    // The state before the date: on a phone the first columns are what shows.
                    [
                        HTMLText.escape(r.worker),
                        r.state == .lapsing
                            ? t(T.lapsing) : "<span class=\"lapsed\">\(t(r.until == nil ? T.notRegistered : T.lapsed))</span>",
                        r.until.map { figures.date($0) } ?? t(T.noRegistrationRecorded), HTMLText.escape(r.organisation),
                    ]
                })
    }

    static func handovers(_ s: PlanStatus, language: Language) -> String {
        let figures = Figures.of(language)
        func t(_ text: Text) -> String { HTMLText.escape(text(language)) }
        func person(_ id: String) -> String { id == "none" || id.isEmpty ? t(T.nobody) : HTMLText.escape(id) }
        var out = "<h2 id=\"overdrachten\">\(t(T.handovers))</h2>\n"
        if s.handovers.isEmpty {
            out += "<p>\(t(T.noHandovers))</p>\n"
        } else {
            out += table(
                [t(T.family), t(T.role), t(T.from), t(T.to), t(T.reason)],
                s.handovers.map { h in
                    [HTMLText.escape(h.caseID), t(T.role(h.role)), person(h.from), person(h.to), t(T.reason(h.reason))]
                })
        }
        out += "<h3>\(t(T.standInsHeading))</h3>\n"
        if s.standIns.isEmpty {
            out += "<p>\(t(T.noStandIns))</p>\n"
        } else {
            out += table(
                [t(T.family), t(T.away), t(T.standIn), t(T.hours)],
                s.standIns.map { x in
                    [HTMLText.escape(x.caseID), HTMLText.escape(x.absent), HTMLText.escape(x.standIn), figures.hours(x.hours)]
                }, numeric: [3])
        }
        if !s.uncovered.isEmpty {
            out += "<h3>\(t(T.uncoveredHeading))</h3>\n<p class=\"note\">\(t(T.uncoveredNote))</p>\n"
            out += table(
                [t(T.family), t(T.away), t(T.hours)],
                s.uncovered.map { u in [HTMLText.escape(u.caseID), HTMLText.escape(u.worker), figures.hours(u.hours)] }, numeric: [2])
        }
        return out
    }

    static func workers(_ s: PlanStatus, language: Language) -> String {
        let figures = Figures.of(language)
        func t(_ text: Text) -> String { HTMLText.escape(text(language)) }
        func norm(_ count: Int, _ max: Int) -> String { max > 0 ? "\(count)/\(max)" : figures.words.none }
        var out = "<h2 id=\"medewerkers\">\(t(T.staff))</h2>\n<p class=\"note\">\(t(T.staffNote))</p>\n"
        let byOrganisation = Dictionary(grouping: s.loads, by: \.organisation)
        // A worker whose registration lapsed is no supporter, though the plan counts them with them.
        let lapsed = Dictionary(
            s.registrations.filter { $0.state == .lapsed }.map { ($0.worker, $0.until == nil ? T.notRegistered : T.lapsedLabel) },
            uniquingKeysWith: { first, _ in first })
        for group in s.organisations {
            out +=
                "<div class=\"org\"><b>\(HTMLText.escape(group.name ?? group.id))</b> <span class=\"note\">\(t(T.groupWorkers(group.workers)))"
            if group.suppressed {
                out += " · \(t(T.suppressed(PlanStatus.minimumGroup)))"
            } else if let planned = group.plannedHours, let available = group.availableHours {
                out += " · \(t(T.planned(figures.hours(planned), of: figures.hours(available), figures.percent(group.utilisation))))"
            }
            // The light and the norm first: on a phone they are what shows; the bar goes.
            out += "</span>\n<div class=\"scroll\"><table><tr><th>\(t(T.worker))</th><th>\(t(T.light))</th>"
            out += "<th>\(t(T.familiesNorm))</th><th>\(t(T.childrenNorm))</th><th>\(t(T.hoursUsed))</th><th class=\"wide\"></th></tr>\n"
            for w in byOrganisation[group.id] ?? [] {
                let share = w.bindingUse ?? 0
                let colour = colours[w.bindingLight]!
                let binds = w.binding == .norm ? " (\(t(T.bindsNorm)))" : ""
                let label = lapsed[w.id] ?? (w.registered ? nil : T.supporter)
                out += "<tr><td>\(HTMLText.escape(w.id))\(label.map { "<span class=\"tag\">\(t($0))</span>" } ?? "")</td>"
                out += "<td class=\"wrap\"><i class=\"sw\" style=\"background:\(colour)\"></i>\(t(T.lightWord(w)))\(binds)</td>"
                // A supporter takes no family as lead or partner: a norm of 0/9 would mislead.
                let normed = w.registered || w.cases > 0
                out += "<td class=\"num\">\(normed ? norm(w.cases, w.maxCases) : figures.words.none)</td>"
                out += "<td class=\"num\">\(normed ? norm(w.children, w.maxChildren) : figures.words.none)</td>"
                out += "<td class=\"num\">\(figures.percent(w.utilisation))</td>"
                out +=
                    "<td class=\"wide\"><div class=\"bar\"><span style=\"width:\(f(min(share, 1.3) / 1.3 * 100))%;background:\(colour)\"></span>"
                out += "<i style=\"left:\(f(100 / 1.3))%\"></i></div></td></tr>\n"
            }
            out += "</table></div></div>\n"
        }
        out += "<p class=\"legend\">"
        for light in [WorkerLoad.Light.blue, .green, .amber, .red, .off] {
            out += "<span><i class=\"sw\" style=\"background:\(colours[light]!)\"></i>\(figures.words.light(light))</span>"
        }
        return out + "</p>\n"
    }

    /// A table of HTML cells in a box that scrolls sideways on a narrow screen, so the page
    /// itself never does; the `numeric` columns align right.
    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "<div class=\"scroll\"><table><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr>\n"
        for row in rows {
            out +=
                "<tr>"
                + row.enumerated().map { numeric.contains($0.offset) ? "<td class=\"num\">\($0.element)</td>" : "<td>\($0.element)</td>" }
                .joined() + "</tr>\n"
        }
        return out + "</table></div>\n"
    }

    /// Planned against available hours of the registered workers and the supporters, as bars.
    static func poolChart(_ pools: [PlanStatus.Group], language: Language) -> String {
        let figures = Figures.of(language)
        func name(_ id: String) -> String {
            switch id {
            case "registered": T.registeredStaff(language)
            case "supporters": T.supporters(language)
            default: id
            }
        }
        let width = 420.0
        let row = 44.0
        let most = max(1, pools.compactMap(\.availableHours).max() ?? 1, pools.compactMap(\.plannedHours).max() ?? 1)
        var svg =
            "<svg viewBox=\"0 0 \(Int(width)) \(Int(row * Double(pools.count) + 6))\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for (i, pool) in pools.enumerated() {
            let y = row * Double(i) + 4
            let available = (pool.availableHours ?? 0) / most * (width - 4)
            let planned = (pool.plannedHours ?? 0) / most * (width - 4)
            svg += "<text x=\"0\" y=\"\(f(y + 12))\" font-size=\"13\">\(HTMLText.escape(name(pool.id))) (\(pool.workers)): "
            svg +=
                "\(figures.hours(pool.plannedHours ?? 0)) / \(figures.hours(pool.availableHours ?? 0)) (\(figures.percent(pool.utilisation)))</text>"
            svg += "<rect x=\"0\" y=\"\(f(y + 18))\" width=\"\(f(available))\" height=\"16\" fill=\"#ddd\"/>"
            svg += "<rect x=\"0\" y=\"\(f(y + 18))\" width=\"\(f(planned))\" height=\"16\" fill=\"#2f6fb3\"/>\n"
        }
        return svg + "</svg>\n<p class=\"note\">\(HTMLText.escape(T.plannedAgainstAvailable(language)))</p>\n"
    }

    /// A coordinate or width.
    static func f(_ x: Double) -> String { String(format: "%.1f", x) }
}
