extension PlanState {
    /// The plan as users read it: assignments with hours, the ranked waiting list, every
    /// worker's week and, with `continuity`, every handover with its reason.
    public func plan(
        waiting reasons: [Int: (reason: WaitingReason, detail: WaitingDetail)], locks: [LockNote], solver: SolverInfo,
        continuity: Continuity? = nil, proposals: [Proposal] = []
    ) -> Plan {
        let workers = problem.workers
        var assignments: [CaseAssignment] = []
        var waiting: [WaitingCase] = []
        let diagnosis = WaitingDiagnosis(problem: problem, state: self, continuity: continuity)
        for c in problem.constructionOrder {
            let info = problem.cases[c]
            guard let choice = choices[c] else {
                let (reason, detail) = reasons[c] ?? diagnosis.diagnose(c)
                waiting.append(
                    WaitingCase(
                        caseID: info.id, priority: info.priority, weeksWaiting: info.weeksWaiting, reason: reason,
                        detail: detail))
                continue
            }
            assignments.append(
                CaseAssignment(
                    caseID: info.id, lead: workers[choice.lead].id,
                    partner: choice.partner.map { workers[$0].id }, tasks: tasks(of: c, choice)))
        }
        // Assignments read best in the scenario's own order; the waiting list most urgent first,
        // then longest waiting (locked cases are placed first but rank by priority here too).
        let rank = Dictionary(uniqueKeysWithValues: problem.cases.map { ($0.id, ($0.priority, $0.rank)) })
        waiting.sort { rank[$0.caseID]! < rank[$1.caseID]! }
        let position = Dictionary(uniqueKeysWithValues: problem.cases.enumerated().map { ($1.id, $0) })
        assignments.sort { position[$0.caseID]! < position[$1.caseID]! }
        // A worker's week counts the hours they stand in for others, not those others stand in
        // for them.
        let standing = standIns()
        let loads = workers.enumerated().map { w, worker in
            WorkerLoad(
                id: worker.id, organisation: problem.scenario.staff[w].organisation, registered: worker.registered,
                availableHours: worker.capacity.availableHours, plannedHours: PlanningProblem.hours(load[w] + standing.change[w]),
                cases: caseCount[w], maxCases: worker.capacity.maxCases, children: childCount[w],
                maxChildren: worker.capacity.maxChildren)
        }
        return Plan(
            week: problem.scenario.week, assignments: assignments, waiting: waiting, workers: loads, locks: locks,
            score: score(weights: problem.scenario.settings.weights), solver: solver,
            handovers: continuity.map(handovers) ?? [], standIns: standing.standIns, uncovered: standing.uncovered,
            proposals: proposals)
    }

    /// Every change of lead or partner against the people of record, in the scenario's order:
    /// the forcing reason `continuity` found, else `allowed` (a voluntary change within the
    /// allowance). A partner who changes because their lead had to, and may not partner the new
    /// one, changes for the lead's reason.
    func handovers(_ continuity: Continuity) -> [Handover] {
        var result: [Handover] = []
        for (c, info) in problem.cases.enumerated() {
            guard let choice = choices[c] else { continue }
            func id(_ w: Int) -> String { problem.workers[w].id }
            if let lead = info.currentLead, lead != choice.lead {
                result.append(
                    Handover(
                        caseID: info.id, role: .lead, from: id(lead), to: id(choice.lead),
                        reason: continuity.leadForced[c] ?? .allowed))
            }
            if info.duo, let partner = info.currentPartner, let now = choice.partner, partner != now {
                let byLead = info.currentLead != choice.lead ? continuity.leadForced[c] : nil
                result.append(
                    Handover(
                        caseID: info.id, role: .partner, from: id(partner), to: id(now),
                        reason: continuity.partnerForced[c] ?? byLead ?? .allowed))
            }
        }
        return result
    }

    /// The case's tasks, one entry per kind and worker, casework first.
    func tasks(of c: Int, _ choice: CaseChoice) -> [TaskAssignment] {
        let info = problem.cases[c]
        var units: [(kind: Int, worker: Int, units: Int)] = []
        func add(_ kind: Int, _ worker: Int, _ amount: Int) {
            guard amount > 0 else { return }
            if let i = units.firstIndex(where: { $0.kind == kind && $0.worker == worker }) {
                units[i].units += amount
            } else {
                units.append((kind, worker, amount))
            }
        }
        add(problem.caseworkKind, choice.lead, info.leadCasework)
        if let partner = choice.partner { add(problem.caseworkKind, partner, info.partnerCasework) }
        for task in info.registeredTasks { add(task.kind, choice.lead, task.units) }
        for (d, w) in choice.delegates.enumerated() { add(info.delegableTasks[d].kind, w, info.delegableTasks[d].units) }
        return units.map {
            TaskAssignment(kind: problem.kinds[$0.kind].id, worker: problem.workers[$0.worker].id, hours: PlanningProblem.hours($0.units))
        }
    }
}

extension PlanState {
    /// The state of a finished `plan` (for example a saved one) in `problem`, so that it can be
    /// analysed and changed with the planner's own bookkeeping.
    ///
    /// The data may have changed since the plan was made: an assignment that names people the
    /// problem does not know, or that breaks a hard rule now, is left out and its family waits,
    /// which is what the plan would have to do with it this week.
    public init(problem: PlanningProblem, restoring plan: Plan) {
        self.init(problem: problem)
        var caseIndex: [String: Int] = [:]
        for (c, info) in problem.cases.enumerated() { caseIndex[info.id] = c }
        for assignment in plan.assignments {
            guard let c = caseIndex[assignment.caseID], choices[c] == nil,
                let lead = problem.workerIndex[assignment.lead]
            else { continue }
            let info = problem.cases[c]
            var partner: Int?
            if let id = assignment.partner {
                guard let p = problem.workerIndex[id] else { continue }
                partner = p
            }
            if !info.duo { partner = nil }
            var delegates: [Int] = []
            for task in info.delegableTasks {
                let kind = problem.kinds[task.kind].id
                // A delegable task is planned whole on one worker; without one it falls back to the lead.
                let worker = assignment.tasks.first { $0.kind == kind }.flatMap { problem.workerIndex[$0.worker] }
                delegates.append(worker ?? lead)
            }
            let choice = CaseChoice(lead: lead, partner: partner, delegates: delegates)
            if violations(of: choice, for: c).isEmpty { assign(c, choice) }
        }
    }

    /// Case indices whose lock `plan` reports as kept: the cases a change must leave alone.
    public static func keptLocks(of plan: Plan, in problem: PlanningProblem) -> Set<Int> {
        let kept = Set(plan.locks.filter(\.kept).map(\.caseID))
        return Set(problem.cases.indices.filter { kept.contains(problem.cases[$0].id) })
    }
}
