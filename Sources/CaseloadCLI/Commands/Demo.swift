import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// `caseload demo`: plans the bundled example region in a throw-away database.
struct Demo: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan the bundled FoodValley example region and print the plan: the first thing to run.",
        discussion: """
            Loads Scenarios/foodvalley.yaml into a throw-away SQLite database, plans the week, saves the plan and
            prints the report. Example: swift run caseload demo
            """)

    @Option(help: "The scenario to demonstrate (default: the bundled Scenarios/foodvalley.yaml).") var scenario: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var planning: PlanningOptions

    static func bundledScenario() -> String? {
        let relative = "Scenarios/foodvalley.yaml"
        // From the repository (swift run), else next to the sources this binary was built from.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return [relative, sourceRoot.appendingPathComponent(relative).path].first { FileManager.default.fileExists(atPath: $0) }
    }

    mutating func execute() throws -> String {
        guard let path = scenario ?? Self.bundledScenario() else {
            throw FileOpenError(
                path: "Scenarios/foodvalley.yaml", reason: "the bundled example was not found; run from the repository or pass --scenario")
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
        guard let saved = try db.plan(id: id) else { throw CommandError.failure("the saved plan could not be read back") }
        if format != .table { return render(saved, scenario: input, format: format) }
        let report = PlanReport(
            plan: saved, scenario: input, title: "Caseload demo: \(input.name) — \(input.staff.count) staff, \(input.cases.count) families")
        return report.render() + report.demoNote(seconds: plan.solver.seconds, scenarioPath: path)
    }
}
