import CaseloadCore
import Foundation
import Testing

@testable import CaseloadCLI

/// `caseload simulate`'s table and HTML page in Dutch by default and English on request; the
/// JSON the same in both.
@Suite struct SimulateLanguageTests {
    /// A short run: the small team, four weeks, two replications.
    static let short = ["--weeks", "4", "--warmup-weeks", "1", "--replications", "2"]

    static func run(_ arguments: [String], _ language: Language) throws -> String {
        try Caseload.$language.withValue(language) { try SimulateTests.run(arguments) }
    }

    @Test func tableAndPageAreDutchByDefaultAndEnglishOnRequest() throws {
        let folder = try SimulateTests.Folder()
        let path = try folder.write("team.yaml", SimulateTests.scenario)
        let dutchPage = folder.url.appendingPathComponent("nl.html").path
        let englishPage = folder.url.appendingPathComponent("en.html").path

        let dutch = try Self.run([path, "--html", dutchPage] + Self.short, .nl)
        #expect(dutch.hasPrefix("SIMULATIE  small team\n  vanaf week 48 (2026), 4 weken (1 inloopweek niet meegeteld), 2 herhalingen"))
        for text in [
            "\nBASIS", "  wachtende gezinnen ", "aangemeld, aan het eind nog niet geholpen",
            "\nVARIANT no-supporters  (verschil met de basis",
            "\nPER WEEK (basis)\n", "  2     week 49 (2026)",
        ] {
            #expect(dutch.contains(text), "no \(text)")
        }
        // Figures with a decimal comma, none with a point.
        #expect(dutch.contains(try Regex(#"\d,\d\d \["#)))
        #expect(!dutch.contains(try Regex(#"\d\.\d"#)))
        #expect(!dutch.contains("BASELINE") && !dutch.contains("families waiting"))

        let english = try Self.run([path, "--html", englishPage] + Self.short, .en)
        #expect(english.hasPrefix("SIMULATION  small team\n  from 2026-W48, 4 weeks (1 warm-up left out), 2 replications"))
        #expect(
            english.contains("\nBASELINE") && english.contains("  families waiting ") && english.contains("\nWEEK BY WEEK (baseline)\n"))
        #expect(!english.contains(try Regex(#"\d,\d\d \["#)))

        let nlHTML = try String(contentsOfFile: dutchPage, encoding: .utf8)
        #expect(nlHTML.contains("<html lang=\"nl\">"))
        for text in [
            "<title>Simulatie: small team</title>", "Wachtende gezinnen per week", "herhalingen", "<th>kengetal</th><th>basis</th>",
            "95&nbsp;%",
        ] {
            #expect(nlHTML.contains(text), "no \(text)")
        }
        #expect(!nlHTML.contains("Summary") && !nlHTML.contains(">baseline<"))
        let enHTML = try String(contentsOfFile: englishPage, encoding: .utf8)
        #expect(enHTML.contains("<html lang=\"en\">") && enHTML.contains("<h2>Families waiting, week by week</h2>"))
        #expect(enHTML.contains("<th>metric</th><th>baseline</th>"))
    }

    @Test func jsonIsTheSameInBothLanguages() throws {
        let folder = try SimulateTests.Folder()
        let path = try folder.write("team.yaml", SimulateTests.scenario)
        let arguments = [path, "--format", "json", "--no-variants"] + Self.short
        #expect(try Self.run(arguments, .nl) == (try Self.run(arguments, .en)))
    }
}
