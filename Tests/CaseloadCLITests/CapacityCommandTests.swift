import CaseloadCore
import CaseloadFormats
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadCLI

/// The repository root, found from this file's path.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let foodvalley = root.appendingPathComponent("Scenarios/foodvalley.yaml").path

/// `caseload capacity ARGUMENTS`, run in process; its output.
private func capacity(_ arguments: [String]) throws -> String {
    var command = try CapacityCommand.parse(arguments)
    return try command.execute()
}

private func json(_ arguments: [String]) throws -> [String: Any] {
    let text = try capacity(arguments + ["--format", "json"])
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object")
}

private func objects(_ value: Any?, _ what: String) throws -> [[String: Any]] {
    try #require(value as? [[String: Any]], "\(what) is not an array of objects")
}

@Suite struct CapacityCommandTests {
    @Test func tableHasABlockPerPoolAndTheFirstShortWeeks() throws {
        let out = try Caseload.$language.withValue(.en) { try capacity(["--scenario", foodvalley]) }
        #expect(out.hasPrefix("Capacity outlook · FoodValley — example · 12 weeks from 2026-W48 (Monday 2026-11-23)"))
        for heading in ["POOL registered", "POOL admin", "POOL legal", "ORGANISATION Jeugdbescherming Gelderland (jbg)", "(unassigned)"] {
            #expect(out.contains("\n" + heading), "no \(heading)")
        }
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        let registered = try #require(lines.firstIndex { $0.hasPrefix("POOL registered") })
        // Header, then twelve weeks: 2026 has a week 53.
        #expect(lines[registered + 2].hasPrefix("  2026-W48"))
        #expect(lines[registered + 7].hasPrefix("  2026-W53"))
        #expect(lines[registered + 13].hasPrefix("  2027-W06"))
        #expect(lines[registered + 14].isEmpty)
        let summary = try #require(lines.firstIndex { $0 == "FIRST SHORT WEEK" })
        // FoodValley, with support staff in every organisation (H11), runs short in no pool
        // within 12 weeks.
        #expect(lines[summary + 1] == "  no pool runs short in 12 weeks")
        #expect(lines[summary...].contains { $0.hasPrefix("  admin") && $0.contains("none in 12 weeks") })
        #expect(!lines.contains { $0.hasPrefix("  2026-W48") && $0.hasSuffix("  short") })
    }

    @Test func jsonHasStableFieldsAndOneDecimal() throws {
        let out = try json(["--scenario", foodvalley, "--weeks", "8"])
        #expect(out["week"] as? String == "2026-W48")
        #expect(out["weeks"] as? Int == 8)
        let pools = try objects(out["pools"], "pools")
        #expect(pools.map { $0["pool"] as? String } == ["registered", "admin", "legal", "placement"])
        for pool in pools {
            let weeks = try objects(pool["weeks"], "weeks")
            #expect(weeks.count == 8)
            for w in weeks {
                for key in ["available_hours", "needed_hours", "balance_hours"] {
                    let x = try #require(w[key] as? Double, "\(key)")
                    #expect(abs(x * 10 - (x * 10).rounded()) < 1e-6, "\(key) \(x) has more than one decimal")
                }
                #expect(w["short"] as? Bool != nil)
            }
            // first_short_week is the first week marked short.
            let firstShort = weeks.first { $0["short"] as? Bool == true }?["week"] as? String
            #expect(pool["first_short_week"] as? String == firstShort)
            #expect(pool.keys.contains("first_short_week"))
        }
        let registered = try objects(pools[0]["weeks"], "registered weeks")[0]
        for key in ["fallback_hours", "needed_with_fallback_hours", "families", "places_needed", "norm_places", "workers"] {
            #expect(registered[key] != nil, "registered pool lacks \(key)")
        }
        #expect(registered["families"] as? Int == 300)
        #expect(registered["places_needed"] as? Int == 348)  // 300 families, 48 duos
        let admin = try objects(pools[1]["weeks"], "admin weeks")[0]
        #expect(admin["families"] == nil && admin["fallback_hours"] == nil)

        let organisations = try objects(out["organisations"], "organisations")
        #expect(organisations.first?["organisation"] as? String == "lt-ede")
        #expect(organisations.last?["organisation"] as? String == "(unassigned)")
        #expect(organisations.contains { $0["name"] as? String == "Jeugdbescherming Gelderland" })
    }

