extension Scenario {
    /// This scenario with the people of `plan` as every family's current people: how last
    /// week's plan becomes this week's starting point (a warm start), so that S2 counts the
    /// changes against what the families actually had.
    ///
    /// Locked cases keep the people given in the scenario; a family that waited in `plan`
    /// keeps what the scenario says.
    public func continuing(from plan: Plan) -> Scenario {
        var result = self
        var index: [String: Int] = [:]
        for (i, c) in cases.enumerated() { index[c.id] = i }
        let registeredKinds = Set(allTaskKinds.filter(\.registered).map(\.id))
        for assignment in plan.assignments {
            guard let i = index[assignment.caseID], !result.cases[i].lock else { continue }
            result.cases[i].lead = assignment.lead
            result.cases[i].partner = assignment.partner
            var supporters: [String: String] = [:]
            for task in assignment.tasks where !registeredKinds.contains(task.kind) {
                if task.worker != assignment.lead && task.worker != assignment.partner { supporters[task.kind] = task.worker }
            }
            result.cases[i].supporters = supporters
        }
        return result
    }
}

extension PlanningProblem {
    /// The choices of `plan` in this problem's indices, for a warm start; a family whose people
    /// are unknown here, or who waited, has none.
    public func choices(from plan: Plan) -> [CaseChoice?] {
        var result = [CaseChoice?](repeating: nil, count: cases.count)
        var index: [String: Int] = [:]
        for (c, info) in cases.enumerated() { index[info.id] = c }
        for assignment in plan.assignments {
            guard let c = index[assignment.caseID], let lead = workerIndex[assignment.lead] else { continue }
            let partner = assignment.partner.flatMap { workerIndex[$0] }
            if cases[c].duo != (partner != nil) { continue }
            var delegates: [Int] = []
            for task in cases[c].delegableTasks {
                let kind = kinds[task.kind].id
                // The plan lists each worker's share of a kind; a delegable task has one worker.
                guard let worker = assignment.tasks.first(where: { $0.kind == kind }).flatMap({ workerIndex[$0.worker] }) else {
                    break
                }
                delegates.append(worker)
            }
            guard delegates.count == cases[c].delegableTasks.count else { continue }
            result[c] = CaseChoice(lead: lead, partner: partner, delegates: delegates)
        }
        return result
    }
}
