/// An exact depth-first search over the pairs the Lagrangian bound leaves open: it finds a GAP
/// solution costing at most a target (minimising terms), or proves that there is none.
///
/// Local search stalls on types C and E a few tenths of a percent above the optimum, yet there
/// the bound lies within a few units of it, so that next to nothing is open below a target near
/// the bound: an exhaustive search over what is open is then small.
///
/// Each node puts the job with the fewest agents left on one of them, the one whose bound rises
/// least first. Before it branches, every open pair is checked against the room left and two
/// lower bounds on any solution below the node, and dropped when either passes the target:
/// - the Lagrangian one at the fixing's multipliers `u`: `Σu − Σ_i (g_i + best_i(room_i))`, with
///   `g_i` the reduced profit `u[j] − c[i][j]` of the jobs put on agent `i`, and `best_i` its
///   knapsack table over the open jobs (rebuilt as jobs are placed) read at the room it has
///   left, with pair `(i, j)` priced exactly (`KnapsackPricing`): agent `i`'s knapsack with `j`
///   forced in, and every other agent's with `j` left out. The plain table read at the room
///   `j` leaves may count `j` a second time, and leaves it in the others' packings: the exact
///   price is a higher bound, which cuts branches sooner, so that a proof needs far fewer nodes
///   and more runs end proven optimal within their time.
/// - the cost so far plus each open job's cheapest agent left.
/// A job left with no agent ends the branch.
struct GAPTreeSearch {
    /// How a run ended.
    enum Outcome: Equatable {
        /// Every branch was searched: the best solution found (if any) is the least at most the
        /// first target, and none cheaper exists.
        case exhausted
        /// A solution at most the target was found and the run was asked to stop there.
        case found
        /// The node or time limit stopped the run before it could say.
        case limit
    }

    private let m: Int
    private let n: Int
    private let cost: [Int]
    private let resource: [Int]
    private let capacity: [Int]
    /// `u[j] − c[i][j]`, agent-major.
    private let profit: [Double]
    /// Per agent, its knapsack table over the open jobs it may hold with a positive reduced
    /// profit, up to the room it has left: `tables[offsets[i] + w]`, rebuilt as jobs are placed.
    private var tables: [Double]
    private let offsets: [Int]
    /// Per agent, the jobs with a positive reduced profit among those it may hold.
    private let items: [[Int]]
    /// What `place` overwrote, for `unplace`: table entries, and per changed agent its
    /// contribution, where its entries start and how many.
    private var trail: [Double] = []
    private var trailMarks: [(agent: Int, start: Int, count: Int, contribution: Double)] = []
    private var sumTrail: [Double] = []
    /// Per agent-major pair `i * n + j`, how much agent `i`'s table at its room falls without
    /// job `j` (positive only where every best packing holds `j`), and per job its sum over the
    /// agents: putting `j` on one agent takes it out of the others' packings.
    private var out: [Double]
    private var outSum: [Double]
    /// Per agent-major pair whose job is one of the agent's open `items` within its room, the
    /// agent's table at its room with the job forced in (its `g_i` left out).
    private var inside: [Double]
    /// The `out` and `inside` entries `save` overwrote, agent by agent in `items` order.
    private var outTrail: [Double] = []
    /// Scratch for `rebuild`: the open items, their weights and profits, and their pricing.
    private var list: [Int] = []
    private var weights: [Int] = []
    private var profits: [Double] = []
    private var pricing = KnapsackPricing()
    private let sumU: Double
    /// Per job, its agents still allowed at the first target, least penalty first:
    /// `candidates[j * m ..< j * m + candidateCount[j]]`.
    private var candidates: [Int]
    private var candidateCount: [Int]

    // The node's state.
    private var agentOf: [Int]
    private var load: [Int]
    private var gain: [Double]
    /// `g_i + best_i(room_i)` per agent, and their sum.
    private var contribution: [Double]
    private var contributionSum: Double
    private var assignedCost = 0
    /// The jobs not placed yet.
    private var open: [Int]
    private var openPlace: [Int]
    // Per open job, from the first pass: the cheapest agent left.
    private var cheapest: [Int]
    /// Per depth, the chosen job's agents and their bounds.
    private var branches: [[(agent: Int, bound: Double)]]

    private var target = 0
    private var tolerance = 0.0
    private var improve = true
    private var nodeLimit = 0
    private var outOfTime: () -> Bool = { false }
    private var stopped = false

    /// Nodes visited so far.
    private(set) var nodes = 0
    /// The best solution found so far and its cost.
    private(set) var best: (assignment: [Int], cost: Int)?

