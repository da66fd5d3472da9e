/// The `simulation:` section of a scenario (docs/formats.md): how families arrive, stay and
/// close, how the team changes, and how often the planner runs.
public struct SimulationSettings: Hashable, Sendable {
    /// When the planner runs.
    public enum Replan: String, CaseIterable, Hashable, Sendable {
        /// Each Monday, for the week ahead: how a team manager plans.
        case weekly
        /// At every arrival and closure (and each Monday): a free worker takes the next family at
        /// once, which is the queueing model Erlang C describes.
        case onEvent = "on-event"
    }

    /// What the first week holds.
    public enum Start: String, CaseIterable, Hashable, Sendable {
        /// The scenario's staff and open families.
        case scenario
        /// The scenario's staff and no families.
        case empty
    }

    /// How a family's time in care is drawn around its framework's mean.
    public enum DurationDistribution: String, CaseIterable, Hashable, Sendable {
        /// Memoryless, as in M/M/c.
        case exponential
        /// Right-skewed with coefficient of variation `durationCV`.
        case lognormal
    }

    /// A window of weeks in which arrivals run at a multiple of their rate.
    public struct Surge: Hashable, Sendable {
        /// The framework that surges; `nil`: every framework.
        public var framework: Framework?
        /// First week of the surge, counted from 0 at the scenario's week.
        public var fromWeek: Int
        /// How many weeks it lasts.
        public var weeks: Int
        /// The factor on the arrival rate.
        public var factor: Double

        /// Creates a surge.
        public init(framework: Framework?, fromWeek: Int, weeks: Int, factor: Double) {
            self.framework = framework
            self.fromWeek = fromWeek
            self.weeks = weeks
            self.factor = factor
        }

        /// Whether week `week` lies inside the surge.
        public func covers(week: Int) -> Bool { week >= fromWeek && week < fromWeek + weeks }
    }

    /// Something that happens to a family in care and adds hours for a few weeks (a court
    /// hearing, an out-of-home placement).
    public struct CaseEvent: Hashable, Sendable {
        /// A label such as `court`.
        public var name: String
        /// How often it happens to one family in care, per year.
        public var perYear: Double
        /// How many weeks the extra hours last.
        public var weeks: Int
        /// Extra weekly hours per task kind.
        public var hours: [String: Double]

        /// Creates an event.
        public init(name: String, perYear: Double, weeks: Int, hours: [String: Double]) {
            self.name = name
            self.perYear = perYear
            self.weeks = weeks
            self.hours = hours
        }
    }

    /// Absence of workers beyond the scenario's known absences.
    public struct Absence: Hashable, Sendable {
        /// The share of working time lost to sickness (child protection: 0.07–0.08).
        public var sickRate: Double
        /// Mean length of a sickness spell in weeks.
        public var meanSpellWeeks: Double
        /// Weeks of leave per worker per year, taken a week at a time at random (200 h a year
        /// per FTE is about 5.6 weeks).
        public var leaveWeeksPerYear: Double

        /// Creates absence settings.
        public init(sickRate: Double = 0, meanSpellWeeks: Double = 2, leaveWeeksPerYear: Double = 0) {
            self.sickRate = sickRate
            self.meanSpellWeeks = meanSpellWeeks
            self.leaveWeeksPerYear = leaveWeeksPerYear
        }
    }

    /// How much search the planner spends at each planning point.
    public struct PlannerBudget: Hashable, Sendable {
        /// Moves without a better plan before a planning point's search stops.
        public var unimprovedMoves: Int
        /// Whether a family in care stays served while its people can hold it (see
        /// `PlanOptions.keepServed`).
        public var keepServed: Bool

        /// Creates a budget.
        public init(unimprovedMoves: Int = 2000, keepServed: Bool = true) {
            self.unimprovedMoves = unimprovedMoves
            self.keepServed = keepServed
        }
    }

