/// A change to a GAP assignment.
public enum GAPMove: Sendable, Equatable {
    /// Job `job` moves to agent `to`.
    case shift(job: Int, to: Int)
    /// Jobs `first` and `second`, on different agents, trade agents.
    case swap(first: Int, second: Int)
    /// An ejection chain of length two: `job` moves to agent `to`, ejecting `next` from `to`
    /// to agent `nextTo` (which may be `job`'s old agent). It reaches what no single shift or
    /// swap reaches when every agent is full: two agents change without a third overflowing.
    case chain(job: Int, to: Int, next: Int, nextTo: Int)
}

/// The penalty for overloaded agents: `weight[i]` per unit of resource above capacity, adapted
/// by strategic oscillation. While the walk is infeasible the weights of the overloaded agents
/// grow; while it is feasible all weights shrink, so the walk keeps crossing the boundary of
/// the feasible region, where the good GAP solutions lie.
public struct GAPOverloadPenalty: Sendable {
    /// The current weight of each agent.
    public private(set) var weight: [Double]
    /// The smallest a weight may become.
    public var floor: Double
    /// The largest a weight may become.
    public var ceiling: Double
    /// Whether each agent's weight adapts to its own overload, or all weights move together.
    public var perAgent = true
    /// Factor for an overloaded agent's weight at each adaptation.
    public var increase: Double
    /// Factor for every weight at an adaptation while feasible.
    public var decrease: Double

    /// Creates weights all equal to `initial`.
    public init(agents: Int, initial: Double, increase: Double = 1.1, decrease: Double = 0.95) {
        weight = [Double](repeating: initial, count: agents)
        floor = initial * 0.01
        ceiling = initial * 1e6
        self.increase = increase
        self.decrease = decrease
    }

    /// The penalty of agent `i` carrying `load` against `capacity`.
    @inline(__always)
    public func penalty(_ i: Int, load: Int, capacity: Int) -> Double {
        let excess = load - capacity
        return excess > 0 ? weight[i] * Double(excess) : 0
    }

    /// Adapts the weights to the current loads.
    public mutating func adapt(load: [Int], capacity: [Int], feasible: Bool) {
        for i in weight.indices {
            if !perAgent {
                weight[i] = feasible ? Swift.max(floor, weight[i] * decrease) : Swift.min(ceiling, weight[i] * increase)
            } else if feasible {
                weight[i] = Swift.max(floor, weight[i] * decrease)
            } else if load[i] > capacity[i] {
                weight[i] = Swift.min(ceiling, weight[i] * increase)
            }
        }
    }
}