    @Test func reportsNameNoFamily() throws {
        let scenario = try ScenarioReader().read(path: foodvalley)
        for format in ["table", "csv", "json"] {
            let out = try capacity(["--scenario", foodvalley, "--format", format])
            let named = scenario.cases.map(\.id).filter { out.contains($0) }
            #expect(named.isEmpty, "\(format) names \(named.prefix(3))")
        }
    }

    @Test func csvHasARowPerWeekAndSeriesMatchingTheJSON() throws {
        // As a script reads it; the Dutch dialect is PlanCSV's, tested with the plan's CSV.
        let lines = try capacity(["--scenario", foodvalley, "--weeks", "5", "--format", "csv", "--csv-dialect", "plain"]).split(
            separator: "\n"
        ).map(String.init)
        #expect(
            lines.first
                == "section,name,week,workers,available_hours,needed_hours,fallback_hours,balance_hours,short,families,places_needed,norm_places"
        )
        let out = try json(["--scenario", foodvalley, "--weeks", "5"])
        let pools = try objects(out["pools"], "pools")
        let organisations = try objects(out["organisations"], "organisations")
        #expect(lines.count == 1 + 5 * (pools.count + organisations.count))
        // Rows carry ids, never names (which may hold commas), so every row splits in 12.
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 12 })
        let admin = try objects(pools[1]["weeks"], "admin weeks")[2]
        let row = try #require(lines.first { $0.hasPrefix("pool,admin,\(admin["week"] as! String),") })
        let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(Double(cells[4]) == admin["available_hours"] as? Double)
        #expect(Double(cells[5]) == admin["needed_hours"] as? Double)
        #expect(cells[8] == ((admin["short"] as? Bool) == true ? "true" : "false"))
        #expect(cells[6].isEmpty && cells[9].isEmpty)
    }

    @Test func weekOptionMovesTheStart() throws {
        let out = try json(["--scenario", foodvalley, "--week", "2027-W02", "--weeks", "3"])
        #expect(out["week"] as? String == "2027-W02")
        let weeks = try objects(try objects(out["pools"], "pools")[0]["weeks"], "weeks")
        #expect(weeks.map { $0["week"] as? String } == ["2027-W02", "2027-W03", "2027-W04"])
    }

    @Test func leaverInTheScenarioFileLosesHours() throws {
        let w = try Workspace()
        let path = try w.write(
            "leaver.yaml",
            """
            week: 2026-W48
            settings: {casework_share: 1}
            organisations: [{id: jbg, kind: gi}]
            staff:
              - {id: jb-01, organisation: jbg, tasks: [casework], registered_until: 2029-01-01, hours: 30}
              - {id: jb-02, organisation: jbg, tasks: [casework], registered_until: 2029-01-01, hours: 20, leaves: 2026-12-02}
            cases:
              - {id: fam-1, municipality: ede, framework: guardianship, phase: middle, lead: jb-02}
            """)
        let out = try json(["--scenario", path, "--weeks", "3"])
        let weeks = try objects(try objects(out["pools"], "pools")[0]["weeks"], "weeks")
        // jb-02's last day is Wednesday of week 49: three of five days.
        #expect(weeks.map { $0["available_hours"] as? Double } == [50, 42, 30])
        #expect(weeks.map { $0["workers"] as? Int } == [2, 2, 1])
    }

    @Test func databaseGivesWhatTheScenarioFileGives() throws {
        let w = try Workspace()
        #expect(w.run("load", foodvalley) == 0)
        #expect(w.run("capacity") == 0)
        #expect(try capacity(["--db", w.db, "--format", "json"]) == (try capacity(["--scenario", foodvalley, "--format", "json"])))
    }

    @Test(arguments: [["--weeks", "0"], ["--weeks", "105"], ["--weeks", "-3"], ["--week", "2026-W60"], ["--format", "html"]])
    func badOptionsAreUsage(arguments: [String]) {
        #expect(Caseload.main(arguments: ["capacity", "--scenario", foodvalley] + arguments) == 64)
    }

    @Test func badScenarioIsBadInput() throws {
        let w = try Workspace()
        let path = try w.write(
            "bad.yaml",
            """
            week: 2026-W48
            organisations: [{id: jbg, kind: gi}]
            staff: [{id: jb-01, organisation: jbg, tasks: [casework], hours: 36, leaves: someday}]
            """)
        #expect(Caseload.main(arguments: ["capacity", "--scenario", path]) == 65)
    }

    @Test func emptyOrMissingDatabase() throws {
        let w = try Workspace()
        #expect(w.run("capacity") == 66)
        #expect(w.run("init") == 0)
        #expect(w.run("capacity") == 65)
    }
}
