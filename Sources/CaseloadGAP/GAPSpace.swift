import CaseloadSearch
/// How the GAP neighbourhood is sampled.
public struct GAPSearchOptions: Sendable {
    /// Agents a job may move to: its cheapest this many (all when larger than `m`), ranked by
    /// cost plus priced resource (see `GAPSpace.init`). Dear agents almost never hold a job in a
    /// good solution, and a short list makes every move, above all an ejection chain, cheaper,
    /// so the walk makes more of them in its time; on large type D and E instances that gains
    /// more than longer lists do.
    public var candidateAgents: Int
    /// Share of proposals that are shifts (the best target for a random job).
    public var shiftShare: Double
    /// Share of proposals that are swaps (the best partner on a random candidate agent);
    /// the rest are ejection chains.
    public var swapShare: Double
    /// Random shifts in a kick after a restart from the best.
    public var kickShifts: Int
    /// Initial overload weight, as a multiple of the mean cost per unit of resource.
    public var initialWeight: Double
    /// Factor for an overloaded agent's weight at each adaptation while infeasible.
    public var increase = 1.1
    /// Factor for every weight at each adaptation while feasible.
    public var decrease = 0.95
    /// Whether each agent's overload weight adapts on its own (else one weight for all).
    public var perAgentWeights = true
    /// How candidate agents are ranked: by cost plus this many mean costs per unit of resource
    /// times the resource. On instances where cheap agents need much resource (type D), ranking
    /// by cost alone would leave out exactly the agents that fit.
    public var rankResourceWeight = 0.0

    /// Creates options.
    public init(
        candidateAgents: Int = 5, shiftShare: Double = 0.4, swapShare: Double = 0.3, kickShifts: Int = 6,
        initialWeight: Double = 1.0
    ) {
        self.candidateAgents = max(1, candidateAgents)
        self.shiftShare = shiftShare
        self.swapShare = swapShare
        self.kickShifts = max(0, kickShifts)
        self.initialWeight = initialWeight
    }
}

/// The instance data the search reads, shared by every copy of a space.
final class GAPData: Sendable {
    let m: Int
    let n: Int
    /// Costs to minimise, flat agent-major.
    let cost: [Int]
    let resource: [Int]
    let capacity: [Int]
    /// Per job, its candidate agents cheapest first: `candidates[j * width ..< j * width + count[j]]`.
    let candidates: [Int]
    let candidateCount: [Int]
    let width: Int
    /// Whether pairs outside the candidate lists are closed to every move (`GAPFixing`): then
    /// swaps too only send a job to one of its candidates, and only jobs with a choice are drawn.
    let restricted: Bool
    /// Per agent-major pair, whether the agent is among the job's candidates.
    let isCandidate: [Bool]
    /// The jobs a proposal or a kick draws from.
    let movable: [Int]

    convenience init(_ instance: GAPInstance, candidateAgents: Int, resourceWeight: Double = 0, prices: [Double]? = nil) {
        let n = instance.jobs
        var costSum = 0.0, resourceSum = 0.0
        for k in 0..<(instance.agents * n) {
            costSum += Double(abs(instance.minimisingCost[k]))
            resourceSum += Double(instance.resource[k])
        }
        let uniform = resourceSum > 0 ? resourceWeight * costSum / resourceSum : 0
        let price = prices ?? [Double](repeating: uniform, count: instance.agents)
        let cost = instance.minimisingCost, resource = instance.resource
        let score = (0..<(instance.agents * n)).map { k in Double(cost[k]) + price[k / n] * Double(resource[k]) }
        self.init(instance, candidateAgents: candidateAgents, score: score, allowed: nil, assignment: nil)
    }

    /// Candidates ranked by `score` (per agent-major pair, lowest first, then by cost); with
    /// `allowed`, only allowed pairs are candidates and the lists are `restricted`, except that
    /// a job keeps its agent in `assignment` when nothing else is allowed.
    init(_ instance: GAPInstance, candidateAgents: Int, score: [Double], allowed: [Bool]?, assignment: [Int]?) {
        m = instance.agents
        n = instance.jobs
        let cost = instance.minimisingCost
        let m = instance.agents, n = instance.jobs
        self.cost = cost
        resource = instance.resource
        capacity = instance.capacity
        let width = min(m, candidateAgents)
        self.width = width
        var candidates = [Int](repeating: 0, count: n * width)
        var count = [Int](repeating: 0, count: n)
        var isCandidate = [Bool](repeating: false, count: m * n)
        var movable: [Int] = []
        for j in 0..<n {
            // Agents that cannot hold the job even alone are never candidates.
            let fitting = (0..<m).filter {
                instance.resource[$0 * n + j] <= instance.capacity[$0] && allowed?[$0 * n + j] ?? true
            }
            let pool = fitting.isEmpty ? (assignment.map { [$0[j]] } ?? Array(0..<m)) : fitting
            let sorted = pool.sorted { (score[$0 * n + j], cost[$0 * n + j], $0) < (score[$1 * n + j], cost[$1 * n + j], $1) }
                .prefix(width)
            for (k, i) in sorted.enumerated() {
                candidates[j * width + k] = i
                isCandidate[i * n + j] = true
            }
            count[j] = sorted.count
            if allowed == nil || sorted.count > 1 || (assignment.map { $0[j] != sorted.first! } ?? true) {
                movable.append(j)
            }
        }
        self.candidates = candidates
        self.candidateCount = count
        self.isCandidate = isCandidate
        self.restricted = allowed != nil
        self.movable = movable
    }
}

