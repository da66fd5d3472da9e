import ArgumentParser
import CaseloadCore
import CaseloadSimulation
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// `caseload simulate`: the peak-load simulation (docs/commands.md).
struct Simulate: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate weeks ahead with arrivals, phases, sickness and turnover, planned by the same planner.",
        discussion: """
            Reads a scenario with a `simulation:` section (see docs/formats.md). Each replication runs the team week by week: \
            families arrive (Poisson per framework, with surges), are first served when the planner finds them \
            people, go through their phases and close; events add hours; workers fall sick, take leave, leave and \
            are replaced. At every planning point the planner of `caseload plan` runs, warm-started from the last \
            plan. Replications run in parallel; variants run on the same random numbers as the baseline, and the \
            report gives each variant's paired difference. The same scenario and seed print the same report.

            Examples:
              caseload simulate Scenarios/foodvalley.yaml --replications 20
              caseload simulate Scenarios/peak-crisis-surge.yaml --format json --html surge.html
            """)

    @Argument(help: "The scenario file, with a `simulation:` section.") var scenario: String
    @Option(help: "Weeks to simulate, warm-up included (default: the scenario's).") var weeks: Int?
    @Option(help: "Weeks left out of the statistics (default: the scenario's).") var warmupWeeks: Int?
    @Option(help: "Independent replications (default: the scenario's).") var replications: Int?
    @Option(help: "The seed (default: the scenario's).") var seed: UInt64?
    @Option(help: "Replications run side by side.") var threads: Int = 2
    @Flag(help: "Run the baseline only, leaving out the scenario's variants.") var noVariants = false
    @Option(help: "table or json.") var format: SimulationFormat = .table
    @Option(help: "Also write a self-contained HTML report with charts to this file.") var html: String?

    /// How the report is printed.
    enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    /// The ranges of weeks, warm-up and replications are `SimulationSettings.problems()`'s,
    /// checked once the scenario's own values are overridden.
    func validate() throws {
        if !(1...64).contains(threads) { throw ValidationError("--threads must be 1…64") }
    }

    mutating func execute() throws -> String {
        var (scenario, settings) = try ScenarioReader().readSimulation(path: self.scenario)
        if let weeks { settings.weeks = weeks }
        if let warmupWeeks { settings.warmupWeeks = warmupWeeks }
        if let replications { settings.replications = replications }
        if let seed { settings.seed = seed }
        if noVariants { settings.variants = [] }
        if let problem = settings.problems().first {
            throw CommandError(exitCode: 64, description: "\(problem.field) \(problem.message)")
        }
        let progress = SimulationProgress(language: Caseload.language)
        let report = Simulation(scenario: scenario, settings: settings).run(threads: threads) { done, total in
            progress.show(done, of: total)
        }
        progress.finish()
        if let html {
            do {
                try SimulationHTML.render(report, language: Caseload.language).write(toFile: html, atomically: true, encoding: .utf8)
            } catch {
                throw CommandError.failure("could not write \(html): \(error.localizedDescription)")
            }
        }
        switch format {
        case .json: return SimulationJSON.value(report).pretty() + "\n"
        case .table: return SimulationTable(report: report, language: Caseload.language).render()
        }
    }
}

/// Progress of a simulation on stderr, when stderr is a terminal (docs/commands.md).
final class SimulationProgress: Sendable {
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private let language: Language

    /// Progress in `language`.
    init(language: Language) { self.language = language }

    /// Shows that `done` of `total` replications are finished.
    func show(_ done: Int, of total: Int) {
        guard enabled else { return }
        let seconds = Int(Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data(("\r" + Texts.Simulation.progress(done, of: total, seconds: seconds)(language)).utf8))
    }

    /// Clears the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
