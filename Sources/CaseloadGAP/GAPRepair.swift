import CaseloadSearch
/// Large-neighbourhood repair: a few jobs are taken out and put back by the exact tree search in
/// the room the others leave, so that a solution the walks cannot leave by single moves may yet
/// improve when several jobs are reshuffled at once.
///
/// Which jobs: those the Lagrangian relaxation disputes (`Disputes`) around a few random agents,
/// as relaxation-induced neighbourhoods in MIP solvers (RINS) free the variables where the
/// incumbent and the relaxation disagree. Where the bound is tight (types C, D, E) most jobs sit
/// where the relaxation wants them, and the cost above the bound is in the few that do not.
/// How many: as many as a try can still search out in its time (`Size`), gathered from more
/// agents where a few hold too few disputed jobs.
enum GAPRepair {
    /// The jobs the relaxation at some multipliers disputes in a solution: those whose agent has
    /// a positive fixing penalty there, and those the relaxation does not settle on exactly one
    /// agent (on none, or on several).
    struct Disputes {
        /// The instance's job count.
        let jobs: Int
        /// The instance's agent count.
        let agents: Int
        /// Per job, the agents with no fixing penalty: where the relaxation would put it.
        let preferred: [[Int]]
        /// Per agent-major pair, whether the pair has a positive penalty.
        let penalised: [Bool]
        /// The multipliers the penalties are priced at: a repair's own bound starts from them.
        let multipliers: [Double]

        /// The disputes at `fixing`'s multipliers.
        init(_ instance: GAPInstance, fixing: GAPFixing) {
            let n = instance.jobs, m = instance.agents
            jobs = n
            agents = m
            // A small tolerance: penalties are sums of doubles.
            let penalised = fixing.penalty.map { $0 > 1e-9 }
            self.penalised = penalised
            preferred = (0..<n).map { j in (0..<m).filter { !penalised[$0 * n + j] } }
            multipliers = fixing.multipliers
        }

        /// Whether `assignment` puts job `j` where the relaxation disputes it.
        func disputed(_ j: Int, in assignment: [Int]) -> Bool {
            penalised[assignment[j] * jobs + j] || preferred[j].count != 1
        }

        /// About `size` jobs to repair, in ascending order: those of `jobs(around:)` around
        /// `first` random agents, and around as many more random agents as it takes for their
        /// disputed jobs to number `size` (counted in one pass over the jobs). On types C and E
        /// a few agents hold too few disputed jobs for a re-split that can find anything, however
        /// quickly it is searched out; with every agent in and still too few, random jobs fill the
        /// rest.
        func neighbourhood(
            first: Int, size: Int, in assignment: [Int], extra: Int, using generator: inout SplitMix64
        ) -> [Int] {
            var order = Array(0..<agents)
            for k in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(k, generator.index(k + 1)) }
            var place = [Int](repeating: 0, count: agents)
            for (k, i) in order.enumerated() { place[i] = k }
            // Per count of agents in `order`, the disputed jobs that become eligible with the last
            // of them: a job is picked once its holder or an agent the relaxation prefers is in.
            var eligible = [Int](repeating: 0, count: agents + 1)
            for j in 0..<jobs where disputed(j, in: assignment) {
                eligible[preferred[j].reduce(place[assignment[j]]) { min($0, place[$1]) } + 1] += 1
            }
            var count = min(agents, max(1, first))
            var available = eligible[...count].reduce(0, +)
            while available < size && count < agents {
                count += 1
                available += eligible[count]
            }
            return jobs(
                around: Array(order[..<count]), in: assignment, limit: size, extra: extra, fill: count == agents,
                using: &generator)
        }

        /// At most `limit` jobs to repair around `agents`, in ascending order: the disputed jobs
        /// those agents hold or that the relaxation would give them, and `extra` random jobs of
        /// theirs, so that repeated tries around the same agents differ; with `fill`, more random
        /// jobs of theirs up to `limit`.
        func jobs(
            around agents: [Int], in assignment: [Int], limit: Int, extra: Int, fill: Bool = false,
            using generator: inout SplitMix64
        ) -> [Int] {
            var chosen = [Bool](repeating: false, count: self.agents)
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
            if fill && picked.count < limit {
                var taken = [Bool](repeating: false, count: jobs)
                for j in picked { taken[j] = true }
                var rest = held.filter { !taken[$0] }
                while picked.count < limit && !rest.isEmpty {
                    rest.swapAt(generator.index(rest.count), rest.count - 1)
                    picked.append(rest.removeLast())
                }
                picked.sort()
            }
            // A uniform subset of `limit`, drawn from the sorted list so that the seed decides it.
            while picked.count > limit { picked.remove(at: generator.index(picked.count)) }
            return picked
        }
    }

    /// How many jobs a repair frees, adapted try by try. Tries that search their jobs out within
    /// their time and find nothing, `patience` of them in a row, were too small to find
    /// anything: the next frees one more. A try cut off by its time was too large to say: the
    /// next frees one fewer. A try that finds something keeps the size. So the size follows
    /// what a try can search out on each instance, which differs too much between instance
    /// types for one fixed number to suit them all.
    struct Size {
        /// The jobs the next try frees.
        private(set) var jobs: Int
        /// Where `jobs` stays.
        let range: ClosedRange<Int>
        /// Searched-out tries in a row that found nothing before the size grows.
        let patience: Int
        private var failures = 0

        /// Starts at `jobs`, kept within `range`.
        init(_ jobs: Int, range: ClosedRange<Int>, patience: Int = 1) {
            self.range = range
            self.patience = max(1, patience)
            self.jobs = min(range.upperBound, max(range.lowerBound, jobs))
        }

        /// Records a try: whether it was searched out, whether it found a better solution, and how
        /// many jobs it freed (fewer than `jobs` when the instance had no more to give: no reason to grow).
        mutating func record(searchedOut: Bool, improved: Bool, freed: Int) {
            if improved {
                failures = 0
            } else if !searchedOut {
                jobs = max(range.lowerBound, jobs - 1)
                failures = 0
            } else if freed >= jobs {
                failures += 1
                if failures >= patience {
                    jobs = min(range.upperBound, jobs + 1)
                    failures = 0
                }
            }
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
    /// other jobs leave, if cheaper than `assignment`'s. `multipliers` (the whole instance's,
    /// one per job) start the repair's own bound.
    ///
    /// From the whole instance's multipliers the bound of a repair starts close to its best,
    /// which subgradient steps from scratch do not reach in the time a try has: a tighter bound
    /// leaves fewer pairs open, and the tree that re-splits the jobs is much smaller.
    static func repair(
        _ instance: GAPInstance, assignment: [Int], agents: [Int], jobs: [Int], multipliers: [Double]? = nil,
        outOfTime: @escaping () -> Bool
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
        let start = multipliers.flatMap { u in u.count == n ? jobs.map { u[$0] } : nil }
        let bound = GAPBound.lagrangian(sub, upperBound: current, iterations: 200, start: start, outOfTime: outOfTime)
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
