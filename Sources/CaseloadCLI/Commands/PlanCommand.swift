import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore

/// `caseload plan`: plans the week.
struct PlanCommand: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan", abstract: Texts.Help.Plan.abstract(Caseload.language),
            discussion: Texts.Help.Plan.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var planning: PlanningOptions
    @Option(help: .text(Texts.Help.Plan.scenario)) var scenario: String?
    @Option(help: .text(Texts.Help.Shared.planFormat)) var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @Option(help: .text(Texts.Help.Shared.worker)) var worker: String?
    @Flag(help: .text(Texts.Help.Plan.save)) var save = false
    @Flag(help: .text(Texts.Help.Plan.cold)) var cold = false

    func validate() throws {
        try output.validate(format: format)
        if save && scenario != nil {
            throw ValidationError(Texts.Errors.saveNeedsDatabase(Caseload.language))
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
    throw CommandError(exitCode: 64, Texts.Errors.noSuchWorker(id, team: scenario.name.isEmpty ? nil : scenario.name))
}
