extension PlanState {
    /// The score of SPEC §3 under `weights`, computed from scratch.
    public func score(weights: Settings.Weights) -> Score {
        let cases = problem.cases
        let workers = problem.workers
        var score = Score()
        // The most any supporter could still take of each kind decides whether a delegable
        // hour done by a registered worker "could have" been delegated (S3).
        var supporterRoom = [Int](repeating: 0, count: problem.kinds.count)
        for (w, worker) in workers.enumerated() where !worker.registered {
            let room = worker.limit - load[w]
            for k in problem.kinds.indices where worker.does(k) { supporterRoom[k] = max(supporterRoom[k], room) }
        }
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
                if supporterRoom[task.kind] >= task.units { undelegatedUnits += task.units }
            }
        }
        score.undelegatedHours = PlanningProblem.hours(undelegatedUnits)
        score.balance = balance()
        score.soft =
            weights.waiting * score.waitingPenalty + weights.handover
            * (Double(score.leadHandovers) + Score.partnerHandoverShare * Double(score.partnerHandovers))
            + weights.undelegated * score.undelegatedHours + weights.balance * score.balance
        return score
    }

    /// S4: within the registered pool and the supporter pool separately, the sum of squared
    /// deviations of each worker's utilisation from the pool's mean.
    func balance() -> Double {
        var total = 0.0
        for registeredPool in [true, false] {
            var utilisations: [Double] = []
            for (w, worker) in problem.workers.enumerated()
            where worker.registered == registeredPool && worker.capacity.availableHours > 0 {
                utilisations.append(PlanningProblem.hours(load[w]) / worker.capacity.availableHours)
            }
            guard !utilisations.isEmpty else { continue }
            let mean = utilisations.reduce(0, +) / Double(utilisations.count)
            total += utilisations.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        return total
    }
}
