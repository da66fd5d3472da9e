/// A lower bound on the minimum cost of a GAP (an upper bound on the maximum profit), from the
/// Lagrangian relaxation of the assignment constraints (Ross & Soland 1975, Fisher 1986).
///
/// With a multiplier `u[j]` per job, dropping "each job exactly once" leaves one 0-1 knapsack
/// per agent over the reduced costs `c[i][j] - u[j]`; for every `u`,
/// `L(u) = Σ u[j] + Σ_i min knapsack_i(u)` is at most the optimum (weak duality), as long as
/// each knapsack is solved exactly or relaxed further. Subgradient steps raise `L(u)`. Keeping
/// the capacities makes this bound much stronger than relaxing them, which gives only
/// `Σ_j min_i c[i][j]`.
public struct GAPBound: Sendable {
    /// The bound in the instance's sense: at most the minimum cost, or at least the maximum profit.
    public var value: Int
    /// The bound in minimising terms (the negated `value` for `max`).
    public var minimising: Int
    /// Subgradient iterations made.
    public var iterations: Int
    /// The job multipliers `u` of the best `L(u)` found (minimising terms); empty for the
    /// capacity relaxation. A later call can start from them, and `GAPFixing` prices with them.
    public var multipliers: [Double] = []

    /// The bound that relaxes the capacities: each job on its cheapest agent that can hold it.
    public static func capacityRelaxation(_ instance: GAPInstance) -> GAPBound {
        let cost = instance.minimisingCost, n = instance.jobs
        var total = 0
        for j in 0..<n {
            var best = Int.max
            for i in 0..<instance.agents where instance.resource[i * n + j] <= instance.capacity[i] {
                best = min(best, cost[i * n + j])
            }
            // A job no agent can hold makes the problem infeasible: any bound is valid, keep it finite.
            total += best == Int.max ? (0..<instance.agents).map { cost[$0 * n + j] }.min()! : best
        }
        return GAPBound(value: instance.sense == .min ? total : -total, minimising: total, iterations: 0)
    }

    /// The Lagrangian bound after at most `iterations` subgradient steps, stopping early once it
    /// meets `upperBound` (a known solution's cost, in minimising terms), which also sets the
    /// step sizes (Polyak). Knapsacks whose table would pass `exactCells` cells are relaxed to
    /// their LP, a weaker but still valid bound. `outOfTime` is asked after every iteration.
    public static func lagrangian(
        _ instance: GAPInstance, upperBound: Int?, iterations: Int = 300, exactCells: Int = 20_000_000,
        start startMultipliers: [Double]? = nil, outOfTime: () -> Bool = { false }
    ) -> GAPBound {
        let m = instance.agents, n = instance.jobs
        let cost = instance.minimisingCost, resource = instance.resource, capacity = instance.capacity
        let start = capacityRelaxation(instance)
        var bestL = Double(start.minimising)
        var u: [Double]
        if let startMultipliers, startMultipliers.count == n {
            u = startMultipliers
        } else {
            u = jobMultipliers(instance, prices: capacityPrices(instance, upperBound: upperBound, iterations: priceIterations))
        }
        var bestU = u
        var count = [Double](repeating: 0, count: n)
        var theta = 1.0, stale = 0, made = 0
        var knapsack = Knapsack()
        knapsack.exactLimit = exactCells
        var items: [(job: Int, value: Double, weight: Int)] = []
        for _ in 0..<iterations {
            made += 1
            var l = 0.0
            for j in 0..<n { l += u[j] }
            for j in 0..<n { count[j] = 0 }
            for i in 0..<m {
                items.removeAll(keepingCapacity: true)
                for j in 0..<n {
                    let p = Double(cost[i * n + j]) - u[j]
                    let w = resource[i * n + j]
                    if p < 0, w <= capacity[i] { items.append((j, -p, w)) }
                }
                l -= knapsack.solve(items, capacity: capacity[i]) { j, x in count[j] += x }
            }
            if l > bestL + 1e-9 {
                bestL = l
                bestU = u
                stale = 0
            } else {
                stale += 1
                if stale >= 10 {
                    theta /= 2
                    stale = 0
                }
            }
            if let upperBound, Self.rounded(bestL) >= upperBound { break }
            if outOfTime() { break }
            var norm = 0.0
            for j in 0..<n { norm += (1 - count[j]) * (1 - count[j]) }
            // A zero subgradient means the knapsacks chose every job once: L(u) is optimal.
            if norm < 1e-12 || theta < 1e-4 { break }
            let target = upperBound.map(Double.init) ?? (bestL + max(1, abs(bestL) * 0.02))
            let step = theta * max(target - l, 1e-3 * max(1, abs(l))) / norm
            for j in 0..<n { u[j] += step * (1 - count[j]) }
        }
        let bound = max(start.minimising, Self.rounded(bestL))
        return GAPBound(
            value: instance.sense == .min ? bound : -bound, minimising: bound, iterations: made, multipliers: bestU)
    }

