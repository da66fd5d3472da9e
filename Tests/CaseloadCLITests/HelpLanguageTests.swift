import ArgumentParser
import CaseloadCore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadCLI

/// `--help` and the command line's own errors are Dutch by default and English with `--lang en`.
@Suite struct HelpLanguageTests {
    /// `caseload` and every subcommand.
    static var commands: [any ParsableCommand.Type] {
        [Caseload.self] + Caseload.$language.withValue(.en) { Caseload.configuration.subcommands }
    }

    /// The help of `command` in `language`, unwrapped so that each explanation is one line.
    static func help(_ command: any ParsableCommand.Type, _ language: Language) -> String {
        Caseload.$language.withValue(language) { Caseload.helpMessage(for: command, columns: 10_000) }
    }

    /// The explanations an English help holds: the overview and discussion lines and each
    /// option's text, without the names, usage, examples and ArgumentParser's own words.
    static func englishExplanations(_ help: String) -> [String] {
        help.split(separator: "\n").compactMap { line -> String? in
            var text = line.trimmingCharacters(in: .whitespaces)
            // ArgumentParser's headings and its own `--help` line are not ours to translate.
            if text.isEmpty || text.hasSuffix(":") || text.hasPrefix("USAGE:") || text.hasPrefix("-h, --help") || text.hasPrefix("See '") {
                return nil
            }
            // Examples are commands: the same in every language.
            if text.hasPrefix("caseload ") || text.hasPrefix("`caseload ") || text.hasPrefix("openssl ") { return nil }
            // An option's or subcommand's line: its explanation follows the name after a wide gap.
            if line.hasPrefix("  "), let gap = text.range(of: "  ") {
                text = text[gap.upperBound...].trimmingCharacters(in: .whitespaces)
            } else if text.hasPrefix("-") || text.hasPrefix("<") {
                return nil
            }
            return text.count >= 12 ? text : nil
        }
    }

    @Test func everyCommandsHelpIsDutchByDefaultAndEnglishOnRequest() throws {
        #expect(Self.commands.count == 19)
        for command in Self.commands {
            let name = command._commandName
            let dutch = Self.help(command, .nl)
            let english = Self.help(command, .en)
            let abstract = Caseload.$language.withValue(.en) { command.configuration.abstract }
            let dutchAbstract = Caseload.$language.withValue(.nl) { command.configuration.abstract }
            #expect(!abstract.isEmpty && abstract != dutchAbstract, "\(name): the abstract is the same in both")
            #expect(english.contains(abstract), "\(name)")
            #expect(dutch.contains(dutchAbstract) && !dutch.contains(abstract), "\(name): \(dutch)")
            let explanations = Self.englishExplanations(english)
            #expect(explanations.count >= 2, "\(name): \(english)")
            for text in explanations {
                #expect(!dutch.contains(text), "\(name): the Dutch help keeps the English '\(text)'")
            }
        }
    }

    @Test func theDutchHelpOfPlanExplainsItsOptionsInDutch() {
        let dutch = Self.help(PlanCommand.self, .nl)
        #expect(dutch.contains("Plan de week: regievoerders, duopartners, ondersteuners, en de wachtlijst met redenen."))
        #expect(dutch.contains("--db <db>"))
        #expect(dutch.contains("Het databasebestand (standaard: $CASELOAD_DB, anders ./caseload.sqlite)."))
        #expect(dutch.contains("--save"))
        #expect(dutch.contains("Geef meteen akkoord: het plan wordt het huidige plan (plan + approve)."))
        let english = Self.help(PlanCommand.self, .en)
        #expect(english.contains("The database file (default: $CASELOAD_DB, else ./caseload.sqlite)."))
        #expect(english.contains("Approve the plan at once: it becomes the current plan (plan + approve)."))
    }

    /// The binary itself: `--help` is built inside the language `main` resolves.
    @Test func theBinarysHelpFollowsLang() throws {
        let dutch = try TestProcess.run(["plan", "--help"])
        #expect(dutch.status == 0)
        #expect(dutch.text.contains("Plan de week") && dutch.text.contains("Het databasebestand"), "\(dutch.text)")
        let english = try TestProcess.run(["--lang", "en", "help", "pin"])
        #expect(english.status == 0)
        #expect(english.text.contains("Pin a family to a lead") && english.text.contains("The lead (default: the lead of record)."))
        let environment = try TestProcess.run(["pin", "--help"])
        #expect(environment.text.contains("Zet een gezin vast op een regievoerder"), "\(environment.text)")
    }