    /// A search over `instance` (costs in minimising terms) bounded by `fixing`; pairs that the
    /// fixing rules out below `target` are never open.
    init(_ instance: GAPInstance, fixing: GAPFixing, target: Int) {
        let m = instance.agents, n = instance.jobs
        let cost = instance.minimisingCost, resource = instance.resource, capacity = instance.capacity
        self.m = m
        self.n = n
        self.cost = cost
        self.resource = resource
        self.capacity = capacity
        let u = fixing.multipliers
        precondition(u.count == n && fixing.offsets.count == m)
        var profit = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { profit[i * n + j] = u[j] - Double(cost[i * n + j]) } }
        self.profit = profit
        tables = fixing.tables
        offsets = fixing.offsets
        sumU = u.reduce(0, +)
        var candidates = [Int](repeating: 0, count: m * n)
        var candidateCount = [Int](repeating: 0, count: n)
        for j in 0..<n {
            let allowed = (0..<m).filter {
                resource[$0 * n + j] <= capacity[$0] && fixing.allows($0, j, jobs: n, upperBound: target)
            }
            .sorted { (fixing.penalty[$0 * n + j], $0) < (fixing.penalty[$1 * n + j], $1) }
            for (k, i) in allowed.enumerated() { candidates[j * m + k] = i }
            candidateCount[j] = allowed.count
        }
        self.candidates = candidates
        self.candidateCount = candidateCount
        var items = [[Int]](repeating: [], count: m)
        for j in 0..<n {
            for k in 0..<candidateCount[j] {
                let i = candidates[j * m + k]
                if profit[i * n + j] > 0 { items[i].append(j) }
            }
        }
        self.items = items
        agentOf = [Int](repeating: -1, count: n)
        load = [Int](repeating: 0, count: m)
        gain = [Double](repeating: 0, count: m)
        contribution = (0..<m).map { fixing.tables[fixing.offsets[$0] + instance.capacity[$0]] }
        contributionSum = contribution.reduce(0, +)
        open = Array(0..<n)
        openPlace = Array(0..<n)
        cheapest = [Int](repeating: 0, count: n)
        branches = [[(agent: Int, bound: Double)]](repeating: [], count: n + 1)
        out = [Double](repeating: 0, count: m * n)
        inside = out
        outSum = [Double](repeating: 0, count: n)
        self.target = target
        // The fixing's tables count every job; over the candidates alone they may be lower.
        for a in 0..<m { rebuild(a) }
    }

    /// What `descend` ends with.
    struct Descent {
        /// The best solution it found below the incumbent, if any, and its cost.
        var best: (assignment: [Int], cost: Int)?
        /// The proven lower bound: no solution costs less.
        var lower: Int
        /// Nodes over all targets.
        var nodes: Int
        /// The targets tried.
        var targets: Int
    }

    /// Searches from the bound up, in the manner of the dichotomous search of Posta, Ferland &
    /// Michelon (2012): with target `T = lower + δ − 1`, a search that finds nothing proves the
    /// optimum above `T`; one that finds a solution goes on below it, so that when it ends it
    /// has proven the least. Low targets leave few pairs open, so each proof is quick, and the
    /// bound rises with every one. A search that passes its node budget proves nothing: then
    /// `δ` doubles, to look higher where solutions are many and quickly found; past the top
    /// (the best found), the climb starts again from the bound with four times the budget, so
    /// that proofs near the bound, which raise it, get their nodes in time. It stops at `incumbent` (a known
    /// solution's cost), which it proves optimal when nothing lies below it, or when out of time.
    /// `known` gives the cost of the best solution found elsewhere meanwhile (the walks beside
    /// it), read before each target: the ladder never climbs to it, since a solution there is no
    /// news, and starts again from the bound instead. `found` hears the cost of each better
    /// solution as it is found.
    static func descend(
        _ instance: GAPInstance, fixing: GAPFixing, lower: Int, incumbent: Int, budget: Int = 20_000,
        known: () -> Int = { .max }, found: (Int) -> Void = { _ in }, outOfTime: @escaping () -> Bool
    ) -> Descent {
        var descent = Descent(best: nil, lower: lower, nodes: 0, targets: 0)
        var upper = incumbent, delta = 1, budget = budget
        while true {
            upper = min(upper, known())
            guard descent.lower < upper && !outOfTime() else { break }
            let target = min(upper - 1, descent.lower + delta - 1)
            var tree = GAPTreeSearch(instance, fixing: fixing, target: target)
            let outcome = tree.run(target: target, improve: true, nodeLimit: budget, outOfTime: outOfTime)
            descent.nodes += tree.nodes
            descent.targets += 1
            if let better = tree.best {
                descent.best = better
                upper = better.cost
                found(better.cost)
            }
            if outcome == .exhausted {
                // Nothing cheaper than the best found (or nothing at most the target) exists.
                descent.lower = tree.best?.cost ?? target + 1
                delta = 1
            } else if target >= upper - 1 {
                // The top of the ladder passed its budget too: climb it again from the bound,
                // with more nodes for each rung.
                budget *= 4
                delta = 1
            } else if tree.best == nil {
                delta *= 2
            }
        }
        return descent
    }

    /// Searches for a solution costing at most `target`; with `improve`, each one found lowers
    /// the target below it, so that an `exhausted` run ends with the optimum below the first
    /// target (or proves there is none).
    mutating func run(target: Int, improve: Bool, nodeLimit: Int, outOfTime: @escaping () -> Bool) -> Outcome {
        self.target = target
        self.improve = improve
        self.nodeLimit = nodeLimit
        self.outOfTime = outOfTime
        stopped = false
        tolerance = 1e-6 * max(1, abs(Double(target)))
        visit(depth: 0, bound: -Double.infinity)
        if !stopped { return .exhausted }
        return best.map { $0.cost <= target } ?? false && !improve ? .found : .limit
    }

    private mutating func visit(depth: Int, bound: Double) {
        nodes += 1
        if nodes > nodeLimit || (nodes & 63 == 0 && outOfTime()) {
            stopped = true
            return
        }
        if open.isEmpty {
            if assignedCost <= target {
                best = (agentOf, assignedCost)
                if improve { target = assignedCost - 1 } else { stopped = true }
            }
            return
        }
        let limit = Double(target) + tolerance
        if bound > limit { return }
        let lagrangian = sumU - contributionSum
        // First pass: room and the Lagrangian bound; each open job's cheapest agent left.
        var lowest = assignedCost
        for j in open {
            var count = 0, least = Int.max
            let base = j * m
            for k in 0..<candidateCount[j] {
                let a = candidates[base + k]
                let r = resource[a * n + j], room = capacity[a] - load[a]
                if r > room { continue }
                let forced = gain[a] + forcedValue(a, j, room: room)
                if lagrangian + contribution[a] - forced + outSum[j] - out[a * n + j] > limit { continue }
                count += 1
                least = min(least, cost[a * n + j])
            }
            if count == 0 { return }
            cheapest[j] = least
            lowest += least
        }
        if Double(lowest) > limit { return }
        // Second pass: the cheapest-agent bound per pair; the job with the fewest agents left,
        // ties to the one whose second agent costs most more than its first.
        var chosen = -1, chosenCount = Int.max, chosenRegret = -Double.infinity
        for j in open {
            var count = 0, first = Double.infinity, second = Double.infinity
            let base = j * m
            for k in 0..<candidateCount[j] {
                let a = candidates[base + k]
                let r = resource[a * n + j], room = capacity[a] - load[a]
                if r > room { continue }
                let c = cost[a * n + j]
                if Double(lowest - cheapest[j] + c) > limit { continue }
                let forced = gain[a] + forcedValue(a, j, room: room)
                let childBound = lagrangian + contribution[a] - forced + outSum[j] - out[a * n + j]
                if childBound > limit { continue }
                count += 1
                let key = childBound
                if key < first {
                    second = first
                    first = key
                } else if key < second {
                    second = key
                }
            }
            if count == 0 { return }
            let regret = second == .infinity ? .infinity : second - first
            if count < chosenCount || (count == chosenCount && regret > chosenRegret) {
                chosen = j
                chosenCount = count
                chosenRegret = regret
            }
        }
        let j = chosen
        // The per-depth buffer keeps its storage; taking it out keeps it uniquely referenced.
        var options = branches[depth]
        branches[depth] = []
        options.removeAll(keepingCapacity: true)
        for k in 0..<candidateCount[j] {
            let a = candidates[j * m + k]
            let r = resource[a * n + j], room = capacity[a] - load[a]
            if r > room { continue }
            let c = cost[a * n + j]
            let byCost = Double(lowest - cheapest[j] + c)
            if byCost > limit { continue }
            let forced = gain[a] + forcedValue(a, j, room: room)
            let byLagrangian = lagrangian + contribution[a] - forced + outSum[j] - out[a * n + j]
            if byLagrangian > limit { continue }
            options.append((a, max(bound, byLagrangian, byCost)))
        }
        options.sort { ($0.bound, $0.agent) < ($1.bound, $1.agent) }
        branches[depth] = options
        let position = openPlace[j]
        removeOpen(at: position)
        for option in options {
            // A better solution found in an earlier branch lowers the target.
            if option.bound > Double(target) + tolerance { break }
            place(j, on: option.agent)
            visit(depth: depth + 1, bound: option.bound)
            unplace(j, from: option.agent)
            if stopped { break }
        }
        restoreOpen(j, at: position)
    }

    /// Puts `j` on `a` and rebuilds the tables it changes: `a`'s, which has less room, and
    /// those of the other agents that counted `j`. Dropping `j` from them is what makes the
    /// bound rise as the search goes down.
    private mutating func place(_ j: Int, on a: Int) {
        sumTrail.append(contributionSum)
        save(a)
        agentOf[j] = a
        load[a] += resource[a * n + j]
        gain[a] += profit[a * n + j]
        assignedCost += cost[a * n + j]
        rebuild(a)
        for k in 0..<candidateCount[j] {
            let b = candidates[j * m + k]
            if b == a || profit[b * n + j] <= 0 { continue }
            save(b)
            rebuild(b)
        }
    }

    private mutating func unplace(_ j: Int, from a: Int) {
        for k in stride(from: candidateCount[j] - 1, through: 0, by: -1) {
            let b = candidates[j * m + k]
            if b == a || profit[b * n + j] <= 0 { continue }
            restore()
        }
        agentOf[j] = -1
        load[a] -= resource[a * n + j]
        gain[a] -= profit[a * n + j]
        assignedCost -= cost[a * n + j]
        restore()
        contributionSum = sumTrail.removeLast()
    }

    private mutating func save(_ a: Int) {
        let count = capacity[a] - load[a] + 1
        trailMarks.append((a, trail.count, count, contribution[a]))
        trail.append(contentsOf: tables[offsets[a]..<(offsets[a] + count)])
        for j in items[a] {
            outTrail.append(out[a * n + j])
            outTrail.append(inside[a * n + j])
        }
    }

    private mutating func restore() {
        let mark = trailMarks.removeLast()
        let base = offsets[mark.agent]
        for k in 0..<mark.count { tables[base + k] = trail[mark.start + k] }
        trail.removeLast(mark.count)
        contribution[mark.agent] = mark.contribution
        let a = mark.agent
        for j in items[a].reversed() {
            inside[a * n + j] = outTrail.removeLast()
            let saved = outTrail.removeLast()
            outSum[j] += saved - out[a * n + j]
            out[a * n + j] = saved
        }
    }

    /// Agent `a`'s table over its open items within its room, its contribution, and each
    /// item's price (`inside`, `out`).
    private mutating func rebuild(_ a: Int) {
        let room = capacity[a] - load[a], base = offsets[a]
        list.removeAll(keepingCapacity: true)
        for j in items[a] {
            let old = out[a * n + j]
            if old != 0 {
                outSum[j] -= old
                out[a * n + j] = 0
            }
            if agentOf[j] < 0 && resource[a * n + j] <= room { list.append(j) }
        }
        let row = a * n
        weights.removeAll(keepingCapacity: true)
        profits.removeAll(keepingCapacity: true)
        for j in list {
            weights.append(resource[row + j])
            profits.append(profit[row + j])
        }
        let top = pricing.price(weights: weights, profits: profits, capacity: room, into: &tables, at: base)
        for (k, j) in list.enumerated() {
            inside[row + j] = pricing.forced[k]
            let loss = pricing.loss[k]
            if loss > 0 {
                out[row + j] = loss
                outSum[j] += loss
            }
        }
        let updated = gain[a] + top
        contributionSum += updated - contribution[a]
        contribution[a] = updated
    }

    /// Agent `a`'s table at `room` (its room left) with open job `j` forced in, `g_a` left out.
    @inline(__always)
    private func forcedValue(_ a: Int, _ j: Int, room: Int) -> Double {
        let p = profit[a * n + j]
        // Jobs of no positive profit are in no table: the table at the room they leave is exact.
        return p > 0 ? inside[a * n + j] : p + tables[offsets[a] + room - resource[a * n + j]]
    }

    private mutating func removeOpen(at position: Int) {
        let last = open.removeLast()
        if position < open.count {
            open[position] = last
            openPlace[last] = position
        }
    }

    private mutating func restoreOpen(_ j: Int, at position: Int) {
        if position < open.count {
            let moved = open[position]
            open.append(moved)
            openPlace[moved] = open.count - 1
            open[position] = j
        } else {
            open.append(j)
        }
        openPlace[j] = position
    }
}