    /// The job multipliers that capacity prices `λ` imply: `u[j] = min_i c[i][j] + λ[i] r[i][j]`
    /// over the agents that can hold `j` (0 where none can).
    ///
    /// `L(u)` is then at least the capacity relaxation at `λ` (each agent's knapsack has no item
    /// of positive profit beyond what `λ` charges for its room), and at the best prices that is
    /// the LP bound. Starting the subgradient there instead of at each job's cheapest cost
    /// (`λ = 0`) matters most on tight instances: there one step at the prices already lands
    /// closer to the optimum than a long climb from the cheapest costs, and later steps start
    /// from that height.
    public static func jobMultipliers(_ instance: GAPInstance, prices: [Double]) -> [Double] {
        let m = instance.agents, n = instance.jobs
        let cost = instance.minimisingCost, resource = instance.resource, capacity = instance.capacity
        var u = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var best = Double.infinity
            for i in 0..<m where resource[i * n + j] <= capacity[i] {
                best = min(best, Double(cost[i * n + j]) + prices[i] * Double(resource[i * n + j]))
            }
            u[j] = best.isFinite ? best : 0
        }
        return u
    }

    /// Subgradient steps on the capacity prices behind the Lagrangian's default start: they stop
    /// earlier once their step has shrunk, and are cheap (one pass over the pairs each).
    public static let priceIterations = 1000

    /// The smallest integer an integer optimum at least `l` can be, allowing for rounding error.
    static func rounded(_ l: Double) -> Int {
        let r = l - 1e-6 * max(1, abs(l))
        return Int((r).rounded(.up))
    }
}

/// An exact 0-1 knapsack by dynamic programming over capacity, or its LP relaxation (Dantzig)
/// when the table would be too large; both keep the Lagrangian bound valid.
struct Knapsack {
    /// The largest DP table (items x capacity) solved exactly; the LP relaxation beyond it.
    var exactLimit = 20_000_000
    private var best: [Double] = []
    private var keep: [Bool] = []

    /// Maximises the total value within `capacity`; reports the share of each chosen job
    /// (1, or a fraction for the relaxation) and returns the total value.
    mutating func solve(
        _ items: [(job: Int, value: Double, weight: Int)], capacity: Int, chosen: (Int, Double) -> Void
    ) -> Double {
        if items.isEmpty { return 0 }
        var weight = 0, value = 0.0
        for item in items {
            weight += item.weight
            value += item.value
        }
        if weight <= capacity {
            for item in items { chosen(item.job, 1) }
            return value
        }
        let width = capacity + 1
        if items.count * width > exactLimit { return relaxed(items, capacity: capacity, chosen: chosen) }
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(0, count: width))
        keep.removeAll(keepingCapacity: true)
        keep.append(contentsOf: repeatElement(false, count: items.count * width))
        for (t, item) in items.enumerated() where item.weight <= capacity {
            let w = item.weight, v = item.value, row = t * width
            var c = capacity
            while c >= w {
                let candidate = best[c - w] + v
                if candidate > best[c] {
                    best[c] = candidate
                    keep[row + c] = true
                }
                c -= 1
            }
        }
        var c = capacity
        for t in stride(from: items.count - 1, through: 0, by: -1) where keep[t * width + c] {
            chosen(items[t].job, 1)
            c -= items[t].weight
        }
        return best[capacity]
    }

    private func relaxed(
        _ items: [(job: Int, value: Double, weight: Int)], capacity: Int, chosen: (Int, Double) -> Void
    ) -> Double {
        let order = items.indices.sorted {
            items[$0].value * Double(items[$1].weight) > items[$1].value * Double(items[$0].weight)
        }
        var room = Double(capacity), total = 0.0
        for t in order where room > 0 {
            let w = Double(items[t].weight)
            let share = w == 0 ? 1 : min(1, room / w)
            chosen(items[t].job, share)
            total += items[t].value * share
            room -= w * share
        }
        return total
    }
}

extension GAPBound {
    /// Prices per unit of each agent's capacity from the Lagrangian relaxation of the capacity
    /// constraints: with price `λ[i]`, each job goes to the agent minimising `c[i][j] + λ[i] r[i][j]`,
    /// and subgradient steps raise the prices of overloaded agents until the loads roughly fit.
    /// The search ranks candidate agents, builds its first solution and sets its first overload
    /// weights with them: a job's good agents are those cheap at these prices, not the cheapest.
    /// `upperBound` (a known solution's cost, minimising terms) sets the step sizes.
    public static func capacityPrices(_ instance: GAPInstance, upperBound: Int?, iterations: Int = 200) -> [Double] {
        let m = instance.agents, n = instance.jobs
        let cost = instance.minimisingCost, resource = instance.resource, capacity = instance.capacity
        var price = [Double](repeating: 0, count: m), best = price
        var bestL = -Double.infinity, theta = 1.0, stale = 0
        var load = [Double](repeating: 0, count: m)
        for _ in 0..<iterations {
            for i in 0..<m { load[i] = 0 }
            var l = 0.0
            for j in 0..<n {
                var chosen = -1, value = Double.infinity
                for i in 0..<m where resource[i * n + j] <= capacity[i] {
                    let v = Double(cost[i * n + j]) + price[i] * Double(resource[i * n + j])
                    if v < value {
                        value = v
                        chosen = i
                    }
                }
                if chosen < 0 { continue }
                l += value
                load[chosen] += Double(resource[chosen * n + j])
            }
            var norm = 0.0
            for i in 0..<m {
                l -= price[i] * Double(capacity[i])
                let g = load[i] - Double(capacity[i])
                // A price at zero with room left cannot fall further: that direction is closed.
                if price[i] > 0 || g > 0 { norm += g * g }
            }
            if l > bestL + 1e-9 {
                bestL = l
                best = price
                stale = 0
            } else {
                stale += 1
                if stale >= 5 {
                    theta /= 2
                    stale = 0
                }
            }
            if norm < 1e-12 || theta < 1e-3 { break }
            let target = upperBound.map(Double.init) ?? (bestL + max(1, abs(bestL) * 0.02))
            let step = theta * max(target - l, 1e-3 * max(1, abs(l))) / norm
            for i in 0..<m { price[i] = max(0, price[i] + step * (load[i] - Double(capacity[i]))) }
        }
        return best
    }
}