/// The generalized assignment problem as a `SearchSpace`: every job has an agent; capacities may
/// be exceeded at a penalty (strategic oscillation), and only solutions within capacity count as
/// feasible results.
///
/// Each proposal is the best move of a small sampled neighbourhood — the best new agent for a
/// random job, the best swap partner on a random candidate agent, or the best two-step
/// ejection chain through it — with its cost change computed from the agents' loads alone.
public struct GAPSpace: SearchSpace, Sendable {
    /// A move.
    public typealias Move = GAPMove
    /// A solution: the agent of every job.
    public typealias Snapshot = [Int]

    let data: GAPData
    /// The neighbourhood's settings.
    public let options: GAPSearchOptions
    /// The agent of each job.
    public private(set) var agentOf: [Int]
    /// Each agent's load.
    public private(set) var load: [Int]
    /// The jobs of each agent, and each job's place in its agent's list, for O(1) removal.
    private var members: [[Int]]
    private var place: [Int]
    /// The overload weights.
    public private(set) var penalty: GAPOverloadPenalty
    private var objectiveValue: Int
    private var penaltyTotal: Double
    private var excessTotal: Int

    /// Creates a space at `assignment` (an agent per job). With `prices` (per unit of each agent's
    /// capacity, `GAPBound.capacityPrices`), candidate agents are ranked by cost plus priced
    /// resource instead of `GAPSearchOptions.rankResourceWeight`.
    public init(
        instance: GAPInstance, assignment: [Int], options: GAPSearchOptions = GAPSearchOptions(), prices: [Double]? = nil
    ) {
        precondition(assignment.count == instance.jobs)
        let data = GAPData(
            instance, candidateAgents: options.candidateAgents, resourceWeight: options.rankResourceWeight, prices: prices)
        self.init(assignment: assignment, options: options, data: data)
    }

    /// Creates a space at `assignment` whose moves only put a job on an agent `fixing` still
    /// allows below `upperBound` (minimising terms), candidates ranked by their fixing penalty:
    /// the search then looks only where a solution at most `upperBound` can be.
    public init(
        instance: GAPInstance, assignment: [Int], options: GAPSearchOptions = GAPSearchOptions(), fixing: GAPFixing,
        upperBound: Int
    ) {
        precondition(assignment.count == instance.jobs)
        let n = instance.jobs
        let allowed = (0..<(instance.agents * n)).map { fixing.allows($0 / n, $0 % n, jobs: n, upperBound: upperBound) }
        let data = GAPData(
            instance, candidateAgents: options.candidateAgents, score: fixing.penalty, allowed: allowed,
            assignment: assignment)
        self.init(assignment: assignment, options: options, data: data)
    }

    private init(assignment: [Int], options: GAPSearchOptions, data: GAPData) {
        self.data = data
        self.options = options
        agentOf = assignment
        load = []
        members = []
        place = []
        objectiveValue = 0
        penaltyTotal = 0
        excessTotal = 0
        // The weight prices one unit of overload like the typical cost of a unit of resource.
        var costSum = 0.0, resourceSum = 0.0
        for k in 0..<(data.m * data.n) {
            costSum += Double(abs(data.cost[k]))
            resourceSum += Double(data.resource[k])
        }
        let perUnit = resourceSum > 0 ? max(costSum / resourceSum, 1e-3) : 1
        penalty = GAPOverloadPenalty(
            agents: data.m, initial: perUnit * options.initialWeight, increase: options.increase, decrease: options.decrease)
        penalty.perAgent = options.perAgentWeights
        rebuild()
    }

    /// Recomputes every running total from `agentOf`.
    private mutating func rebuild() {
        let m = data.m, n = data.n
        load = [Int](repeating: 0, count: m)
        members = [[Int]](repeating: [], count: m)
        place = [Int](repeating: 0, count: n)
        objectiveValue = 0
        for j in 0..<n {
            let i = agentOf[j]
            load[i] += data.resource[i * n + j]
            objectiveValue += data.cost[i * n + j]
            place[j] = members[i].count
            members[i].append(j)
        }
        recomputePenalty()
    }

