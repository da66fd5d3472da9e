/// Reduced-cost fixing from the Lagrangian bound: which agents can still hold a job in a
/// solution cheaper than a known one.
///
/// At multipliers `u`, the relaxation solves one knapsack per agent. Forcing job `j` onto agent
/// `i` changes only agent `i`'s knapsack, whose best value with `j` inside is at most
/// `p[i][j] + best_i(capacity - r[i][j])` (`p = u - c`, and `best_i(w)` the best value within `w`
/// over all items, `j` included, so an over-estimate). So `L(u) + penalty[i][j]` with
/// `penalty = K_i - p[i][j] - best_i(capacity - r[i][j])` is a lower bound on every solution
/// that puts `j` on `i`. When it reaches the incumbent's cost, `i` cannot take part in a better
/// solution and leaves `j`'s candidates: on types C and E the bound is so close that most jobs
/// keep one or two agents, and the search spends its moves where an improvement can be.
public struct GAPFixing: Sendable {
    /// `L(u)` with every knapsack solved exactly, minimising terms.
    public var value: Double
    /// Per agent-major pair `i * n + j`: how much putting `j` on `i` raises the bound at least
    /// (0 for pairs the relaxation already makes; infinity where `j` cannot fit on `i`).
    public var penalty: [Double]
    /// The multipliers `u` the penalties are priced at.
    var multipliers: [Double] = []
    /// Per agent, its knapsack table: `tables[offsets[i] + w]` is the largest total of positive
    /// reduced profits `u[j] - c[i][j]` within weight `w`, over every job (`GAPTreeSearch`
    /// bounds a partial solution with it).
    var tables: [Double] = []
    /// Where each agent's table starts in `tables`.
    var offsets: [Int] = []

    /// The most knapsack table cells (jobs times capacity, summed over agents) solved by default.
    /// High enough for the largest type D instances, whose tables still take only a fraction of
    /// a second: without fixing they would also go without repairs, and end worse.
    public static let defaultMaxCells = 120_000_000

    /// The penalties at multipliers `u` (minimising terms), or `nil` when a knapsack table
    /// would pass `maxCells` cells: then the exact `L(u)` they rest on is too dear.
    public static func at(_ instance: GAPInstance, multipliers u: [Double], maxCells: Int = GAPFixing.defaultMaxCells) -> GAPFixing? {
        let m = instance.agents, n = instance.jobs
        guard u.count == n, fits(instance, maxCells: maxCells) else { return nil }
        let cost = instance.minimisingCost, resource = instance.resource, capacity = instance.capacity
        var penalty = [Double](repeating: .infinity, count: m * n)
        var value = u.reduce(0, +)
        var best: [Double] = []
        var tables: [Double] = [], offsets: [Int] = []
        tables.reserveCapacity(capacity.reduce(0) { $0 + $1 + 1 })
        for i in 0..<m {
            let cap = capacity[i]
            // best[w]: the largest total of positive reduced profits within weight w.
            best.removeAll(keepingCapacity: true)
            best.append(contentsOf: repeatElement(0, count: cap + 1))
            for j in 0..<n {
                let p = u[j] - Double(cost[i * n + j]), w = resource[i * n + j]
                if p <= 0 || w > cap { continue }
                var c = cap
                while c >= w {
                    let candidate = best[c - w] + p
                    if candidate > best[c] { best[c] = candidate }
                    c -= 1
                }
            }
            let top = best[cap]
            value -= top
            for j in 0..<n {
                let w = resource[i * n + j]
                if w > cap { continue }
                let p = u[j] - Double(cost[i * n + j])
                penalty[i * n + j] = max(0, top - p - best[cap - w])
            }
            offsets.append(tables.count)
            tables.append(contentsOf: best)
        }
        return GAPFixing(value: value, penalty: penalty, multipliers: u, tables: tables, offsets: offsets)
    }

    /// Whether `at` would solve every knapsack of `instance` within `maxCells` table cells.
    public static func fits(_ instance: GAPInstance, maxCells: Int = GAPFixing.defaultMaxCells) -> Bool {
        instance.capacity.reduce(0) { $0 + instance.jobs * ($1 + 1) } <= maxCells
    }

    /// Whether agent `i` may hold job `j` in a solution costing at most `upperBound`
    /// (minimising terms); a small tolerance keeps pairs that only rounding would cut.
    public func allows(_ i: Int, _ j: Int, jobs n: Int, upperBound: Int) -> Bool {
        let limit = Double(upperBound) + 1e-6 * max(1, abs(Double(upperBound)))
        return value + penalty[i * n + j] <= limit
    }
}
