import CaseloadCore
import CaseloadReport
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

/// `caseload import KIND FILE [--dry-run]` run as the binary: what it prints, its exit code, and
/// what it leaves in the database file.
@Suite struct ImportCommandTests {
    /// A workspace with an organisation, two workers and two families imported.
    private func seeded() throws -> Workspace {
        let w = try Workspace()
        for (kind, text) in [
            ("organisations", "id,kind\njbg,gi\n"),
            (
                "staff",
                "id,organisation,tasks,registered_until,hours,skills\njbg-01,jbg,casework,2029-03-31,32,lvb\njbg-04,jbg,casework,2029-03-31,32,lvb\n"
            ),
            ("cases", "id,municipality,framework,lead\nfam-0003,ede,ots,jbg-01\nfam-0004,ede,ots,jbg-04\n"),
        ] {
            let run = try TestProcess.run(["import", kind, try w.write("\(kind).csv", text), "--db", w.db])
            #expect(run.status == 0, "\(run.errors)")
        }
        return w
    }

    @Test func dryRunPrintsTheSummaryExitsZeroAndWritesNothing() throws {
        let w = try seeded()
        let file = try w.write("cases-update.csv", "id;lead;lock\nfam-0003;-;\nfam-0004;;\n")
        let before = try databaseContents(w.db)
        let dry = try TestProcess.run(["import", "cases", file, "--dry-run", "--db", w.db, "--lang", "en"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(try databaseContents(w.db) == before)
        // Dutch by default, the fields by the sheet's Dutch column names.
        let dutch = try TestProcess.run(["import", "cases", file, "--dry-run", "--db", w.db])
        #expect(
            dutch.text == "proefimport — niets geschreven:\ncases geïmporteerd uit \(file): 0 toegevoegd, 1 gewijzigd, 1 ongewijzigd\n"
                + "  fam-0003  regievoerder jbg-01 → geen\n", "\(dutch.text)")
        let expected = "imported cases from \(file): 0 added, 1 changed, 1 unchanged\n  fam-0003  lead jbg-01 → none\n"
        #expect(dry.text == "dry run — nothing written:\n" + expected)

        // The real import prints the same summary, without the first line, and writes it.
        let real = try TestProcess.run(["import", "cases", file, "--db", w.db, "--lang", "en"])
        #expect(real.status == 0, "\(real.errors)")
        #expect(real.text == expected)
        #expect(try databaseContents(w.db) != before)
        #expect(try AppDatabase.open(path: w.db).scenario().cases.first { $0.id == "fam-0003" }?.lead == nil)
    }

    @Test func dryRunWithoutADatabaseCreatesNone() throws {
        let w = try Workspace()
        let file = try w.write("organisations.csv", "id,kind\njbg,gi\n")
        let dry = try TestProcess.run(["import", "organisations", file, "--dry-run", "--db", w.db, "--lang", "en"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.text.contains("1 added, 0 changed, 0 unchanged\n  + jbg (new)\n"))
        #expect(!FileManager.default.fileExists(atPath: w.db))
    }

    @Test func duplicateIDsAreBadInputAndWriteNothing() throws {
        let w = try seeded()
        let file = try w.write("cases.csv", "id,lead\nfam-0003,jbg-04\nfam-0004,jbg-01\nfam-0003,-\n")
        let before = try databaseContents(w.db)
        let run = try TestProcess.run(["import", "cases", file, "--db", w.db, "--lang", "en"])
        #expect(run.status == 65)
        #expect(run.errors.contains("cases.csv:4: field 'id': 'fam-0003' is also on line 2"), "\(run.errors)")
        // Dutch by default: the place keeps the file's field name, the words are Dutch.
        let dutch = try TestProcess.run(["import", "cases", file, "--db", w.db])
        #expect(dutch.status == 65)
        #expect(dutch.errors.contains("cases.csv:4: veld 'id': 'fam-0003' staat ook op regel 2"), "\(dutch.errors)")
        #expect(try databaseContents(w.db) == before)
    }

    @Test func theSummaryListsAddedAndChangedFieldsAndCapsTheList() {
        let items =
            [
                ScenarioChange.Item(
                    id: "jbg-04", status: .changed, fields: [.init(name: "skills", old: "lvb", new: "lvb|voogdij")], index: 0),
                ScenarioChange.Item(id: "jbg-01", status: .unchanged, index: 1),
                ScenarioChange.Item(id: "jbg-0301", status: .added, index: 2),
            ] + (0..<60).map { ScenarioChange.Item(id: "n-\($0)", status: .added, index: 3 + $0) }
        let text = ImportReport(kind: "staff", file: "staff.csv", items: items).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "imported staff from staff.csv: 61 added, 1 changed, 1 unchanged")
        #expect(lines[1] == "  jbg-04    skills lvb → lvb|voogdij")
        #expect(lines[2] == "  + jbg-0301 (new)")
        #expect(lines.count == 1 + 50 + 1 + 1, "\(text)")
        #expect(lines[51] == "  … and 12 more")
        #expect(!text.contains("jbg-01 "))
    }
}
