import CaseloadCore
import CaseloadFormats
import CaseloadStore
import Foundation
import GRDB
import CaseloadTestSupport
import Testing

/// A database and a directory to write CSV files into, removed at the end of a test.
private final class ImportFixture {
    let directory: URL
    let database: AppDatabase

    init() throws {
        directory = try temporaryDirectory()
        database = try AppDatabase.open(path: directory.appendingPathComponent("team.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` as UTF-8 (with a BOM when asked) and returns the path.
    func write(_ name: String, _ text: String, bom: Bool = false) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: url)
        return url.path
    }

    /// Writes and imports a file.
    @discardableResult
    func importCSV(_ kind: CSVImport.Kind, _ name: String, _ text: String, bom: Bool = false) throws
        -> AppDatabase.ImportSummary
    {
        try database.importCSV(kind, path: try write(name, text, bom: bom))
    }

    /// Writes and imports a file that must be refused; returns the error.
    func refused(_ kind: CSVImport.Kind, _ name: String, _ text: String) throws -> InputError {
        let path = try write(name, text)
        return try #require(throws: InputError.self) { try database.importCSV(kind, path: path) }
    }

    func rows(_ table: String) throws -> Int {
        try database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    /// Two organisations and two registered workers, as a starting point.
    func seed() throws {
        try importCSV(.organisations, "seed-organisations.csv", "id,name,kind\njbg,JBG,gi\nvt,Veilig Thuis,veilig-thuis\n")
        try importCSV(
            .staff, "seed-staff.csv",
            "id,organisation,tasks,registered_until,hours\njb-01,jbg,casework|admin,2029-03-31,32\nvt-01,vt,casework,2029-03-31,36\n")
    }
}

/// `lines` joined as Excel writes them: CRLF, with a final CRLF.
private func crlf(_ lines: String...) -> String { lines.joined(separator: "\r\n") + "\r\n" }

/// What an import counted: added, updated (really changed), unchanged.
private func counts(_ summary: AppDatabase.ImportSummary) -> [Int] { [summary.added, summary.updated, summary.unchanged] }

/// The problems of `error` as `line field` strings.
private func located(_ error: InputError) -> Set<String> {
    Set(error.problems.map { "\($0.line.map(String.init) ?? "-") \($0.field ?? "-")" })
}

@Suite struct CSVImportTests {
    // MARK: a Dutch Excel export

    @Test func leavesColumnReadsBothDateFormats() throws {
        let f = try ImportFixture()
        try f.seed()
        try f.importCSV(
            .staff, "staff.csv",
            crlf(
                "id;organisation;tasks;hours;leaves", "adm-01;jbg;admin;24;28-02-2027", "adm-02;jbg;admin;16;2027-03-31",
                "adm-03;jbg;admin;16;"))
        let staff = try f.database.scenario().staff
        #expect(staff.first { $0.id == "adm-01" }?.leaves == (try day(2027, 2, 28)))
        #expect(staff.first { $0.id == "adm-02" }?.leaves == (try day(2027, 3, 31)))
        #expect(try #require(staff.first { $0.id == "adm-03" }).leaves == nil)
        #expect(staff.first { $0.id == "jb-01" }?.leaves == nil)
    }

    @Test func leavesThatIsNoDateIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.staff, "staff.csv", "id,organisation,hours,leaves\nadm-01,jbg,24,31-02-2027\n")
        #expect(located(error) == ["2 leaves"])
        #expect(try f.rows("workers") == 2)
    }

    // MARK: mandates and networks

    @Test func mandatesAndNetworksImportAndReadBack() throws {
        let f = try ImportFixture()
        try f.seed()
        try f.importCSV(
            .organisations, "organisations.csv",
            crlf("id;kind;mandates", "jl;other;voluntary", "lt-ede;local-team;"))
        try f.importCSV(.networks, "networks.csv", crlf("id;organisations;shared_support", "jeugdlink;jbg|jl|lt-ede;ja"))
        try f.importCSV(.staff, "staff.csv", crlf("id;organisation;tasks;hours;mandates", "jl-01;jl;casework;32;voluntary|ots"))
        let scenario = try f.database.scenario()
        #expect(scenario.organisations.first { $0.id == "jl" }?.mandates == [.voluntary])
        #expect(scenario.organisations.first { $0.id == "lt-ede" }?.mandatedFrameworks == [.voluntary])
        #expect(scenario.networks == [Network(id: "jeugdlink", organisations: ["jbg", "jl", "lt-ede"], sharedSupport: true)])
        #expect(scenario.staff.first { $0.id == "jl-01" }?.mandates == [.voluntary, .ots])
        #expect(try f.rows("networks") == 1)
    }

