import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore

/// `caseload plan`: plans the week.
struct PlanCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the week: leads, duo partners, supporters, and the waiting list with reasons.",
        discussion: """
            Plans the database's team and families, or a scenario file with --scenario (no database). On a \
            database every plan is kept as a numbered draft, exactly as shown; `caseload approve N` makes it the \
            current plan and its people the families' people of record, and --save does both at once. The \
            current plan is the warm start: the search starts from its people where they are still the \
            families' people of record (--cold plans from the data alone). Examples:
              caseload plan
              caseload approve
              caseload plan --scenario Scenarios/foodvalley.yaml --format json
              caseload plan --week 2026-W49 --weight handover=80 --save
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Option(help: "Plan this scenario file instead of the database.") var scenario: String?
    @Option(help: "table, json, csv or xlsx (a workbook; needs --output).") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @Option(help: "Show one worker's families only.") var worker: String?
    @Flag(help: "Approve the plan at once: it becomes the current plan (plan + approve).") var save = false
    @Flag(help: "Ignore the current plan: no warm start.") var cold = false

    func validate() throws {
        try output.validate(format: format)
        if save && scenario != nil {
            throw ValidationError("--save stores into the database; load the scenario first (caseload load FILE)")
        }
    }

    mutating func execute() throws -> String {
        var input: Scenario
        if let scenario {
            input = try ScenarioReader().read(path: scenario)
            if let week = planning.parsedWeek { input.week = week }
            try requireWorker(worker, in: input)
            return try render(makePlan(input, planning), scenario: input, format: format, worker: worker, output: output)
        }
        let db = try global.openLoaded()
        input = try db.scenario()
        if let week = planning.parsedWeek { input.week = week }
        try requireWorker(worker, in: input)
        let current = cold ? nil : try db.plan(id: nil)
        let plan = makePlan(input, planning, warmStart: current, adoptsWarmStart: false)
        // The draft keeps the weights it was scored with.
        for (name, value) in try planning.parsedWeights() { _ = input.settings.weights.set(name, to: value) }
        // With --save the draft and its approval are one transaction: a kill leaves both or neither.
        let approval = save ? try db.saveApproved(plan, scenario: input) : nil
        let id = try approval?.id ?? db.saveDraft(plan, scenario: input)
        let language = Caseload.language
        var note = Texts.Plan.draftNote(id)(language) + "\n"
        if let approval { note = Texts.Plan.savedNote(id)(language) + Approve.recordNote(approval) + "\n" }
        if planning.parsedWeek == nil, try !db.hasStoredWeek() {
            note += Texts.Plan.thisWeekNote(Figures.of(language).week(input.week))(language) + "\n"
        }
        let kept = try db.plan(id: id) ?? plan
        return try render(kept, scenario: input, format: format, worker: worker, output: output) + (format == .table ? note : "")
    }
}

/// Refuses a `--worker` the data does not know, naming the option.
func requireWorker(_ id: String?, in scenario: Scenario) throws {
    guard let id, !scenario.staff.contains(where: { $0.id == id }) else { return }
    throw CommandError(exitCode: 64, description: "--worker '\(id)' is no worker of \(scenario.name.isEmpty ? "this team" : scenario.name)")
}
