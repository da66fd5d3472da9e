import CaseloadCore

/// A family in the simulation: when it arrived, when it was first served, when its time in
/// care ends, and the events that add hours on the way. Known only by a generated code.
struct Family {
    let id: String
    let framework: Framework
    let municipality: String
    let children: Int
    let priority: Int
    let duo: Bool
    let skills: [String]
    /// The scenario's own hours for a family present at the start, kept while it stays in
    /// that phase.
    let ownHours: (phase: Phase, hours: [String: Double])?
    /// When it arrived, in weeks from the start (negative for families present at the start).
    let arrival: Double
    /// Weeks in care, drawn at arrival; the clock starts at the first week served.
    let duration: Double
    /// Since when it waits for its people: its arrival, or when it lost them.
    var waitingSince: Double
    /// When it was first served in the simulation (`nil` while it has never been).
    var firstServed: Double?
    /// When its time in care began (before the start for families already in care).
    var careStart: Double?
    /// When its time in care ends.
    var close: Double = .infinity
    /// Extra hours from events, each for a window of weeks.
    var extra: [(from: Double, to: Double, hours: [String: Double])] = []
    /// Its own stream, for the events drawn once it is in care.
    var stream: RandomStream

    /// Phase at time `t`: the start and end phases take the case type's lengths (scaled down
    /// for a short stay), the middle the rest.
    func phase(at t: Double, lengths: (start: Double, end: Double)) -> Phase {
        guard let careStart else { return .start }
        var (s, e) = lengths
        let total = close - careStart
        if total < s + e, s + e > 0 {
            let k = total / (s + e)
            s *= k
            e *= k
        }
        if t - careStart < s { return .start }
        if close - t <= e { return .end }
        return .middle
    }

    /// This family as a case of the week at time `t`, with its hours for that moment.
    func asCase(at t: Double, in scenario: Scenario, lengths: (start: Double, end: Double), day: (Double) -> Day) -> Case {
        let phase = phase(at: t, lengths: lengths)
        var c = Case(
            id: id, municipality: municipality, children: children, framework: framework, phase: phase,
            priority: priority, duo: duo, skills: skills, waitingSince: day(waitingSince))
        if let own = ownHours, own.phase == phase { c.hours = own.hours }
        let active = extra.filter { $0.from <= t && t < $0.to }
        if !active.isEmpty {
            var hours = scenario.demand(of: c)
            for event in active {
                for (kind, h) in event.hours { hours[kind, default: 0] += h }
            }
            c.hours = hours
        }
        return c
    }
}
