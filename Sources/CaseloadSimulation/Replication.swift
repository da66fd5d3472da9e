import CaseloadCore

/// The figures of one replication.
public struct ReplicationResult: Hashable, Sendable {
    /// One entry per simulated week, warm-up included.
    public var weeks: [WeekFigures]
    /// Weeks from arrival to first being served, for families that arrived after the warm-up
    /// and were served within the horizon.
    public var waited: [Double]
    /// Families that arrived after the warm-up and were never served within the horizon.
    public var neverServed: Int
    /// How often the planner ran.
    public var plans: Int
}

/// One replication: the team and its families week by week, planned by the same planner as
/// `caseload plan`, each plan warm-started from the one before.
///
/// Time runs in weeks from the scenario's week (0 = its Monday). Everything that does not
/// depend on the plans — arrivals, people's absences and departures — is drawn up front from
/// streams named per framework and per post; a family's events are drawn when it enters care.
struct Replication {
    let scenario: Scenario
    let settings: SimulationSettings
    let arrivalFactor: Double
    let seed: UInt64
    /// The scenario's case types over the built-in ones.
    let caseTypes: CaseTypeTable

    init(scenario: Scenario, settings: SimulationSettings, arrivalFactor: Double, seed: UInt64) {
        self.scenario = scenario
        self.settings = settings
        self.arrivalFactor = arrivalFactor
        self.seed = seed
        caseTypes = CaseTypeTable.defaults.merging(scenario.caseTypes)
    }

    private var monday0: Day { scenario.week.monday }

    func day(_ t: Double) -> Day { monday0.adding(days: Int((t * 7).rounded(.down))) }

    /// Time of `day` in weeks from the start.
    func time(of day: Day) -> Double { Double(day.ordinal - monday0.ordinal) / 7 }

    func phaseLengths(_ framework: Framework) -> (start: Double, end: Double) {
        (Double(caseTypes[framework, .start]?.weeks ?? 0), Double(caseTypes[framework, .end]?.weeks ?? 0))
    }

    func drawDuration(_ framework: Framework, _ stream: inout RandomStream) -> Double {
        let mean = settings.meanDuration(of: framework)
        switch settings.durationDistribution {
        case .exponential: return stream.exponential(mean: mean)
        case .lognormal: return stream.lognormal(mean: mean, cv: settings.durationCV)
        }
    }

    /// The families arriving over the horizon, in order of time.
    func arrivals() -> [Family] {
        var result: [Family] = []
        let templates = Dictionary(grouping: scenario.cases, by: \.framework)
        for framework in Framework.allCases where (settings.arrivals[framework] ?? 0) > 0 {
            var stream = RandomStream(seed: seed, label: "arrivals:\(framework.rawValue)")
            var n = 0
            for week in 0..<settings.weeks {
                let rate = settings.arrivalRate(of: framework, week: week, factor: arrivalFactor)
                guard rate > 0 else { continue }
                // Exponential gaps, restarted at each week boundary: the process is memoryless,
                // so a piecewise-constant rate needs nothing more.
                var t = Double(week)
                while true {
                    t += stream.exponential(mean: 1 / rate)
                    guard t < Double(week + 1) else { break }
                    n += 1
                    var own = RandomStream(seed: seed, label: "family:\(framework.rawValue):\(n)")
                    // A new family looks like one the team already has in that framework: its
                    // municipality, children, priority, duo and skills.
                    let pool = templates[framework] ?? scenario.cases
                    let template = pool.isEmpty ? nil : pool[own.index(pool.count)]
                    let duration = drawDuration(framework, &own)
                    result.append(
                        Family(
                            id: "sim-\(framework.rawValue)-\(n)",
                            framework: framework,
                            municipality: template?.municipality ?? scenario.staff.first?.municipalities?.first ?? "region",
                            children: template?.children ?? 1, priority: template?.priority ?? 2,
                            duo: template?.duo ?? false, skills: template?.skills ?? [], ownHours: nil, arrival: t,
                            duration: duration, waitingSince: t, stream: own))
                }
            }
        }
        return result.sorted { ($0.arrival, $0.id) < ($1.arrival, $1.id) }
    }

