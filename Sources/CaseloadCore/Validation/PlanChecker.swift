/// A broken hard rule in a plan.
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public var rule: HardRule
    /// What breaks it, in every language.
    public var text: Text
    /// Creates a violation.
    public init(rule: HardRule, text: Text) {
        self.rule = rule
        self.text = text
    }
    /// What breaks it, in English (logs and the JSON analysis keep this).
    public var message: String { text.en }
    /// `H3 worker jb-01: planned 30.5 h > 28.8 h`.
    public var description: String { line(.en) }
    /// `H3 medewerker jb-01: 30,5 uur gepland > 28,8 uur beschikbaar`: the rule code stays as it is cited.
    public func line(_ language: Language) -> String { "\(rule) \(text(language))" }
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
        func fail(_ rule: HardRule, _ text: Text) { found.append(RuleViolation(rule: rule, text: text)) }
        let monday = scenario.week.monday
        let settings = scenario.settings
        let kinds = Dictionary(scenario.allTaskKinds.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        let staff = Dictionary(scenario.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let cases = Dictionary(scenario.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if plan.week != scenario.week { fail(.whole, RuleTexts.otherWeek(plan: "\(plan.week)", scenario: "\(scenario.week)")) }

        var planned: [String: Double] = [:]
        var caseCount: [String: Int] = [:]
        var childCount: [String: Int] = [:]
        var seen = Set<String>()
        for a in plan.assignments {
            guard let c = cases[a.caseID] else {
                fail(.whole, RuleTexts.caseNotInScenario(a.caseID))
                continue
            }
            if !seen.insert(a.caseID).inserted { fail(.whole, RuleTexts.caseTwice(a.caseID)) }
            guard let lead = staff[a.lead] else {
                fail(.whole, RuleTexts.onCase(c.id, RuleTexts.leadNoWorker(a.lead)))
                continue
            }
            if !lead.isRegistered(on: monday) {
                fail(.registration, RuleTexts.onCase(c.id, RuleTexts.leadNotRegistered(lead.id, on: monday)))
            }
            if !lead.tasks.contains(TaskKind.casework) { fail(.tasks, RuleTexts.onCase(c.id, RuleTexts.leadNoCasework(lead.id))) }
            if !c.skills.allSatisfy(lead.skills.contains) { fail(.skills, RuleTexts.onCase(c.id, RuleTexts.leadLacksSkill(lead.id))) }
            if !lead.serves(c.municipality) {
                fail(.municipality, RuleTexts.onCase(c.id, RuleTexts.leadNotServing(lead.id, c.municipality)))
            }
            if !scenario.mandates(of: lead).contains(c.framework) {
                fail(.mandate, RuleTexts.onCase(c.id, RuleTexts.leadNoMandate(lead.id, lead.organisation, c.framework)))
            }
            var people = [lead]
            if let partnerID = a.partner {
                if let partner = staff[partnerID] {
                    people.append(partner)
                    if partner.id == lead.id { fail(.duo, RuleTexts.onCase(c.id, RuleTexts.partnerIsLead)) }
                    if !partner.isRegistered(on: monday) { fail(.duo, RuleTexts.onCase(c.id, RuleTexts.partnerNotRegistered(partner.id))) }
                    if settings.duoAcrossOrganisations && partner.organisation == lead.organisation {
                        fail(.duo, RuleTexts.onCase(c.id, RuleTexts.partnerSameOrganisation(partner.id)))
                    }
                    if !scenario.mayShare(lead: lead.organisation, with: partner.organisation) {
                        fail(
                            .network,
                            RuleTexts.onCase(
                                c.id, RuleTexts.partnerOutsideNetwork(partner.id, partner.organisation, lead: lead.organisation)))
                    }
                    if !partner.serves(c.municipality) {
                        fail(.municipality, RuleTexts.onCase(c.id, RuleTexts.partnerNotServing(partner.id, c.municipality)))
                    }
                } else {
                    fail(.whole, RuleTexts.onCase(c.id, RuleTexts.partnerNoWorker(partnerID)))
                }
            } else if c.duo {
                fail(.duo, RuleTexts.duoWithoutPartner(c.id))
            }
            for p in people {
                caseCount[p.id, default: 0] += 1
                childCount[p.id, default: 0] += c.children
            }
            var hoursByKind: [String: Double] = [:]
            for t in a.tasks {
                guard let worker = staff[t.worker] else {
                    fail(.whole, RuleTexts.onCase(c.id, RuleTexts.taskWorkerNoWorker(t.worker)))
                    continue
                }
                if !(t.hours > 0) { fail(.whole, RuleTexts.onCase(c.id, RuleTexts.taskHours(t.kind, t.hours))) }
                guard let kind = kinds[t.kind] else {
                    fail(.tasks, RuleTexts.onCase(c.id, RuleTexts.unknownKind(t.kind)))
                    continue
                }
                if kind.registered && !worker.isRegistered(on: monday) {
                    fail(.registration, RuleTexts.onCase(c.id, RuleTexts.registeredKindUnregistered(worker.id, kind.id)))
                }
                if !worker.tasks.contains(kind.id) { fail(.tasks, RuleTexts.onCase(c.id, RuleTexts.kindNotListed(worker.id, kind.id))) }
                if worker.id != lead.id && worker.id != a.partner
                    && !scenario.maySupport(lead: lead.organisation, by: worker.organisation)
                {
                    fail(
                        .network,
                        RuleTexts.onCase(
                            c.id, RuleTexts.supporterOutsideNetwork(worker.id, worker.organisation, kind.id, lead: lead.organisation)))
                }
                hoursByKind[t.kind, default: 0] += t.hours
                planned[worker.id, default: 0] += t.hours
            }
            let demand = scenario.demand(of: c)
            for kind in Set(demand.keys).union(hoursByKind.keys).sorted() {
                let need = demand[kind] ?? 0
                let got = hoursByKind[kind] ?? 0
                if abs(need - got) > Self.tolerance {
                    fail(.whole, RuleTexts.onCase(c.id, RuleTexts.kindHours(kind, got: got, need: need)))
                }
            }
        }
        for w in plan.waiting {
            if cases[w.caseID] == nil { fail(.whole, RuleTexts.waitingNotInScenario(w.caseID)) }
            if !seen.insert(w.caseID).inserted { fail(.whole, RuleTexts.servedAndWaiting(w.caseID)) }
        }
        for c in scenario.cases where !seen.contains(c.id) { fail(.whole, RuleTexts.neitherServedNorWaiting(c.id)) }

        checkStandIns(of: plan, in: scenario, planned: &planned, fail: fail)

        for worker in scenario.staff {
            let capacity = scenario.capacity(of: worker)
            let hours = planned[worker.id] ?? 0
            if hours > capacity.limitHours + Self.tolerance {
                fail(.hours, RuleTexts.onWorker(worker.id, RuleTexts.overHours(hours, limit: capacity.limitHours)))
            }
            if caseCount[worker.id, default: 0] > capacity.maxCases {
                fail(.norm, RuleTexts.onWorker(worker.id, RuleTexts.overFamilies(caseCount[worker.id]!, norm: capacity.maxCases)))
            }
            if childCount[worker.id, default: 0] > capacity.maxChildren {
                fail(.norm, RuleTexts.onWorker(worker.id, RuleTexts.overChildren(childCount[worker.id]!, norm: capacity.maxChildren)))
            }
        }

        let notes = Dictionary(plan.locks.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        let served = Dictionary(plan.assignments.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        let loads = Loads(hours: planned, cases: caseCount, children: childCount)
        for c in scenario.cases where c.lock {
            let now = served[c.id]
            if let now, now.lead == c.givenLead && (!c.duo || c.givenPartner == nil || now.partner == c.givenPartner) { continue }
            guard let note = notes[c.id], !note.kept, let reason = note.reason, !reason.isEmpty else {
                fail(.locks, RuleTexts.lockChangedWithoutReason(c.id))
                continue
            }
            var others = loads
            if let now { others.release(now, of: c) }
            if lockBreaker(of: c, loads: others, in: scenario) == nil {
                fail(.locks, RuleTexts.lockChangedNeedlessly(c.id, reason: reason))
            }
        }
        return found
    }
}
