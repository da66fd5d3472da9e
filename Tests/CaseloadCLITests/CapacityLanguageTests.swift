import CaseloadCore
import CaseloadFormats
import Foundation
import Testing

@testable import CaseloadCLI

/// `caseload capacity` in Dutch by default and in English on request, its workbook, and the
/// CSV and JSON the same in both.
@Suite struct CapacityLanguageTests {
    /// `caseload capacity ARGUMENTS` in `language`, run in process.
    static func capacity(_ arguments: [String], _ language: Language = .nl) throws -> String {
        try Caseload.$language.withValue(language) {
            var command = try CapacityCommand.parse(arguments)
            return try command.execute()
        }
    }

    /// A team that runs short at once: 20 hours for a guardianship family that needs more.
    static let short = """
        week: 2026-W48
        settings: {casework_share: 1}
        organisations: [{id: jbg, kind: gi}]
        staff:
          - {id: jb-01, organisation: jbg, tasks: [casework], registered_until: 2029-01-01, hours: 2}
        cases:
          - {id: fam-1, municipality: ede, framework: guardianship, phase: middle, lead: jb-01}
          - {id: fam-2, municipality: ede, framework: ots, phase: start, lead: jb-01}
        """

    @Test func theTableIsDutchByDefault() throws {
        let out = try Self.capacity(["--scenario", Fixtures.foodvalley])
        #expect(out.hasPrefix("Capaciteitsvooruitzicht · FoodValley — example · 12 weken vanaf week 48 (2026), ma 23 nov 2026\n"))
        #expect(out.contains("\nUren per week. Elk gezin staat halverwege zijn huidige fase; er komen geen nieuwe gezinnen bij.\n"))
        for heading in [
            "GROEP geregistreerd", "GROEP administratie", "GROEP juridisch", "ORGANISATIE Jeugdbescherming Gelderland (jbg)",
            "(niet toegewezen)", "EERSTE WEEK MET TEKORT",
        ] {
            #expect(out.contains("\n" + heading), "no \(heading)")
        }
        for word in ["medewerkers", "beschikbaar", "nodig", "terugval", "saldo", "gezinnen", "plaatsen/norm"] {
            #expect(out.contains(word), "no \(word)")
        }
        #expect(out.contains("\n  geen groep komt tekort in 12 weken\n"))
        #expect(!out.contains("POOL") && !out.contains("available") && !out.contains("2026-W"))
        let lines = out.split(separator: "\n").map(String.init)
        let registered = try #require(lines.firstIndex { $0.hasPrefix("GROEP geregistreerd") })
        // The week reads as a Dutch manager says it, the hours with a decimal comma.
        let first = lines[registered + 2]
        #expect(first.hasPrefix("  week 48 (2026) "))
        #expect(first.contains(try Regex(#"\d,\d "#)), "\(first)")
        #expect(!first.contains(try Regex(#"\d\.\d"#)), "\(first)")
        // The headers stand above their figures: the last column's figures end where its header does.
        let header = lines[registered + 1]
        #expect(header.hasSuffix(" plaatsen/norm") && first.count >= header.count)
        #expect(first.prefix(header.count).last?.isNumber == true, "\(header)\n\(first)")
    }

    @Test func theTableIsEnglishOnRequest() throws {
        let out = try Self.capacity(["--scenario", Fixtures.foodvalley, "--arrival", "ots=1.5"], .en)
        #expect(out.hasPrefix("Capacity outlook · FoodValley — example · 12 weeks from 2026-W48 (Monday 2026-11-23)\n"))
        #expect(out.contains("new families a week: ots 1.5.\n"))
        #expect(out.contains("\nPOOL registered") && out.contains("\nFIRST SHORT WEEK\n"))
        #expect(!out.contains("GROEP") && !out.contains("beschikbaar"))
        let dutch = try Self.capacity(["--scenario", Fixtures.foodvalley, "--arrival", "ots=1.5", "--arrival", "guardianship=0.25"])
        #expect(dutch.contains("nieuwe gezinnen per week: voogdij 0,25; ots 1,5.\n"))
    }

    @Test func aShortWeekIsMarkedInEitherLanguage() throws {
        let w = try Workspace()
        let path = try w.write("short.yaml", Self.short)
        let dutch = try Self.capacity(["--scenario", path, "--weeks", "2"])
        #expect(dutch.contains(try Regex(#"\n  week 48 \(2026\) .*  tekort(, boven norm)?\n"#)), "\(dutch)")
        #expect(dutch.contains(try Regex(#"\n  geregistreerd  week 48 \(2026\), tekort \d+,\d u"#)), "\(dutch)")
        let english = try Self.capacity(["--scenario", path, "--weeks", "2"], .en)
        #expect(english.contains(try Regex(#"\n  2026-W48 .*  short(, over norm)?\n"#)), "\(english)")
        #expect(english.contains(try Regex(#"\n  registered  2026-W48, short by \d+\.\d h"#)), "\(english)")
    }