    /// The scenario's open families at the start, placed in their phase: a family in care is
    /// somewhere in its phase, and its remaining time in care is drawn afresh.
    func initialFamilies() -> [Family] {
        guard settings.start == .scenario else { return [] }
        return scenario.cases.map { c in
            var stream = RandomStream(seed: seed, label: "case:\(c.id)")
            let duration = drawDuration(c.framework, &stream)
            let since = c.waitingSince.map { time(of: $0) } ?? 0
            var family = Family(
                id: c.id, framework: c.framework, municipality: c.municipality, children: c.children,
                priority: c.priority, duo: c.duo, skills: c.skills, ownHours: c.hours.map { (c.phase, $0) },
                arrival: c.lead == nil ? min(0, since) : -.infinity, duration: duration,
                waitingSince: min(0, since), stream: stream)
            if c.lead != nil {
                let (s, e) = phaseLengths(c.framework)
                switch c.phase {
                case .start:
                    family.careStart = -stream.uniform() * s
                    family.close = max(duration, s + e) + family.careStart!
                case .middle:
                    family.careStart = -s - 1
                    family.close = e + duration
                case .end:
                    family.careStart = -.infinity
                    family.close = stream.uniform() * max(e, 1)
                }
                family.firstServed = family.careStart
            }
            return family
        }
    }

    /// Runs the replication; `observe` sees every week's scenario with the plan made for it.
    func run(observe: ((Scenario, Plan) -> Void)? = nil) -> ReplicationResult {
        let horizon = Double(settings.weeks)
        var incumbents: [Incumbent] = []
        // Registrations valid at the start are renewed as they run out (SKJ re-registration
        // every five years is routine), so a lapse is not a permanent loss of a caseworker;
        // one that has already lapsed stays lapsed.
        let renewed = monday0.adding(days: 7 * (settings.weeks + 52))
        for var worker in scenario.staff {
            if let until = worker.registeredUntil, until >= monday0 { worker.registeredUntil = max(until, renewed) }
            incumbents += Incumbent.chain(
                of: worker, weeks: settings.weeks, settings: settings, seed: seed, day: day, time: time(of:))
        }
        var families = initialFamilies()
        let arriving = arrivals()
        var nextArrival = 0
        var weeks = [WeekFigures](repeating: WeekFigures(), count: settings.weeks)
        var waited: [Double] = []
        var previous: Plan?
        var record = CareRecord()
        var figures = PlanFigures()
        var plans = 0
        var t = 0.0
        let onEvent = settings.replan == .onEvent
        let warmup = Double(settings.warmupWeeks)

        while t < horizon {
            // Who is open now: closed families leave, and the arrivals up to now join.
            families.removeAll { $0.close <= t }
            while nextArrival < arriving.count, arriving[nextArrival].arrival <= t {
                let family = arriving[nextArrival]
                families.append(family)
                nextArrival += 1
            }

            record.keep(only: Set(families.map(\.id)))
            let (planned, plan) = planWeek(
                at: t, families: families, incumbents: incumbents, warmStart: previous.map { record.warmStart(from: $0) },
                index: plans)
            observe?(planned, plan)
            plans += 1
            let week = Int(t)
            weeks[week].handovers += Double(record.update(with: plan))
            figures = PlanFigures(plan)
            let served = Set(plan.assignments.map(\.caseID))
            for i in families.indices {
                if served.contains(families[i].id) {
                    if families[i].firstServed == nil {
                        startCare(&families[i], at: t, horizon: horizon)
                        if families[i].arrival >= warmup { waited.append(t - families[i].arrival) }
                    }
                } else if let last = previous, last.assignments.contains(where: { $0.caseID == families[i].id }) {
                    families[i].waitingSince = t
                }
            }
            previous = plan

            // The next planning point: the next Monday, or with on-event planning the next
            // arrival or closure if sooner.
            var next = Double(week + 1)
            if onEvent {
                if nextArrival < arriving.count { next = min(next, arriving[nextArrival].arrival) }
                for family in families where family.close > t { next = min(next, family.close) }
            }
            next = min(next, horizon)
            // The plan's figures hold until the next planning point.
            var from = t
            while from < next {
                let w = Int(from)
                let to = min(next, Double(w + 1))
                figures.add(to: &weeks[w], weight: to - from)
                from = to
            }
            t = next
        }
        let neverServed = families.filter { $0.firstServed == nil && $0.arrival >= warmup }.count
        return ReplicationResult(weeks: weeks, waited: waited, neverServed: neverServed, plans: plans)
    }

