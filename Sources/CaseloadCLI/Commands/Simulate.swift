import ArgumentParser
import CaseloadCore
import CaseloadSimulation
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// `caseload simulate`: the peak-load simulation (docs/commands.md).
struct Simulate: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Simulate.abstract(Caseload.language), discussion: Texts.Help.Simulate.discussion(Caseload.language))
    }

    @Argument(help: .text(Texts.Help.Simulate.scenario)) var scenario: String
    @Option(help: .text(Texts.Help.Simulate.weeks)) var weeks: Int?
    @Option(help: .text(Texts.Help.Simulate.warmupWeeks)) var warmupWeeks: Int?
    @Option(help: .text(Texts.Help.Simulate.replications)) var replications: Int?
    @Option(help: .text(Texts.Help.Simulate.seed)) var seed: UInt64?
    @Option(help: .text(Texts.Help.Simulate.threads)) var threads: Int = 2
    @Flag(help: .text(Texts.Help.Simulate.noVariants)) var noVariants = false
    @Option(help: .text(Texts.Help.Shared.reportFormat)) var format: SimulationFormat = .table
    @Option(help: .text(Texts.Help.Simulate.html)) var html: String?

    /// How the report is printed.
    enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    /// The ranges of weeks, warm-up and replications are `SimulationSettings.problems()`'s,
    /// checked once the scenario's own values are overridden.
    func validate() throws {
        if !(1...64).contains(threads) { throw ValidationError(Texts.Errors.between("--threads", 1, 64)(Caseload.language)) }
    }

    mutating func execute() throws -> String {
        var (scenario, settings) = try ScenarioReader().readSimulation(path: self.scenario)
        if let weeks { settings.weeks = weeks }
        if let warmupWeeks { settings.warmupWeeks = warmupWeeks }
        if let replications { settings.replications = replications }
        if let seed { settings.seed = seed }
        if noVariants { settings.variants = [] }
        if let problem = settings.problems().first {
            throw CommandError(
                exitCode: 64, Text(nl: "\(problem.field) \(problem.text.nl)", en: "\(problem.field) \(problem.text.en)"))
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
                throw CommandError.failure(Texts.Errors.couldNotWrite(html, error.localizedDescription))
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
