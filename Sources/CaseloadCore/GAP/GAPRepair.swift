/// Large-neighbourhood repair: the jobs of a few agents are taken out and put back by the exact
/// tree search over just those agents, so that a solution the walks cannot leave by single
/// moves may yet improve when several agents' jobs are reshuffled at once.
enum GAPRepair {
    /// The best re-split of the jobs of `agents` among them, if cheaper than `assignment`'s;
    /// `outOfTime` bounds the work.
    static func repair(
        _ instance: GAPInstance, assignment: [Int], agents: [Int], outOfTime: @escaping () -> Bool
    ) -> [Int]? {
        let n = instance.jobs, cost = instance.minimisingCost
        let jobs = (0..<n).filter { agents.contains(assignment[$0]) }
        guard agents.count >= 2, jobs.count >= 2 else { return nil }
        let k = agents.count, size = jobs.count
        var subCost = [Int](repeating: 0, count: k * size), subResource = subCost
        for (a, i) in agents.enumerated() {
            for (t, j) in jobs.enumerated() {
                subCost[a * size + t] = cost[i * n + j]
                subResource[a * size + t] = instance.resource[i * n + j]
            }
        }
        let sub = GAPInstance(
            agents: k, jobs: size, cost: subCost, resource: subResource, capacity: agents.map { instance.capacity[$0] })
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
