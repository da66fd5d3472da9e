import CaseloadCore
import Foundation

/// The table a team manager reads first: every worker's week with a traffic light, grouped by
/// organisation; the pools; the waiting list ranked with reasons; a one-line summary.
struct PlanReport {
    let plan: Plan
    let scenario: Scenario?
    var title: String?

    init(plan: Plan, scenario: Scenario?, title: String? = nil) {
        self.plan = plan
        self.scenario = scenario
        self.title = title
    }

    func render() -> String {
        var out = ""
        let name = scenario?.name ?? ""
        out += "\(title ?? (name.isEmpty ? "Plan" : name)) · week \(plan.week) (Monday \(plan.week.monday))\n\n"
        out += workers()
        out += "\n" + pools()
        out += "\n" + waitingList()
        out += "\n" + summary() + "\n"
        return out
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let count = s.count
        guard count < width else { return s }
        let fill = String(repeating: " ", count: width - count)
        return right ? fill + s : s + fill
    }

    static func hours(_ x: Double) -> String { String(format: "%.1f", x) }

    static func percent(_ x: Double?) -> String { x.map { String(format: "%.0f%%", $0 * 100) } ?? "–" }

    func workers() -> String {
        var out = "WORKERS  (planned / available hours, families and children against the norm)\n"
        let names = Dictionary((scenario?.organisations ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let roles = Dictionary((scenario?.staff ?? []).map { ($0.id, $0.role ?? "") }, uniquingKeysWith: { a, _ in a })
        var order: [String] = []
        var groups: [String: [WorkerLoad]] = [:]
        for w in plan.workers {
            if groups[w.organisation] == nil { order.append(w.organisation) }
            groups[w.organisation, default: []].append(w)
        }
        for org in order {
            out += "  \(names[org] ?? org)\n"
            for w in groups[org]! {
                let role = (roles[w.id] ?? "") + (w.registered ? "" : " (not registered)")
                out += "    " + Self.pad(w.id, 10) + " " + Self.pad(String(role.prefix(34)), 34)
                out += Self.pad(Self.hours(w.plannedHours), 6, right: true) + " /" + Self.pad(Self.hours(w.availableHours), 5, right: true)
                out += Self.pad(Self.percent(w.utilisation), 6, right: true)
                out += Self.pad("\(w.cases)/\(w.maxCases)", 8, right: true) + Self.pad("\(w.children)/\(w.maxChildren)", 8, right: true)
                out += "  " + w.light.rawValue + "\n"
            }
        }
        return out
    }

    func pools() -> String {
        var out = "POOLS\n"
        for (label, registered) in [("registered", true), ("supporters", false)] {
            let members = plan.workers.filter { $0.registered == registered }
            let planned = members.reduce(0) { $0 + $1.plannedHours }
            let available = members.reduce(0) { $0 + $1.availableHours }
            let lights = Dictionary(grouping: members, by: \.light).mapValues(\.count)
            let counts = ["blue", "green", "amber", "red", "off"].compactMap { l in
                lights[WorkerLoad.Light(rawValue: l)!].map { "\($0) \(l)" }
            }
            out += "  " + Self.pad(label, 12) + Self.pad("\(members.count) workers", 12)
            out += Self.pad(Self.hours(planned), 8, right: true) + " /" + Self.pad(Self.hours(available), 7, right: true) + " h"
            out += Self.pad(Self.percent(available > 0 ? planned / available : nil), 6, right: true)
            out += "   " + counts.joined(separator: ", ") + "\n"
        }
        return out
    }

    func waitingList() -> String {
        guard !plan.waiting.isEmpty else { return "WAITING LIST  none: every family is served\n" }
        var out = "WAITING LIST  (\(plan.waiting.count) families, most urgent first)\n"
        out += "    #  case        prio  weeks  reason                      detail\n"
        for (i, w) in plan.waiting.enumerated() {
            out += Self.pad("\(i + 1)", 5, right: true) + "  " + Self.pad(w.caseID, 12) + Self.pad("\(w.priority)", 6)
            out += Self.pad("\(w.weeksWaiting)", 7) + Self.pad(w.reason.rawValue, 28) + w.detail + "\n"
        }
        return out
    }

    func summary() -> String {
        let registered = Dictionary(plan.workers.map { ($0.id, $0.registered) }, uniquingKeysWith: { a, _ in a })
        let delegated = plan.assignments.flatMap(\.tasks).filter { registered[$0.worker] == false }.reduce(0) { $0 + $1.hours }
        let s = plan.score
        var line = "SUMMARY  \(plan.assignments.count) served, \(plan.waiting.count) waiting, "
        line += "\(s.handovers) handovers (\(s.leadHandovers) lead, \(s.partnerHandovers) partner), "
        line += "\(Self.hours(delegated)) h delegated to supporters, \(Self.hours(s.undelegatedHours)) h undelegated"
        let overloaded = plan.workers.filter { $0.light == .amber || $0.light == .red }.count
        if overloaded > 0 { line += ", \(overloaded) workers above 100 %" }
        let broken = plan.locks.filter { !$0.kept }
        if !broken.isEmpty {
            line += "\nLOCKS NOT KEPT\n" + broken.map { "  \($0.caseID): \($0.reason ?? "")" }.joined(separator: "\n")
        }
        line +=
            "\nSCORE    hard \(s.hard), soft \(String(format: "%.1f", s.soft)) (waiting \(String(format: "%.2f", s.waitingPenalty)), balance \(String(format: "%.3f", s.balance)))"
        let solver = plan.solver
        if let start = solver.constructionScore {
            line += "\nSEARCH   construction planner \(String(format: "%.1f", start)) → \(String(format: "%.1f", s.soft)) in \(solver.moves) moves"
            line += " on \(solver.threads) thread\(solver.threads == 1 ? "" : "s") (\(solver.stop))"
            if let bound = solver.lowerBound {
                let gap = s.soft > 0 ? 100 * (s.soft - bound) / s.soft : 0
                line += "; lower bound \(String(format: "%.1f", bound)), at most \(String(format: "%.1f", gap)) % from optimal"
            }
        }
        return line
    }
}
