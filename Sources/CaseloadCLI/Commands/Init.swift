import ArgumentParser
import CaseloadReport
import CaseloadStore

/// `caseload init`: creates the database.
struct Init: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Init.abstract(Caseload.language), discussion: Texts.Help.Init.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        _ = try global.open(create: true)
        return "database ready: \(global.path)\n"
    }
}
