/// Hours a colleague stands in for an absent lead or partner on one family (waarneming): the
/// family keeps its people, the stand-in carries hours, not the family (no handover, no norm
/// place).
public struct StandIn: Hashable, Sendable {
    /// The case code.
    public var caseID: String
    /// The lead or partner who is away.
    public var absent: String
    /// The colleague who stands in.
    public var standIn: String
    /// Hours this week.
    public var hours: Double

    /// Creates a stand-in.
    public init(caseID: String, absent: String, standIn: String, hours: Double) {
        self.caseID = caseID
        self.absent = absent
        self.standIn = standIn
        self.hours = hours
    }
}

/// Hours of an absent lead or partner on one family that no colleague can stand in for: a
/// manager must see them, not have them hidden as a handover.
public struct UncoveredHours: Hashable, Sendable {
    /// The case code.
    public var caseID: String
    /// The lead or partner who is away.
    public var worker: String
    /// Hours this week.
    public var hours: Double

    /// Creates an uncovered entry.
    public init(caseID: String, worker: String, hours: Double) {
        self.caseID = caseID
        self.worker = worker
        self.hours = hours
    }
}

extension PlanState {
    /// Who stands in for the leads and partners away part of this week (`Capacity.absentShare`),
    /// family by family, most urgent first: the absent share of their hours on each family goes
    /// to registered colleagues of their organisation (or one sharing a network with it) who may
    /// do that work — lead the family, or partner it — and have hours left, the roomiest first.
    /// What no one can take is uncovered. `change` holds, per worker, the units the stand-ins
    /// move (negative for the absent, positive for the stand-ins).
    public func standIns() -> (standIns: [StandIn], uncovered: [UncoveredHours], change: [Int]) {
        let workers = problem.workers
        var change = [Int](repeating: 0, count: workers.count)
        var result: [StandIn] = []
        var uncovered: [UncoveredHours] = []
        guard workers.contains(where: { $0.capacity.absentShare > 0 }) else { return ([], [], change) }
        let order = problem.cases.indices.filter { choices[$0] != nil }.sorted { a, b in
            let x = problem.cases[a], y = problem.cases[b]
            return x.priority != y.priority ? x.priority < y.priority : x.rank < y.rank
        }
        func room(_ w: Int) -> Int { problem.hoursLeft(w, load: load[w] + change[w]) }
        for c in order {
            guard let choice = choices[c] else { continue }
            let info = problem.cases[c]
            for (away, isLead) in [(choice.lead, true), (choice.partner, false)] {
                // Supporters away are planned within the hours they have: no one stands in.
                guard let away, workers[away].capacity.absentShare > 0, workers[away].mayLead else { continue }
                let share = workers[away].capacity.absentShare
                // Rounded up, so that what the absent worker does themselves stays within the
                // hours they really have.
                var need = Int((share * Double(problem.units(of: away, in: choice, for: c)) - 1e-9).rounded(.up))
                guard need > 0 else { continue }
                change[away] -= need
                let pool = isLead ? problem.candidates.leads(of: c) : problem.candidates.partners[info.municipality]
                let organisation = workers[away].organisation
                let colleagues = pool.filter { s in
                    s != away && workers[s].capacity.absentShare == 0 && workers[s].limit > 0
                        && problem.mayShare(lead: organisation, with: workers[s].organisation)
                }
                for s in colleagues.sorted(by: { room($0) != room($1) ? room($0) > room($1) : $0 < $1 }) {
                    let taken = min(need, room(s))
                    guard taken > 0 else { break }
                    change[s] += taken
                    need -= taken
                    result.append(
                        StandIn(
                            caseID: info.id, absent: workers[away].id, standIn: workers[s].id,
                            hours: PlanningProblem.hours(taken)))
                    if need == 0 { break }
                }
                if need > 0 {
                    uncovered.append(UncoveredHours(caseID: info.id, worker: workers[away].id, hours: PlanningProblem.hours(need)))
                }
            }
        }
        return (result, uncovered, change)
    }
}