    @Test func anOptionCheckSpeaksTheRunsLanguage() throws {
        let dutch = try TestProcess.run(["plan", "--threads", "0", "--scenario", Fixtures.foodvalley])
        #expect(dutch.status == 64)
        #expect(dutch.errors.contains("--threads moet tussen 1 en 64 liggen"), "\(dutch.errors)")
        let english = try TestProcess.run(["plan", "--threads", "0", "--scenario", Fixtures.foodvalley, "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.errors.contains("--threads must be between 1 and 64"), "\(english.errors)")
    }

    @Test func aMissingDatabaseIsSaidInTheRunsLanguageWithItsExitCode() throws {
        let w = try Workspace()
        let dutch = try TestProcess.run(["show", "--db", w.db])
        #expect(dutch.status == 66)
        #expect(dutch.errors.contains("kan \(w.db) niet openen: hier is geen database; draai eerst `caseload init`"), "\(dutch.errors)")
        let english = try TestProcess.run(["show", "--db", w.db, "--lang", "en"])
        #expect(english.status == 66)
        #expect(english.errors.contains("cannot open \(w.db): no database here; run `caseload init`"), "\(english.errors)")
    }

    @Test func aBadScenarioFieldNamesLineAndFieldInDutch() throws {
        let w = try Workspace()
        let text = try String(contentsOfFile: Fixtures.foodvalley, encoding: .utf8)
            .replacingOccurrences(of: "week: 2026-W48", with: "week: 2026-W99")
        let path = try w.write("team.yaml", text)
        let dutch = try TestProcess.run(["load", path, "--db", w.db])
        #expect(dutch.status == 65)
        #expect(dutch.errors.contains("veld 'week': '2026-W99' is geen ISO-week (schrijf 2026-W48)"), "\(dutch.errors)")
        let english = try TestProcess.run(["load", path, "--db", w.db, "--lang", "en"])
        #expect(english.status == 65)
        #expect(english.errors.contains("field 'week': '2026-W99' is not an ISO week (write 2026-W48)"), "\(english.errors)")
    }
}

/// ArgumentParser's frame around a usage error reads in the run's language.
@Suite struct UsageMessageTests {
    static let english = """
        Error: Missing expected argument '<id>'
        Help:  <id>  De code van het gezin.
        Usage: caseload pin [--db <db>] <id> [--lead <lead>] [--partner <partner>]
          See 'caseload pin --help' for more information.
        """

    @Test func theLabelsAreDutchAndTheRestIsKept() {
        #expect(
            Caseload.usageMessage(Self.english, .nl) == """
                Fout: Missing expected argument '<id>'
                Uitleg:  <id>  De code van het gezin.
                Gebruik: caseload pin [--db <db>] <id> [--lead <lead>] [--partner <partner>]
                  Zie 'caseload pin --help' voor de uitleg.
                """)
        #expect(Caseload.usageMessage(Self.english, .en) == Self.english)
    }

    @Test func theBinarySaysItInDutch() throws {
        let run = try TestProcess.run(["plan", "--threads", "0", "--scenario", Fixtures.foodvalley])
        #expect(run.errors.contains("caseload: Fout: --threads moet tussen 1 en 64 liggen\nGebruik: caseload plan"), "\(run.errors)")
        #expect(run.errors.contains("Zie 'caseload plan --help' voor de uitleg."), "\(run.errors)")
    }
}

/// `caseload check` reports in the run's language.
@Suite struct CheckLanguageTests {
    @Test func checkSaysItInDutchAndInEnglish() throws {
        let w = try Workspace()
        #expect(w.run("load", Fixtures.foodvalley) == 0)
        #expect(Caseload.main(arguments: ["plan", "--save", "--db", w.db] + Fixtures.moves(500)) == 0)
        var check = try Check.parse(["--db", w.db])
        let dutch = try Caseload.$language.withValue(.nl) { try check.execute() }
        #expect(dutch == "samenhang: in orde\nplan 1 (2026-W48), huidig: in orde\n", "\(dutch)")
        let english = try Caseload.$language.withValue(.en) { try check.execute() }
        #expect(english == "integrity: ok\nplan 1 (2026-W48), current: ok\n", "\(english)")
    }
}
