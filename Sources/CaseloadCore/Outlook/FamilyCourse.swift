/// The weekly hours one open family is expected to need in the weeks ahead, as it moves
/// through its phases (start → middle → end → closed).
///
/// When a family entered its current phase is not recorded, so it is taken to be halfway
/// through it: ⌈length ÷ 2⌉ weeks remain (at least one, so that the planning week needs what
/// `Scenario.demand(of:)` says), then every later phase at its full case-type length. A phase
/// without a length is open-ended: the family stays in it. After `end` the family closes.
public struct FamilyCourse: Hashable, Sendable {
    /// One phase of the course, as far as it lies ahead.
    public struct Stage: Hashable, Sendable {
        /// The phase.
        public var phase: Phase
        /// Weeks spent in it from here; `nil` when the phase is open-ended.
        public var weeks: Int?
        /// Weekly hours per task kind while in it (kinds with zero hours left out).
        public var hours: [String: Double]

        /// Creates a stage.
        public init(phase: Phase, weeks: Int?, hours: [String: Double]) {
            self.phase = phase
            self.weeks = weeks
            self.hours = hours
        }
    }

    /// The stages ahead, the current phase first.
    public var stages: [Stage]

    /// Creates a course from its stages.
    public init(stages: [Stage]) { self.stages = stages }

    /// Weeks until the family closes, counted from the planning week; `nil` when it stays open.
    public var openWeeks: Int? {
        var total = 0
        for stage in stages {
            guard let weeks = stage.weeks else { return nil }
            total += weeks
        }
        return total
    }

    /// The stage the family is in `week` weeks after the planning week, or `nil` once it has closed.
    public func stage(inWeek week: Int) -> Stage? {
        var start = 0
        for stage in stages {
            guard let weeks = stage.weeks else { return stage }
            if week < start + weeks { return stage }
            start += weeks
        }
        return nil
    }

    /// The weekly hours per task kind `week` weeks after the planning week (empty once closed).
    public func hours(inWeek week: Int) -> [String: Double] { stage(inWeek: week)?.hours ?? [:] }
}

extension Scenario {
    /// The course of family `c` from this scenario's week (see `FamilyCourse`). Its own `hours`
    /// hold for the rest of its current phase; later phases take the case type's hours.
    public func course(of c: Case) -> FamilyCourse {
        let current = caseType(c.framework, c.phase)
        var stages = [
            FamilyCourse.Stage(phase: c.phase, weeks: current?.weeks.map { max(1, ($0 + 1) / 2) }, hours: demand(of: c))
        ]
        guard stages[0].weeks != nil, let position = Phase.allCases.firstIndex(of: c.phase) else {
            return FamilyCourse(stages: stages)
        }
        for phase in Phase.allCases[(position + 1)...] {
            let type = caseType(c.framework, phase)
            let weeks = type?.weeks.map { max(0, $0) }
            stages.append(FamilyCourse.Stage(phase: phase, weeks: weeks, hours: (type?.hours ?? [:]).filter { $0.value > 0 }))
            if weeks == nil { break }
        }
        return FamilyCourse(stages: stages)
    }

    /// The course of a family of `framework` that arrives now: every phase from its start, at
    /// full length, with the case type's hours.
    public func newCourse(of framework: Framework) -> FamilyCourse {
        var stages: [FamilyCourse.Stage] = []
        for phase in Phase.allCases {
            let type = caseType(framework, phase)
            let weeks = type?.weeks.map { max(0, $0) }
            stages.append(FamilyCourse.Stage(phase: phase, weeks: weeks, hours: (type?.hours ?? [:]).filter { $0.value > 0 }))
            if weeks == nil { break }
        }
        return FamilyCourse(stages: stages)
    }
}
