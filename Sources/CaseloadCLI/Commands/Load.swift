import ArgumentParser
import CaseloadFormats
import CaseloadReport
import CaseloadStore

/// `caseload load SCENARIO.yaml`: loads a scenario in one transaction.
struct Load: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Load.abstract(Caseload.language), discussion: Texts.Help.Load.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .text(Texts.Help.Load.scenario)) var scenario: String

    mutating func execute() throws -> String {
        // Read and validate everything before the database is touched: bad input writes nothing.
        let parsed = try ScenarioReader().read(path: scenario)
        let summary = try global.open(create: true).load(parsed)
        return "loaded \(scenario): \(parsed.organisations.count) organisations, \(parsed.staff.count) staff, "
            + "\(parsed.cases.count) cases (\(summary)); week \(parsed.week)\n"
    }
}
