import CaseloadCore
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadCLI

/// The week a database plans, and the language switch every command accepts.
@Suite struct WeekAndLanguageTests {
    @Test func aDatabaseFilledByImportPlansThisWeekInAmsterdam() throws {
        let w = try Workspace()
        let organisations = try w.write("organisations.csv", "id;name;kind\njbg;JBG;gi\n")
        let staff = try w.write("staff.csv", "id;organisation;tasks;registered_until;hours\njb-01;jbg;casework;2099-01-01;32\n")
        let cases = try w.write("cases.csv", "id;municipality;framework\nfam-1;ede;ots\n")
        #expect(w.run("import", "organisations", organisations) == 0)
        #expect(w.run("import", "staff", staff) == 0)
        #expect(w.run("import", "cases", cases) == 0)
        let before = AppDatabase.thisWeek()
        var command = try PlanCommand.parse(Fixtures.moves(1000) + ["--db", w.db])
        let table = try command.execute()
        let after = AppDatabase.thisWeek()
        #expect(table.contains("deze week in Europe/Amsterdam"))
        let plan = try #require(try AppDatabase.open(path: w.db).plan(id: 1))
        #expect(plan.week == before || plan.week == after)
        #expect(plan.week.year >= 2026)
    }

    @Test func anUnknownLanguageIsAUsageError() {
        #expect(Caseload.main(arguments: ["plans", "--lang", "fr", "--db", "/nonexistent/x.sqlite"]) == 64)
        #expect(Caseload.withoutLanguage(["plan", "--lang", "en", "--week", "2026-W48", "--lang=nl"]) == ["plan", "--week", "2026-W48"])
    }
}
