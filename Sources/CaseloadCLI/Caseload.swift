import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// The `caseload` command: weekly planning for youth-protection support teams.
public struct Caseload: ParsableCommand {
    /// The command tree.
    public static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "Plan who works on which family this week: registered leads, duo partners and supporters.",
        discussion: """
            Start with `caseload demo`. A manager's week: `caseload load team.yaml` (or `caseload import staff staff.csv`),
            `caseload plan`, `caseload explain fam-0107`, `caseload plan --save`.
            Exit codes: 0 done, 64 usage, 65 bad input data, 66 a file that cannot be opened, 1 anything else.
            """,
        subcommands: [
            Demo.self, Init.self, Load.self, Import.self, PlanCommand.self, Show.self, Plans.self, Explain.self,
            Recommend.self, Approve.self, PinCommand.self, Unpin.self, CapacityCommand.self, Simulate.self, Serve.self, Check.self,
            Backup.self, Template.self,
        ]
    )

    /// Creates the command.
    public init() {}

    /// Parses `arguments`, runs the command and returns the exit code, printing output and errors.
    /// The executable is this one call; tests use it to run commands in process.
    public static func main(arguments: [String]) -> Int32 {
        guard let language = Language.resolve(arguments: arguments, environment: ProcessInfo.processInfo.environment) else {
            FileHandle.standardError.write(Data("caseload: --lang / CASELOAD_LANG: write nl or en\n".utf8))
            return 64
        }
        return $language.withValue(language) { run(arguments: Self.withoutLanguage(arguments)) }
    }

    /// The language every text of this run is written in (`--lang`, `CASELOAD_LANG`, else Dutch).
    @TaskLocal static var language: Language = .nl

    /// `arguments` without `--lang X` / `--lang=X`, which every command accepts.
    static func withoutLanguage(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var skip = false
        for argument in arguments {
            if skip {
                skip = false
            } else if argument == "--lang" {
                skip = true
            } else if !argument.hasPrefix("--lang=") {
                result.append(argument)
            }
        }
        return result
    }

    static func run(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var runnable = command as? OutputCommand {
                print(try runnable.execute(), terminator: "")
            } else {
                try command.run()
            }
            return 0
        } catch {
            return report(error)
        }
    }

    /// Prints `error` to stderr and returns its exit code (docs/commands.md).
    static func report(_ error: Error) -> Int32 {
        let code: Int32
        let message: String
        switch error {
        case let e as any BadData:
            code = 65
            message = e.description
        case let e as FileOpenError:
            code = 66
            message = e.description
        case let e as CommandError:
            code = e.exitCode
            message = e.description
        default:
            let exit = exitCode(for: error)
            if exit == .success {
                print(fullMessage(for: error))
                return 0
            }
            code = exit.rawValue
            message = fullMessage(for: error)
        }
        FileHandle.standardError.write(Data(("caseload: " + message + "\n").utf8))
        return code
    }
}

/// An error in the data a command was given or found (exit 65): the message names what is wrong
/// and what to do.
protocol BadData: Error, CustomStringConvertible {}

extension InputError: BadData {}
extension StoredValueError: BadData {}
extension ApprovalError: BadData {}
extension PinError: BadData {}

/// A command whose output is built as text, so tests run it in process and read what it prints.
protocol OutputCommand: ParsableCommand {
    mutating func execute() throws -> String
}

extension OutputCommand {
    /// Prints what `execute()` builds.
    mutating func run() throws { print(try execute(), terminator: "") }
}

/// An error of the command line itself, with its exit code.
public struct CommandError: Error, CustomStringConvertible, Sendable {
    /// The exit code.
    public var exitCode: Int32
    /// What went wrong and what to do.
    public var description: String

    /// A problem with the data (exit 65).
    static func data(_ message: String) -> CommandError { CommandError(exitCode: 65, description: message) }
    /// A command that needs data run on a database nothing was loaded into (exit 65).
    static let emptyDatabase = data("the database holds no staff or cases yet; run `caseload load` or `caseload import` first")
    /// Anything else (exit 1).
    static func failure(_ message: String) -> CommandError { CommandError(exitCode: 1, description: message) }
}
