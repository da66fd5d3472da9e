import CaseloadCore
import CaseloadTestSupport
import Testing

@testable import CaseloadSimulation

/// The simulator: plans that keep the rules week after week, determinism, common random
/// numbers, and the random processes against their parameters.
@Suite struct SimulationTests {
    /// Everything switched on: arrivals with a surge, events, sickness, leave and turnover.
    static func busy(weeks: Int = 10, replan: SimulationSettings.Replan = .weekly) -> SimulationSettings {
        var s = SimulationSettings()
        s.weeks = weeks
        s.warmupWeeks = 2
        s.replications = 3
        s.seed = 5
        s.replan = replan
        s.arrivals = [.ots: 1.5, .youthProbation: 1.0, .vtInvestigation: 1.0]
        s.durationsWeeks = [.ots: 8, .youthProbation: 6, .vtInvestigation: 3]
        s.surges = [SimulationSettings.Surge(framework: .ots, fromWeek: 3, weeks: 2, factor: 3)]
        s.events = [SimulationSettings.CaseEvent(name: "court", perYear: 8, weeks: 2, hours: ["casework": 1, "admin": 0.5])]
        s.absence = SimulationSettings.Absence(sickRate: 0.1, meanSpellWeeks: 1.5, leaveWeeksPerYear: 5)
        s.turnoverPerYear = 1.5
        s.replacementDelayWeeks = 3
        s.planner.unimprovedMoves = 300
        return s
    }

