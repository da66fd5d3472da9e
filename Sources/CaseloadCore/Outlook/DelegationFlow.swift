/// How many of a week's delegable hours the supporters can take between them, and how many
/// fall back to the registered lead (rule H8).
///
/// Summing each kind against its supporters overstates what they can take when one supporter
/// lists several kinds, so this is a maximum flow: source → task kind (its hours) → the
/// supporters who list it → sink (their available hours). Supporters who list the same kinds
/// are merged first, which keeps the network to a few nodes whatever the team's size. Hours
/// are counted in thousandths of an hour, as the planner counts them, so the flow is exact.
public struct DelegationFlow: Hashable, Sendable {
    /// A supporter as the flow sees them: the delegable kinds they list and their hours.
    public struct Supporter: Hashable, Sendable {
        /// The delegable task kinds the supporter may do.
        public var kinds: Set<String>
        /// Available hours this week.
        public var hours: Double

        /// Creates a supporter.
        public init(kinds: Set<String>, hours: Double) {
            self.kinds = kinds
            self.hours = hours
        }
    }

    /// All delegable hours needed.
    public let delegableHours: Double
    /// The delegable hours the supporters can take.
    public let absorbedHours: Double

    /// Delegable hours no supporter can take: they fall back to the lead.
    public var fallbackHours: Double { max(0, delegableHours - absorbedHours) }

    /// Solves the flow of `demand` (hours per delegable kind) into `supporters`.
    public init(demand: [String: Double], supporters: [Supporter]) {
        let kinds = demand.keys.filter { demand[$0]! > 0 }.sorted()
        delegableHours = kinds.reduce(0) { $0 + demand[$1]! }
        var groups: [Set<String>: Int] = [:]
        for s in supporters {
            let useful = s.kinds.intersection(kinds)
            let units = Self.units(s.hours)
            guard !useful.isEmpty, units > 0 else { continue }
            groups[useful, default: 0] += units
        }
        let groupList = groups.sorted { $0.key.sorted().lexicographicallyPrecedes($1.key.sorted()) }
        // Nodes: 0 source, 1 sink, then the kinds, then the supporter groups.
        let n = 2 + kinds.count + groupList.count
        var capacity = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        let unbounded = Int.max / 4
        for (k, kind) in kinds.enumerated() { capacity[0][2 + k] = Self.units(demand[kind]!) }
        for (g, group) in groupList.enumerated() {
            let node = 2 + kinds.count + g
            capacity[node][1] = group.value
            for (k, kind) in kinds.enumerated() where group.key.contains(kind) { capacity[2 + k][node] = unbounded }
        }
        let flow = Self.maximumFlow(&capacity)
        absorbedHours = min(delegableHours, Double(flow) / Double(PlanningProblem.unitsPerHour))
    }

    static func units(_ hours: Double) -> Int {
        hours > 0 ? Int((hours * Double(PlanningProblem.unitsPerHour)).rounded()) : 0
    }

    /// Edmonds–Karp on a dense residual matrix from node 0 to node 1; the network is small.
    static func maximumFlow(_ residual: inout [[Int]]) -> Int {
        let n = residual.count
        var total = 0
        while true {
            var parent = [Int](repeating: -1, count: n)
            parent[0] = 0
            var queue = [0]
            var head = 0
            while head < queue.count, parent[1] < 0 {
                let u = queue[head]
                head += 1
                for v in 0..<n where parent[v] < 0 && residual[u][v] > 0 {
                    parent[v] = u
                    queue.append(v)
                }
            }
            guard parent[1] >= 0 else { return total }
            var bottleneck = Int.max
            var v = 1
            while v != 0 {
                bottleneck = min(bottleneck, residual[parent[v]][v])
                v = parent[v]
            }
            v = 1
            while v != 0 {
                residual[parent[v]][v] -= bottleneck
                residual[v][parent[v]] += bottleneck
                v = parent[v]
            }
            total += bottleneck
        }
    }
}
