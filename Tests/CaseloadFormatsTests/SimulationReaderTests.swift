import CaseloadCore
import CaseloadSimulation
import CaseloadFormats
import Foundation
import CaseloadTestSupport
import Testing

/// The `simulation:` section of a scenario (docs/formats.md): read whole or refused with line and field.
@Suite struct SimulationReaderTests {
    static let team = """
        week: 2026-W48
        organisations: [{id: gi, name: GI, kind: gi}]
        staff:
          - {id: w1, organisation: gi, tasks: [casework, admin], registered_until: 2030-01-01, hours: 36}
          - {id: s1, organisation: gi, tasks: [admin, legal], hours: 24}
        cases:
          - {id: fam-1, municipality: ede, framework: ots, lead: w1}

        """

    static func read(_ simulation: String) throws -> (Scenario, SimulationSettings) {
        try ScenarioReader().readSimulation(text: team + simulation, file: "sim.yaml")
    }

    static func problems(_ simulation: String) throws -> [InputProblem] {
        try #require(throws: InputError.self) { try read(simulation) }.problems
    }

    @Test func theBundledFoodvalleySectionReads() throws {
        let (scenario, s) = try ScenarioReader().readSimulation(path: foodvalleyPath)
        #expect(scenario.staff.count > 50)
        #expect(s.weeks == 52 && s.warmupWeeks == 8 && s.replan == .weekly && s.start == .scenario)
        #expect(s.arrivals[.ots] == 1.12)
        #expect(s.surges.first?.framework == .provisionalOts && s.surges.first?.factor == 2)
        #expect(s.durationsWeeks[.guardianship] == 364)
        #expect(s.events.map(\.name) == ["court", "placement"])
        #expect(s.absence.sickRate == 0.075)
        #expect(s.variants.map(\.name) == ["without-supporters", "norm-16"])
        // A variant's settings lie over the scenario's: only the named key changes.
        let norm16 = try #require(s.variants.last?.settings)
        #expect(norm16.maxChildrenPerFTE == 16)
        #expect(norm16.maxCasesPerFTE == scenario.settings.maxCasesPerFTE)
    }

    @Test func everyFieldLandsWhereItBelongs() throws {
        let (_, s) = try Self.read(
            """
            simulation:
              weeks: 30
              warmup_weeks: 4
              replications: 12
              seed: 9
              replan: on-event
              start: empty
              arrivals: {ots: 2.5, voluntary: 1}
              surges: [{from_week: 5, weeks: 2, factor: 3}]
              durations_weeks: {ots: 50}
              duration_distribution: lognormal
              duration_cv: 0.8
              events: [{name: court, per_year: 2, weeks: 3, hours: {legal: 1.5}}]
              absence: {sick_rate: 0.05, mean_spell_weeks: 3, leave_weeks_per_year: 5.6}
              turnover_per_year: 0.2
              replacement_delay_weeks: 8
              planner: {unimproved_moves: 500, keep_served: false}
              variants:
                - {name: fewer, remove_workers_with_tasks: [admin, legal], duo: true, arrival_factor: 1.5}
                - {name: churn, replacement_delay_weeks: 4, turnover_per_year: 0.5, sick_rate: 0.1}
            """)
        #expect(s.weeks == 30 && s.warmupWeeks == 4 && s.replications == 12 && s.seed == 9)
        #expect(s.replan == .onEvent && s.start == .empty)
        #expect(s.arrivals == [.ots: 2.5, .voluntary: 1])
        #expect(s.surges == [SimulationSettings.Surge(framework: nil, fromWeek: 5, weeks: 2, factor: 3)])
        #expect(s.durationDistribution == .lognormal && s.durationCV == 0.8)
        #expect(s.events.first?.hours == ["legal": 1.5])
        #expect(s.absence == SimulationSettings.Absence(sickRate: 0.05, meanSpellWeeks: 3, leaveWeeksPerYear: 5.6))
        #expect(s.turnoverPerYear == 0.2 && s.replacementDelayWeeks == 8)
        #expect(s.planner == SimulationSettings.PlannerBudget(unimprovedMoves: 500, keepServed: false))
        #expect(
            s.variants.first
                == SimulationVariant(name: "fewer", removeWorkersWithTasks: ["admin", "legal"], duo: true, arrivalFactor: 1.5))
        let churn = try #require(s.variants.last).applied(to: s)
        #expect(churn.replacementDelayWeeks == 4 && churn.turnoverPerYear == 0.5 && churn.absence.sickRate == 0.1)
        #expect(churn.absence.meanSpellWeeks == 3, "what the variant leaves alone stays")
    }

    @Test func aMissingSectionIsAnError() throws {
        let problems = try Self.problems("")
        #expect(problems.contains { $0.field == "simulation" })
    }

    @Test func anUnknownFieldNamesItsLine() throws {
        let problems = try Self.problems("simulation:\n  weeks: 10\n  replicatoins: 5\n")
        let problem = try #require(problems.first)
        #expect(problem.line == 10)
        #expect(problem.field == "simulation.replicatoins")
    }

    @Test(arguments: [
        ("simulation:\n  arrivals: {otz: 1}\n", "simulation.arrivals.otz"),
        ("simulation:\n  arrivals: {ots: many}\n", "simulation.arrivals.ots"),
        ("simulation:\n  replan: hourly\n", "simulation.replan"),
        ("simulation:\n  replications: 1\n", "simulation.replications"),
        ("simulation:\n  weeks: 10\n  warmup_weeks: 10\n", "simulation.warmup_weeks"),
        ("simulation:\n  absence: {sick_rate: 1.5}\n", "simulation.absence.sick_rate"),
        ("simulation:\n  events: [{name: court, hours: {lunch: 1}}]\n", "simulation.events.hours.lunch"),
        ("simulation:\n  variants: [{remove_workers_with_tasks: [admin]}]\n", "simulation.variants.name"),
        ("simulation:\n  variants: [{name: v, settings: {max_cases_per_fte: -3}}]\n", "simulation.variants.settings.max_cases_per_fte"),
        ("simulation:\n  variants: [{name: v}, {name: v}]\n", "simulation.variants"),
        ("simulation:\n  variants: [{name: v, sick_rate: 2}]\n", "simulation.variants.absence.sick_rate"),
    ])
    func badValuesAreRefusedWithTheirField(text: String, field: String) throws {
        let problems = try Self.problems(text)
        #expect(problems.contains { $0.field == field && $0.line != nil }, "\(problems)")
    }

    @Test func planningAScenarioStillIgnoresTheSection() throws {
        // `caseload plan` reads the same file; the simulation section never stops it.
        let scenario = try ScenarioReader().read(text: Self.team + "simulation:\n  replications: 1\n", file: "sim.yaml")
        #expect(scenario.cases.count == 1)
    }
}
