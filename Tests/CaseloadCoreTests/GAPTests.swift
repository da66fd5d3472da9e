import Testing

@testable import CaseloadCore

/// Small random GAP instances in the style of Chu & Beasley's type C.
enum RandomGAP {
    static func make(seed: UInt64, agents m: Int, jobs n: Int, tightness: Double = 0.8, sense: GAPSense = .min) -> GAPInstance {
        var g = SplitMix64(seed: seed)
        func uniform(_ lo: Int, _ hi: Int) -> Int { lo + Int(g.next() % UInt64(hi - lo + 1)) }
        let cost = (0..<(m * n)).map { _ in uniform(10, 50) }
        let resource = (0..<(m * n)).map { _ in uniform(5, 25) }
        let capacity = (0..<m).map { i in
            Int(tightness * Double((0..<n).reduce(0) { $0 + resource[i * n + $1] }) / Double(m))
        }
        return GAPInstance(agents: m, jobs: n, cost: cost, resource: resource, capacity: capacity, sense: sense)
    }

    /// The optimum by enumeration, in the instance's sense; `nil` when nothing is feasible.
    static func bruteForce(_ instance: GAPInstance) -> Int? {
        let m = instance.agents, n = instance.jobs
        var agentOf = [Int](repeating: 0, count: n)
        var best: Int?
        var total = 1
        for _ in 0..<n { total *= m }
        for code in 0..<total {
            var c = code
            for j in 0..<n {
                agentOf[j] = c % m
                c /= m
            }
            guard instance.isFeasible(agentOf) else { continue }
            let value = instance.objective(of: agentOf)
            if let b = best {
                best = instance.sense == .min ? min(b, value) : max(b, value)
            } else {
                best = value
            }
        }
        return best
    }
}

@Suite("GAP")
struct GAPTests {
    // MARK: Parsing

    @Test("an OR-Library file parses, with rows wrapped anywhere")
    func parsesOrLibrary() throws {
        let instance = try GAPInstance(parsing: GAPFixtures.gap1_1.text)
        #expect(instance.agents == 5 && instance.jobs == 15)
        #expect(instance.cost[0] == 17 && instance.cost[14] == 16 && instance.cost[15] == 23)
        #expect(instance.capacity.count == 5)
        let wrapped = try GAPInstance(parsing: "2 3\n1 2\n3 4 5 6\n\r\n1 1 1 1\t1 1 3 3 ")
        #expect(wrapped.cost == [1, 2, 3, 4, 5, 6] && wrapped.resource == [1, 1, 1, 1, 1, 1] && wrapped.capacity == [3, 3])
    }

