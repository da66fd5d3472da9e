import Foundation

/// The M/M/c queue in steady state (Erlang C): `c` servers, Poisson arrivals at `arrivalRate`,
/// exponential service at `serviceRate` per server. The simulator's validation model reduces
/// to it, so its figures are what the simulation must reproduce.
public struct ErlangC: Hashable, Sendable {
    /// Servers (workers holding one family each).
    public var servers: Int
    /// Arrivals per week.
    public var arrivalRate: Double
    /// Closures per week per busy server (1 ÷ mean weeks in care).
    public var serviceRate: Double

    /// Creates the model.
    public init(servers: Int, arrivalRate: Double, serviceRate: Double) {
        self.servers = servers
        self.arrivalRate = arrivalRate
        self.serviceRate = serviceRate
    }

    /// Offered load in servers (λ ÷ μ).
    public var load: Double { arrivalRate / serviceRate }

    /// Share of servers busy (ρ = λ ÷ cμ); below 1 for a stable queue.
    public var utilisation: Double { load / Double(servers) }

    /// The probability that an arrival waits.
    public var waitProbability: Double {
        let a = load
        var term = 1.0  // a^k / k!
        var sum = 0.0
        for k in 0..<servers {
            sum += term
            term *= a / Double(k + 1)
        }
        // term is now a^c / c!
        let last = term / (1 - utilisation)
        return last / (sum + last)
    }

    /// Mean time from arrival to service, in weeks (Wq).
    public var meanWait: Double { waitProbability / (Double(servers) * serviceRate - arrivalRate) }

    /// Mean number waiting (Lq = λ Wq, Little's law).
    public var meanQueue: Double { arrivalRate * meanWait }
}
