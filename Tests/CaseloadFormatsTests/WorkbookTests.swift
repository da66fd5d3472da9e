import CaseloadCore
import CaseloadFormats
import CaseloadReport
import CaseloadTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Workbooks written by `XLSXWriter` and read back by `XLSXReader`, and what an import makes of
/// a workbook's sheet.
@Suite struct WorkbookTests {
    /// A plan's cell as the workbook holds it; integers come back as numbers.
    static func cell(_ c: PlanRows.Cell) -> XLSXCell {
        switch c {
        case .text(let s): .text(s)
        case .number(let x): .number(x)
        case .integer(let n): .integer(n)
        case .empty: .empty
        }
    }

    /// Whether `read` is what `written` was: numbers exactly, text exactly.
    static func same(_ read: XLSXCell, _ written: XLSXCell) -> Bool {
        switch (read, written) {
        case (.number(let a), .integer(let b)): a == Double(b)
        case (.text(""), .empty): true
        default: read == written
        }
    }

    static func sheets(_ book: PlanWorkbook) -> [XLSXSheet] {
        book.sheets.map { XLSXSheet(name: $0.name, header: $0.header, rows: $0.rows.map { $0.map(cell) }) }
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func everyCellOfAPlanComesBackAsWritten(seed: UInt64) throws {
        let scenario = RandomScenarios.make(seed: seed, workers: 12, cases: 40, tight: seed % 2 == 0)
        let plan = Planner.plan(scenario, options: PlanOptions(seed: seed, maxMoves: 2_000))
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for language in Language.allCases {
            let path = directory.appendingPathComponent("plan-\(language).xlsx").path
            var written = Self.sheets(PlanWorkbook(plan: plan, scenario: scenario, language: language))
            // Text beyond ASCII, as Dutch names and dashes bring it, on odd seeds.
            if seed % 2 == 1 {
                for s in written.indices {
                    written[s].rows = written[s].rows.map { $0.map { if case .text(let t) = $0 { .text(t + " – ë") } else { $0 } } }
                }
            }
            try XLSXWriter.write(written, to: path)
            #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
            let reader = try XLSXReader(path: path)
            #expect(reader.sheetNames == written.map(\.name))
            for sheet in written {
                let read = try reader.sheet(named: sheet.name)
                // Trailing empty cells are not kept; everything else is.
                for (r, row) in sheet.rows.enumerated() {
                    for (c, cell) in row.enumerated() {
                        #expect(Self.same(read[r, c], cell), "\(sheet.name)!\(XLSXSheet.cellName(row: r, column: c))")
                    }
                }
                #expect(read.rows.count == sheet.rows.count)
            }
        }
        let rows = PlanRows(plan: plan, scenario: scenario)
        #expect(written(rows).count == rows.rows.count { $0.section != .worker })
    }

    /// The rows the workbook shows, one per PlanRows row but the workers' own.
    func written(_ rows: PlanRows) -> [[PlanRows.Cell]] {
        PlanWorkbook(rows: rows, language: .nl).sheets.flatMap(\.rows)
    }

    @Test func typedCellsAndNonASCIITextComeBackExactly() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cells.xlsx").path
        let day = try #require(Day(year: 2026, month: 11, day: 23))
        let rows: [[XLSXCell]] = [
            [.text("Zoë – café"), .number(1.875), .number(0.1), .integer(-3), .date(day), .bool(true), .bool(false)],
            [.text("<a & \"b\">"), .number(-0.000125), .number(123_456_789.25), .empty, .text("  spaced  "), .text("line\nbreak")],
        ]
        try XLSXWriter.write([XLSXSheet(name: "één", header: ["a", "b", "c", "d", "e", "f", "g"], rows: rows)], to: path)
        let read = try XLSXReader(path: path).sheet()
        #expect(read.name == "één")
        #expect(read.rows[0] == ["a", "b", "c", "d", "e", "f", "g"].map(XLSXCell.text))
        #expect(read.rows[1] == [.text("Zoë – café"), .number(1.875), .number(0.1), .number(-3), .date(day), .bool(true), .bool(false)])
        #expect(
            read.rows[2] == [
                .text("<a & \"b\">"), .number(-0.000125), .number(123_456_789.25), .empty, .text("  spaced  "), .text("line\nbreak"),
            ])
        #expect(read.rows.count == 3)
    }

    @Test func aSheetNameExcelRefusesIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.xlsx").path
        #expect(throws: XLSXError.self) { try XLSXWriter.write([XLSXSheet(name: "a/b", rows: [])], to: path) }
        #expect(throws: XLSXError.self) { try XLSXWriter.write([XLSXSheet(name: String(repeating: "x", count: 32), rows: [])], to: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// A workbook of hand-written parts: what Excel and LibreOffice write beyond this writer
    /// (shared strings with runs, a date style, a formula's cached value, cells without `r`).
    static func workbook(sheet: String, sheets: [String] = ["medewerkers"], at path: String) throws {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            (
                "xl/workbook.xml",
                "<workbook xmlns:r=\"r\"><sheets>"
                    + sheets.enumerated().map { "<sheet name=\"\($1)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
                    + "</sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships>"
                    + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
                    + "</Relationships>"
            ),
            (
                "xl/sharedStrings.xml",
                "<sst><si><t>id</t></si><si><r><t>org</t></r><r><t>anisation</t></r><rPh><t>x</t></rPh></si><si><t>hours</t></si>"
                    + "<si><t>started</t></si><si><t>jb-01</t></si><si><t>jbg</t></si></sst>"
            ),
            (
                "xl/styles.xml",
                "<styleSheet><numFmts><numFmt numFmtId=\"165\" formatCode=\"[$-413]d\\-mmm\\-yy;@\"/></numFmts>"
                    + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>"
            ),
        ]
        var all = parts
        for i in sheets.indices { all.append(("xl/worksheets/sheet\(i + 1).xml", i == 0 ? sheet : "<worksheet><sheetData/></worksheet>")) }
        try writeZip(all, to: path)
    }

    static func writeZip(_ parts: [(String, String)], to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
    }

    @Test func aSheetAsExcelWritesItReads() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("staff.xlsx").path
        let xml = """
            <worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c t="s"><v>4</v></c><c t="str"><f>LOWER("JBG")</f><v>jbg</v></c><c s="3"><v>32.5</v></c><c s="1"><v>46349</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>jb-02</t></is></c><c r="B3" t="s"><v>5</v></c><c r="C3"><f>30+2</f><v>32</v></c><c r="D3" s="2"><v>45322.5</v></c><c r="F3" t="s"><v>5</v></c></row>
            <row r="9"><c r="A9" t="s"><v>5</v></c></row>
            <row r="12"/>
            </sheetData></worksheet>
            """
        try Self.workbook(sheet: xml, at: path)
        let sheet = try XLSXReader(path: path).sheet(named: "medewerkers")
        #expect(sheet.rows[0] == ["id", "organisation", "hours", "started"].map(XLSXCell.text))
        #expect(sheet.rows[1] == [.text("jb-01"), .text("jbg"), .number(32.5), .date(try #require(Day(parsing: "2026-11-23")))])
        #expect(
            sheet.rows[2] == [
                .text("jb-02"), .text("jbg"), .number(32), .date(try #require(Day(parsing: "2024-01-31"))), .empty, .text("jbg"),
            ])
        #expect(sheet.rows.count == 9)

        // A cell beyond the header is refused by the import, by its row.
        let beyond = try #require(throws: InputError.self) { try CSVImport.table(at: path, kind: .staff) }
        #expect(beyond.description == "\(path): medewerkers, row 3: row has 6 fields but the header has 4")
        try Self.workbook(sheet: xml.replacingOccurrences(of: "<c r=\"F3\" t=\"s\"><v>5</v></c>", with: ""), at: path)

        // Through the import's door: the same table a CSV would give, dates as yyyy-mm-dd.
        let table = try CSVImport.table(at: path, kind: .staff)
        #expect(table.header == ["id", "organisation", "hours", "started"])
        #expect(table.rows.map(\.line) == [2, 3, 9])
        #expect(table.rows[0]["started"] == "2026-11-23")
        #expect(table.rows[1]["hours"] == "32")
        #expect(table.rows[0]["hours"] == "32.5")
    }

    @Test func aMalformedCellNamesSheetAndCell() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("staff.xlsx").path
        try Self.workbook(
            sheet: """
                <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>
                <row r="7"><c r="A7" t="s"><v>4</v></c><c r="C7"><v>twelve</v></c></row></sheetData></worksheet>
                """, at: path)
        let error = try #require(throws: XLSXError.self) { try XLSXReader(path: path).sheet() }
        #expect(error.description == "\(path): medewerkers!C7: 'twelve' is no number")
        let importError = try #require(throws: InputError.self) { try CSVImport.table(at: path, kind: .staff) }
        #expect(importError.description == "\(path): medewerkers!C7: 'twelve' is no number")
        // In Dutch, with the sheet and cell kept.
        #expect(error.line(.nl) == "\(path): medewerkers!C7: 'twelve' is geen getal")
        let dutch = try #require(throws: InputError.self) { try CSVImport.table(at: path, kind: .staff, language: .nl) }
        #expect(dutch.message(.nl) == "\(path): medewerkers!C7: 'twelve' is geen getal")
    }

    @Test func aCellProblemFoundByTheTableIsSaidInTheImportsLanguage() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("staff.xlsx").path
        try Self.workbook(sheet: "<worksheet><sheetData></sheetData></worksheet>", at: path)
        let dutch = try #require(throws: InputError.self) { try CSVImport.table(at: path, kind: .staff, language: .nl) }
        let english = try #require(throws: InputError.self) { try CSVImport.table(at: path, kind: .staff, language: .en) }
        #expect(dutch.message(.nl) != english.message(.en), "\(dutch.message(.nl))")
        #expect(dutch.message(.nl).hasPrefix("\(path): medewerkers"), "\(dutch.message(.nl))")
    }

    @Test func aSheetNameExcelRefusesIsSaidInDutch() {
        let error = #expect(throws: XLSXError.self) {
            try XLSXWriter.write([XLSXSheet(name: "a/b", rows: [])], to: "/nonexistent/out.xlsx")
        }
        #expect(
            error?.line(.nl)
                == "/nonexistent/out.xlsx: a/b: is geen werkbladnaam die Excel accepteert: 1 tot 31 tekens, geen van [ ] : * ? / \\")
        #expect(error?.description.hasSuffix("a/b: is no sheet name Excel accepts: 1 to 31 characters, none of [ ] : * ? / \\") == true)
    }

    @Test func aBadValueFoundByTheImportNamesSheetAndCell() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("staff.xlsx").path
        try XLSXWriter.write(
            [
                XLSXSheet(name: "toelichting", header: ["kolom"], rows: [[.text("id")]]),
                XLSXSheet(
                    name: "medewerkers", header: ["id", "organisation", "hours"],
                    rows: [[.text("jb-01"), .text("jbg"), .number(32)], [.text("jb-02"), .text("jbg"), .text("veel")]]),
            ], to: path)
        var scenario = Scenario(name: "t", week: try #require(ISOWeek(year: 2026, week: 48)))
        scenario.organisations = [Organisation(id: "jbg", name: "JBG", kind: .gi)]
        let table = try CSVImport.table(at: path, kind: .staff)
        let error = try #require(throws: InputError.self) { try CSVImport.merge(.staff, table, into: scenario) }
        #expect(error.description.hasPrefix("\(path): medewerkers!C3: field 'hours': "), "\(error)")
    }

    @Test func aMissingSheetFallsBackToTheFirst() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("any.xlsx").path
        try XLSXWriter.write(
            [
                XLSXSheet(name: "Blad1", header: ["id", "kind"], rows: [[.text("jbg"), .text("gi")]]),
                XLSXSheet(name: "Blad2", header: ["x"], rows: []),
            ], to: path)
        let reader = try XLSXReader(path: path)
        #expect(try reader.sheet(named: "organisaties").name == "Blad1")
        #expect(try CSVImport.table(at: path).rows.first?["id"] == "jbg")
        #expect(try CSVImport.table(at: path, kind: .organisations).rows.first?["kind"] == "gi")
    }

    @Test func theKindsSheetIsReadAndWithoutAKindNoGuessIsMade() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("team.xlsx").path
        try XLSXWriter.write(
            [
                XLSXSheet(name: "Organisaties", header: ["id", "kind"], rows: [[.text("jbg"), .text("gi")]]),
                XLSXSheet(name: "medewerkers", header: ["id", "hours"], rows: [[.text("jb-01"), .number(32)]]),
            ], to: path)
        #expect(try CSVImport.table(at: path, kind: .staff).rows.first?["hours"] == "32")
        #expect(try CSVImport.table(at: path, kind: .organisations).rows.first?["kind"] == "gi")
        let error = try #require(throws: InputError.self) { try CSVImport.table(at: path) }
        #expect(error.description.contains("more than one kind (Organisaties, medewerkers)"))
    }

    @Test func aFileThatIsNoWorkbookSaysSo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("staff.xlsx").path
        try Data("id,hours\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: InputError.self) { try CSVImport.table(at: path) }
        #expect(error.description.contains("is no Excel workbook"))
        #expect(throws: FileOpenError.self) { try CSVImport.table(at: path + ".missing.xlsx") }
    }
}
