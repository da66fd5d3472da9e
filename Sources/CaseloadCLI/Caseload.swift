import ArgumentParser
import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Foundation

/// The `caseload` command: weekly planning for youth-protection support teams.
public struct Caseload: ParsableCommand {
    /// The command tree.
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "caseload", abstract: Texts.Help.Root.abstract(Caseload.language),
            discussion: Texts.Help.Root.discussion(Caseload.language),
            subcommands: [
                Demo.self, Init.self, Load.self, Import.self, PlanCommand.self, Show.self, Plans.self, Explain.self, Recommend.self,
                Approve.self, PinCommand.self, Unpin.self, CapacityCommand.self, Simulate.self, Serve.self, Check.self, Backup.self,
                Template.self,
            ])
    }

    /// Creates the command.
    public init() {}

    /// Parses `arguments`, runs the command and returns the exit code, printing output and errors.
    /// The executable is this one call; tests use it to run commands in process.
    public static func main(arguments: [String]) -> Int32 {
        guard let language = Language.resolve(arguments: arguments, environment: ProcessInfo.processInfo.environment) else {
            FileHandle.standardError.write(Data((Texts.Errors.badLanguage + "\n").utf8))
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

    /// Prints `error` to stderr in the run's language and returns its exit code (docs/commands.md).
    /// Every error of ours is a `LocalizedProblem`; the rest are ArgumentParser's (usage, help)
    /// and the system's, printed as they come.
    static func report(_ error: Error) -> Int32 {
        let code: Int32
        let message: String
        switch error {
        case let e as any BadData:
            code = 65
            message = e.message(language)
        case let e as FileOpenError:
            code = 66
            message = e.message(language)
        case let e as CommandError:
            code = e.exitCode
            message = e.message(language)
        case let e as any LocalizedProblem:
            code = 1
            message = e.message(language)
        default:
            let exit = exitCode(for: error)
            if exit == .success {
                print(fullMessage(for: error))
                return 0
            }
            code = exit.rawValue
            message = usageMessage(fullMessage(for: error), language)
        }
        FileHandle.standardError.write(Data(("caseload: " + message + "\n").utf8))
        return code
    }
}

extension Caseload {
    /// ArgumentParser's usage error with the labels around its lines (`Error:`, `Usage:`, `See …
    /// for more information.`) in `language`: the option checks' own messages are already in it,
    /// and the labels are what a Dutch reader would otherwise trip over. The library's sentences
    /// (`Unknown option`, `Missing expected argument`) cannot be translated from outside it.
    static func usageMessage(_ message: String, _ language: Language) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if let label = Texts.Errors.usageLabels.first(where: { line.hasPrefix($0.en) }) {
                line = label(language) + line.dropFirst(label.en.count)
            }
            let end = Texts.Errors.seeHelpEnd
            if line.hasSuffix(end.en) { line = line.dropLast(end.en.count) + end(language) }
            return line
        }.joined(separator: "\n")
    }
}

/// An error in the data a command was given or found (exit 65): the message names what is wrong
/// and what to do, in every language.
protocol BadData: LocalizedProblem {}

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
public struct CommandError: LocalizedProblem, Sendable {
    /// The exit code.
    public var exitCode: Int32
    /// What went wrong and what to do, in every language.
    public var text: Text

    /// An error said in every language (`Texts.Errors`).
    init(exitCode: Int32, _ text: Text) {
        self.exitCode = exitCode
        self.text = text
    }

    /// An error whose words are the same in every language (a system's message passed on).
    init(exitCode: Int32, description: String) { self.init(exitCode: exitCode, Text(nl: description, en: description)) }

    /// What went wrong and what to do, in `language`.
    public func message(_ language: Language) -> String { text(language) }

    /// A problem with the data (exit 65).
    static func data(_ text: Text) -> CommandError { CommandError(exitCode: 65, text) }
    /// A command that needs data run on a database nothing was loaded into (exit 65).
    static let emptyDatabase = data(Texts.Errors.emptyDatabase)
    /// Anything else (exit 1).
    static func failure(_ text: Text) -> CommandError { CommandError(exitCode: 1, text) }
}

extension ArgumentHelp {
    /// An option's help in the run's language: ArgumentParser builds a command's options inside
    /// `Caseload.main`'s language scope, so `--help` reads this in the language asked for.
    static func text(_ text: Text) -> ArgumentHelp { ArgumentHelp(text(Caseload.language)) }
}