    @Test func networkWithAnUnknownOrganisationIsRefusedAndWritesNothing() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.networks, "networks.csv", "id,organisations\njeugdlink,jbg|wijkteam\nok,jbg|vt\n")
        #expect(located(error) == ["2 organisations"])
        #expect(error.problems[0].message.contains("unknown organisation 'wijkteam'"))
        #expect(try f.rows("networks") == 0)
    }

    @Test func unknownFrameworkInMandatesIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.organisations, "organisations.csv", "id,kind,mandates\njl,other,voluntary|jeugdzorg\n")
        #expect(located(error) == ["2 mandates"])
        #expect(try f.rows("organisations") == 2)
    }

    @Test func dutchExcelExportImportsWithTheRightValues() throws {
        let f = try ImportFixture()
        let organisations = try f.importCSV(
            .organisations, "organisaties.csv",
            crlf(
                "id;name;kind",
                "jbg;\"Jeugdbescherming Gelderland; regio Oost\";gi",
                "vt;Veilig Thuis Gelderland-Midden;veilig-thuis"),
            bom: true)
        #expect(organisations.added == 2)
        #expect(organisations.updated == 0)

        let staff = try f.importCSV(
            .staff, "personeel.csv",
            crlf(
                "ID;Name;Organisation;Role;Tasks;Registered_until;Hours;Casework_share;Max_cases;Max_children;Started;Skills;Municipalities",
                "jb-01;\"de Vries, A. \"\"Anna\"\"\";jbg;jeugdbeschermer;casework|admin;31-03-2029;32,5;0,75;8;10;01-02-2024;lvb|trauma;ede|wageningen",
                "vt-01;;vt;;casework;2028-01-01;36;;;;;;",
                "adm-01;;jbg;administratief medewerker;admin|legal;;24;;;;;;"),
            bom: true)
        #expect(staff.added == 3)

        let cases = try f.importCSV(
            .cases, "gezinnen.csv",
            crlf(
                "id;municipality;children;framework;phase;priority;duo;skills;hours_casework;hours_admin;hours_legal;lead;partner;waiting_since;lock",
                "fam-0001;ede;2;ots;start;1;ja;lvb;4,5;1,25;0,5;jb-01;vt-01;10-11-2026;nee",
                "fam-0002;wageningen;1;voluntary;middle;3;nee;;;;;;;;ja",
                "fam-0003;ede;3;guardianship;end;2;NEE;lvb|trauma;2;;;;;2026-10-01;"),
            bom: true)
        #expect(cases.added == 3)

        let absences = try f.importCSV(
            .absences, "afwezigheid.csv",
            crlf("worker;from;to;hours", "jb-01;23-11-2026;24-11-2026;", "adm-01;30-11-2026;04-12-2026;7,5", "vt-01;25-11-2026;;"),
            bom: true)
        #expect(absences.added + absences.updated > 0)
        #expect(try f.rows("absences") == 3)

        let s = try f.database.scenario()
        #expect(s.organisations.map(\.id) == ["jbg", "vt"])
        #expect(s.organisations[0].name == "Jeugdbescherming Gelderland; regio Oost")
        #expect(s.organisations[0].kind == .gi)
        #expect(s.organisations[1].kind == .veiligThuis)

        let jb = try #require(s.staff.first { $0.id == "jb-01" })
        #expect(jb.name == "de Vries, A. \"Anna\"")
        #expect(jb.organisation == "jbg")
        #expect(jb.role == "jeugdbeschermer")
        #expect(jb.tasks == ["casework", "admin"])
        #expect(jb.registeredUntil == (try day(2029, 3, 31)))
        #expect(jb.hours == 32.5)
        #expect(jb.caseworkShare == 0.75)
        #expect(jb.maxCases == 8)
        #expect(jb.maxChildren == 10)
        #expect(jb.started == (try day(2024, 2, 1)))
        #expect(jb.skills == ["lvb", "trauma"])
        #expect(jb.municipalities == ["ede", "wageningen"])
        #expect(jb.absences == [Absence(from: try day(2026, 11, 23), to: try day(2026, 11, 24))])

        let vt = try #require(s.staff.first { $0.id == "vt-01" })
        #expect(vt.name == nil)
        #expect(vt.role == nil)
        #expect(vt.hours == 36)
        #expect(vt.caseworkShare == nil)
        #expect(vt.municipalities == nil)
        // An absence without `to` is one day.
        #expect(vt.absences == [Absence(from: try day(2026, 11, 25), to: try day(2026, 11, 25))])

        let adm = try #require(s.staff.first { $0.id == "adm-01" })
        #expect(adm.registeredUntil == nil)
        #expect(adm.tasks == ["admin", "legal"])
        #expect(adm.absences == [Absence(from: try day(2026, 11, 30), to: try day(2026, 12, 4), hours: 7.5)])

        let fam1 = try #require(s.cases.first { $0.id == "fam-0001" })
        #expect(fam1.municipality == "ede")
        #expect(fam1.children == 2)
        #expect(fam1.framework == .ots)
        #expect(fam1.phase == .start)
        #expect(fam1.priority == 1)
        #expect(fam1.duo)
        #expect(!fam1.lock)
        #expect(fam1.skills == ["lvb"])
        #expect(fam1.hours == ["casework": 4.5, "admin": 1.25, "legal": 0.5])
        #expect(fam1.lead == "jb-01")
        #expect(fam1.partner == "vt-01")
        #expect(fam1.waitingSince == (try day(2026, 11, 10)))

        let fam2 = try #require(s.cases.first { $0.id == "fam-0002" })
        #expect(fam2.hours == nil)
        #expect(fam2.lead == nil)
        #expect(fam2.lock)
        #expect(!fam2.duo)
        #expect(fam2.priority == 3)
        #expect(fam2.waitingSince == nil)

        let fam3 = try #require(s.cases.first { $0.id == "fam-0003" })
        #expect(fam3.hours == ["casework": 2])
        #expect(fam3.phase == .end)
        #expect(fam3.skills == ["lvb", "trauma"])
        #expect(fam3.waitingSince == (try day(2026, 10, 1)))
        #expect(ScenarioValidator().issues(in: s).isEmpty)
    }

    @Test func commaFileWithLFAndNoBOMImportsToo() throws {
        let f = try ImportFixture()
        try f.seed()
        try f.importCSV(.cases, "cases.csv", "id,municipality,framework,hours_casework,duo\nfam-1,ede,ots,3.25,yes\n")
        let c = try #require(try f.database.scenario().cases.first)
        #expect(c.hours == ["casework": 3.25])
        #expect(c.duo)
    }

    // MARK: bad input writes nothing

    @Test func badStaffFileNamesEveryBadLineAndWritesNothing() throws {
        let f = try ImportFixture()
        try f.seed()
        let before = try f.database.scenario()
        let error = try f.refused(
            .staff, "staff.csv",
            "id,organisation,tasks,registered_until,hours\n"  // line 1
                + "jb-02,jbg,casework,2029-03-31,24\n"  // line 2: good
                + "jb-03,jbg,casework,2029-03-31,abc\n"  // line 3: hours
                + "jb-04,nowhere,casework,2029-03-31,36\n")  // line 4: organisation
        #expect(error.problems.allSatisfy { $0.file.hasSuffix("staff.csv") })
        let hours = error.problems.first { $0.line == 3 }
        #expect(hours?.field == "hours", "\(error)")
        #expect(hours?.message.contains("'abc' is not a number") == true, "\(error)")
        let organisation = error.problems.first { $0.line == 4 }
        #expect(organisation?.field == "organisation", "\(error)")
        #expect(organisation?.message.contains("nowhere") == true, "\(error)")
        #expect(error.problems.count == 2, "\(error)")

        // Nothing written: not even the good row.
        #expect(try f.database.scenario() == before)
        #expect(try f.rows("workers") == 2)
    }

    @Test func unknownOrganisationAloneIsNamedAndWritesNothing() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(
            .staff, "staff.csv", "id,organisation,hours\njb-02,jbg,24\njb-04,nowhere,36\n")
        #expect(located(error) == ["3 organisation"], "\(error)")
        #expect(try f.rows("workers") == 2)
    }

    @Test func nonNumericHoursAloneIsNamedAndWritesNothing() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.staff, "staff.csv", "id;organisation;hours\njb-02;jbg;24\njb-03;jbg;abc\n")
        #expect(located(error) == ["3 hours"], "\(error)")
        #expect(try f.rows("workers") == 2)
    }

    @Test(arguments: ["naam", "bsn", "Adres", "child_name", "opmerkingen"])
    func identifyingCaseColumnIsRefused(column: String) throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(
            .cases, "cases.csv", "id;municipality;framework;\(column)\nfam-1;ede;ots;something\n")
        let problem = try #require(error.problems.first { $0.field == column.lowercased() }, "\(error)")
        #expect(problem.line == 1)
        #expect(problem.message.contains("refused"))
        #expect(!error.description.contains("something"))
        #expect(try f.rows("cases") == 0)
    }

    @Test func caseWithUnknownLeadIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(
            .cases, "cases.csv", "id,municipality,framework,lead\nfam-1,ede,ots,jb-01\nfam-2,ede,ots,nobody\n")
        #expect(located(error) == ["3 lead"], "\(error)")
        #expect(error.problems[0].message.contains("nobody"))
        #expect(try f.rows("cases") == 0)
    }

    @Test func leadImportedEarlierWithStaffIsKnown() throws {
        let f = try ImportFixture()
        try f.importCSV(.organisations, "organisations.csv", "id,kind\njbg,gi\n")
        // Before the staff import the lead is unknown …
        _ = try f.refused(.cases, "cases.csv", "id,municipality,framework,lead\nfam-1,ede,ots,jb-09\n")
        // … after it, the same file imports.
        try f.importCSV(.staff, "staff.csv", "id,organisation,tasks,registered_until,hours\njb-09,jbg,casework,2029-03-31,36\n")
        let summary = try f.importCSV(.cases, "cases.csv", "id,municipality,framework,lead\nfam-1,ede,ots,jb-09\n")
        #expect(summary.added == 1)
        #expect(try f.database.scenario().cases.first?.lead == "jb-09")
    }

    @Test func workerReferencingAnOrganisationInTheSameDatabaseIsFine() throws {
        let f = try ImportFixture()
        _ = try f.refused(.staff, "staff.csv", "id,organisation,hours\nw-1,jbg,36\n")
        try f.importCSV(.organisations, "organisations.csv", "id\njbg\n")
        try f.importCSV(.staff, "staff.csv", "id,organisation,hours\nw-1,jbg,36\n")
        #expect(try f.database.scenario().staff.map(\.id) == ["w-1"])
    }

    @Test func unknownTaskKindInStaffIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.staff, "staff.csv", "id,organisation,tasks,hours\nw-1,jbg,casework|cooking,36\n")
        #expect(located(error) == ["2 tasks"], "\(error)")
    }

    @Test func missingRequiredColumnIsNamed() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.staff, "staff.csv", "id,hours\nw-1,36\n")
        #expect(error.problems.contains { $0.field == "organisation" && $0.message.contains("missing") }, "\(error)")
    }

    @Test func missingFileIsAFileOpenError() throws {
        let f = try ImportFixture()
        let path = f.directory.appendingPathComponent("nope.csv").path
        #expect(throws: FileOpenError.self) { try f.database.importCSV(.staff, path: path) }
    }

    // MARK: re-import updates

    @Test func reimportUpdatesExistingRows() throws {
        let f = try ImportFixture()
        try f.seed()
        let first = try f.importCSV(.staff, "staff.csv", "id;organisation;tasks;hours\nadm-01;jbg;admin;24\n")
        #expect(first.added == 1)
        #expect(first.updated == 0)

        let second = try f.importCSV(
            .staff, "staff.csv", "id;organisation;tasks;hours\nadm-01;jbg;admin|legal;20,5\nadm-02;vt;admin;16\n")
        #expect(second.added == 1)
        #expect(second.updated == 1)
        #expect(second.description == "1 added, 1 updated")

        let staff = try f.database.scenario().staff
        #expect(staff.map(\.id) == ["jb-01", "vt-01", "adm-01", "adm-02"])
        let adm = try #require(staff.first { $0.id == "adm-01" })
        #expect(adm.hours == 20.5)
        #expect(adm.tasks == ["admin", "legal"])
    }

    @Test func reimportOfStaffKeepsTheirAbsences() throws {
        let f = try ImportFixture()
        try f.seed()
        try f.importCSV(.absences, "absences.csv", "worker,from,to\njb-01,2026-11-23,2026-11-24\n")
        try f.importCSV(.staff, "staff.csv", "id,organisation,tasks,registered_until,hours\njb-01,jbg,casework,2029-03-31,30\n")
        let jb = try #require(try f.database.scenario().staff.first { $0.id == "jb-01" })
        #expect(jb.hours == 30)
        #expect(jb.absences == [Absence(from: try day(2026, 11, 23), to: try day(2026, 11, 24))])
    }

    @Test func reimportOfCasesUpdatesTheLead() throws {
        let f = try ImportFixture()
        try f.seed()
        try f.importCSV(.cases, "cases.csv", "id,municipality,framework,lead,priority\nfam-1,ede,ots,jb-01,2\n")
        let summary = try f.importCSV(.cases, "cases.csv", "id,municipality,framework,lead,priority\nfam-1,ede,ots,vt-01,1\n")
        #expect(summary.added == 0)
        #expect(summary.updated == 1)
        let c = try #require(try f.database.scenario().cases.first)
        #expect(c.lead == "vt-01")
        #expect(c.priority == 1)
        #expect(try f.rows("cases") == 1)
    }

    @Test func reimportOfAnAbsenceUpdatesItsHours() throws {
        let f = try ImportFixture()
        try f.seed()
        try f.importCSV(.absences, "absences.csv", "worker;from;to;hours\njb-01;23-11-2026;27-11-2026;8\n")
        try f.importCSV(.absences, "absences.csv", "worker;from;to;hours\njb-01;23-11-2026;27-11-2026;4,5\n")
        let jb = try #require(try f.database.scenario().staff.first { $0.id == "jb-01" })
        #expect(jb.absences == [Absence(from: try day(2026, 11, 23), to: try day(2026, 11, 27), hours: 4.5)])
        #expect(try f.rows("absences") == 1)
    }

    // MARK: a re-import merges into what is stored (issue 29)

    /// A family with a lead, a partner and an admin supporter, and a guardian with skills.
    private func seedFamily(_ f: ImportFixture) throws {
        try f.seed()
        try f.importCSV(
            .staff, "voogd.csv", "id,organisation,tasks,registered_until,hours,skills\njb-02,jbg,casework|admin,2029-03-31,32,lvb|voogdij\n"
        )
        try f.importCSV(
            .cases, "cases.csv",
            "id,municipality,framework,priority,lead,partner,supporter_admin\nfam-1,ede,guardianship,2,jb-02,jb-01,vt-01\n")
    }

    private func family(_ f: ImportFixture, _ id: String = "fam-1") throws -> Case {
        try #require(try f.database.scenario().cases.first { $0.id == id })
    }

    @Test func casesFileWithoutALeadColumnKeepsTheLead() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let summary = try f.importCSV(.cases, "cases.csv", "id,municipality,framework,priority\nfam-1,ede,guardianship,1\n")
        let c = try family(f)
        #expect(c.lead == "jb-02")
        #expect(c.partner == "jb-01")
        #expect(c.priority == 1)
        #expect(summary.updated == 1)
        #expect(summary.items.first?.fields == [ScenarioChange.Field(name: "priority", old: "2", new: "1")])
    }

    @Test func staffFileWithoutSkillsKeepsTheirSkills() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        try f.importCSV(.staff, "staff.csv", "id,organisation,tasks,registered_until,hours\njb-02,jbg,casework|admin,2029-03-31,30\n")
        // An empty cell in a present column keeps the stored value too.
        try f.importCSV(.staff, "staff.csv", "id;hours;skills\njb-02;30;\n")
        let voogd = try #require(try f.database.scenario().staff.first { $0.id == "jb-02" })
        #expect(voogd.skills == ["lvb", "voogdij"])
        #expect(voogd.hours == 30)
    }

    @Test func fullCasesRowWithoutSupporterAdminKeepsTheSupporter() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        try f.importCSV(
            .cases, "cases.csv",
            "id,municipality,children,framework,phase,priority,duo,skills,lead,partner,waiting_since,lock\n"
                + "fam-1,ede,2,guardianship,start,2,yes,lvb,jb-02,jb-01,,no\n")
        let c = try family(f)
        #expect(c.supporters == ["admin": "vt-01"])
        #expect(c.children == 2)
    }

    @Test(arguments: ["-", "geen", "NONE"])
    func aClearWordClearsTheLeadAndTheSummarySaysSo(word: String) throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let summary = try f.importCSV(.cases, "cases.csv", "id;lead;supporter_admin\nfam-1;\(word);\(word)\n")
        let c = try family(f)
        #expect(c.lead == nil)
        #expect(c.supporters.isEmpty)
        #expect(c.partner == "jb-01")
        #expect(summary.updated == 1)
        #expect(
            summary.items == [
                ScenarioChange.Item(
                    id: "fam-1", status: .changed,
                    fields: [
                        ScenarioChange.Field(name: "lead", old: "jb-02", new: nil),
                        ScenarioChange.Field(name: "supporter_admin", old: "vt-01", new: nil),
                    ], index: 0)
            ])
    }

    @Test func aClearInAFieldEveryFamilyHasIsRefused() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let error = try f.refused(.cases, "cases.csv", "id,municipality,priority\nfam-1,-,geen\n")
        #expect(located(error) == ["2 municipality", "2 priority"], "\(error)")
        #expect(try family(f).municipality == "ede")
    }

    @Test func shortRowUpdatesExistingFamilies() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        try f.importCSV(.cases, "more.csv", "id,municipality,framework,priority\nfam-2,wageningen,ots,3\n")
        var expected = try f.database.scenario().cases
        let summary = try f.importCSV(.cases, "short.csv", crlf("id;lead;lock", "fam-1;vt-01;ja", "fam-2;jb-01;"))
        #expect(counts(summary) == [0, 2, 0])
        expected[0].lead = "vt-01"
        expected[0].lock = true
        expected[1].lead = "jb-01"
        #expect(try f.database.scenario().cases == expected)
    }

    @Test func aNewIDInAShortFileNamesTheLineAndField() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let error = try f.refused(.cases, "short.csv", "id;lead\nfam-1;vt-01\nfam-9;jb-01\n")
        #expect(located(error) == ["3 municipality", "3 framework"], "\(error)")
        #expect(error.problems.contains { $0.message.hasPrefix("new family fam-9: municipality required") }, "\(error)")
        #expect(try f.rows("cases") == 1)
        #expect(try family(f).lead == "jb-02")
    }

    @Test func aDuplicateIDNamesBothLinesAndWritesNothing() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let before = try f.database.scenario()
        let error = try f.refused(
            .cases, "cases.csv", "id,municipality,framework\nfam-2,ede,ots\nfam-3,ede,ots\nfam-4,ede,ots\nfam-3,ede,voluntary\n")
        #expect(located(error) == ["5 id"], "\(error)")
        #expect(error.description.contains("cases.csv:5: field 'id': 'fam-3' is also on line 3"), "\(error)")
        #expect(try f.database.scenario() == before)
    }

    @Test func aDuplicateAbsenceNamesBothLines() throws {
        let f = try ImportFixture()
        try f.seed()
        // The same days written two ways are the same absence.
        let error = try f.refused(
            .absences, "absences.csv", "worker;from;to;hours\njb-01;2026-11-23;2026-11-24;4\njb-01;23-11-2026;24-11-2026;8\n")
        #expect(located(error) == ["3 from"], "\(error)")
        #expect(error.problems.first?.message.contains("is also on line 2") == true, "\(error)")
        #expect(try f.rows("absences") == 0)
    }

    @Test func newAbsencesCountAsAddedAndARepeatAsUnchanged() throws {
        let f = try ImportFixture()
        try f.seed()
        let text = "worker,from,to,hours\njb-01,2026-11-23,2026-11-24,\nvt-01,2026-11-25,,4\n"
        let first = try f.importCSV(.absences, "absences.csv", text)
        #expect(counts(first) == [2, 0, 0])
        let again = try f.importCSV(.absences, "absences.csv", text)
        #expect(counts(again) == [0, 0, 2])
        // An empty hours cell keeps the stored hours; `-` makes the absence whole days again.
        let kept = try f.importCSV(.absences, "absences.csv", "worker,from,hours\nvt-01,2026-11-25,\n")
        #expect(counts(kept) == [0, 0, 1])
        let cleared = try f.importCSV(.absences, "absences.csv", "worker,from,hours\nvt-01,2026-11-25,-\n")
        #expect(counts(cleared) == [0, 1, 0])
        #expect(cleared.items.first?.fields == [ScenarioChange.Field(name: "hours", old: "4", new: nil)])
        let vt = try #require(try f.database.scenario().staff.first { $0.id == "vt-01" })
        #expect(vt.absences == [Absence(from: try day(2026, 11, 25), to: try day(2026, 11, 25))])
        #expect(try f.rows("absences") == 2)
    }

    @Test func rowsThatChangeNothingAreNotWritten() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let writes = { try f.database.writer.write { $0.totalChangesCount } }
        let before = try writes()
        let summary = try f.importCSV(.cases, "cases.csv", "id,municipality,framework,lead\nfam-1,ede,guardianship,jb-02\n")
        #expect(try writes() == before)
        #expect(counts(summary) == [0, 0, 1])
    }

    @Test func aDryRunWritesNothingAndSumsUpWhatARealRunDoes() throws {
        let f = try ImportFixture()
        try seedFamily(f)
        let path = try f.write("cases.csv", "id,municipality,framework,lead\nfam-1,ede,guardianship,-\nfam-2,ede,ots,jb-01\n")
        let table = try CSVImport.table(at: path)
        let before = try f.database.scenario()
        let dry = try f.database.apply(dryRun: true) { try CSVImport.merge(.cases, table, into: $0) }
        #expect(try f.database.scenario() == before)
        let real = try f.database.apply { try CSVImport.merge(.cases, table, into: $0) }
        #expect(dry == real)
        #expect(counts(real) == [1, 1, 0])
        #expect(try family(f).lead == nil)
    }

    // MARK: absences

    @Test func absenceOfUnknownWorkerIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(
            .absences, "absences.csv", "worker,from,to\njb-01,2026-11-23,2026-11-24\nghost,2026-11-23,2026-11-24\n")
        #expect(located(error) == ["3 worker"], "\(error)")
        #expect(error.problems[0].message.contains("ghost"))
        #expect(try f.rows("absences") == 0)
    }

    @Test func absenceReasonColumnIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.absences, "absences.csv", "worker,from,to,reden\njb-01,2026-11-23,2026-11-24,griep\n")
        #expect(error.problems.contains { $0.field == "reden" }, "\(error)")
        #expect(!error.description.contains("griep"))
        #expect(try f.rows("absences") == 0)
    }

    @Test func absenceWithADateThatIsNoDate() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.absences, "absences.csv", "worker,from,to\njb-01,31-02-2026,2026-03-01\n")
        #expect(located(error) == ["2 from"], "\(error)")
    }

    @Test func absenceEndingBeforeItStartsIsRefused() throws {
        let f = try ImportFixture()
        try f.seed()
        let error = try f.refused(.absences, "absences.csv", "worker,from,to\njb-01,2026-11-24,2026-11-23\n")
        #expect(error.problems.count == 1, "\(error)")
        #expect(error.problems.first?.line == 2, "\(error)")
        #expect(try f.rows("absences") == 0)
    }
}