    @Test func jsonAndCSVAreTheSameInBothLanguages() throws {
        for format in [["--format", "json"], ["--format", "csv"], ["--format", "csv", "--csv-dialect", "plain"]] {
            let arguments = ["--scenario", Fixtures.foodvalley, "--weeks", "4"] + format
            #expect(try Self.capacity(arguments) == (try Self.capacity(arguments, .en)), "\(format)")
        }
        // The Dutch dialect's decimal comma and `;`, with headers scripts can rely on.
        let csv = try Self.capacity(["--scenario", Fixtures.foodvalley, "--weeks", "4", "--format", "csv"])
        #expect(csv.hasPrefix("\u{FEFF}section;name;week;workers;available_hours;"))
        #expect(csv.contains(try Regex(#";\d+,\d;"#)))
    }

    @Test func aWorkbookWithoutAFileIsAUsageError() throws {
        #expect(Caseload.main(arguments: ["capacity", "--scenario", Fixtures.foodvalley, "--format", "xlsx"]) == 64)
    }

    @Test func theWorkbookHoldsTheOutlooksFigures() throws {
        let w = try Workspace()
        let path = w.directory.appendingPathComponent("capacity.xlsx").path
        let arguments = ["capacity", "--scenario", Fixtures.foodvalley, "--weeks", "5"]
        #expect(Caseload.main(arguments: arguments + ["--format", "xlsx", "--output", path]) == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try Self.capacity(Array(arguments.dropFirst()) + ["--format", "json"]).utf8))
                as? [String: Any])
        let pools = try #require(json["pools"] as? [[String: Any]])
        let organisations = try #require(json["organisations"] as? [[String: Any]])

        let reader = try XLSXReader(path: path)
        #expect(
            reader.sheetNames
                == ["overzicht", "groep geregistreerd", "groep administratie", "groep juridisch", "groep plaatsing"]
                + organisations.dropLast().map { $0["organisation"] as! String } + ["niet toegewezen"])

        let registered = try reader.sheet(named: "groep geregistreerd")
        #expect(
            registered.rows[0]
                == [
                    "week", "maandag", "medewerkers", "beschikbaar", "nodig", "terugval", "saldo", "tekort", "gezinnen", "plaatsen",
                    "normplaatsen", "boven norm",
                ].map(XLSXCell.text))
        #expect(registered.rows[1][0] == .text("week 48 (2026)") && registered.rows[1][1] == .text("ma 23 nov 2026"))
        // Every figure a number, the outlook's own.
        for (sheet, pool) in zip(reader.sheetNames.dropFirst(), pools) {
            let rows = try reader.sheet(named: sheet).rows
            let weeks = try #require(pool["weeks"] as? [[String: Any]])
            #expect(rows.count == 1 + weeks.count, "\(sheet)")
            let header = rows[0]
            for (row, week) in zip(rows.dropFirst(), weeks) {
                for (column, key) in [
                    ("medewerkers", "workers"), ("beschikbaar", "available_hours"), ("nodig", "needed_hours"), ("saldo", "balance_hours"),
                    ("terugval", "fallback_hours"), ("gezinnen", "families"), ("normplaatsen", "norm_places"),
                ] {
                    guard let i = header.firstIndex(of: .text(column)) else {
                        #expect(week[key] == nil, "\(sheet) has no \(column)")
                        continue
                    }
                    let value = try #require(week[key] as? Double, "\(key)")
                    #expect(row[i] == .number(value), "\(sheet) \(column)")
                }
                #expect(row[header.firstIndex(of: .text("tekort"))!] == .text((week["short"] as? Bool) == true ? "ja" : "nee"))
            }
        }
        let jbg = try reader.sheet(named: "jbg")
        let jbgWeeks = try #require(organisations.first { $0["organisation"] as? String == "jbg" }?["weeks"] as? [[String: Any]])
        #expect(jbg.rows[2][jbg.rows[0].firstIndex(of: .text("nodig"))!] == .number(try #require(jbgWeeks[1]["needed_hours"] as? Double)))
        let overview = try reader.sheet(named: "overzicht")
        #expect(overview.rows.count == 1 + pools.count + organisations.count)
        #expect(overview.rows[1].prefix(2) == [.text("groep"), .text("geregistreerd")])
        #expect(overview.rows.contains { $0.prefix(2) == [.text("organisatie"), .text("Jeugdbescherming Gelderland")] })

        let english = w.directory.appendingPathComponent("capacity-en.xlsx").path
        #expect(Caseload.main(arguments: arguments + ["--format", "xlsx", "--output", english, "--lang", "en"]) == 0)
        let englishReader = try XLSXReader(path: english)
        #expect(englishReader.sheetNames.prefix(3) == ["overview", "pool registered", "pool admin"])
        #expect(englishReader.sheetNames.last == "unassigned")
        let englishRegistered = try englishReader.sheet(named: "pool registered")
        #expect(Array(englishRegistered.rows[0].prefix(4)) == ["week", "Monday", "workers", "available"].map(XLSXCell.text))
        #expect(englishRegistered.rows[1][0] == .text("2026-W48"))
        #expect(englishRegistered.rows.dropFirst().map { $0[3] } == registered.rows.dropFirst().map { $0[3] })
    }
}
