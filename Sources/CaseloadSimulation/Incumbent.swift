import CaseloadCore

/// One person in one post over the horizon: when they join and leave, and the weeks they are
/// away. A leaver's post is filled again after the replacement delay by a new colleague (who
/// ramps up), so one post is a chain of incumbents.
struct Incumbent {
    /// The worker as planned: the scenario's, or a replacement with a new code and start date.
    var worker: Worker
    /// When they join, in weeks from the start (`-infinity` for the scenario's staff).
    let joins: Double
    /// When they leave (`infinity` if not within the horizon).
    let leaves: Double
    /// Weeks away for sickness or leave, as (from, to) in weeks from the start.
    let spells: [(from: Double, to: Double)]

    /// Whether they are in the team at time `t`.
    func present(at t: Double) -> Bool { joins <= t && t < leaves }

    /// The incumbents of `worker`'s post over `weeks` weeks of `settings`, drawn from streams
    /// named after the post so that other posts' draws never shift.
    ///
    /// A worker with a known last day (`Worker.leaves`) leaves then, or earlier if drawn so.
    static func chain(
        of worker: Worker, weeks: Int, settings: SimulationSettings, seed: UInt64, day: (Double) -> Day,
        time: (Day) -> Double
    ) -> [Incumbent] {
        var result: [Incumbent] = []
        var turnover = RandomStream(seed: seed, label: "turnover:\(worker.id)")
        var joins = -Double.infinity
        var current = worker
        let horizon = Double(weeks)
        for generation in 0..<64 {
            let stay = settings.turnoverPerYear > 0 ? turnover.exponential(mean: 52 / settings.turnoverPerYear) : .infinity
            var leaves = (joins.isFinite ? joins : 0) + stay
            if let last = current.leaves { leaves = min(leaves, time(last.adding(days: 1))) }
            let spells = absences(of: current.id, from: max(0, joins), to: min(leaves, horizon), settings: settings, seed: seed)
            result.append(Incumbent(worker: current, joins: joins, leaves: leaves, spells: spells))
            guard leaves < horizon else { break }
            joins = leaves + settings.replacementDelayWeeks
            guard joins < horizon else { break }
            current = worker
            current.id = "\(worker.id)-r\(generation + 1)"
            current.name = nil
            current.started = day(joins)
            current.leaves = nil
            current.absences = []
        }
        return result
    }

    /// Sickness as an alternating renewal process (well, then a spell of mean length), tuned so
    /// that the long-run share of time sick is the sick rate; and leave as one-week spells at a
    /// rate of the leave weeks a year.
    static func absences(
        of id: String, from start: Double, to end: Double, settings: SimulationSettings, seed: UInt64
    ) -> [(from: Double, to: Double)] {
        var spells: [(from: Double, to: Double)] = []
        let absence = settings.absence
        if absence.sickRate > 0, start < end {
            var sick = RandomStream(seed: seed, label: "sick:\(id)")
            let meanWell = absence.meanSpellWeeks * (1 - absence.sickRate) / absence.sickRate
            var t = start
            while t < end {
                t += sick.exponential(mean: meanWell)
                guard t < end else { break }
                let length = sick.exponential(mean: absence.meanSpellWeeks)
                spells.append((t, min(end, t + length)))
                t += length
            }
        }
        if absence.leaveWeeksPerYear > 0, start < end {
            var leave = RandomStream(seed: seed, label: "leave:\(id)")
            var t = start
            while true {
                t += leave.exponential(mean: 52 / absence.leaveWeeksPerYear)
                guard t < end else { break }
                spells.append((t, min(end, t + 1)))
            }
        }
        return spells
    }
}
