/// Default weekly hours of a case by framework and phase, and how long the phase lasts.
public struct CaseType: Hashable, Sendable {
    /// Typical length of the phase in weeks (`nil` for an open-ended phase).
    public var weeks: Int?
    /// Weekly hours per task kind.
    public var hours: [String: Double]

    /// Creates a case type entry.
    public init(weeks: Int? = nil, hours: [String: Double]) {
        self.weeks = weeks
        self.hours = hours
    }
}

/// Case types for every framework and phase: a scenario's own, over the built-in estimates.
public struct CaseTypeTable: Hashable, Sendable {
    /// Entries by framework and phase.
    public var entries: [Framework: [Phase: CaseType]]

    /// Creates a table from entries.
    public init(entries: [Framework: [Phase: CaseType]]) { self.entries = entries }

    /// The entry for a framework and phase, if any.
    public subscript(framework: Framework, phase: Phase) -> CaseType? {
        get { entries[framework]?[phase] }
        set { entries[framework, default: [:]][phase] = newValue }
    }

    /// This table with `other`'s entries laid over it.
    public func merging(_ other: CaseTypeTable) -> CaseTypeTable {
        var result = self
        for (framework, phases) in other.entries {
            for (phase, type) in phases { result[framework, phase] = type }
        }
        return result
    }

    /// The built-in defaults: estimated hours per framework and phase (docs/rules.md, "Case
    /// types"), with the delegable share given to the named kinds.
    public static let defaults: CaseTypeTable = {
        func t(_ weeks: Int?, _ total: Double, _ delegable: Double, _ to: [String]) -> CaseType {
            var hours = [TaskKind.casework: round2(total * (1 - delegable))]
            let each = round2(total * delegable / Double(to.count))
            for kind in to { hours[kind] = each }
            return CaseType(weeks: weeks, hours: hours)
        }
        return CaseTypeTable(entries: [
            .ots: [.start: t(6, 6.0, 0.2, ["admin"]), .middle: t(nil, 2.5, 0.25, ["admin"]), .end: t(8, 3.0, 0.3, ["admin"])],
            .provisionalOts: [.start: t(2, 7.0, 0.2, ["admin"]), .middle: t(10, 4.0, 0.2, ["admin"]), .end: t(2, 4.0, 0.2, ["admin"])],
            .guardianship: [
                .start: t(8, 4.0, 0.3, ["admin", "legal"]), .middle: t(nil, 1.8, 0.3, ["admin", "legal"]),
                .end: t(8, 1.8, 0.3, ["admin", "legal"]),
            ],
            .youthProbation: [.start: t(4, 5.0, 0.2, ["admin"]), .middle: t(36, 2.5, 0.2, ["admin"]), .end: t(8, 2.0, 0.2, ["admin"])],
            .vtInvestigation: [.start: t(3, 3.5, 0.15, ["admin"]), .middle: t(5, 3.5, 0.15, ["admin"]), .end: t(2, 3.5, 0.15, ["admin"])],
            .rvdkInvestigation: [
                .start: t(3, 4.0, 0.15, ["admin"]), .middle: t(7, 4.0, 0.15, ["admin"]), .end: t(2, 4.0, 0.15, ["admin"]),
            ],
            // A safety-team duo: 1.5 h per duo member, so 3.0 h of casework for the pair.
            .voluntary: [.start: t(8, 3.33, 0.1, ["admin"]), .middle: t(16, 3.33, 0.1, ["admin"]), .end: t(8, 3.33, 0.1, ["admin"])],
        ])
    }()

    private static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
