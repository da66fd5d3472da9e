/// What one worker can take on in one week: hours and caseload norm (docs/rules.md).
public struct Capacity: Hashable, Sendable {
    /// Hours before absence: contract × casework share × ramp-up.
    public var baseHours: Double
    /// Hours available this week after absences, never below 0.
    public var availableHours: Double
    /// The most hours that may be planned: available × (1 + overload allowed) (rule H3).
    public var limitHours: Double
    /// Caseload norm in families, as lead or partner (rule H4).
    public var maxCases: Int
    /// Caseload norm in children (rule H4).
    public var maxChildren: Int
    /// Whether the worker is registered on the week's Monday (rule H1).
    public var registered: Bool
    /// Hours of this week's absences short enough for stand-ins (`stand_in_max_weeks`): the
    /// worker keeps their families and colleagues stand in for these hours.
    public var standInHours: Double = 0

    /// The share of a family's hours that stand-ins cover for this worker, 0…1: their short
    /// absence of the hours they would have had without it.
    public var absentShare: Double {
        let present = availableHours + standInHours
        return present > 0 ? min(1, standInHours / present) : 0
    }
}

extension Scenario {
    /// The capacity of `worker` in this scenario's week.
    public func capacity(of worker: Worker) -> Capacity {
        let monday = week.monday
        let share = worker.caseworkShare ?? settings.caseworkShare
        // A worker who left before Monday is no longer there, like one who has not started yet.
        let gone = worker.leaves.map { $0 < monday } ?? false
        let base = gone ? 0 : max(0, worker.hours * share * rampUpFactor(of: worker))
        // The working days after the last one are lost like an absence; absences are clipped to
        // the last working day so that a day is never lost twice.
        let lastDay = min(worker.leaves?.ordinal ?? week.allDays.upperBound, week.allDays.upperBound)
        var absent = base * Double(Self.workingDays(in: week, after: lastDay)) / 5
        var covered = 0.0
        for absence in worker.absences {
            let from = max(absence.from.ordinal, week.allDays.lowerBound)
            let to = min(absence.to.ordinal, week.allDays.upperBound)
            guard from <= to else { continue }
            let hours: Double
            if let given = absence.hours {
                hours = given
            } else {
                let days = max(0, min(to, lastDay, week.workingDays.upperBound) - max(from, week.workingDays.lowerBound) + 1)
                hours = base * Double(days) / 5
            }
            absent += hours
            if isShort(absence) { covered += hours }
        }
        let available = max(0, base - absent)
        var capacity = Capacity(
            baseHours: base,
            availableHours: available,
            limitHours: available * (1 + max(0, settings.overloadAllowed)),
            maxCases: worker.maxCases ?? norm(perFTE: settings.maxCasesPerFTE, hours: worker.hours),
            maxChildren: worker.maxChildren ?? norm(perFTE: settings.maxChildrenPerFTE, hours: worker.hours),
            registered: worker.isRegistered(on: monday)
        )
        capacity.standInHours = min(covered, base - available)
        return capacity
    }

    /// Whether `absence` is short enough for stand-ins: at most `stand_in_max_weeks` from its
    /// first day to its last.
    public func isShort(_ absence: Absence) -> Bool {
        absence.to.ordinal - absence.from.ordinal + 1 <= settings.standInMaxWeeks * 7
    }

    /// The ramp-up factor on the week's Monday. A worker who has not started by then counts 0:
    /// they cannot be planned in a week they are not yet there for.
    public func rampUpFactor(of worker: Worker) -> Double {
        guard let started = worker.started else { return 1 }
        let monday = week.monday
        if started > monday { return 0 }
        for step in settings.rampUp.sorted(by: { $0.months < $1.months })
        where monday < started.adding(months: step.months) {
            return step.factor
        }
        return 1
    }

    /// Working days (Monday–Friday) of `week` after day `ordinal`.
    static func workingDays(in week: ISOWeek, after ordinal: Int) -> Int {
        max(0, week.workingDays.upperBound - max(ordinal, week.workingDays.lowerBound - 1))
    }

    private func norm(perFTE: Double, hours: Double) -> Int {
        guard hours > 0, settings.fteHours > 0 else { return 0 }
        return max(1, Int((perFTE * hours / settings.fteHours + 1e-9).rounded(.down)))
    }
}
