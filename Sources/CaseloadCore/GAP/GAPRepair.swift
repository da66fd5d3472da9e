/// Large-neighbourhood repair: a few jobs are taken out and put back by the exact tree search in
/// the room the others leave, so that a solution the walks cannot leave by single moves may yet
/// improve when several jobs are reshuffled at once.
///
/// Which jobs: those the Lagrangian relaxation disputes (`Disputes`) around a few random agents,
/// as relaxation-induced neighbourhoods in MIP solvers (RINS) free the variables where the
/// incumbent and the relaxation disagree. Where the bound is tight (types C, D, E) most jobs sit
/// where the relaxation wants them, and the cost above the bound is in the few that do not.
enum GAPRepair {
    /// The jobs the relaxation at some multipliers disputes in a solution: those whose agent has
    /// a positive fixing penalty there, and those the relaxation does not settle on exactly one
    /// agent (on none, or on several).
    struct Disputes {
        /// The instance's job count.
        let jobs: Int
        /// Per job, the agents with no fixing penalty: where the relaxation would put it.
        let preferred: [[Int]]
        /// Per agent-major pair, whether the pair has a positive penalty.
        let penalised: [Bool]

        /// The disputes at `fixing`'s multipliers.
        init(_ instance: GAPInstance, fixing: GAPFixing) {
            let n = instance.jobs, m = instance.agents
            jobs = n
            // A small tolerance: penalties are sums of doubles.
            let penalised = fixing.penalty.map { $0 > 1e-9 }
            self.penalised = penalised
            preferred = (0..<n).map { j in (0..<m).filter { !penalised[$0 * n + j] } }
        }

        /// Whether `assignment` puts job `j` where the relaxation disputes it.
        func disputed(_ j: Int, in assignment: [Int]) -> Bool {
            penalised[assignment[j] * jobs + j] || preferred[j].count != 1
        }

        /// At most `limit` jobs to repair around `agents`, in ascending order: the disputed jobs
        /// those agents hold or that the relaxation would give them, and `extra` random jobs of
        /// theirs, so that repeated tries around the same agents differ.
        func jobs(
            around agents: [Int], in assignment: [Int], limit: Int, extra: Int, using generator: inout SplitMix64
        ) -> [Int] {
            var chosen = [Bool](repeating: false, count: assignment.count)
            for i in agents { chosen[i] = true }
            var held: [Int] = []
            var picked: [Int] = []
            for j in 0..<jobs {
                let here = chosen[assignment[j]]
                if here { held.append(j) }
                if disputed(j, in: assignment) && (here || preferred[j].contains { chosen[$0] }) { picked.append(j) }
            }
            for _ in 0..<extra where !held.isEmpty { picked.append(held[generator.index(held.count)]) }
            picked = Array(Set(picked)).sorted()
            // A uniform subset of `limit`, drawn from the sorted list so that the seed decides it.
            while picked.count > limit { picked.remove(at: generator.index(picked.count)) }
            return picked
        }
    }

    /// The best re-split of the jobs of `agents` among them, if cheaper than `assignment`'s;
    /// `outOfTime` bounds the work.
    static func repair(
        _ instance: GAPInstance, assignment: [Int], agents: [Int], outOfTime: @escaping () -> Bool
    ) -> [Int]? {
        let jobs = (0..<instance.jobs).filter { agents.contains(assignment[$0]) }
        return repair(instance, assignment: assignment, agents: agents, jobs: jobs, outOfTime: outOfTime)
    }

    /// The best re-split of `jobs`, all held by `agents`, among those agents in the room their
    /// other jobs leave, if cheaper than `assignment`'s.
    static func repair(
        _ instance: GAPInstance, assignment: [Int], agents: [Int], jobs: [Int], outOfTime: @escaping () -> Bool
    ) -> [Int]? {
        let n = instance.jobs, cost = instance.minimisingCost
        guard agents.count >= 2, jobs.count >= 2 else { return nil }
        var capacity = agents.map { instance.capacity[$0] }
        // Each agent's place in `agents` (-1: not one of them), read once per kept job.
        var slot = [Int](repeating: -1, count: instance.agents)
        for (a, i) in agents.enumerated() { slot[i] = a }
        var freed = [Bool](repeating: false, count: n)
        for j in jobs { freed[j] = true }
        for j in 0..<n where !freed[j] && slot[assignment[j]] >= 0 {
            capacity[slot[assignment[j]]] -= instance.resource[assignment[j] * n + j]
        }
        guard capacity.allSatisfy({ $0 >= 0 }) else { return nil }
        let k = agents.count, size = jobs.count
        var subCost = [Int](repeating: 0, count: k * size), subResource = subCost
        for (a, i) in agents.enumerated() {
            for (t, j) in jobs.enumerated() {
                subCost[a * size + t] = cost[i * n + j]
                subResource[a * size + t] = instance.resource[i * n + j]
            }
        }
        let sub = GAPInstance(agents: k, jobs: size, cost: subCost, resource: subResource, capacity: capacity)
        let current = jobs.reduce(0) { $0 + cost[assignment[$1] * n + $1] }
        let bound = GAPBound.lagrangian(sub, upperBound: current, iterations: 200, outOfTime: outOfTime)
        guard bound.minimising < current, let fixing = GAPFixing.at(sub, multipliers: bound.multipliers) else {
            return nil
        }
        let lower = max(bound.minimising, GAPBound.rounded(fixing.value))
        let descent = GAPTreeSearch.descend(sub, fixing: fixing, lower: lower, incumbent: current, outOfTime: outOfTime)
        guard let found = descent.best, found.cost < current else { return nil }
        var result = assignment
        for (t, j) in jobs.enumerated() { result[j] = agents[found.assignment[t]] }
        return result
    }
}
