/// Exact re-optimisation of two agents at a time: the jobs two agents hold are shared out
/// between them again at the least cost that fits both capacities.
///
/// Shifts, swaps and two-step chains change at most two jobs of a pair; the best split of a
/// pair's dozens of jobs often needs several at once, which the local search reaches only by luck.
/// The split is a two-constraint knapsack, solved by dynamic programming over the jobs with
/// states (load on the first agent, load on the second, cost), keeping only states no other
/// state beats on all three and that can still end below the incumbent split's cost.
public enum GAPPairPolish {
    /// The cheapest split of `jobs` between agents `a` and `b` within their capacities, as one
    /// agent per job, when it costs less than `below`; `nil` when none does or when the states
    /// pass `maxStates` in a layer. `allowed(i, j)` closes pairs (fixing) to both agents alike.
    public static func split(
        _ instance: GAPInstance, jobs: [Int], agents a: Int, _ b: Int, below: Int, maxStates: Int = 200_000,
        allowed: (Int, Int) -> Bool = { _, _ in true }
    ) -> [Int]? {
        split(instance, cost: instance.minimisingCost, jobs: jobs, agents: a, b, below: below, maxStates: maxStates, allowed: allowed)
    }

    /// `split` with the minimising costs given, so that a polish computes them once.
    static func split(
        _ instance: GAPInstance, cost: [Int], jobs: [Int], agents a: Int, _ b: Int, below: Int, maxStates: Int,
        allowed: (Int, Int) -> Bool
    ) -> [Int]? {
        let n = instance.jobs
        let resource = instance.resource
        let capA = instance.capacity[a], capB = instance.capacity[b]
        // Big jobs first: they split the loads early, so more states fail the capacities soon.
        let order = jobs.sorted {
            (resource[a * n + $0] + resource[b * n + $0], $1) > (resource[a * n + $1] + resource[b * n + $1], $0)
        }
        let k = order.count
        var canA = [Bool](repeating: false, count: k), canB = canA
        for (t, j) in order.enumerated() {
            canA[t] = resource[a * n + j] <= capA && allowed(a, j)
            canB[t] = resource[b * n + j] <= capB && allowed(b, j)
            if !canA[t] && !canB[t] { return nil }
        }
        // The least cost the jobs from t on can add, capacities aside: prunes hopeless states.
        var rest = [Int](repeating: 0, count: k + 1)
        for t in stride(from: k - 1, through: 0, by: -1) {
            let ca = canA[t] ? cost[a * n + order[t]] : Int.max, cb = canB[t] ? cost[b * n + order[t]] : Int.max
            rest[t] = rest[t + 1] + min(ca, cb)
        }
        if rest[0] >= below { return nil }
        // States of all layers, each with its parent and whether its last job went to `a`.
        var loadA: [Int32] = [0], loadB: [Int32] = [0], total: [Int] = [0], parent: [Int32] = [-1], toA: [Bool] = [false]
        var layer = 0..<1
        var fresh: [Int] = []
        // minB[x]: the least load on b among kept states of this layer with load on a at most x
        // (a Fenwick tree of prefix minima over the load on a).
        var minB = [Int32](repeating: .max, count: capA + 2)
        for t in 0..<k {
            let j = order[t]
            let ra = Int32(resource[a * n + j]), rb = Int32(resource[b * n + j])
            let ca = cost[a * n + j], cb = cost[b * n + j]
            let start = loadA.count
            for s in layer {
                if canA[t], loadA[s] + ra <= capA, total[s] + ca + rest[t + 1] < below {
                    loadA.append(loadA[s] + ra)
                    loadB.append(loadB[s])
                    total.append(total[s] + ca)
                    parent.append(Int32(s))
                    toA.append(true)
                }
                if canB[t], loadB[s] + rb <= capB, total[s] + cb + rest[t + 1] < below {
                    loadA.append(loadA[s])
                    loadB.append(loadB[s] + rb)
                    total.append(total[s] + cb)
                    parent.append(Int32(s))
                    toA.append(false)
                }
            }
            // Keep the states that no cheaper-or-equal state beats on both loads.
            fresh.removeAll(keepingCapacity: true)
            fresh.append(contentsOf: start..<loadA.count)
            fresh.sort { (total[$0], loadA[$0], loadB[$0], $0) < (total[$1], loadA[$1], loadB[$1], $1) }
            for x in minB.indices { minB[x] = .max }
            var kept: [Int] = []
            for s in fresh {
                var x = Int(loadA[s]) + 1, least = Int32.max
                while x > 0 {
                    least = min(least, minB[x])
                    x -= x & -x
                }
                if least <= loadB[s] { continue }
                kept.append(s)
                x = Int(loadA[s]) + 1
                while x < minB.count {
                    minB[x] = min(minB[x], loadB[s])
                    x += x & -x
                }
            }
            if kept.isEmpty || kept.count > maxStates {
                return nil
            }
            // Compact: the kept states become the next layer, in order of cost.
            let base = loadA.count
            for s in kept {
                loadA.append(loadA[s])
                loadB.append(loadB[s])
                total.append(total[s])
                parent.append(parent[s])
                toA.append(toA[s])
            }
            layer = base..<loadA.count
        }
        // The layer is in order of cost: its first state is the cheapest split.
        guard let cheapest = layer.first, total[cheapest] < below else { return nil }
        var agentOf = [Int](repeating: 0, count: k)
        var s = cheapest
        for t in stride(from: k - 1, through: 0, by: -1) {
            agentOf[t] = toA[s] ? a : b
            s = Int(parent[s])
        }
        var result = [Int](repeating: 0, count: k)
        for (t, j) in order.enumerated() { result[jobs.firstIndex(of: j)!] = agentOf[t] }
        return result
    }

    /// Splits every pair of agents anew, in turn, while a split improves `assignment` (which
    /// must be feasible) and `outOfTime` stays false; returns the improved assignment.
    public static func polish(
        _ instance: GAPInstance, assignment: [Int], maxStates: Int = 20_000,
        allowed: (Int, Int) -> Bool = { _, _ in true }, outOfTime: () -> Bool = { false }
    ) -> [Int] {
        let m = instance.agents, n = instance.jobs
        let cost = instance.minimisingCost
        var agentOf = assignment
        var improved = true
        while improved {
            improved = false
            for a in 0..<m {
                for b in (a + 1)..<m {
                    if outOfTime() { return agentOf }
                    let jobs = (0..<n).filter { agentOf[$0] == a || agentOf[$0] == b }
                    if jobs.isEmpty { continue }
                    let current = jobs.reduce(0) { $0 + cost[agentOf[$1] * n + $1] }
                    // The pair's own current split is always allowed, whatever the fixing says.
                    guard
                        let split = split(
                            instance, cost: cost, jobs: jobs, agents: a, b, below: current, maxStates: maxStates,
                            allowed: { i, j in agentOf[j] == i || allowed(i, j) })
                    else { continue }
                    for (t, j) in jobs.enumerated() { agentOf[j] = split[t] }
                    improved = true
                }
            }
        }
        return agentOf
    }
}