    @Test(arguments: 0..<16)
    func everyPlanKeepsTheHardRules(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: 700 + seed, workers: 3 + Int(seed % 5) * 3, cases: 4 + Int(seed) * 2)
        let settings = Self.busy(replan: seed % 4 == 0 ? .onEvent : .weekly)
        var plans = 0
        _ = Replication(scenario: scenario, settings: settings, arrivalFactor: 1, seed: seed).run { week, plan in
            let violations = PlanChecker().violations(of: plan, in: week)
            #expect(violations.isEmpty, "seed \(seed), \(week.week): \(violations.prefix(3))")
            // Every open family is in the plan once: served or waiting.
            #expect(plan.assignments.count + plan.waiting.count == week.cases.count)
            plans += 1
        }
        #expect(plans >= settings.weeks)
    }

    @Test func aFamilyInCareIsNeverDroppedForANewOne() {
        // The queue of the Erlang C test: every family needs a whole worker, so serving a long
        // waiter would mean dropping a family in care, which `keepServed` forbids.
        let (scenario, settings) = ErlangCTests.queue(servers: 2, arrivals: 2.5, meanWeeks: 1, weeks: 40, replications: 2)
        var before: Set<String> = []
        var dropped = 0
        var plans = 0
        _ = Replication(scenario: scenario, settings: settings, arrivalFactor: 1, seed: 3).run { week, plan in
            let open = Set(week.cases.map(\.id))
            let now = Set(plan.assignments.map(\.caseID))
            dropped += before.intersection(open).subtracting(now).count
            before = now
            plans += 1
        }
        #expect(plans > 80)
        #expect(dropped == 0)
    }

    @Test func aWeeksHandoversAreThePlansOwnAndShortAbsencesAreStoodIn() {
        // The care record takes each plan's people as the next week's people of record and
        // counts the plan's own handovers: the one definition of a handover.
        var record = CareRecord()
        var first = Plan(
            week: ISOWeek(year: 2026, week: 3)!,
            assignments: [CaseAssignment(caseID: "f1", lead: "a", partner: nil, tasks: [])], waiting: [], workers: [], locks: [],
            score: Score(), solver: SolverInfo(name: "test", seed: 1, seconds: 0))
        #expect(record.update(with: first) == 0)
        first.assignments[0].lead = "b"
        first.handovers = [Handover(caseID: "f1", role: .lead, from: "a", to: "b", reason: .leaving)]
        #expect(record.update(with: first) == 1 && record.people["f1"]?.lead == "b")
        #expect(record.warmStart(from: first).assignments.map(\.lead) == ["b"])
        record.keep(only: [])
        #expect(record.people.isEmpty)

        // In a simulated team with sickness and leave: colleagues stand in for the short spells,
        // and every handover a plan makes is forced.
        let scenario = RandomScenarios.make(seed: 17, workers: 14, cases: 30)
        var settings = Self.busy(weeks: 16)
        settings.absence = SimulationSettings.Absence(sickRate: 0.25, meanSpellWeeks: 1, leaveWeeksPerYear: 8)
        var standIns = 0, handovers = 0
        _ = Replication(scenario: scenario, settings: settings, arrivalFactor: 1, seed: 2).run { _, plan in
            standIns += plan.standIns.count
            handovers += plan.handovers.count
            #expect(plan.handovers.allSatisfy { $0.reason.isForced })
        }
        #expect(standIns > 0, "\(standIns) stand-ins, \(handovers) handovers")
    }

    @Test func sameSeedSameReportOnAnyThreadCount() {
        let scenario = RandomScenarios.make(seed: 11, workers: 8, cases: 12)
        var settings = Self.busy()
        settings.variants = [SimulationVariant(name: "more", arrivalFactor: 1.5)]
        let one = Simulation(scenario: scenario, settings: settings).run(threads: 1)
        let two = Simulation(scenario: scenario, settings: settings).run(threads: 2)
        #expect(Self.bits(one) == Self.bits(two))
        settings.seed = 6
        let other = Simulation(scenario: scenario, settings: settings).run(threads: 2)
        #expect(Self.bits(one) != Self.bits(other), "another seed gave the same report")
    }

    /// Every figure of a report in a fixed order, as bits (so NaN equals NaN).
    static func bits(_ report: SimulationReport) -> [UInt64] {
        func estimates(_ values: [Metric: Estimate]?) -> [UInt64] {
            Metric.allCases.flatMap { m in values?[m].map { [$0.mean, $0.low, $0.high].map(\.bitPattern) } ?? [] }
        }
        return ([report.baseline] + report.variants).flatMap { arm in
            estimates(arm.summary) + estimates(arm.difference) + arm.perWeek.flatMap { estimates($0.values) }
                + [UInt64(arm.plans)]
        }
    }

    @Test func aVariantThatChangesNothingDiffersByExactlyZero() throws {
        let scenario = RandomScenarios.make(seed: 12, workers: 8, cases: 12)
        var settings = Self.busy()
        settings.variants = [SimulationVariant(name: "same")]
        let report = Simulation(scenario: scenario, settings: settings).run(threads: 2)
        let difference = try #require(report.variants.first?.difference)
        #expect(Set(difference.keys) == Set(Metric.allCases))
        var compared = 0
        for (metric, d) in difference where d.count > 0 {
            #expect(d.mean == 0 && d.low == 0 && d.high == 0, "\(metric): \(d)")
            compared += 1
        }
        // Every weekly figure has a value in every replication; only weeks waited may have none.
        for metric in Metric.weekly { #expect(difference[metric]?.count == settings.replications, "\(metric)") }
        #expect(compared >= Metric.weekly.count)
    }

    @Test func aVariantWithoutMostWorkersHasMoreFamiliesWaiting() throws {
        // Five workers who each hold one family at a time, and three families a week staying a
        // week on average: the five keep up. The variant keeps one, who also does admin.
        var (scenario, settings) = ErlangCTests.queue(servers: 5, arrivals: 3, meanWeeks: 1, weeks: 30, replications: 4)
        scenario.staff[0].tasks = ["casework", "admin"]
        settings.warmupWeeks = 5
        let fewer = SimulationVariant(name: "one-left", removeWorkersWithTasks: ["casework"])
        settings.variants = [fewer, SimulationVariant(name: "same")]
        #expect(fewer.applied(to: scenario).staff.map(\.id) == ["w1"])
        let report = Simulation(scenario: scenario, settings: settings).run(threads: 2)
        #expect(report.variants.map(\.name) == ["one-left", "same"])
        let waiting = try #require(report.variants[0].difference?[.waiting])
        #expect(waiting.count == settings.replications)
        // A queue with a third of the servers it needs grows every week: far more waiting, in
        // every replication, so the interval lies above 0.
        #expect(waiting.mean > 5 && waiting.low > 0, "\(waiting)")
        let served = try #require(report.variants[0].difference?[.served])
        #expect(served.high < 0, "\(served)")
        // The same team on the same random numbers: exactly no difference.
        let same = try #require(report.variants[1].difference?[.waiting])
        #expect(same == Estimate(mean: 0, low: 0, high: 0, count: settings.replications))
    }

    @Test func variantsShareTheArrivalsAndThePeoplesAbsences() {
        // Common random numbers: removing the supporters changes the plans, not who arrives when
        // nor when the remaining people are away.
        let scenario = RandomScenarios.make(seed: 13, workers: 10, cases: 10)
        let settings = Self.busy(weeks: 12)
        let variant = SimulationVariant(name: "no-supporters", removeWorkersWithTasks: ["admin", "legal", "placement"])
        let base = Replication(scenario: scenario, settings: settings, arrivalFactor: 1, seed: 9)
        let without = Replication(scenario: variant.applied(to: scenario), settings: settings, arrivalFactor: 1, seed: 9)
        #expect(base.arrivals().map(\.arrival) == without.arrivals().map(\.arrival))
        #expect(base.arrivals().map(\.duration) == without.arrivals().map(\.duration))
        var absences: [String: [String]] = [:]
        _ = base.run { week, _ in
            for w in week.staff { absences["\(week.week) \(w.id)", default: []].append("\(w.absences)") }
        }
        _ = without.run { week, _ in
            for w in week.staff { absences["\(week.week) \(w.id)", default: []].append("\(w.absences)") }
        }
        let kept = absences.values.filter { $0.count == 2 }
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { $0[0] == $0[1] })
    }

    @Test func arrivalsFollowTheirRateAndSurge() {
        var settings = SimulationSettings()
        settings.weeks = 12
        settings.arrivals = [.ots: 2, .guardianship: 0.5]
        settings.surges = [SimulationSettings.Surge(framework: .ots, fromWeek: 4, weeks: 3, factor: 4)]
        let scenario = Scenario(week: ISOWeek(year: 2026, week: 10)!)
        var perWeek = [[Double]](repeating: [0, 0], count: 12)
        let runs = 400
        for seed in 0..<runs {
            for family in Replication(scenario: scenario, settings: settings, arrivalFactor: 1, seed: UInt64(seed)).arrivals() {
                perWeek[Int(family.arrival)][family.framework == .ots ? 0 : 1] += 1 / Double(runs)
            }
        }
        for week in 0..<12 {
            let ots = settings.arrivalRate(of: .ots, week: week)
            #expect(abs(perWeek[week][0] - ots) < 0.1 * ots + 0.1, "week \(week): \(perWeek[week][0]) vs \(ots)")
            #expect(abs(perWeek[week][1] - 0.5) < 0.12, "week \(week): guardianship \(perWeek[week][1])")
        }
    }

    @Test func sicknessTakesItsShareOfTime() {
        var settings = SimulationSettings()
        settings.absence = SimulationSettings.Absence(sickRate: 0.075, meanSpellWeeks: 2, leaveWeeksPerYear: 5.6)
        var sick = 0.0
        var spells = 0
        let horizon = 20_000.0
        for spell in Incumbent.absences(of: "w1", from: 0, to: horizon, settings: settings, seed: 3) {
            sick += spell.to - spell.from
            spells += 1
        }
        // Sickness 7.5 % of the time plus 5.6 one-week leaves a year (overlaps are rare).
        let expected = 0.075 + 5.6 / 52
        #expect(abs(sick / horizon - expected) < 0.01, "away \(sick / horizon) of the time, expected \(expected)")
        #expect(spells > 1000)
    }

    @Test func aLeaverIsReplacedAfterTheDelayAndRampsUp() {
        var settings = SimulationSettings()
        settings.turnoverPerYear = 2
        settings.replacementDelayWeeks = 6
        let worker = Worker(id: "jb-1", name: "A. Person", organisation: "gi", tasks: ["casework"], hours: 32)
        let start = Day(year: 2026, month: 1, day: 5)!
        let chain = Incumbent.chain(
            of: worker, weeks: 260, settings: settings, seed: 4, day: { start.adding(days: Int($0 * 7)) },
            time: { Double($0.ordinal - start.ordinal) / 7 })
        #expect(chain.count > 3, "two departures a year over five years")
        #expect(Set(chain.map(\.worker.id)).count == chain.count)
        for (a, b) in zip(chain, chain.dropFirst()) {
            #expect(abs(b.joins - (a.leaves + 6)) < 1e-9)
            #expect(b.worker.started == start.adding(days: Int(b.joins * 7)))
            #expect(b.worker.name == nil)
            #expect(!b.present(at: a.leaves + 3))
        }
    }

    @Test func aKnownLeaverLeavesOnTheirLastDay() {
        var settings = SimulationSettings()
        settings.replacementDelayWeeks = 4
        let start = Day(year: 2026, month: 1, day: 5)!
        var worker = Worker(id: "jb-2", organisation: "gi", tasks: ["casework"], hours: 32)
        worker.leaves = start.adding(days: 20)
        let chain = Incumbent.chain(
            of: worker, weeks: 52, settings: settings, seed: 4, day: { start.adding(days: Int($0 * 7)) },
            time: { Double($0.ordinal - start.ordinal) / 7 })
        #expect(chain.count == 2)
        #expect(abs(chain[0].leaves - 3) < 1e-9, "gone after day 20, i.e. from week 3")
        #expect(abs(chain[1].joins - 7) < 1e-9)
        #expect(chain[1].worker.leaves == nil)
    }

    @Test func phasesFollowTheCaseTypeLengths() {
        var family = Family(
            id: "f", framework: .ots, municipality: "ede", children: 1, priority: 2, duo: false, skills: [], ownHours: nil,
            arrival: 0, duration: 30, waitingSince: 0, stream: RandomStream(seed: 1, label: "f"))
        #expect(family.phase(at: 5, lengths: (6, 8)) == .start, "still waiting: start")
        family.careStart = 10
        family.close = 40
        #expect(family.phase(at: 15.9, lengths: (6, 8)) == .start)
        #expect(family.phase(at: 16, lengths: (6, 8)) == .middle)
        #expect(family.phase(at: 31.9, lengths: (6, 8)) == .middle)
        #expect(family.phase(at: 32, lengths: (6, 8)) == .end)
        // A stay shorter than start + end: both shrink in proportion, no middle.
        family.close = 17
        #expect(family.phase(at: 12.9, lengths: (6, 8)) == .start)
        #expect(family.phase(at: 13.1, lengths: (6, 8)) == .end)
    }

    @Test func estimatesUseStudentT() {
        let e = Estimate([1, 2, 3])
        #expect(e.mean == 2)
        #expect(abs((e.high - e.low) / 2 - 4.303 / 3.0.squareRoot()) < 1e-9)
        let constant = Estimate([4, 4, 4, 4])
        #expect(constant.low == 4 && constant.high == 4)
        #expect(Estimate([.nan, 1, 3]).count == 2)
        // Large samples approach the normal quantile.
        #expect(abs(Estimate.t975(degreesOfFreedom: 1000) - 1.9623) < 0.001)
        #expect(abs(Estimate.t975(degreesOfFreedom: 40) - 2.021) < 0.002)
    }

    @Test func settingsProblemsNameTheField() {
        var s = SimulationSettings()
        s.replications = 1
        s.warmupWeeks = 60
        s.absence.sickRate = 1.2
        let fields = s.problems().map(\.field)
        #expect(fields.contains("replications"))
        #expect(fields.contains("warmup_weeks"))
        #expect(fields.contains("absence.sick_rate"))
        #expect(SimulationSettings().problems().isEmpty)
    }

    @Test func settingsProblemsAreSaidInDutchAndInEnglish() {
        var s = SimulationSettings()
        s.replications = 1
        s.absence.sickRate = 1.5
        let texts = Dictionary(s.problems().map { ($0.field, $0.text) }, uniquingKeysWith: { a, _ in a })
        #expect(
            texts["replications"]
                == Text(
                    nl: "moet 2 tot en met 10000 zijn (een betrouwbaarheidsinterval vraagt er twee), is 1",
                    en: "must be 2…10000 (a confidence interval needs two), is 1"))
        #expect(texts["absence.sick_rate"]?.nl == "moet minstens 0 en onder 1 zijn, is 1,5")
        #expect(texts["absence.sick_rate"]?.en == "must be at least 0 and below 1, is 1.5")
    }
}
