extension PlanChecker {
    /// The rules a stored plan can be checked against from its own figures, without the
    /// scenario it was made from (which later imports may have changed): H1 (registered work by
    /// registered workers), H3 (planned within available hours), H4 (norms), H5 (a partner who is
    /// registered and not the lead) and H8 (each served family has its lead, every worker's
    /// planned hours are the sum of their tasks).
    public func storedViolations(of plan: Plan, overloadAllowed: Double) -> [RuleViolation] {
        var found: [RuleViolation] = []
        func fail(_ rule: HardRule, _ text: Text) { found.append(RuleViolation(rule: rule, text: text)) }
        let loads = Dictionary(plan.workers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var hours: [String: Double] = [:]
        var seen = Set<String>()
        for a in plan.assignments {
            if !seen.insert(a.caseID).inserted { fail(.whole, RuleTexts.caseTwice(a.caseID)) }
            guard let lead = loads[a.lead] else {
                fail(.whole, RuleTexts.onCase(a.caseID, RuleTexts.leadNotAmongWorkers(a.lead)))
                continue
            }
            if !lead.registered { fail(.registration, RuleTexts.onCase(a.caseID, RuleTexts.leadWasNotRegistered(lead.id))) }
            if let partner = a.partner {
                if partner == a.lead { fail(.duo, RuleTexts.onCase(a.caseID, RuleTexts.partnerIsLead)) }
                if loads[partner]?.registered != true { fail(.duo, RuleTexts.onCase(a.caseID, RuleTexts.partnerWasNotRegistered(partner))) }
            }
            for task in a.tasks {
                hours[task.worker, default: 0] += task.hours
                if task.kind == TaskKind.casework, loads[task.worker]?.registered != true {
                    fail(.registration, RuleTexts.onCase(a.caseID, RuleTexts.caseworkByUnregistered(task.worker)))
                }
            }
        }
        // Stand-ins carry the absent share of a family's hours; uncovered hours are no one's.
        for s in plan.standIns {
            hours[s.absent, default: 0] -= s.hours
            hours[s.standIn, default: 0] += s.hours
        }
        for u in plan.uncovered { hours[u.worker, default: 0] -= u.hours }
        for load in plan.workers {
            let limit = load.availableHours * (1 + max(0, overloadAllowed))
            if load.plannedHours > limit + Self.tolerance {
                fail(.hours, RuleTexts.onWorker(load.id, RuleTexts.overHours(load.plannedHours, limit: limit)))
            }
            if abs((hours[load.id] ?? 0) - load.plannedHours) > 1e-3 {
                fail(.whole, RuleTexts.onWorker(load.id, RuleTexts.tasksDoNotAddUp(load.plannedHours, tasks: hours[load.id] ?? 0)))
            }
            if load.cases > load.maxCases {
                fail(.norm, RuleTexts.onWorker(load.id, RuleTexts.overFamilies(load.cases, norm: load.maxCases)))
            }
            if load.children > load.maxChildren {
                fail(.norm, RuleTexts.onWorker(load.id, RuleTexts.overChildren(load.children, norm: load.maxChildren)))
            }
        }
        return found
    }
}
