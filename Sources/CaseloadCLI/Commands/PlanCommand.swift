import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadStore

/// `caseload plan`: plans the week.
struct PlanCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the week: leads, duo partners, supporters, and the waiting list with reasons.",
        discussion: """
            Plans the database's team and families, or a scenario file with --scenario (no database).
            --save stores the plan as the current one. From the database, the current saved plan is the
            warm start: its people are the families' current people and the search starts from it
            (--cold plans from the scenario alone). Examples:
              caseload plan
              caseload plan --scenario Scenarios/foodvalley.yaml --format json
              caseload plan --week 2026-W49 --weight handover=80 --save
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Option(help: "Plan this scenario file instead of the database.") var scenario: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @Flag(help: "Store the plan in the database as the current plan.") var save = false
    @Flag(help: "Ignore the current saved plan: no warm start.") var cold = false

    func validate() throws {
        if save && scenario != nil {
            throw ValidationError("--save stores into the database; load the scenario first (caseload load FILE)")
        }
    }

    mutating func execute() throws -> String {
        var input: Scenario
        var database: AppDatabase?
        var previous: Plan?
        if let scenario {
            input = try ScenarioReader().read(path: scenario)
        } else {
            let db = try global.openLoaded()
            input = try db.scenario()
            database = db
            if !cold { previous = try db.plan(id: nil) }
        }
        if let week = planning.parsedWeek { input.week = week }
        var plan = makePlan(input, planning, warmStart: previous)
        // S2 and the check on save count changes against the people the plan started from.
        if let previous { input = input.continuing(from: previous) }
        var note = ""
        if save, let database {
            for (name, value) in try planning.parsedWeights() { _ = input.settings.weights.set(name, to: value) }
            let id = try database.save(plan, scenario: input)
            note = "saved as plan \(id) (current)\n"
            plan = try database.plan(id: id) ?? plan
        }
        return render(plan, scenario: input, format: format) + (format == .table ? note : "")
    }
}
