import ArgumentParser
import CaseloadFormats
import CaseloadStore

/// `caseload load SCENARIO.yaml`: loads a scenario in one transaction.
struct Load: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load a scenario's organisations, staff, cases and settings (one transaction).",
        discussion: "Existing ids are updated. Example: caseload load Scenarios/foodvalley.yaml")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The scenario file (YAML or JSON).") var scenario: String

    mutating func execute() throws -> String {
        // Read and validate everything before the database is touched: bad input writes nothing.
        let parsed = try ScenarioReader().read(path: scenario)
        let summary = try global.open(create: true).load(parsed)
        return "loaded \(scenario): \(parsed.organisations.count) organisations, \(parsed.staff.count) staff, "
            + "\(parsed.cases.count) cases (\(summary)); week \(parsed.week)\n"
    }
}
