/// A first GAP solution by regret: jobs that lose most when they miss their cheapest agent go
/// first, each to its cheapest agent with room left, else to the agent it overloads least.
public enum GAPConstruction {
    /// An agent per job; it may overload agents when the greedy runs out of room.
    /// With `prices` (per unit of each agent's capacity), a job's cost on an agent includes the
    /// priced resource it takes there, so that jobs go where they are cheap for the capacity used.
    public static func regret(_ instance: GAPInstance, prices: [Double]? = nil) -> [Int] {
        let m = instance.agents, n = instance.jobs
        let resource = instance.resource
        let cost: [Double]
        let base = instance.minimisingCost
        if let prices {
            cost = (0..<(m * n)).map { Double(base[$0]) + prices[$0 / n] * Double(resource[$0]) }
        } else {
            cost = base.map(Double.init)
        }
        var regret = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var first = Double.infinity, second = Double.infinity
            for i in 0..<m where resource[i * n + j] <= instance.capacity[i] {
                let c = cost[i * n + j]
                if c < first {
                    second = first
                    first = c
                } else if c < second {
                    second = c
                }
            }
            regret[j] = second == .infinity ? .infinity : second - first
        }
        let order = (0..<n).sorted { (regret[$0], $1) > (regret[$1], $0) }
        var room = instance.capacity
        var agentOf = [Int](repeating: 0, count: n)
        for j in order {
            var chosen = -1, chosenCost = Double.infinity
            var fallback = 0, fallbackExcess = Int.max
            for i in 0..<m {
                let r = resource[i * n + j], c = cost[i * n + j]
                if r <= room[i] {
                    if c < chosenCost {
                        chosen = i
                        chosenCost = c
                    }
                } else if r - room[i] < fallbackExcess {
                    fallback = i
                    fallbackExcess = r - room[i]
                }
            }
            let i = chosen >= 0 ? chosen : fallback
            agentOf[j] = i
            room[i] -= resource[i * n + j]
        }
        return agentOf
    }
}
