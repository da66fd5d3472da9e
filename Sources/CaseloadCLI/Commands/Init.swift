import ArgumentParser
import CaseloadStore

/// `caseload init`: creates the database.
struct Init: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the planning database.",
        discussion: "Example: caseload init --db team.sqlite")

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        _ = try global.open(create: true)
        return "database ready: \(global.path)\n"
    }
}
