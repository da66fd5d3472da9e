extension PlanState {
    /// The plan as users read it: assignments with hours, the ranked waiting list and every
    /// worker's week.
    public func plan(
        waiting reasons: [Int: (reason: WaitingReason, detail: String)], locks: [LockNote], solver: SolverInfo
    ) -> Plan {
        let workers = problem.workers
        var assignments: [CaseAssignment] = []
        var waiting: [WaitingCase] = []
        let diagnosis = WaitingDiagnosis(problem: problem, state: self)
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
                    partner: choice.partner >= 0 ? workers[choice.partner].id : nil, tasks: tasks(of: c, choice)))
        }
        // Assignments read best in the scenario's own order; the waiting list most urgent first,
        // then longest waiting (locked cases are placed first but rank by priority here too).
        let rank = Dictionary(uniqueKeysWithValues: problem.cases.map { ($0.id, ($0.priority, $0.rank)) })
        waiting.sort { rank[$0.caseID]! < rank[$1.caseID]! }
        let position = Dictionary(uniqueKeysWithValues: problem.cases.enumerated().map { ($1.id, $0) })
        assignments.sort { position[$0.caseID]! < position[$1.caseID]! }
        let loads = workers.enumerated().map { w, worker in
            WorkerLoad(
                id: worker.id, organisation: problem.scenario.staff[w].organisation, registered: worker.registered,
                availableHours: worker.capacity.availableHours, plannedHours: PlanningProblem.hours(load[w]),
                cases: caseCount[w], maxCases: worker.capacity.maxCases, children: childCount[w],
                maxChildren: worker.capacity.maxChildren)
        }
        return Plan(
            week: problem.scenario.week, assignments: assignments, waiting: waiting, workers: loads, locks: locks,
            score: score(weights: problem.scenario.settings.weights), solver: solver)
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
        if choice.partner >= 0 { add(problem.caseworkKind, choice.partner, info.partnerCasework) }
        for task in info.registeredTasks { add(task.kind, choice.lead, task.units) }
        for (d, w) in choice.delegates.enumerated() { add(info.delegableTasks[d].kind, w, info.delegableTasks[d].units) }
        return units.map {
            TaskAssignment(kind: problem.kinds[$0.kind].id, worker: problem.workers[$0.worker].id, hours: PlanningProblem.hours($0.units))
        }
    }
}
