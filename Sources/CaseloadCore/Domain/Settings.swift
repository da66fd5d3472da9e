/// The planning settings of a scenario; every field has the default of docs/rules.md.
public struct Settings: Hashable, Sendable {
    /// One step of the ramp-up: a worker who started fewer than `months` months before the
    /// week counts `factor` of their hours.
    public struct RampUpStep: Hashable, Sendable, Codable {
        /// Months since the start below which this factor applies.
        public var months: Int
        /// The share of hours that counts.
        public var factor: Double
        /// Creates a ramp-up step.
        public init(months: Int, factor: Double) {
            self.months = months
            self.factor = factor
        }
    }

    /// The weights of the soft score terms S1–S4.
    public struct Weights: Hashable, Sendable {
        /// S1: per waiting family, times its priority and waiting-time factor.
        public var waiting: Double
        /// S2: per change of lead; a change of partner weighs half.
        public var handover: Double
        /// S3: per delegable hour done by a registered worker on a kind a supporter may do.
        public var undelegated: Double
        /// S4: per unit of utilisation spread.
        public var balance: Double
        /// Creates weights.
        public init(waiting: Double = 1000, handover: Double = 50, undelegated: Double = 5, balance: Double = 1) {
            self.waiting = waiting
            self.handover = handover
            self.undelegated = undelegated
            self.balance = balance
        }
        /// The names `--weight K=V` accepts.
        public static let names = Key.allCases.map(\.rawValue)
        /// Sets a weight by its name; returns `false` for an unknown name.
        public mutating func set(_ name: String, to value: Double) -> Bool {
            guard let key = Key(rawValue: name) else { return false }
            self[key] = value
            return true
        }
    }

    /// Hours of a full-time week (CAO Jeugdzorg: 36).
    public var fteHours: Double = 36
    /// Share of contract hours for case-bound work.
    public var caseworkShare: Double = 0.8
    /// Families per FTE (Significant 2022: 8–9).
    public var maxCasesPerFTE: Double = 9
    /// Children (measures) per FTE (FNV–GI agreement 2023: 12).
    public var maxChildrenPerFTE: Double = 12
    /// How far above available hours a worker may be planned (0.1 = 10 %).
    public var overloadAllowed: Double = 0
    /// Whether a duo partner must come from another organisation than the lead.
    public var duoAcrossOrganisations: Bool = true
    /// The lead's share of a duo's casework hours; the partner does the rest.
    public var duoSplit: Double = 0.5
    /// Ramp-up of new colleagues.
    public var rampUp: [RampUpStep] = [RampUpStep(months: 3, factor: 0.5), RampUpStep(months: 6, factor: 0.75)]
    /// Soft score weights.
    public var weights = Weights()
    /// Voluntary changes of lead or partner a plan may make (SPEC §3): to serve a waiting
    /// family or for balance. Beyond it the plan only proposes them.
    public var maxVoluntaryHandovers: Int = 0
    /// Absences up to this many weeks are covered by stand-ins (waarneming): the worker keeps
    /// their families. A longer absence forces a handover.
    public var standInMaxWeeks: Int = 2

    /// The defaults.
    public init() {}
}
