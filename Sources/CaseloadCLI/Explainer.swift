import CaseloadCore
import Foundation

/// Words for `caseload explain`: facts about a case or a worker in a plan, and nothing about a
/// family beyond its code and planning facts.
struct Explainer {
    let scenario: Scenario
    let plan: Plan

    static func h(_ x: Double) -> String {
        String(format: "%.2f", x).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }

    func explainCase(_ id: String) -> String? {
        guard let c = scenario.cases.first(where: { $0.id == id }) else { return nil }
        let demand = scenario.demand(of: c)
        var out =
            "case \(c.id): \(c.framework.rawValue), \(c.phase.rawValue) phase, priority \(c.priority), \(c.children) children, \(c.municipality)"
        out += c.duo ? ", duo" : ""
        out += c.skills.isEmpty ? "" : ", needs \(c.skills.joined(separator: ", "))"
        out += c.lock ? ", locked" : ""
        out += "\n  hours per week: " + demand.sorted { $0.key < $1.key }.map { "\($0.key) \(Self.h($0.value))" }.joined(separator: ", ")
        out += c.hours == nil ? " (case type defaults)" : " (given)"
        out += "\n  current: lead \(c.lead ?? "none")" + (c.partner.map { ", partner \($0)" } ?? "")
        if let a = plan.assignments.first(where: { $0.caseID == id }) {
            out += "\n  SERVED by lead \(a.lead)" + (a.partner.map { " with partner \($0)" } ?? "")
            if let lead = c.lead {
                out += lead == a.lead ? " — the current lead keeps the family" : " — handover from \(lead)"
                if let w = scenario.staff.first(where: { $0.id == lead }) {
                    let cap = scenario.capacity(of: w)
                    if !cap.registered { out += " (\(lead)'s registration is not valid on \(scenario.week.monday))" }
                    if !w.serves(c.municipality) { out += " (\(lead) does not serve \(c.municipality))" }
                }
            }
            for t in a.tasks { out += "\n    \(t.kind): \(t.worker) \(Self.h(t.hours)) h" }
            if let note = plan.locks.first(where: { $0.caseID == id }), !note.kept { out += "\n  lock not kept: \(note.reason ?? "")" }
            return out
        }
        guard let w = plan.waiting.firstIndex(where: { $0.caseID == id }) else { return out + "\n  not in this plan" }
        let entry = plan.waiting[w]
        out += "\n  WAITS: #\(w + 1) on the waiting list, \(entry.weeksWaiting) weeks waiting"
        out += "\n  reason: \(entry.reason.rawValue) — \(entry.detail)"
        if let note = plan.locks.first(where: { $0.caseID == id }), !note.kept { out += "\n  lock not kept: \(note.reason ?? "")" }
        out += "\n" + closestLeads(for: c)
        return out
    }

    /// The registered workers nearest to taking the case: what each lacks.
    func closestLeads(for c: Case) -> String {
        let loads = Dictionary(plan.workers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let need = (scenario.demand(of: c)[TaskKind.casework] ?? 0) * (c.duo ? scenario.settings.duoSplit : 1)
        var rows: [(gap: Double, text: String)] = []
        for w in scenario.staff {
            let cap = scenario.capacity(of: w)
            guard cap.registered, w.tasks.contains(TaskKind.casework), let load = loads[w.id] else { continue }
            var lacks: [String] = []
            if !w.serves(c.municipality) { lacks.append("does not serve \(c.municipality)") }
            let missing = c.skills.filter { !w.skills.contains($0) }
            if !missing.isEmpty { lacks.append("lacks \(missing.joined(separator: ", "))") }
            if load.cases + 1 > load.maxCases { lacks.append("at norm \(load.cases)/\(load.maxCases) families") }
            if load.children + c.children > load.maxChildren {
                lacks.append("children \(load.children)+\(c.children) > \(load.maxChildren)")
            }
            let free = cap.limitHours - load.plannedHours
            if free + 1e-9 < need { lacks.append("\(Self.h(max(0, free))) h free of \(Self.h(need)) h") }
            let gap = Double(lacks.count) * 100 + max(0, need - free)
            rows.append((gap, "    \(w.id): " + (lacks.isEmpty ? "could lead it on its own" : lacks.joined(separator: "; "))))
        }
        let best = rows.sorted { $0.gap < $1.gap }.prefix(5)
        return "  closest possible leads:\n" + best.map(\.text).joined(separator: "\n")
    }

    func explainWorker(_ id: String) -> String? {
        guard let w = scenario.staff.first(where: { $0.id == id }) else { return nil }
        let cap = scenario.capacity(of: w)
        let load = plan.workers.first { $0.id == id }
        var out = "worker \(w.id)" + (w.role.map { " (\($0))" } ?? "") + ", \(w.organisation)"
        out +=
            cap.registered
            ? ", registered until \(w.registeredUntil!)" : (w.registeredUntil.map { ", registration ended \($0)" } ?? ", not registered")
        out += "\n  may do: \(w.tasks.joined(separator: ", "))"
        out += "\n  hours: \(Self.h(w.hours)) contract × \(Self.h(w.caseworkShare ?? scenario.settings.caseworkShare)) casework share"
        let ramp = scenario.rampUpFactor(of: w)
        if ramp != 1 { out += " × \(Self.h(ramp)) ramp-up (started \(w.started!))" }
        out += " = \(Self.h(cap.baseHours)) h"
        if cap.availableHours < cap.baseHours { out += "; absent \(Self.h(cap.baseHours - cap.availableHours)) h this week" }
        out += "; available \(Self.h(cap.availableHours)) h"
        if let load {
            out +=
                "\n  planned \(Self.h(load.plannedHours)) h (\(load.utilisation.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"), \(load.light.rawValue))"
            out += "; families \(load.cases)/\(load.maxCases), children \(load.children)/\(load.maxChildren)"
        }
        var lines: [String] = []
        for a in plan.assignments {
            let tasks = a.tasks.filter { $0.worker == id }
            guard !tasks.isEmpty || a.lead == id || a.partner == id else { continue }
            let role = a.lead == id ? "lead" : a.partner == id ? "partner" : "supporter"
            lines.append("    \(a.caseID) \(role): " + tasks.map { "\($0.kind) \(Self.h($0.hours)) h" }.joined(separator: ", "))
        }
        out += lines.isEmpty ? "\n  nothing planned this week" : "\n  week:\n" + lines.joined(separator: "\n")
        let lost = scenario.cases.filter { $0.lead == id || $0.partner == id }.filter { c in
            !plan.assignments.contains { $0.caseID == c.id && ($0.lead == id || $0.partner == id) }
        }
        if !lost.isEmpty { out += "\n  handed over or waiting: " + lost.map(\.id).joined(separator: ", ") }
        return out
    }
}
