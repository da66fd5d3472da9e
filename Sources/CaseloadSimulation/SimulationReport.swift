import CaseloadCore

/// What a simulation found: per arm (the baseline and each variant) the mean and 95 % interval
/// of every metric over post-warm-up weeks and replications, per week too, and for a variant
/// its paired difference from the baseline.
public struct SimulationReport: Hashable, Sendable {
    /// One week's estimates.
    public struct Week: Hashable, Sendable {
        /// Week number from 1 at the scenario's week.
        public var number: Int
        /// The ISO week.
        public var week: ISOWeek
        /// Mean and interval per weekly metric.
        public var values: [Metric: Estimate]
    }

    /// The baseline or one variant.
    public struct Arm: Hashable, Sendable {
        /// `baseline` or the variant's name.
        public var name: String
        /// Per metric over post-warm-up weeks.
        public var summary: [Metric: Estimate]
        /// Per post-warm-up week.
        public var perWeek: [Week]
        /// The variant minus the baseline, paired per replication (`nil` for the baseline).
        public var difference: [Metric: Estimate]?
        /// Families that arrived after the warm-up and were still unserved at the end, per
        /// replication (they are not in `weeks_waited`).
        public var neverServed: Estimate
        /// Planning runs over all replications.
        public var plans: Int
    }

    /// The scenario's name.
    public var scenario: String
    /// The settings it ran with.
    public var settings: SimulationSettings
    /// The scenario's week, where week 1 starts.
    public var startWeek: ISOWeek
    /// The baseline.
    public var baseline: Arm
    /// The variants, in the scenario's order.
    public var variants: [Arm]

    /// Builds the report from the replications' results, `results[arm][replication]`, arm 0
    /// being the baseline.
    init(scenario: Scenario, settings: SimulationSettings, names: [String], results: [[ReplicationResult]]) {
        self.scenario = scenario.name
        self.settings = settings
        startWeek = scenario.week
        let warmup = settings.warmupWeeks
        let measured = warmup..<settings.weeks

        func perReplication(_ result: ReplicationResult) -> [Metric: Double] {
            var values: [Metric: Double] = [:]
            for metric in Metric.weekly {
                values[metric] = measured.reduce(0) { $0 + metric.value(in: result.weeks[$1]) } / Double(measured.count)
            }
            values[.weeksWaited] = result.waited.isEmpty ? .nan : result.waited.reduce(0, +) / Double(result.waited.count)
            return values
        }

        let summaries = results.map { $0.map(perReplication) }
        var arms: [Arm] = []
        for (a, name) in names.enumerated() {
            var summary: [Metric: Estimate] = [:]
            var difference: [Metric: Estimate]? = a == 0 ? nil : [:]
            for metric in Metric.allCases {
                summary[metric] = Estimate(summaries[a].map { $0[metric]! })
                if a > 0 {
                    difference?[metric] = Estimate(zip(summaries[a], summaries[0]).map { $0[metric]! - $1[metric]! })
                }
            }
            let perWeek = measured.map { w in
                Week(
                    number: w + 1, week: scenario.week.adding(weeks: w),
                    values: Dictionary(
                        uniqueKeysWithValues: Metric.weekly.map { m in (m, Estimate(results[a].map { m.value(in: $0.weeks[w]) })) }))
            }
            arms.append(
                Arm(
                    name: name, summary: summary, perWeek: perWeek, difference: difference,
                    neverServed: Estimate(results[a].map { Double($0.neverServed) }),
                    plans: results[a].reduce(0) { $0 + $1.plans }))
        }
        baseline = arms[0]
        variants = Array(arms.dropFirst())
    }
}
