import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// `caseload demo`: plans the bundled example region in a throw-away database.
struct Demo: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Demo.abstract(Caseload.language), discussion: Texts.Help.Demo.discussion(Caseload.language))
    }

    @Option(help: .text(Texts.Help.Demo.scenario)) var scenario: String?
    @Option(help: .text(Texts.Help.Shared.planFormat)) var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @Option(help: .text(Texts.Help.Shared.worker)) var worker: String?
    @OptionGroup var planning: PlanningOptions

    /// Where the last demo's database is kept for the commands its report suggests.
    static var keptDatabase: String {
        FileManager.default.temporaryDirectory.appendingPathComponent("caseload-demo.sqlite").path
    }

    static func bundledScenario() -> String? {
        let relative = "Scenarios/foodvalley.yaml"
        // From the repository (swift run), else next to the sources this binary was built from.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return [relative, sourceRoot.appendingPathComponent(relative).path].first { FileManager.default.fileExists(atPath: $0) }
    }

    func validate() throws { try output.validate(format: format) }

    mutating func execute() throws -> String {
        guard let path = scenario ?? Self.bundledScenario() else {
            throw FileOpenError(path: "Scenarios/foodvalley.yaml", reason: Texts.Errors.bundledScenarioMissing)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try AppDatabase.open(path: directory.appendingPathComponent("demo.sqlite").path)
        try db.load(try ScenarioReader().read(path: path))
        var input = try db.scenario(week: planning.parsedWeek)
        var planning = planning
        // The first thing a new user runs, often as a debug build: a short search shows the point.
        if planning.timeLimit == nil { planning.timeLimit = 5 }
        let plan = makePlan(input, planning)
        for (name, value) in try planning.parsedWeights() { _ = input.settings.weights.set(name, to: value) }
        let id = try db.save(plan, scenario: input)
        guard let saved = try db.plan(id: id) else { throw CommandError.failure(Texts.Errors.savedPlanUnreadable) }
        try requireWorker(worker, in: input)
        let kept = try keep(db, from: directory)
        if format != .table { return try render(saved, scenario: input, format: format, worker: worker, output: output) }
        let language = Caseload.language
        let report = PlanReport(
            plan: saved, scenario: input,
            title: Texts.Plan.demoTitle(input.name, staff: input.staff.count, families: input.cases.count)(language), worker: worker,
            language: language)
        let note = DemoNote(plan: saved, seconds: plan.solver.seconds, database: kept, scenarioPath: path, language: language)
        return try output.emit(report.render() + note.render())
    }

    /// Copies the demo's database to `keptDatabase` whole (an online backup, then a rename over
    /// the last demo's), so that a demo running at the same time never sees half a file.
    /// Returns the path, or `nil` when it could not be kept (the report then suggests no
    /// commands on it).
    func keep(_ db: AppDatabase, from directory: URL) throws -> String? {
        let target = Self.keptDatabase
        let copy = directory.appendingPathComponent("kept.sqlite").path
        do {
            try db.backup(to: copy)
            // A stale write-ahead log beside the old file would be replayed into the new one.
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
            guard rename(copy, target) == 0 else { return nil }
            return target
        } catch {
            return nil
        }
    }
}
