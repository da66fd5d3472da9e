import CaseloadCore
import CaseloadFormats
import CaseloadStore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadCLI

/// `--format xlsx`, the Dutch CSV dialect and `caseload template`, run in process.
@Suite struct WorkbookCommandTests {
    static let plan = ["plan", "--scenario", Fixtures.foodvalley] + Fixtures.moves(20000)

    /// The plan as JSON, parsed.
    static func planJSON() throws -> [String: Any] {
        var command = try PlanCommand.parse(Array(plan.dropFirst()) + ["--format", "json"])
        let out = try command.execute()
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    @Test func aWorkbookWithoutAFileIsAUsageErrorNamingOutput() throws {
        #expect(Caseload.main(arguments: Self.plan + ["--format", "xlsx"]) == 64)
        #expect(throws: (any Error).self) { try PlanCommand.parse(Array(Self.plan.dropFirst()) + ["--format", "xlsx"]) }
        do {
            _ = try PlanCommand.parse(Array(Self.plan.dropFirst()) + ["--format", "xlsx"])
        } catch {
            #expect(PlanCommand.message(for: error).contains("--output"))
        }
    }

    @Test func theWorkbookHoldsThePlanInDutchAndInEnglish() throws {
        let w = try Workspace()
        let json = try Self.planJSON()
        let waiting = try #require(json["waiting"] as? [[String: Any]])
        let handovers = try #require(json["handovers"] as? [[String: Any]])
        let workers = try #require(json["workers"] as? [[String: Any]])
        let families = workers.flatMap { ($0["families"] as? [[String: Any]]) ?? [] }

        let dutch = w.directory.appendingPathComponent("plan.xlsx").path
        #expect(Caseload.main(arguments: Self.plan + ["--format", "xlsx", "--output", dutch]) == 0)
        let reader = try XLSXReader(path: dutch)
        #expect(reader.sheetNames == ["per medewerker", "wachtlijst", "overdrachten", "voorstellen", "waarneming"])
        let perWorker = try reader.sheet(named: "per medewerker")
        #expect(perWorker.rows[0].prefix(3) == [.text("medewerker"), .text("organisatie"), .text("gezin")])
        // A family kept as it was has no change; one handed away says so in words.
        let held = perWorker.rows.dropFirst().filter { $0.count <= 8 || $0[8] != .text("overgedragen aan een ander") }
        #expect(held.count == families.count)
        let roles = Set(perWorker.rows.dropFirst().map { $0[5] })
        #expect(roles.isSubset(of: ["regievoerder", "duopartner", "ondersteuner", "waarnemer"].map(XLSXCell.text)), "\(roles)")
        #expect(roles.contains(.text("regievoerder")))
        let list = try reader.sheet(named: "wachtlijst")
        #expect(list.rows.dropFirst().map { $0[1] } == waiting.map { .text($0["case"] as? String ?? "") })
        #expect(list.rows.dropFirst().enumerated().allSatisfy { $1[0] == .number(Double($0 + 1)) })
        // The reason and its numbers in words, not codes.
        #expect(list.rows[0].suffix(2) == [.text("reden"), .text("toelichting")])
        for row in list.rows.dropFirst() {
            guard case .text(let reason) = row[4], case .text(let detail) = row[5] else {
                Issue.record("no reason or detail: \(row)")
                continue
            }
            #expect(WaitingReason(rawValue: reason) == nil && !detail.isEmpty, "\(reason)")
        }
        #expect(try reader.sheet(named: "overdrachten").rows.count == handovers.count + 1)

        let english = w.directory.appendingPathComponent("plan-en.xlsx").path
        #expect(Caseload.main(arguments: Self.plan + ["--format", "xlsx", "--output", english, "--lang", "en"]) == 0)
        let englishBook = try XLSXReader(path: english)
        #expect(englishBook.sheetNames == ["per worker", "waiting list", "handovers", "proposals", "stand-ins"])
        // English keeps the codes the JSON and CSV use.
        let englishRoles = Set(try englishBook.sheet(named: "per worker").rows.dropFirst().map { $0[5] })
        #expect(englishRoles.isSubset(of: Roster.Role.allCases.map { XLSXCell.text($0.rawValue) }), "\(englishRoles)")
    }

    @Test func csvIsWrittenInDutchExcelsDialectUnlessPlainIsAsked() throws {
        var dutchCommand = try PlanCommand.parse(Array(Self.plan.dropFirst()) + ["--format", "csv"])
        let dutch = try dutchCommand.execute()
        var plainCommand = try PlanCommand.parse(Array(Self.plan.dropFirst()) + ["--format", "csv", "--csv-dialect", "plain"])
        let plain = try plainCommand.execute()
        #expect(dutch.hasPrefix("\u{FEFF}section;worker;organisation;case;"))
        #expect(plain.hasPrefix("section,worker,organisation,case,"))
        // Swift's String treats CRLF as one Character; count the scalars.
        let dutchLines = dutch.unicodeScalars.split(separator: "\n")
        let plainLines = plain.unicodeScalars.split(separator: "\n")
        #expect(dutchLines.count == plainLines.count)
        #expect(dutchLines.allSatisfy { $0.last == "\r" })
        #expect(!plain.unicodeScalars.contains("\r"))
        // Cell for cell the same, but for the decimal comma, as the import's CSV reader reads both.
        let dutchTable = try CSVTable(parsing: dutch, file: "dutch.csv")
        let plainTable = try CSVTable(parsing: plain, file: "plain.csv")
        #expect(dutchTable.delimiter == ";" && plainTable.delimiter == ",")
        #expect(dutchTable.header == plainTable.header)
        #expect(dutchTable.rows.count == plainTable.rows.count)
        var decimals = 0
        for (d, p) in zip(dutchTable.rows, plainTable.rows) {
            for (key, b) in p.values where d.values[key] != b {
                let a = d.values[key] ?? ""
                #expect(Double(b) != nil && a == b.replacingOccurrences(of: ".", with: ","), "\(key): \(a) vs \(b)")
                decimals += 1
            }
        }
        #expect(decimals > 0)
    }

    /// Every template, in order of what it refers to, imports into a new database as it is: the
    /// Dutch one (Dutch column names and values, in Dutch Excel's CSV dialect) as the English.
    @Test(arguments: ["xlsx", "csv"], ["nl", "en"])
    func everyTemplateImportsAsItIs(format: String, language: String) throws {
        let w = try Workspace()
        // A network joins two organisations or more: the second, beside the example's.
        let second = w.directory.appendingPathComponent("more.csv").path
        try Data("id,kind\njeugdlink,other\n".utf8).write(to: URL(fileURLWithPath: second))
        #expect(w.run("import", "organisations", second) == 0)
        for kind in ["organisations", "staff", "cases", "absences", "networks"] {
            let file = w.directory.appendingPathComponent("\(kind).\(format)").path
            #expect(Caseload.main(arguments: ["template", kind, "--format", format, "--output", file, "--lang", language]) == 0)
            #expect(w.run("import", kind, file) == 0, "\(kind).\(format) (\(language))")
        }
        let scenario = try AppDatabase.open(path: w.db).scenario()
        #expect(scenario.staff.map(\.id) == ["jb-01"])
        #expect(scenario.staff.first?.caseworkShare == 0.8)
        #expect(scenario.staff.first?.registeredUntil == Day(year: 2029, month: 3, day: 31))
        #expect(scenario.cases.map(\.id) == ["fam-0001"])
        #expect(scenario.cases.first?.lead == "jb-01")
        #expect(scenario.networks.map(\.id) == ["foodvalley"])
    }

    @Test func theXlsxTemplateExplainsItsColumnsOnASecondSheet() throws {
        let w = try Workspace()
        let file = w.directory.appendingPathComponent("medewerkers.xlsx").path
        #expect(Caseload.main(arguments: ["template", "staff", "--format", "xlsx", "--output", file]) == 0)
        let reader = try XLSXReader(path: file)
        #expect(reader.sheetNames == ["medewerkers", "toelichting"])
        let header = try reader.sheet().rows[0]
        for name in ["organisatie", "functie", "taken", "geregistreerd tot", "uren", "aandeel casuswerk", "max gezinnen", "in dienst"] {
            #expect(header.contains(.text(name)), "\(name)")
        }
        #expect(try reader.sheet(named: "toelichting").rows.count == header.count + 1)
        #expect(Caseload.main(arguments: ["template", "staff", "--format", "xlsx"]) == 64)
    }
}
