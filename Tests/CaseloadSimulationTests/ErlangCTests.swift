import CaseloadCore
import CaseloadSimulation
import Foundation
import Testing

/// The simulator's validation (docs/formats.md, the simulation section): a team that reduces to an M/M/c queue must reproduce Erlang C.
@Suite struct ErlangCTests {
    /// c registered workers, each holding one family whose hours fill their week; one framework
    /// with exponential durations; planning at every arrival and closure; nothing else random.
    static func queue(servers: Int, arrivals: Double, meanWeeks: Double, weeks: Int, replications: Int)
        -> (Scenario, SimulationSettings)
    {
        let available = 36 * 0.8
        var scenario = Scenario(name: "M/M/\(servers)", week: ISOWeek(year: 2026, week: 2)!)
        scenario.organisations = [Organisation(id: "gi", name: "GI", kind: .gi)]
        scenario.staff = (1...servers).map { i in
            Worker(
                id: "w\(i)", organisation: "gi", tasks: ["casework"], registeredUntil: Day(year: 2099, month: 1, day: 1),
                hours: 36, maxCases: 1, maxChildren: 1)
        }
        for phase in Phase.allCases { scenario.caseTypes[.ots, phase] = CaseType(weeks: nil, hours: ["casework": available]) }
        var settings = SimulationSettings()
        settings.weeks = weeks
        settings.warmupWeeks = 20
        settings.replications = replications
        settings.seed = 7
        settings.replan = .onEvent
        settings.start = .empty
        settings.arrivals = [.ots: arrivals]
        settings.durationsWeeks = [.ots: meanWeeks]
        settings.planner.unimprovedMoves = 50
        return (scenario, settings)
    }

    @Test func erlangCFormulaMatchesAKnownValue() {
        // M/M/2 with a = 1.5: P(wait) = 4.5 / 7, Wq = P / (2 − 1.5).
        let model = ErlangC(servers: 2, arrivalRate: 1.5, serviceRate: 1)
        #expect(abs(model.waitProbability - 4.5 / 7) < 1e-12)
        #expect(abs(model.meanWait - 4.5 / 7 / 0.5) < 1e-12)
        #expect(abs(model.utilisation - 0.75) < 1e-12)
    }

    @Test(arguments: [(2, 1.2, 1.0), (3, 1.5, 1.2)])
    func simulationMatchesErlangC(servers: Int, arrivals: Double, meanWeeks: Double) {
        let (scenario, settings) = Self.queue(
            servers: servers, arrivals: arrivals, meanWeeks: meanWeeks, weeks: 300,
            replications: Int(ProcessInfo.processInfo.environment["MMC_REPS"] ?? "16")!)
        let report = Simulation(scenario: scenario, settings: settings).run(threads: 2)
        let model = ErlangC(servers: servers, arrivalRate: arrivals, serviceRate: 1 / meanWeeks)
        let waited = report.baseline.summary[.weeksWaited]!
        let utilisation = report.baseline.summary[.utilisation]!
        let waiting = report.baseline.summary[.waiting]!
        print(
            "M/M/\(servers): Wq \(model.meanWait) in \(waited); rho \(model.utilisation) in \(utilisation); Lq \(model.meanQueue) in \(waiting)"
        )
        #expect(waited.contains(model.meanWait), "Wq \(model.meanWait) outside \(waited)")
        #expect(utilisation.contains(model.utilisation), "utilisation \(model.utilisation) outside \(utilisation)")
        #expect(waiting.contains(model.meanQueue), "Lq \(model.meanQueue) outside \(waiting)")
        // The intervals must be narrow enough to mean something (80 replications, tried once,
        // put the means within 4 % of Erlang C; 16 keep the test quick).
        #expect(waited.high - waited.low < model.meanWait)
        #expect(utilisation.high - utilisation.low < 0.1)
    }
}
