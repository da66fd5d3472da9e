import CaseloadCore
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadCLI

/// `explain` and `recommend` speak Dutch by default and English with `--lang en`; their JSON is
/// the same in both.
@Suite struct ExplainDutchTests {
    /// FoodValley loaded and planned once into a database; the plan is read back by every command.
    final class Team: @unchecked Sendable {
        let workspace: Workspace
        let plan: Plan

        init() throws {
            workspace = try Workspace()
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Scenarios/foodvalley.yaml").path
            #expect(workspace.run("load", path) == 0)
            var save = try PlanCommand.parse(Fixtures.moves(20000) + ["--save", "--db", workspace.db])
            _ = try save.execute()
            plan = try #require(try AppDatabase.open(path: workspace.db).plan())
        }

        /// `caseload explain ARGUMENTS` in `language`.
        func explain(_ arguments: [String], _ language: Language) throws -> String {
            var command = try Explain.parse(arguments + ["--db", workspace.db])
            return try Caseload.$language.withValue(language) { try command.execute() }
        }

        /// `caseload recommend ARGUMENTS` in `language`.
        func recommend(_ arguments: [String], _ language: Language) throws -> String {
            var command = try Recommend.parse(arguments + ["--db", workspace.db])
            return try Caseload.$language.withValue(language) { try command.execute() }
        }
    }

    /// Checks that `text` contains every one of `parts`, naming the one missing.
    static func expect(_ text: String, contains parts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for part in parts { #expect(text.contains(part), "\(part)", sourceLocation: sourceLocation) }
    }

    /// A decimal comma between digits: `12,5`.
    static func hasDecimalComma(_ text: String) -> Bool { text.contains(/\d,\d/) }
    /// A decimal point between digits: `12.5`.
    static func hasDecimalPoint(_ text: String) -> Bool { text.contains(/\d\.\d/) }

    @Test func theScoreAnalysisInDutchAndInEnglish() throws {
        let team = try Team()
        let dutch = try team.explain([], .nl)
        Self.expect(
            dutch,
            contains: [
                "SCORE  week 48 (2026): hard 0, zacht ", "HARDE REGELS", "H1  SKJ-registratie", "H4  caseloadnorm", "H9  vastzettingen",
                "H11 wie het gezin mag zien", "ZACHTE TERMEN", "S1 wachten", "S2 overdrachten", "S3 niet-gedelegeerd", "S4 balans",
                "dragen bij", "(uit plan 1, het huidige plan, week 48 (2026))",
            ])
        #expect(Self.hasDecimalComma(dutch))
        #expect(!dutch.contains("HARD RULES") && !dutch.contains("contributing") && !dutch.contains("weeks waiting"))
        let english = try team.explain([], .en)
        Self.expect(
            english, contains: ["SCORE  week 2026-W48: hard 0, soft ", "HARD RULES", "H1  registration", "SOFT TERMS", "S1 waiting"])
        #expect(english.contains("(from plan 1, the current plan, week 2026-W48)"))
        #expect(!Self.hasDecimalComma(english))
    }

    @Test func aWaitingFamilyInDutch() throws {
        let team = try Team()
        let entry = try #require(team.plan.waiting.first)
        let dutch = try team.explain([entry.caseID], .nl)
        Self.expect(
            dutch,
            contains: [
                "gezin \(entry.caseID): prioriteit ", " wachtend", "uren per week: ", "vaste mensen: ", "WACHT: #1 op de wachtlijst",
                "reden: ", "mogelijke regievoerders: ", "wat elke mogelijke regievoerder tegenhoudt",
                "kleinste wijziging die het gezin helpt:",
            ])
        #expect(!dutch.contains("WAITS") && !dutch.contains("closest possible leads") && !dutch.contains("hours per week"))
        let english = try team.explain([entry.caseID], .en)
        Self.expect(english, contains: ["WAITS: #1 on the waiting list", "reason: \(entry.reason.rawValue)", "smallest change:"])
    }

    @Test func aServedFamilyInDutch() throws {
        let team = try Team()
        let served = try #require(team.plan.assignments.first)
        let dutch = try team.explain([served.caseID], .nl)
        Self.expect(
            dutch,
            contains: [
                "GEHOLPEN door regievoerder \(served.lead)", "casuswerk: ", "alternatieven (scorewijziging tegen deze mensen):", "← huidig",
            ])
        // Hours in Dutch: `casuswerk: jbg-13 1,88 u`.
        #expect(dutch.contains(/: [a-z]+-\d+ \d+(,\d+)? u\n/))
        let english = try team.explain([served.caseID], .en)
        Self.expect(english, contains: ["SERVED by lead \(served.lead)", "casework: ", "← current"])
    }

    @Test func aWorkerInDutch() throws {
        // jbg-05 is off sick until Tuesday 2026-11-24: away part of the week.
        let team = try Team()
        let dutch = try team.explain(["jbg-05"], .nl)
        Self.expect(
            dutch,
            contains: [
                "medewerker jbg-05", "mag doen: casuswerk", "aandeel casuswerk", "u afwezig", "beschikbaar", "gepland ", "norm: gezinnen ",
                "balans (S4)", "deze week:", "regievoerder",
            ])
        #expect(Self.hasDecimalComma(dutch))
        #expect(!Self.hasDecimalPoint(dutch))
        let english = try team.explain(["jbg-05"], .en)
        Self.expect(
            english, contains: ["worker jbg-05", "may do: casework", "casework share", "available", "norm: families ", "balance (S4)"])
    }

    @Test func recommendInDutch() throws {
        let team = try Team()
        let served = try #require(team.plan.assignments.first)
        let dutch = try team.recommend([served.caseID], .nl)
        #expect(dutch.hasPrefix("advies \(served.caseID): prioriteit "))
        Self.expect(
            dutch,
            contains: [
                "geholpen door regievoerder \(served.lead)", "planscore ", "lager is beter", "1.  regievoerder ",
                "(uit plan 1, het huidige plan, week 48 (2026))",
            ])
        #expect(Self.hasDecimalComma(dutch))
        let english = try team.recommend([served.caseID], .en)
        #expect(english.hasPrefix("recommend \(served.caseID): priority "))
        Self.expect(english, contains: ["plan score ", "1.  lead "])
        // A waiting family: its options, or what blocks it, in Dutch.
        let waiting = try #require(team.plan.waiting.first)
        let out = try team.recommend([waiting.caseID], .nl)
        #expect(out.contains(" — wachtend; Δ telt het helpen mee"))
        #expect(out.contains("1.  regievoerder ") || out.contains("kleinste wijziging die het gezin helpt:"))
    }

    @Test func theJSONIsTheSameInBothLanguages() throws {
        let team = try Team()
        let waiting = try #require(team.plan.waiting.first).caseID
        let served = try #require(team.plan.assignments.first).caseID
        for id in [[], [waiting], [served], ["jbg-05"]] {
            let arguments = id + ["--format", "json"]
            let dutch = try team.explain(arguments, .nl)
            #expect(dutch == (try team.explain(arguments, .en)), "explain \(id)")
            #expect(!Self.hasDecimalComma(dutch))
        }
        // The recommender's own time differs run to run; everything else is the same.
        func withoutTime(_ text: String) -> String { text.replacing(/"seconds": [0-9.e-]+/, with: "") }
        for id in [waiting, served] {
            let dutch = try team.recommend([id, "--format", "json"], .nl)
            let english = try team.recommend([id, "--format", "json"], .en)
            #expect(withoutTime(dutch) == withoutTime(english), "recommend \(id)")
        }
    }
}