    @Test("bad files name what is wrong")
    func rejectsBadFiles() {
        #expect(throws: GAPParseError.empty) { try GAPInstance(parsing: " \n") }
        #expect(throws: GAPParseError.truncated(expected: 2, found: 1, section: "header 'm n'")) { try GAPInstance(parsing: "2") }
        #expect(throws: GAPParseError.badSize(agents: 0, jobs: 3)) { try GAPInstance(parsing: "0 3") }
        #expect(throws: GAPParseError.notAnInteger(token: "x", index: 4)) { try GAPInstance(parsing: "2 2 1 x") }
        #expect(throws: GAPParseError.truncated(expected: 12, found: 8, section: "resource matrix, agent 2")) {
            try GAPInstance(parsing: "2 2 1 1 1 1 4 4")
        }
        #expect(throws: GAPParseError.truncated(expected: 12, found: 11, section: "capacities, agent 2")) {
            try GAPInstance(parsing: "2 2 1 1 1 1 4 4 4 4 9")
        }
        #expect(throws: GAPParseError.negative(field: "resource r[2][1]", value: -4)) {
            try GAPInstance(parsing: "2 2 1 1 1 1 4 4 -4 4 9 9")
        }
        #expect(throws: GAPParseError.negative(field: "capacity b[1]", value: -9)) {
            try GAPInstance(parsing: "2 2 1 1 1 1 4 4 4 4 -9 9")
        }
        #expect(throws: GAPParseError.trailing(extra: 1)) { try GAPInstance(parsing: "2 2 1 1 1 1 4 4 4 4 9 9 7") }
        let truncated = GAPFixtures.gap1_1.text.split(separator: " ").dropLast(10).joined(separator: " ")
        #expect(throws: GAPParseError.self) { try GAPInstance(parsing: truncated) }
    }

    // MARK: Incremental deltas

    @Test("every move's delta equals the cost recomputed from scratch", arguments: 0..<40)
    func deltasAreExact(seed: Int) {
        let m = 2 + seed % 4, n = 6 + seed % 11
        let instance = RandomGAP.make(seed: UInt64(seed), agents: m, jobs: n, tightness: seed % 3 == 0 ? 0.5 : 0.8)
        var g = SplitMix64(seed: UInt64(1000 + seed))
        let start = (0..<n).map { _ in Int(g.next() % UInt64(m)) }
        var space = GAPSpace(instance: instance, assignment: start, options: GAPSearchOptions(candidateAgents: 1 + seed % m))
        for step in 0..<300 {
            if step % 37 == 0 { space.adapt(iteration: step) }
            if step % 101 == 0 { space.kick(using: &g) }
            let before = space.recomputedCost()
            #expect(abs(before - space.cost) < 1e-6)
            // Proposed moves (the sampled best) and arbitrary ones, which reach every move shape.
            var candidates: [(GAPMove, Double?)] = []
            if let (move, delta) = space.propose(using: &g) { candidates.append((move, delta)) }
            let j = Int(g.next() % UInt64(n)), k = Int(g.next() % UInt64(n)), to = Int(g.next() % UInt64(m))
            candidates.append((.shift(job: j, to: to), nil))
            if space.agentOf[j] != space.agentOf[k] { candidates.append((.swap(first: j, second: k), nil)) }
            let b = space.agentOf[k]
            if j != k, space.agentOf[j] != b, to != b { candidates.append((.chain(job: j, to: b, next: k, nextTo: to), nil)) }
            let (move, proposed) = candidates[Int(g.next() % UInt64(candidates.count))]
            let delta = space.delta(of: move)
            if let proposed { #expect(abs(proposed - delta) < 1e-6, "seed \(seed) step \(step): proposed \(move)") }
            space.apply(move)
            let after = space.recomputedCost()
            #expect(abs(after - before - delta) < 1e-6, "seed \(seed) step \(step): \(move)")
            #expect(Int(space.objective) == instance.objective(of: space.agentOf))
            #expect(space.isFeasible == instance.isFeasible(space.agentOf))
        }
    }

    // MARK: Solutions and bounds

    @Test("the solver returns a feasible solution whose objective recomputes", arguments: 0..<30)
    func solutionsAreFeasible(seed: Int) {
        let sense: GAPSense = seed % 4 == 3 ? .max : .min
        let instance = RandomGAP.make(seed: UInt64(seed), agents: 2 + seed % 6, jobs: 8 + seed % 30, sense: sense)
        let result = GAPSolver(options: .init(timeLimit: nil, maxMoves: 20_000, seed: UInt64(seed), threads: 1)).solve(instance)
        guard let objective = result.objective, let assignment = result.assignment else {
            // Tight random instances may have no solution; the regret greedy then overloads.
            #expect(!result.feasible)
            return
        }
        #expect(instance.isFeasible(assignment))
        #expect(instance.objective(of: assignment) == objective)
        #expect(sense == .min ? result.bound <= objective : result.bound >= objective)
    }

    @Test("the bound never passes the optimum (3 agents x 7 jobs, by enumeration)", arguments: 0..<40)
    func boundIsValid(seed: Int) {
        let sense: GAPSense = seed % 2 == 0 ? .min : .max
        let instance = RandomGAP.make(seed: UInt64(500 + seed), agents: 3, jobs: 7, tightness: [0.6, 0.8, 1.0][seed % 3], sense: sense)
        guard let optimum = RandomGAP.bruteForce(instance) else { return }
        let lagrangian = GAPBound.lagrangian(instance, upperBound: nil, iterations: 200)
        let relaxed = GAPBound.capacityRelaxation(instance)
        let exact = GAPBound.lagrangian(instance, upperBound: sense == .min ? optimum : -optimum, iterations: 200)
        for bound in [lagrangian, relaxed, exact] {
            #expect(sense == .min ? bound.value <= optimum : bound.value >= optimum, "seed \(seed): \(bound.value) vs \(optimum)")
        }
        // Keeping the capacities never makes the bound weaker.
        #expect(lagrangian.minimising >= relaxed.minimising)
        // And the search finds that optimum (on a share of the seeds, to keep the suite quick).
        if seed % 4 == 0 {
            let result = GAPSolver(options: .init(timeLimit: nil, maxMoves: 200_000, seed: 1, threads: 1)).solve(instance)
            #expect(result.objective == optimum)
        }
    }

    @Test("the same seed and move limit give the same solution, on one thread and on two", arguments: [1, 2])
    func deterministic(threads: Int) {
        let instance = RandomGAP.make(seed: 77, agents: 8, jobs: 80)
        let options = GAPSolver.Options(timeLimit: nil, maxMoves: 30_000, seed: 9, threads: threads)
        let a = GAPSolver(options: options).solve(instance)
        let b = GAPSolver(options: options).solve(instance)
        #expect(a.assignment != nil)
        #expect(a.assignment == b.assignment && a.objective == b.objective && a.bound == b.bound && a.moves == b.moves)
    }

    @Test("OR-Library problems reach their known optima, min and max")
    func reachesKnownOptima() throws {
        for fixture in [GAPFixtures.gap1_1, GAPFixtures.gap4_1, GAPFixtures.gap12_1] {
            for sense in GAPSense.allCases {
                let instance = try GAPInstance(parsing: fixture.text, sense: sense)
                let result = GAPSolver(options: .init(timeLimit: nil, maxMoves: 300_000, seed: 1, threads: 2)).solve(instance)
                let optimum = sense == .min ? fixture.min : fixture.max
                #expect(result.objective == optimum, "\(fixture.name) \(sense)")
                #expect(sense == .min ? result.bound <= optimum : result.bound >= optimum)
            }
        }
    }
}