    /// Planning points (weeks) simulated, warm-up included.
    public var weeks: Int = 52
    /// Weeks at the start left out of the statistics.
    public var warmupWeeks: Int = 8
    /// Independent replications.
    public var replications: Int = 100
    /// The seed of the whole run; replication `r` derives its own.
    public var seed: UInt64 = 1
    /// When the planner runs.
    public var replan: Replan = .weekly
    /// What the first week holds.
    public var start: Start = .scenario
    /// New families per week by framework.
    public var arrivals: [Framework: Double] = [:]
    /// Windows of higher arrival rates.
    public var surges: [Surge] = []
    /// Mean weeks in care by framework; missing frameworks take `defaultDurations`.
    public var durationsWeeks: [Framework: Double] = [:]
    /// How durations are drawn.
    public var durationDistribution: DurationDistribution = .exponential
    /// The coefficient of variation of a lognormal duration.
    public var durationCV: Double = 0.5
    /// Events that add hours to families in care.
    public var events: [CaseEvent] = []
    /// Sickness and leave.
    public var absence = Absence()
    /// Share of workers who leave per year.
    public var turnoverPerYear: Double = 0
    /// Weeks before a leaver's replacement starts.
    public var replacementDelayWeeks: Double = 12
    /// Variants compared with the baseline on common random numbers.
    public var variants: [SimulationVariant] = []
    /// The planner's search budget per planning point.
    public var planner = PlannerBudget()

    /// The defaults.
    public init() {}

    /// Mean weeks in care per framework: for the measures, the families in care divided by those
    /// leaving per week; for the investigations and the voluntary duo, their stated (or else
    /// estimated) lengths.
    public static let defaultDurations: [Framework: Double] = [
        .ots: 120, .provisionalOts: 13, .guardianship: 364, .youthProbation: 48, .vtInvestigation: 10,
        .rvdkInvestigation: 12, .voluntary: 32,
    ]

    /// Mean weeks in care of `framework`.
    public func meanDuration(of framework: Framework) -> Double {
        durationsWeeks[framework] ?? Self.defaultDurations[framework] ?? 52
    }

    /// The arrival rate of `framework` in week `week`, surges included, times `factor`.
    public func arrivalRate(of framework: Framework, week: Int, factor: Double = 1) -> Double {
        var rate = (arrivals[framework] ?? 0) * factor
        for surge in surges where surge.framework == nil || surge.framework == framework {
            if surge.covers(week: week) { rate *= surge.factor }
        }
        return rate
    }

    /// Problems with these settings, each as (field, what is wrong in every language); empty
    /// when they can run. The field keeps the file's name.
    public func problems() -> [(field: String, text: Text)] {
        typealias T = SimulationTexts
        var result: [(String, Text)] = []
        if weeks < 1 || weeks > 520 { result.append(("weeks", T.range("1", "520", is: weeks))) }
        if warmupWeeks < 0 || warmupWeeks >= weeks {
            result.append(("warmup_weeks", T.warmup(weeks: weeks, is: warmupWeeks)))
        }
        if replications < 2 || replications > 10_000 {
            result.append(("replications", T.range("2", "10000", is: replications, why: T.intervalNeedsTwo)))
        }
        for (framework, rate) in arrivals where !(rate >= 0) || rate > 1000 {
            result.append(("arrivals.\(framework.rawValue)", T.arrivals(is: rate)))
        }
        for (framework, mean) in durationsWeeks where !(mean > 0) {
            result.append(("durations_weeks.\(framework.rawValue)", T.moreThanZeroWeeks(is: mean)))
        }
        for surge in surges where !(surge.factor >= 0) || surge.weeks < 0 {
            result.append(("surges", T.surge))
        }
        if !(durationCV > 0) { result.append(("duration_cv", T.moreThanZero(is: durationCV))) }
        for event in events where !(event.perYear >= 0) || event.weeks < 1 || event.hours.values.contains(where: { !($0 >= 0) }) {
            result.append(("events", T.event(event.name)))
        }
        if !(absence.sickRate >= 0 && absence.sickRate < 1) {
            result.append(("absence.sick_rate", T.sickRate(is: absence.sickRate)))
        }
        if !(absence.meanSpellWeeks > 0) {
            result.append(("absence.mean_spell_weeks", T.moreThanZero(is: absence.meanSpellWeeks)))
        }
        if !(absence.leaveWeeksPerYear >= 0 && absence.leaveWeeksPerYear <= 52) {
            result.append(("absence.leave_weeks_per_year", T.range("0", "52", is: Text.number(absence.leaveWeeksPerYear))))
        }
        if !(turnoverPerYear >= 0 && turnoverPerYear <= 10) {
            result.append(("turnover_per_year", T.range("0", "10", is: Text.number(turnoverPerYear))))
        }
        if !(replacementDelayWeeks >= 0) {
            result.append(("replacement_delay_weeks", T.atLeastZero(is: replacementDelayWeeks)))
        }
        if planner.unimprovedMoves < 0 { result.append(("planner.unimproved_moves", T.atLeastZero(is: nil))) }
        var names = Set<String>()
        for variant in variants where !names.insert(variant.name).inserted {
            result.append(("variants", T.nameTwice(variant.name)))
        }
        return result
    }
}
