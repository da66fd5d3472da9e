import Foundation
import Synchronization
import Testing

import CaseloadSearch
@testable import CaseloadGAP

@Suite("GAP tree search")
struct GAPTreeSearchTests {
    /// A small random instance, its optimum in minimising terms by enumeration (`nil`: none is
    /// feasible), and the fixing at subgradient multipliers.
    private func setUp(seed: Int, agents: Int = 3, jobs: Int = 8) -> (GAPInstance, Int?, GAPFixing)? {
        let sense: GAPSense = seed % 4 == 3 ? .max : .min
        let instance = RandomGAP.make(
            seed: UInt64(4100 + seed), agents: agents, jobs: jobs, tightness: [0.6, 0.75, 0.9, 1.0][seed % 4], sense: sense)
        let optimum = RandomGAP.bruteForce(instance).map { sense == .min ? $0 : -$0 }
        let bound = GAPBound.lagrangian(instance, upperBound: optimum, iterations: 150)
        guard let fixing = GAPFixing.at(instance, multipliers: bound.multipliers) else { return nil }
        return (instance, optimum, fixing)
    }

    /// Above every solution's cost: the sum of each job's dearest agent, plus one.
    private func ceiling(_ instance: GAPInstance) -> Int {
        let n = instance.jobs, cost = instance.minimisingCost
        return (0..<n).reduce(1) { total, j in total + (0..<instance.agents).map { cost[$0 * n + j] }.max()! }
    }

    private func minimisingCost(_ instance: GAPInstance, _ agentOf: [Int]) -> Int {
        let n = instance.jobs
        return (0..<n).reduce(0) { $0 + instance.minimisingCost[agentOf[$1] * n + $1] }
    }

    @Test("from the bound up, the descent finds the optimum and proves it (3 x 8, by enumeration)", arguments: 0..<40)
    func descentIsExact(seed: Int) throws {
        let (instance, optimum, fixing) = try #require(setUp(seed: seed))
        let top = ceiling(instance)
        let descent = GAPTreeSearch.descend(
            instance, fixing: fixing, lower: GAPBound.rounded(fixing.value), incumbent: top, budget: 50
        ) { false }
        if let optimum {
            let best = try #require(descent.best, "seed \(seed): no solution found")
            #expect(instance.isFeasible(best.assignment))
            #expect(minimisingCost(instance, best.assignment) == best.cost)
            #expect(best.cost == optimum, "seed \(seed)")
            #expect(descent.lower == optimum, "seed \(seed): not proven")
        } else {
            // Nothing feasible: every target up to the ceiling is refuted.
            #expect(descent.best == nil)
            #expect(descent.lower >= top)
        }
    }

    @Test("one below the optimum nothing is found and the search says so; at it, a solution is", arguments: 0..<30)
    func targetsAroundTheOptimum(seed: Int) throws {
        let (instance, optimum, fixing) = try #require(setUp(seed: 100 + seed))
        guard let optimum else { return }
        var below = GAPTreeSearch(instance, fixing: fixing, target: optimum - 1)
        #expect(below.run(target: optimum - 1, improve: false, nodeLimit: .max) { false } == .exhausted)
        #expect(below.best == nil)
        var at = GAPTreeSearch(instance, fixing: fixing, target: optimum)
        #expect(at.run(target: optimum, improve: false, nodeLimit: .max) { false } == .found)
        let found = try #require(at.best)
        #expect(instance.isFeasible(found.assignment) && found.cost == optimum)
    }

