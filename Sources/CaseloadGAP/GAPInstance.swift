/// Whether a generalized assignment problem minimises cost or maximises profit.
public enum GAPSense: String, Sendable, Codable, CaseIterable {
    /// Minimise the total cost (types A–E).
    case min
    /// Maximise the total profit (OR-Library gap1..gap12).
    case max
}

/// What is wrong with a GAP file, in OR-Library order: `m n`, costs, resources, capacities.
public enum GAPParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text holds no numbers at all.
    case empty
    /// A token is not an integer (or does not fit in 64 bits); `index` counts tokens from 1.
    case notAnInteger(token: String, index: Int)
    /// `m` or `n` is zero or negative.
    case badSize(agents: Int, jobs: Int)
    /// The file ends before every number the header promises; `section` is where it ends.
    case truncated(expected: Int, found: Int, section: String)
    /// A resource or capacity below zero; `field` names it, e.g. `resource r[2][15]`.
    case negative(field: String, value: Int)
    /// Numbers after the capacities: most likely a file of several problems, or a wrong header.
    case trailing(extra: Int)

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .empty: return "no numbers: expected 'm n', then costs, resources and capacities"
        case .notAnInteger(let token, let index): return "number \(index) ('\(token)') is not an integer"
        case .badSize(let m, let n): return "the header says \(m) agents and \(n) jobs: both must be at least 1"
        case .truncated(let expected, let found, let section):
            return "truncated: expected \(expected) numbers, found \(found) (the file ends in the \(section))"
        case .negative(let field, let value): return "\(field) is \(value): it must be 0 or more"
        case .trailing(let extra): return "\(extra) number(s) after the capacities: one problem per file, without a count line"
        }
    }
}

/// A generalized assignment problem: give every job to exactly one agent so that no agent's
/// capacity is exceeded, at the least total cost (or the greatest total profit).
///
/// The matrices are stored flat, agent-major (`cost[i * jobs + j]`), as the search reads
/// one agent's row or one job's column many millions of times.
public struct GAPInstance: Sendable, Equatable {
    /// Number of agents `m`.
    public let agents: Int
    /// Number of jobs `n`.
    public let jobs: Int
    /// `c[i][j]` as given in the file, flat: cost (min) or profit (max) of job j on agent i.
    public let cost: [Int]
    /// `r[i][j]`, flat: the capacity job j uses on agent i.
    public let resource: [Int]
    /// `b[i]`: agent i's capacity.
    public let capacity: [Int]
    /// Whether the objective is minimised or maximised.
    public var sense: GAPSense

    /// Creates an instance from flat agent-major matrices.
    public init(agents: Int, jobs: Int, cost: [Int], resource: [Int], capacity: [Int], sense: GAPSense = .min) {
        precondition(agents > 0 && jobs > 0 && cost.count == agents * jobs && resource.count == agents * jobs)
        precondition(capacity.count == agents)
        self.agents = agents
        self.jobs = jobs
        self.cost = cost
        self.resource = resource
        self.capacity = capacity
        self.sense = sense
    }

    /// Parses the OR-Library text format: whitespace-separated integers, line breaks meaningless.
    public init(parsing text: String, sense: GAPSense = .min) throws(GAPParseError) {
        var numbers: [Int] = []
        numbers.reserveCapacity(text.utf8.count / 3)
        var index = 0
        for token in text.split(whereSeparator: \.isWhitespace) {
            index += 1
            guard let value = Int(token) else { throw .notAnInteger(token: String(token.prefix(20)), index: index) }
            numbers.append(value)
        }
        guard numbers.count >= 2 else {
            if numbers.isEmpty { throw .empty }
            throw .truncated(expected: 2, found: numbers.count, section: "header 'm n'")
        }
        let m = numbers[0], n = numbers[1]
        guard m > 0, n > 0, m <= 1 << 20, n <= 1 << 24 else { throw .badSize(agents: m, jobs: n) }
        let cells = m * n
        let expected = 2 + 2 * cells + m
        if numbers.count < expected {
            let found = numbers.count
            let section: String
            if found < 2 + cells {
                section = "cost matrix, agent \((found - 2) / n + 1)"
            } else if found < 2 + 2 * cells {
                section = "resource matrix, agent \((found - 2 - cells) / n + 1)"
            } else {
                section = "capacities, agent \(found - 2 - 2 * cells + 1)"
            }
            throw .truncated(expected: expected, found: found, section: section)
        }
        if numbers.count > expected { throw .trailing(extra: numbers.count - expected) }
        let resource = Array(numbers[(2 + cells)..<(2 + 2 * cells)])
        if let k = resource.firstIndex(where: { $0 < 0 }) {
            throw .negative(field: "resource r[\(k / n + 1)][\(k % n + 1)]", value: resource[k])
        }
        let capacity = Array(numbers[(2 + 2 * cells)...])
        if let i = capacity.firstIndex(where: { $0 < 0 }) { throw .negative(field: "capacity b[\(i + 1)]", value: capacity[i]) }
        self.init(agents: m, jobs: n, cost: Array(numbers[2..<(2 + cells)]), resource: resource, capacity: capacity, sense: sense)
    }

    /// The objective of an assignment (`agentOf[j]` = agent of job j), in the instance's sense.
    public func objective(of agentOf: [Int]) -> Int {
        var total = 0
        for j in 0..<jobs { total += cost[agentOf[j] * jobs + j] }
        return total
    }

    /// Whether an assignment gives every job an agent and keeps every capacity.
    public func isFeasible(_ agentOf: [Int]) -> Bool {
        guard agentOf.count == jobs else { return false }
        var load = [Int](repeating: 0, count: agents)
        for j in 0..<jobs {
            let i = agentOf[j]
            guard i >= 0, i < agents else { return false }
            load[i] += resource[i * jobs + j]
        }
        return zip(load, capacity).allSatisfy { $0 <= $1 }
    }

    /// The costs the solver minimises: the file's costs for `min`, negated profits for `max`.
    var minimisingCost: [Int] { sense == .min ? cost : cost.map { -$0 } }
}