    /// The family enters care at `t`: its clock starts and its events are drawn.
    private func startCare(_ family: inout Family, at t: Double, horizon: Double) {
        family.firstServed = t
        family.careStart = t
        family.close = t + family.duration
        for event in settings.events where event.perYear > 0 {
            var at = t
            while true {
                at += family.stream.exponential(mean: 52 / event.perYear)
                guard at < min(family.close, horizon) else { break }
                family.extra.append((at, at + Double(event.weeks), event.hours))
            }
        }
    }

    /// Plans the week at time `t` with the planner of `caseload plan`, warm-started from the
    /// families' people of record.
    private func planWeek(
        at t: Double, families: [Family], incumbents: [Incumbent], warmStart: Plan?, index: Int
    ) -> (Scenario, Plan) {
        let week = Int(t)
        var planned = scenario
        planned.week = scenario.week.adding(weeks: week)
        planned.staff = incumbents.filter { $0.present(at: t) }.map { incumbent in
            var worker = incumbent.worker
            for spell in incumbent.spells where spell.to > Double(week) && spell.from < Double(week + 1) {
                let from = day(spell.from)
                let to = day(spell.to - 1e-9)
                // The whole spell, so that its length decides stand-in or handover.
                worker.absences.append(Absence(from: from, to: to))
            }
            return worker
        }
        // Only the first plan starts from the scenario's own people; later ones get theirs from
        // the warm start, so these lookups are built once, not at every planning point.
        let present = warmStart == nil ? Set(planned.staff.map(\.id)) : []
        let original = warmStart == nil ? Dictionary(uniqueKeysWithValues: scenario.cases.map { ($0.id, $0) }) : [:]
        planned.cases = families.map { family in
            var c = family.asCase(at: t, in: scenario, lengths: phaseLengths(family.framework), day: day)
            // The first plan starts from the scenario's own people; later ones from the
            // previous plan (the warm start sets them).
            if warmStart == nil, let given = original[family.id] {
                c.lead = given.lead.flatMap { present.contains($0) ? $0 : nil }
                c.partner = given.partner.flatMap { present.contains($0) ? $0 : nil }
                c.supporters = given.supporters.filter { present.contains($0.value) }
            }
            return c
        }
        var options = PlanOptions(
            seed: seed &+ UInt64(index), unimprovedMoves: settings.planner.unimprovedMoves, threads: 1, warmStart: warmStart)
        options.keepServed = settings.planner.keepServed
        options.proposes = false
        options.bound = false
        options.placesNewcomers = false
        return (planned, Planner.plan(planned, options: options))
    }
}

/// The figures of one plan that the statistics need.
struct PlanFigures {
    var waiting = 0.0
    var served = 0.0
    var registeredPlanned = 0.0
    var registeredAvailable = 0.0
    var supporterPlanned = 0.0
    var supporterAvailable = 0.0
    var overloaded = 0.0
    var delegatedHours = 0.0

    init() {}

    init(_ plan: Plan) {
        waiting = Double(plan.waiting.count)
        served = Double(plan.assignments.count)
        var registered: [String: Bool] = [:]
        for load in plan.workers {
            registered[load.id] = load.registered
            if load.registered {
                registeredPlanned += load.plannedHours
                registeredAvailable += load.availableHours
            } else {
                supporterPlanned += load.plannedHours
                supporterAvailable += load.availableHours
            }
            if load.plannedHours > load.availableHours + 1e-9 { overloaded += 1 }
        }
        for assignment in plan.assignments {
            for task in assignment.tasks where registered[task.worker] == false { delegatedHours += task.hours }
        }
    }

    /// Adds these figures, held for `weight` of a week, to `week`.
    func add(to week: inout WeekFigures, weight: Double) {
        week.waiting += waiting * weight
        week.served += served * weight
        week.utilisation += (registeredAvailable > 0 ? registeredPlanned / registeredAvailable : 0) * weight
        week.supporterUtilisation += (supporterAvailable > 0 ? supporterPlanned / supporterAvailable : 0) * weight
        week.overloaded += overloaded * weight
        week.delegatedHours += delegatedHours * weight
    }
}