    private mutating func recomputePenalty() {
        penaltyTotal = 0
        excessTotal = 0
        for i in 0..<data.m {
            penaltyTotal += penalty.penalty(i, load: load[i], capacity: data.capacity[i])
            excessTotal += max(0, load[i] - data.capacity[i])
        }
    }

    /// Objective plus overload penalties.
    public var cost: Double { Double(objectiveValue) + penaltyTotal }
    /// The total cost in the solver's minimising terms (negated profit for `max`).
    public var objective: Double { Double(objectiveValue) }
    /// Whether every agent is within capacity.
    public var isFeasible: Bool { excessTotal == 0 }
    /// The objective when feasible, an upper bound to aim the Lagrangian bound at; else `nil`.
    var feasibleObjective: Int? { isFeasible ? Int(objective) : nil }
    /// Total resource above capacity, over all agents.
    public var overload: Int { excessTotal }

    // MARK: Deltas

    /// Penalty change of agent `i` when its load changes by `change`.
    @inline(__always)
    private func penaltyChange(_ i: Int, _ change: Int) -> Double {
        let l = load[i], b = data.capacity[i]
        return penalty.penalty(i, load: l + change, capacity: b) - penalty.penalty(i, load: l, capacity: b)
    }

    /// The change of `cost` that `move` would make.
    public func delta(of move: GAPMove) -> Double {
        let n = data.n
        let c = data.cost, r = data.resource
        switch move {
        case .shift(let j, let b):
            let a = agentOf[j]
            if a == b { return 0 }
            return Double(c[b * n + j] - c[a * n + j]) + penaltyChange(a, -r[a * n + j]) + penaltyChange(b, r[b * n + j])
        case .swap(let j1, let j2):
            let a = agentOf[j1], b = agentOf[j2]
            if a == b { return 0 }
            return Double(c[b * n + j1] + c[a * n + j2] - c[a * n + j1] - c[b * n + j2])
                + penaltyChange(a, r[a * n + j2] - r[a * n + j1]) + penaltyChange(b, r[b * n + j1] - r[b * n + j2])
        case .chain(let j1, let b, let j2, let d):
            let a = agentOf[j1]
            precondition(agentOf[j2] == b && j1 != j2 && a != b && d != b)
            let objective = c[b * n + j1] - c[a * n + j1] + c[d * n + j2] - c[b * n + j2]
            let mid = penaltyChange(b, r[b * n + j1] - r[b * n + j2])
            if d == a { return Double(objective) + mid + penaltyChange(a, r[a * n + j2] - r[a * n + j1]) }
            return Double(objective) + mid + penaltyChange(a, -r[a * n + j1]) + penaltyChange(d, r[d * n + j2])
        }
    }

    // MARK: SearchSpace

    /// The best move of a sampled neighbourhood and its cost change.
    public func propose(using generator: inout SplitMix64) -> (move: GAPMove, delta: Double)? {
        if data.movable.isEmpty { return nil }
        let j = data.movable[Int(generator.next() % UInt64(data.movable.count))]
        let kind = Double(generator.next() >> 11) * 0x1p-53
        if kind < options.shiftShare { return bestShift(j) }
        let count = data.candidateCount[j]
        let b = data.candidates[j * data.width + Int(generator.next() % UInt64(count))]
        if b == agentOf[j] { return bestShift(j) }
        if kind < options.shiftShare + options.swapShare { return bestSwap(j, b) }
        return bestChain(j, b)
    }

    private func bestShift(_ j: Int) -> (move: GAPMove, delta: Double)? {
        let n = data.n, a = agentOf[j]
        let c = data.cost, r = data.resource
        let base = Double(-c[a * n + j]) + penaltyChange(a, -r[a * n + j])
        var best = Double.infinity, target = -1
        let start = j * data.width
        for k in start..<(start + data.candidateCount[j]) {
            let b = data.candidates[k]
            if b == a { continue }
            let d = base + Double(c[b * n + j]) + penaltyChange(b, r[b * n + j])
            if d < best {
                best = d
                target = b
            }
        }
        return target < 0 ? nil : (.shift(job: j, to: target), best)
    }

    private func bestSwap(_ j1: Int, _ b: Int) -> (move: GAPMove, delta: Double)? {
        let n = data.n, a = agentOf[j1]
        let c = data.cost, r = data.resource
        let ra1 = r[a * n + j1], rb1 = r[b * n + j1]
        let base = Double(c[b * n + j1] - c[a * n + j1])
        var best = Double.infinity, partner = -1
        let closed = data.restricted
        for j2 in members[b] {
            if closed && !data.isCandidate[a * n + j2] { continue }
            let d =
                base + Double(c[a * n + j2] - c[b * n + j2]) + penaltyChange(a, r[a * n + j2] - ra1)
                + penaltyChange(b, rb1 - r[b * n + j2])
            if d < best {
                best = d
                partner = j2
            }
        }
        return partner < 0 ? nil : (.swap(first: j1, second: partner), best)
    }

