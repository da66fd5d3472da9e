extension PlanChecker {
    /// Stand-ins (SPEC §3): each colleague standing in is registered, not the absent one, of
    /// their organisation or one sharing a network with it, and may do the work (lead the
    /// family: casework, mandate, skills, municipality; partner it: casework, municipality); per
    /// family and absent worker, stand-in and uncovered hours add up to the absent share of
    /// that worker's hours on the family. Moves the stand-in hours in `planned` from the absent
    /// to the stand-ins, and the uncovered ones out, for H3.
    func checkStandIns(
        of plan: Plan, in scenario: Scenario, planned: inout [String: Double], fail: (HardRule, Text) -> Void
    ) {
        let monday = scenario.week.monday
        let staff = Dictionary(scenario.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let cases = Dictionary(scenario.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let served = Dictionary(plan.assignments.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        var covered: [String: Double] = [:]
        func key(_ c: String, _ w: String) -> String { c + "\u{1}" + w }
        for s in plan.standIns {
            planned[s.absent, default: 0] -= s.hours
            planned[s.standIn, default: 0] += s.hours
            covered[key(s.caseID, s.absent), default: 0] += s.hours
            guard let a = served[s.caseID], let c = cases[s.caseID], let absent = staff[s.absent], let colleague = staff[s.standIn]
            else {
                fail(.whole, RuleTexts.standInNotInPlan(s.caseID, absent: s.absent, standIn: s.standIn))
                continue
            }
            let isLead = a.lead == absent.id
            guard isLead || a.partner == absent.id else {
                fail(.whole, RuleTexts.onCase(c.id, RuleTexts.standInForNonHolder(absent.id, colleague.id)))
                continue
            }
            if colleague.id == absent.id || !colleague.isRegistered(on: monday) || !colleague.tasks.contains(TaskKind.casework) {
                fail(.registration, RuleTexts.onCase(c.id, RuleTexts.standInNotRegistered(colleague.id)))
            }
            if !colleague.serves(c.municipality) {
                fail(.municipality, RuleTexts.onCase(c.id, RuleTexts.standInNotServing(colleague.id, c.municipality)))
            }
            if !scenario.mayShare(lead: absent.organisation, with: colleague.organisation) {
                fail(
                    .network,
                    RuleTexts.onCase(
                        c.id, RuleTexts.standInOutsideNetwork(colleague.id, colleague.organisation, family: absent.organisation)))
            }
            if isLead && !scenario.mandates(of: colleague).contains(c.framework) {
                fail(.mandate, RuleTexts.onCase(c.id, RuleTexts.standInNoMandate(colleague.id, c.framework)))
            }
            if isLead && !c.skills.allSatisfy(colleague.skills.contains) {
                fail(.skills, RuleTexts.onCase(c.id, RuleTexts.standInLacksSkill(colleague.id)))
            }
        }
        for u in plan.uncovered {
            planned[u.worker, default: 0] -= u.hours
            covered[key(u.caseID, u.worker), default: 0] += u.hours
        }
        // Every absent lead or partner's share, stood in for or listed as uncovered.
        for a in plan.assignments {
            for id in [a.lead, a.partner].compactMap({ $0 }) {
                guard let worker = staff[id], worker.tasks.contains(TaskKind.casework) else { continue }
                let capacity = scenario.capacity(of: worker)
                let share = capacity.registered ? capacity.absentShare : 0
                let hours = a.tasks.filter { $0.worker == id }.reduce(0) { $0 + $1.hours }
                let listed = covered[key(a.caseID, id)] ?? 0
                if abs(listed - share * hours) > 0.01 {
                    let absent = RuleTexts.absentShareUnlisted(
                        id, percent: Int((share * 100).rounded()), listed: listed, of: share * hours)
                    fail(.hours, RuleTexts.onCase(a.caseID, absent))
                }
            }
        }
    }
}
