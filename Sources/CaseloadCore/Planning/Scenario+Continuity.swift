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
