/// A broken hard rule in a plan.
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public var rule: HardRule
    /// What breaks it.
    public var message: String
    /// Creates a violation.
    public init(rule: HardRule, message: String) {
        self.rule = rule
        self.message = message
    }
    /// `H3 worker jb-01: planned 30.5 h > 28.8 h`.
    public var description: String { "\(rule) \(message)" }
}

/// Re-checks a finished plan against H1–H11 from the scenario alone, in plain hours rather than
/// the planner's integer units, so a planner bug cannot hide behind shared bookkeeping. Used by
/// the tests and before a plan is stored.
public struct PlanChecker: Sendable {
    /// Slack for sums of decimal hours.
    public static let tolerance = 1e-6

    /// Creates a checker.
    public init() {}

    /// Every broken rule; empty when the plan keeps them all.
    public func violations(of plan: Plan, in scenario: Scenario) -> [RuleViolation] {
        var found: [RuleViolation] = []
        func fail(_ rule: HardRule, _ message: String) { found.append(RuleViolation(rule: rule, message: message)) }
        let monday = scenario.week.monday
        let settings = scenario.settings
        let kinds = Dictionary(scenario.allTaskKinds.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        let staff = Dictionary(scenario.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let cases = Dictionary(scenario.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if plan.week != scenario.week { fail(.whole, "plan is for \(plan.week), scenario for \(scenario.week)") }

        var planned: [String: Double] = [:]
        var caseCount: [String: Int] = [:]
        var childCount: [String: Int] = [:]
        var seen = Set<String>()
        for a in plan.assignments {
            guard let c = cases[a.caseID] else {
                fail(.whole, "case \(a.caseID) is not in the scenario")
                continue
            }
            if !seen.insert(a.caseID).inserted { fail(.whole, "case \(a.caseID) appears twice") }
            guard let lead = staff[a.lead] else {
                fail(.whole, "case \(c.id): lead \(a.lead) is no worker")
                continue
            }
            if !lead.isRegistered(on: monday) { fail(.registration, "case \(c.id): lead \(lead.id) is not registered on \(monday)") }
            if !lead.tasks.contains(TaskKind.casework) { fail(.tasks, "case \(c.id): lead \(lead.id) may not do casework") }
            if !c.skills.allSatisfy(lead.skills.contains) { fail(.skills, "case \(c.id): lead \(lead.id) lacks a required skill") }
            if !lead.serves(c.municipality) { fail(.municipality, "case \(c.id): lead \(lead.id) does not serve \(c.municipality)") }
            if !scenario.mandates(of: lead).contains(c.framework) {
                fail(.mandate, "case \(c.id): lead \(lead.id) (\(lead.organisation)) has no mandate for \(c.framework.rawValue)")
            }
            var people = [lead]
            if let partnerID = a.partner {
                if let partner = staff[partnerID] {
                    people.append(partner)
                    if partner.id == lead.id { fail(.duo, "case \(c.id): partner is the lead") }
                    if !partner.isRegistered(on: monday) { fail(.duo, "case \(c.id): partner \(partner.id) is not registered") }
                    if settings.duoAcrossOrganisations && partner.organisation == lead.organisation {
                        fail(.duo, "case \(c.id): partner \(partner.id) is from the lead's organisation")
                    }
                    if !scenario.mayShare(lead: lead.organisation, with: partner.organisation) {
                        fail(
                            .network,
                            "case \(c.id): partner \(partner.id) (\(partner.organisation)) may not see a family led from \(lead.organisation): no network holds both"
                        )
                    }
                    if !partner.serves(c.municipality) {
                        fail(.municipality, "case \(c.id): partner \(partner.id) does not serve \(c.municipality)")
                    }
                } else {
                    fail(.whole, "case \(c.id): partner \(partnerID) is no worker")
                }
            } else if c.duo {
                fail(.duo, "duo case \(c.id) has no partner")
            }
            for p in people {
                caseCount[p.id, default: 0] += 1
                childCount[p.id, default: 0] += c.children
            }
            var hoursByKind: [String: Double] = [:]
            for t in a.tasks {
                guard let worker = staff[t.worker] else {
                    fail(.whole, "case \(c.id): task worker \(t.worker) is no worker")
                    continue
                }
                if !(t.hours > 0) { fail(.whole, "case \(c.id): task \(t.kind) has \(t.hours) h") }
                guard let kind = kinds[t.kind] else {
                    fail(.tasks, "case \(c.id): unknown task kind \(t.kind)")
                    continue
                }
                if kind.registered && !worker.isRegistered(on: monday) {
                    fail(.registration, "case \(c.id): \(worker.id) does \(kind.id) without a registration")
                }
                if !worker.tasks.contains(kind.id) { fail(.tasks, "case \(c.id): \(worker.id) may not do \(kind.id)") }
                if worker.id != lead.id && worker.id != a.partner
                    && !scenario.maySupport(lead: lead.organisation, by: worker.organisation)
                {
                    fail(
                        .network,
                        "case \(c.id): supporter \(worker.id) (\(worker.organisation)) may not do \(kind.id) for a family led from \(lead.organisation)"
                    )
                }
                hoursByKind[t.kind, default: 0] += t.hours
                planned[worker.id, default: 0] += t.hours
            }
            let demand = scenario.demand(of: c)
            for kind in Set(demand.keys).union(hoursByKind.keys).sorted() {
                let need = demand[kind] ?? 0
                let got = hoursByKind[kind] ?? 0
                if abs(need - got) > Self.tolerance {
                    fail(.whole, "case \(c.id): \(kind) has \(got) h planned of \(need) h needed")
                }
            }
        }
        for w in plan.waiting {
            if cases[w.caseID] == nil { fail(.whole, "waiting case \(w.caseID) is not in the scenario") }
            if !seen.insert(w.caseID).inserted { fail(.whole, "case \(w.caseID) is both served and waiting, or waits twice") }
        }
        for c in scenario.cases where !seen.contains(c.id) { fail(.whole, "case \(c.id) is neither served nor waiting") }

        checkStandIns(of: plan, in: scenario, planned: &planned, fail: fail)

        for worker in scenario.staff {
            let capacity = scenario.capacity(of: worker)
            let hours = planned[worker.id] ?? 0
            if hours > capacity.limitHours + Self.tolerance {
                fail(.hours, "worker \(worker.id): planned \(hours) h > \(capacity.limitHours) h")
            }
            if caseCount[worker.id, default: 0] > capacity.maxCases {
                fail(.norm, "worker \(worker.id): \(caseCount[worker.id]!) families > norm \(capacity.maxCases)")
            }
            if childCount[worker.id, default: 0] > capacity.maxChildren {
                fail(.norm, "worker \(worker.id): \(childCount[worker.id]!) children > norm \(capacity.maxChildren)")
            }
        }

        let notes = Dictionary(plan.locks.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        let served = Dictionary(plan.assignments.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        let loads = Loads(hours: planned, cases: caseCount, children: childCount)
        for c in scenario.cases where c.lock {
            let now = served[c.id]
            if let now, now.lead == c.givenLead && (!c.duo || c.givenPartner == nil || now.partner == c.givenPartner) { continue }
            guard let note = notes[c.id], !note.kept, let reason = note.reason, !reason.isEmpty else {
                fail(.locks, "locked case \(c.id) was changed and the plan does not say why")
                continue
            }
            var others = loads
            if let now { others.release(now, of: c) }
            if lockBreaker(of: c, loads: others, in: scenario) == nil {
                fail(.locks, "locked case \(c.id) was changed (\"\(reason)\") although its given people could keep it")
            }
        }
        return found
    }
}
