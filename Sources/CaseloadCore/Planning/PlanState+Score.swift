extension PlanState {
    /// The score (docs/rules.md) under `weights`, computed from scratch.
    public func score(weights: Settings.Weights) -> Score {
        let cases = problem.cases
        let workers = problem.workers
        var score = Score()
        var undelegatedUnits = 0
        for (c, info) in cases.enumerated() {
            guard let choice = choices[c] else {
                score.waiting += 1
                score.waitingPenalty += info.waitingFactor
                continue
            }
            if let current = info.currentLead, current != choice.lead { score.leadHandovers += 1 }
            if info.duo, let current = info.currentPartner, current != choice.partner { score.partnerHandovers += 1 }
            for (d, w) in choice.delegates.enumerated() where workers[w].registered {
                let task = info.delegableTasks[d]
                if problem.isSupported(kind: task.kind, lead: choice.lead) { undelegatedUnits += task.units }
            }
        }
        score.undelegatedHours = PlanningProblem.hours(undelegatedUnits)
        score.balance = balance()
        score.soft = Score.soft(
            waitingPenalty: score.waitingPenalty, handovers: score.handoverCount, undelegatedHours: score.undelegatedHours,
            balance: score.balance, weights: weights)
        return score
    }

    /// S4: within the registered pool and the supporter pool separately, the FTE-weighted sum
    /// of squared deviations of each worker's utilisation from the pool's FTE-weighted mean, so
    /// that a full-timer out of step weighs twice a half-timer.
    func balance() -> Double {
        var total = 0.0
        for registeredPool in [true, false] {
            var members: [(fte: Double, utilisation: Double)] = []
            for (w, worker) in problem.workers.enumerated()
            where worker.registered == registeredPool && worker.capacity.availableHours > 0 && worker.fte > 0 {
                members.append((worker.fte, PlanningProblem.hours(load[w]) / worker.capacity.availableHours))
            }
            let weight = members.reduce(0) { $0 + $1.fte }
            guard weight > 0 else { continue }
            let mean = members.reduce(0) { $0 + $1.fte * $1.utilisation } / weight
            total += members.reduce(0) { $0 + $1.fte * ($1.utilisation - mean) * ($1.utilisation - mean) }
        }
        return total
    }
}
