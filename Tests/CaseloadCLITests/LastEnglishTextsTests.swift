import CaseloadCore
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadCLI

/// The last texts that were English only: a simulation setting out of range, a refused server
/// configuration and a stored plan's broken rules are Dutch by default, English with `--lang en`.
@Suite struct LastEnglishTextsTests {
    @Test func aSimulationSettingOutOfRangeIsSaidInTheRunsLanguage() throws {
        let w = try Workspace()
        let team = try w.write("team.yaml", SimulateTests.scenario)
        let dutch = try TestProcess.run(["simulate", team, "--replications", "1"])
        #expect(dutch.status == 64)
        #expect(
            dutch.errors.contains("replications moet 2 tot en met 10000 zijn (een betrouwbaarheidsinterval vraagt er twee), is 1"),
            "\(dutch.errors)")
        let english = try TestProcess.run(["simulate", team, "--replications", "1", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.errors.contains("replications must be 2…10000 (a confidence interval needs two), is 1"), "\(english.errors)")
    }

    @Test func aServerWithoutATokenOnAPublicAddressIsRefusedInTheRunsLanguage() throws {
        let w = try Workspace()
        #expect(w.run("init") == 0)
        let dutch = try TestProcess.run(["serve", "--db", w.db, "--host", "0.0.0.0", "--port", "18998"])
        #expect(dutch.status == 64)
        #expect(dutch.errors.contains("ik luister niet op 0.0.0.0 zonder token"), "\(dutch.errors)")
        let english = try TestProcess.run(["serve", "--db", w.db, "--host", "0.0.0.0", "--port", "18998", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.errors.contains("refusing to listen on 0.0.0.0 without a token"), "\(english.errors)")
    }

    @Test func checkSaysAStoredPlansBrokenRulesInTheRunsLanguage() throws {
        let w = try Workspace()
        #expect(Caseload.main(arguments: ["load", Fixtures.foodvalley, "--db", w.db]) == 0)
        #expect(Caseload.main(arguments: ["plan", "--save", "--db", w.db] + Fixtures.moves(2000)) == 0)
        // A stored plan whose figures break H3.
        let store = try AppDatabase.open(path: w.db)
        try store.writer.write { try $0.execute(sql: "UPDATE plan_workers SET planned_hours = planned_hours + 100.5") }
        let dutch = try TestProcess.run(["check", "--db", w.db])
        #expect(dutch.status == 65)
        #expect(dutch.errors.contains("  H3 medewerker "), "\(dutch.errors)")
        #expect(dutch.errors.contains(" uur gepland > "), "\(dutch.errors)")
        #expect(!dutch.errors.contains(" h > "), "\(dutch.errors)")
        let english = try TestProcess.run(["check", "--db", w.db, "--lang", "en"])
        #expect(english.status == 65)
        #expect(english.errors.contains("  H3 worker "), "\(english.errors)")
        #expect(english.errors.contains(" h > "), "\(english.errors)")
    }
}
