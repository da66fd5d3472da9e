import CaseloadCore
import CaseloadSearch
import Dispatch
import Synchronization

/// A peak-load simulation (`caseload simulate`, docs/commands.md): independent replications of
/// a scenario's team over a horizon, the baseline and each variant on common random numbers,
/// run in parallel.
public struct Simulation: Sendable {
    /// The scenario: staff, open families, settings and case types.
    public var scenario: Scenario
    /// Its `simulation:` section.
    public var settings: SimulationSettings

    /// Creates a simulation.
    public init(scenario: Scenario, settings: SimulationSettings) {
        self.scenario = scenario
        self.settings = settings
    }

    /// The seed of replication `r`: the same for the baseline and every variant, which is what
    /// puts them on common random numbers.
    public static func seed(of replication: Int, in seed: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(replication + 1))
        return generator.next()
    }

    /// Runs every replication of the baseline and the variants on `threads` threads and
    /// returns the report. The report depends on the seed only: each replication is planned
    /// with move limits, never a time limit, and results are kept by index, not by finish.
    ///
    /// `progress` is called with (done, total) replications, from any thread.
    public func run(threads: Int = 2, progress: (@Sendable (Int, Int) -> Void)? = nil) -> SimulationReport {
        let arms: [(name: String, scenario: Scenario, settings: SimulationSettings, factor: Double)] =
            [("baseline", scenario, settings, 1)]
            + settings.variants.map { ($0.name, $0.applied(to: scenario), $0.applied(to: self.settings), $0.arrivalFactor) }
        let replications = settings.replications
        let total = arms.count * replications
        let next = Mutex(0)
        let results = Mutex([ReplicationResult?](repeating: nil, count: total))
        let seed = settings.seed
        Workers.perform(max(1, min(threads, total))) { _ in
            while true {
                let job = next.withLock { n -> Int in
                    defer { n += 1 }
                    return n
                }
                guard job < total else { return }
                let arm = arms[job / replications]
                let r = job % replications
                let result = Replication(
                    scenario: arm.scenario, settings: arm.settings, arrivalFactor: arm.factor,
                    seed: Self.seed(of: r, in: seed)
                ).run()
                let done = results.withLock { all -> Int in
                    all[job] = result
                    return all.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
                }
                progress?(done, total)
            }
        }
        let all = results.withLock { $0.map { $0! } }
        let byArm = (0..<arms.count).map { a in Array(all[(a * replications)..<((a + 1) * replications)]) }
        return SimulationReport(scenario: scenario, settings: settings, names: arms.map(\.name), results: byArm)
    }
}