    private func bestChain(_ j1: Int, _ b: Int) -> (move: GAPMove, delta: Double)? {
        let n = data.n, a = agentOf[j1]
        let c = data.cost, r = data.resource
        let ra1 = r[a * n + j1], rb1 = r[b * n + j1]
        let base = Double(c[b * n + j1] - c[a * n + j1])
        let leaveA = penaltyChange(a, -ra1)
        var best = Double.infinity
        var choice = (next: -1, to: -1)
        for j2 in members[b] {
            let head = base + Double(-c[b * n + j2]) + penaltyChange(b, rb1 - r[b * n + j2])
            let start = j2 * data.width
            for k in start..<(start + data.candidateCount[j2]) {
                let d = data.candidates[k]
                if d == b { continue }
                let tail =
                    d == a
                    ? Double(c[a * n + j2]) + penaltyChange(a, r[a * n + j2] - ra1)
                    : Double(c[d * n + j2]) + leaveA + penaltyChange(d, r[d * n + j2])
                if head + tail < best {
                    best = head + tail
                    choice = (j2, d)
                }
            }
        }
        return choice.next < 0 ? nil : (.chain(job: j1, to: b, next: choice.next, nextTo: choice.to), best)
    }

    /// Applies a move.
    public mutating func apply(_ move: GAPMove) {
        switch move {
        case .shift(let j, let b): relocate(j, to: b)
        case .swap(let j1, let j2):
            let a = agentOf[j1], b = agentOf[j2]
            relocate(j1, to: b)
            relocate(j2, to: a)
        case .chain(let j1, let b, let j2, let d):
            relocate(j1, to: b)
            relocate(j2, to: d)
        }
    }

    /// Moves job `j` to agent `b`, updating every running total from the two agents involved.
    private mutating func relocate(_ j: Int, to b: Int) {
        let n = data.n, a = agentOf[j]
        if a == b { return }
        let ra = data.resource[a * n + j], rb = data.resource[b * n + j]
        let capA = data.capacity[a], capB = data.capacity[b]
        penaltyTotal -= penalty.penalty(a, load: load[a], capacity: capA) + penalty.penalty(b, load: load[b], capacity: capB)
        excessTotal -= max(0, load[a] - capA) + max(0, load[b] - capB)
        load[a] -= ra
        load[b] += rb
        penaltyTotal += penalty.penalty(a, load: load[a], capacity: capA) + penalty.penalty(b, load: load[b], capacity: capB)
        excessTotal += max(0, load[a] - capA) + max(0, load[b] - capB)
        objectiveValue += data.cost[b * n + j] - data.cost[a * n + j]
        // Remove from a's list by moving its last job into the gap.
        let p = place[j]
        let last = members[a].removeLast()
        if last != j {
            members[a][p] = last
            place[last] = p
        }
        place[j] = members[b].count
        members[b].append(j)
        agentOf[j] = b
    }

    /// A copy of the assignment.
    public func snapshot() -> [Int] { agentOf }

    /// Makes `snapshot` the current assignment.
    public mutating func restore(_ snapshot: [Int]) {
        agentOf = snapshot
        rebuild()
    }

    /// Strategic oscillation: overloaded agents get dearer while infeasible, all cheaper while feasible.
    public mutating func adapt(iteration: Int) {
        penalty.adapt(load: load, capacity: data.capacity, feasible: isFeasible)
        recomputePenalty()
    }

    /// A few random shifts to candidate agents, whatever they cost.
    public mutating func kick(using generator: inout SplitMix64) {
        if data.movable.isEmpty { return }
        for _ in 0..<options.kickShifts {
            let j = data.movable[Int(generator.next() % UInt64(data.movable.count))]
            let k = Int(generator.next() % UInt64(data.candidateCount[j]))
            relocate(j, to: data.candidates[j * data.width + k])
        }
    }

    /// Cost of the current assignment recomputed from scratch, for checking the running totals.
    public func recomputedCost() -> Double {
        let n = data.n
        var total = 0.0
        var loads = [Int](repeating: 0, count: data.m)
        for j in 0..<n {
            total += Double(data.cost[agentOf[j] * n + j])
            loads[agentOf[j]] += data.resource[agentOf[j] * n + j]
        }
        for i in 0..<data.m { total += penalty.penalty(i, load: loads[i], capacity: data.capacity[i]) }
        return total
    }
}