    @Test("cut short anywhere, the descent never claims more than it proved", arguments: 0..<40)
    func limitsKeepTheBoundValid(seed: Int) throws {
        let (instance, optimum, fixing) = try #require(setUp(seed: 200 + seed, agents: 4, jobs: 7))
        let calls = seed % 7
        var asked = 0
        // Out of time after a few checks, with budgets of a node or two: every step is cut short.
        let descent = GAPTreeSearch.descend(
            instance, fixing: fixing, lower: GAPBound.rounded(fixing.value), incumbent: ceiling(instance),
            budget: 1 + seed % 2
        ) {
            asked += 1
            return asked > calls
        }
        if let optimum { #expect(descent.lower <= optimum, "seed \(seed)") }
        if let best = descent.best {
            #expect(instance.isFeasible(best.assignment))
            #expect(minimisingCost(instance, best.assignment) == best.cost)
        }
    }

    @Test("a solve with a limit proves small optima, on one thread and on two", arguments: [1, 2])
    func solverProvesOptima(threads: Int) throws {
        var solved = 0
        for seed in 0..<6 {
            let instance = RandomGAP.make(seed: UInt64(5200 + seed), agents: 3, jobs: 8, tightness: 0.9)
            guard let optimum = RandomGAP.bruteForce(instance) else { continue }
            let clock = ReadingClock(step: 0.01)
            let result = GAPSolver(options: .init(timeLimit: 8, seed: 1, threads: threads)).solve(instance, clock: clock.now)
            #expect(result.objective == optimum, "seed \(seed)")
            #expect(result.bound == optimum && result.stop == .provenOptimal, "seed \(seed): \(result.stop) after \(result.seconds) s")
            solved += 1
        }
        #expect(solved >= 4)
    }

    /// A type D instance (Chu & Beasley): cost falls as resource rises; with capacity 90 % of the
    /// average load (D's own 80 % left a debug build under load without a solution in 0.6 s) the
    /// walks still stay well above the bound, as on d30900.
    private func typeD(seed: UInt64, agents m: Int, jobs n: Int) -> GAPInstance {
        var g = SplitMix64(seed: seed)
        let resource = (0..<(m * n)).map { _ in 1 + g.index(100) }
        let cost = resource.map { 111 - $0 + g.index(21) - 10 }
        let capacity = (0..<m).map { i in 9 * (0..<n).reduce(0) { $0 + resource[i * n + $1] } / (10 * m) }
        return GAPInstance(agents: m, jobs: n, cost: cost, resource: resource, capacity: capacity)
    }

    @Test("repairs beside the walks keep the solution feasible and above the bound; without the option there are none")
    func earlyRepairs() throws {
        var early = 0
        for seed in 0..<6 {
            let instance = typeD(seed: UInt64(6100 + seed), agents: 10, jobs: 200)
            for gap in [0.0, nil] {
                var options = GAPSolver.Options(timeLimit: 1, seed: 1, threads: 2)
                options.repair.earlyGap = gap
                let result = GAPSolver(options: options).solve(instance, clock: ReadingClock(step: 0.01).now)
                let assignment = try #require(result.assignment, "seed \(seed)")
                #expect(instance.isFeasible(assignment) && instance.objective(of: assignment) == result.objective)
                #expect(result.bound <= result.objective!, "seed \(seed)")
                if gap == nil { #expect(!result.earlyRepairs, "seed \(seed)") } else if result.earlyRepairs { early += 1 }
            }
        }
        // Far above the bound at the first round they start early, unless the tree beside the
        // walks has found better (then it keeps its thread): with exact pair prices it does on
        // about half of these.
        #expect(early >= 1)
    }

    @Test("a repair over every agent reaches the optimum; over some, it keeps the others' jobs", arguments: 0..<20)
    func repairIsExact(seed: Int) throws {
        let instance = RandomGAP.make(seed: UInt64(6100 + seed), agents: 3, jobs: 8, tightness: 0.85)
        guard let optimum = RandomGAP.bruteForce(instance) else { return }
        // The dearest feasible solution is the start: there is the most to repair.
        var start: [Int]?, dearest = Int.min
        RandomGAP.forEachFeasible(instance) { agentOf in
            let value = instance.objective(of: agentOf)
            if value > dearest {
                dearest = value
                start = agentOf
            }
        }
        let worst = try #require(start)
        if dearest > optimum {
            let repaired = try #require(GAPRepair.repair(instance, assignment: worst, agents: [0, 1, 2]) { false })
            #expect(instance.isFeasible(repaired) && instance.objective(of: repaired) == optimum, "seed \(seed)")
        } else {
            #expect(GAPRepair.repair(instance, assignment: worst, agents: [0, 1, 2]) { false } == nil)
        }
        if let partial = GAPRepair.repair(instance, assignment: worst, agents: [0, 2], outOfTime: { false }) {
            #expect(instance.isFeasible(partial) && instance.objective(of: partial) < dearest)
            for j in 0..<instance.jobs where worst[j] == 1 { #expect(partial[j] == 1) }
            for j in 0..<instance.jobs where worst[j] != 1 { #expect(partial[j] != 1) }
        }
    }

    @Test("a repair of some jobs finds their best re-split in the room the others leave, from any multipliers", arguments: 0..<20)
    func repairOfJobsIsExact(seed: Int) throws {
        let instance = RandomGAP.make(seed: UInt64(6300 + seed), agents: 3, jobs: 8, tightness: 0.8)
        var feasible: [[Int]] = []
        RandomGAP.forEachFeasible(instance) { feasible.append($0) }
        let n = instance.jobs
        // The dearest feasible solution, with every other job freed.
        guard let start = feasible.max(by: { instance.objective(of: $0) < instance.objective(of: $1) }) else { return }
        let freed = [0, 2, 4, 6]
        let kept = (0..<n).filter { !freed.contains($0) }
        // By enumeration: the cheapest feasible solution that leaves the kept jobs alone.
        let best = feasible.filter { s in kept.allSatisfy { s[$0] == start[$0] } }
            .map { instance.objective(of: $0) }.min()!
        // The repair's own bound may start anywhere: from scratch, from the whole instance's
        // multipliers, or from arbitrary ones; only its speed may differ.
        var generator = SplitMix64(seed: UInt64(seed))
        let starts: [[Double]?] = [
            nil, GAPBound.lagrangian(instance, upperBound: nil, iterations: 50).multipliers,
            (0..<n).map { _ in Double(generator.index(60)) - 10 },
        ]
        for multipliers in starts {
            let repaired = GAPRepair.repair(
                instance, assignment: start, agents: [0, 1, 2], jobs: freed, multipliers: multipliers
            ) { false }
            if best < instance.objective(of: start) {
                let found = try #require(repaired, "seed \(seed)")
                #expect(instance.isFeasible(found) && instance.objective(of: found) == best, "seed \(seed)")
                for j in kept { #expect(found[j] == start[j]) }
            } else {
                #expect(repaired == nil, "seed \(seed)")
            }
        }
    }

    @Test("a repair's jobs are disputed ones around its agents or theirs, at most the limit, by seed", arguments: 0..<20)
    func repairJobsAreDisputed(seed: Int) throws {
        let instance = RandomGAP.make(seed: UInt64(6500 + seed), agents: 6, jobs: 40, tightness: 0.8)
        let bound = GAPBound.lagrangian(instance, upperBound: nil, iterations: 100)
        let fixing = try #require(GAPFixing.at(instance, multipliers: bound.multipliers))
        let disputes = GAPRepair.Disputes(instance, fixing: fixing)
        let n = instance.jobs
        var generator = SplitMix64(seed: UInt64(seed))
        let assignment = (0..<n).map { _ in generator.index(instance.agents) }
        let centre = [seed % 6, (seed + 2) % 6]
        var first = SplitMix64(seed: 9), second = SplitMix64(seed: 9)
        let jobs = disputes.jobs(around: centre, in: assignment, limit: 12, extra: 3, using: &first)
        #expect(jobs == disputes.jobs(around: centre, in: assignment, limit: 12, extra: 3, using: &second))
        #expect(jobs.count <= 12 && jobs == jobs.sorted() && Set(jobs).count == jobs.count)
        for j in jobs {
            let held = centre.contains(assignment[j])
            let wanted = disputes.preferred[j].contains { centre.contains($0) }
            #expect(held || (wanted && disputes.disputed(j, in: assignment)), "job \(j)")
            // Disputed: the relaxation does not settle it on its agent alone.
            #expect(
                disputes.disputed(j, in: assignment) == (fixing.penalty[assignment[j] * n + j] > 1e-9 || disputes.preferred[j].count != 1))
        }
        // A solution that puts every settled job where the relaxation does has only the unsettled in dispute.
        let agreeing = (0..<n).map { disputes.preferred[$0].first ?? 0 }
        for j in 0..<n where disputes.preferred[j].count == 1 { #expect(!disputes.disputed(j, in: agreeing)) }
    }

    @Test("a repair's neighbourhood has its size, or every job, and the same for the same seed", arguments: 0..<20)
    func repairNeighbourhoodGrowsByAgents(seed: Int) throws {
        let agents = 3 + seed % 5, n = 20 + 7 * seed
        let instance = RandomGAP.make(seed: UInt64(6700 + seed), agents: agents, jobs: n, tightness: 0.8)
        let bound = GAPBound.lagrangian(instance, upperBound: nil, iterations: 100)
        let fixing = try #require(GAPFixing.at(instance, multipliers: bound.multipliers))
        let disputes = GAPRepair.Disputes(instance, fixing: fixing)
        var generator = SplitMix64(seed: UInt64(seed))
        let assignment = (0..<n).map { _ in generator.index(agents) }
        for size in [1, 5, n / 2, n - 1, n, n + 10] {
            var first = SplitMix64(seed: UInt64(size)), second = first
            let jobs = disputes.neighbourhood(first: 2, size: size, in: assignment, extra: 2, using: &first)
            #expect(jobs == disputes.neighbourhood(first: 2, size: size, in: assignment, extra: 2, using: &second))
            #expect(jobs == jobs.sorted() && Set(jobs).count == jobs.count && jobs.allSatisfy { (0..<n).contains($0) })
            // More agents join, and with every agent in random jobs fill up: never fewer than asked.
            #expect(jobs.count == min(size, n), "size \(size): \(jobs.count) jobs")
        }
        // Around every agent, before any fill: the disputed jobs all come first.
        let disputed = (0..<n).filter { disputes.disputed($0, in: assignment) }
        var g = SplitMix64(seed: 1)
        let all = disputes.neighbourhood(first: agents, size: disputed.count, in: assignment, extra: 0, using: &g)
        #expect(all == disputed)
    }

    @Test("the repair size grows after searched-out tries, shrinks after cut-off ones, within its range")
    func repairSizeAdapts() {
        var size = GAPRepair.Size(30, range: 10...40)
        size.record(searchedOut: true, improved: false, freed: 30)
        #expect(size.jobs == 31)
        size.record(searchedOut: true, improved: false, freed: 12)
        #expect(size.jobs == 31, "an instance with no more jobs to give is no reason to grow")
        size.record(searchedOut: true, improved: true, freed: 31)
        size.record(searchedOut: false, improved: true, freed: 31)
        #expect(size.jobs == 31, "a try that finds something keeps the size")
        size.record(searchedOut: false, improved: false, freed: 31)
        #expect(size.jobs == 30)
        #expect(GAPRepair.Size(99, range: 10...40).jobs == 40 && GAPRepair.Size(1, range: 10...40).jobs == 10)
        // With patience, only a run of fruitless searched-out tries grows it; a find starts the run again.
        var patient = GAPRepair.Size(30, range: 10...40, patience: 3)
        for outcome in [false, false, true, false, false] {
            patient.record(searchedOut: true, improved: outcome, freed: 30)
        }
        #expect(patient.jobs == 30)
        patient.record(searchedOut: true, improved: false, freed: 30)
        #expect(patient.jobs == 31)
        var generator = SplitMix64(seed: 5)
        for _ in 0..<2_000 {
            let before = size.jobs
            let searchedOut = generator.next() % 3 != 0, improved = generator.next() % 10 == 0
            size.record(searchedOut: searchedOut, improved: improved, freed: before)
            #expect((10...40).contains(size.jobs) && abs(size.jobs - before) <= 1)
            if improved { #expect(size.jobs == before) }
        }
    }
}

/// A clock for time-limited solves in tests: each thread has its own time, and every reading
/// moves the reading thread's time on by `step` seconds. A time limit becomes a budget of
/// readings per thread, so a solve does as much work on a loaded 2-core machine as on an idle
/// one, while the solver runs the very code a wall clock drives.
final class ReadingClock: Sendable {
    let step: Double
    private let readings = Mutex<[UInt: Int]>([:])

    init(step: Double) { self.step = step }

    @Sendable func now() -> Double {
        let thread = UInt(pthread_self())
        return readings.withLock { readings in
            readings[thread, default: 0] += 1
            return Double(readings[thread]!) * step
        }
    }
}
