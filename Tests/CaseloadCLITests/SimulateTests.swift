import CaseloadCore
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadCLI

/// `caseload simulate`: byte-for-byte reports, the HTML report, and bad input.
@Suite struct SimulateTests {
    static let scenario = """
        name: small team
        week: 2026-W48
        organisations: [{id: gi, name: GI, kind: gi}, {id: lt, name: Local team, kind: local-team}]
        staff:
          - {id: w1, organisation: gi, tasks: [casework, admin], registered_until: 2030-01-01, hours: 36}
          - {id: w2, organisation: gi, tasks: [casework], registered_until: 2030-01-01, hours: 32}
          - {id: w3, organisation: lt, tasks: [casework], registered_until: 2030-01-01, hours: 24}
          - {id: s1, organisation: gi, tasks: [admin, legal], hours: 24}
        cases:
          - {id: fam-0001, municipality: ede, framework: ots, phase: middle, lead: w1}
          - {id: fam-0002, municipality: ede, framework: youth-probation, phase: start}
        simulation:
          weeks: 8
          warmup_weeks: 2
          replications: 3
          seed: 4
          arrivals: {ots: 1.5, youth-probation: 1}
          absence: {sick_rate: 0.1, mean_spell_weeks: 1}
          turnover_per_year: 1
          replacement_delay_weeks: 2
          planner: {unimproved_moves: 200}
          variants: [{name: no-supporters, remove_workers_with_tasks: [admin, legal, placement]}]

        """

    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-simulate-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func write(_ name: String, _ text: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    static func run(_ arguments: [String]) throws -> String {
        var command = try Simulate.parse(arguments)
        return try command.execute()
    }

    @Test func sameSeedSameJSONByteForByte() throws {
        let folder = try Folder()
        let path = try folder.write("team.yaml", Self.scenario)
        let first = try Self.run([path, "--format", "json"])
        let second = try Self.run([path, "--format", "json", "--threads", "1"])
        #expect(first == second)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(json["replications"] as? Int == 3)
        let summary = try #require(json["summary"] as? [String: Any])
        for key in ["waiting", "weeks_waited", "utilisation", "overloaded", "handovers", "served"] {
            let metric = try #require(summary[key] as? [String: Any], "summary.\(key)")
            #expect(metric["mean"] != nil && (metric["ci95"] as? [Any])?.count == 2)
        }
        #expect((json["per_week"] as? [Any])?.count == 6)
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.first?["name"] as? String == "no-supporters")
        #expect(variants.first?["difference"] != nil)
        let otherSeed = try Self.run([path, "--format", "json", "--seed", "5"])
        #expect(otherSeed != first)
    }

    @Test func optionsOverrideTheSection() throws {
        let folder = try Folder()
        let path = try folder.write("team.yaml", Self.scenario)
        let out = try Caseload.$language.withValue(.en) {
            try Self.run([path, "--weeks", "5", "--warmup-weeks", "1", "--replications", "2"])
        }
        #expect(out.contains("5 weeks (1 warm-up left out), 2 replications"))
        #expect(out.contains("VARIANT no-supporters"))
    }

    @Test func theHTMLReportIsSelfContainedAndHoldsNoFamilyCodes() throws {
        let folder = try Folder()
        let path = try folder.write("team.yaml", Self.scenario)
        let html = folder.url.appendingPathComponent("report.html").path
        _ = try Self.run([path, "--html", html])
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.components(separatedBy: "<svg").count - 1 >= 3, "three charts")
        #expect(page.contains("<polygon"), "the confidence band")
        #expect(!page.contains("http://") || !page.contains("src="), "nothing loaded from elsewhere")
        #expect(!page.contains("<script"))
        #expect(!page.contains("fam-0001") && !page.contains("sim-"), "no family codes")
    }

    @Test func badInputExits65AndWritesNothing() throws {
        let folder = try Folder()
        let path = try folder.write("bad.yaml", Self.scenario.replacingOccurrences(of: "replications: 3", with: "replications: lots"))
        let html = folder.url.appendingPathComponent("report.html").path
        #expect(Caseload.main(arguments: ["simulate", path, "--html", html]) == 65)
        #expect(!FileManager.default.fileExists(atPath: html))
        #expect(Caseload.main(arguments: ["simulate", folder.url.appendingPathComponent("none.yaml").path]) == 66)
        let good = try folder.write("team.yaml", Self.scenario)
        #expect(Caseload.main(arguments: ["simulate", good, "--replications", "1"]) == 64)
    }
}

/// `caseload serve` refuses what would publish team figures unprotected, before listening.
@Suite struct ServeCommandTests {
    @Test func aPublicAddressWithoutATokenIsRefused() throws {
        let folder = try SimulateTests.Folder()
        let db = folder.url.appendingPathComponent("team.sqlite").path
        #expect(Caseload.main(arguments: ["init", "--db", db]) == 0)
        #expect(Caseload.main(arguments: ["serve", "--db", db, "--host", "0.0.0.0", "--port", "18999"]) == 64)
        let short = try folder.write("token.txt", "short\n")
        #expect(Caseload.main(arguments: ["serve", "--db", db, "--token-file", short, "--port", "18999"]) == 64)
        let missing = folder.url.appendingPathComponent("none.txt").path
        #expect(Caseload.main(arguments: ["serve", "--db", db, "--token-file", missing]) == 66)
        #expect(Caseload.main(arguments: ["serve", "--db", db, "--port", "0"]) == 64)
    }
}

/// `caseload check` and `caseload backup`.
@Suite struct CheckBackupTests {
    /// The tables a team's data and its plans live in.
    static let tables = [
        "organisations", "workers", "absences", "cases", "meta", "plans", "plan_assignments", "plan_tasks", "plan_waiting",
        "plan_workers", "plan_locks",
    ]

    @Test func theBackupHoldsEveryRowAndCheckFailsATamperedPlan() throws {
        let folder = try SimulateTests.Folder()
        let db = folder.url.appendingPathComponent("team.sqlite").path
        #expect(Caseload.main(arguments: ["load", Fixtures.foodvalley, "--db", db]) == 0)
        // Two plans: a backup must hold the earlier ones too.
        for seed in ["1", "2"] {
            #expect(Caseload.main(arguments: ["plan", "--save", "--seed", seed, "--db", db] + Fixtures.moves(2000)) == 0)
        }
        #expect(Caseload.main(arguments: ["check", "--db", db]) == 0)
        let copy = folder.url.appendingPathComponent("copy.sqlite").path
        #expect(Caseload.main(arguments: ["backup", copy, "--db", db]) == 0)
        #expect(Caseload.main(arguments: ["check", "--db", copy]) == 0)
        // An empty database passes check as well: the copy must hold what the source holds.
        let source = try databaseContents(db)
        let backup = try databaseContents(copy)
        for table in Self.tables {
            #expect((source[table]?.count ?? 0) > 0, "the source has no \(table) rows: comparing them would prove nothing")
        }
        #expect(source["plans"]?.count == 2)
        #expect(backup.keys.sorted() == source.keys.sorted())
        for (table, rows) in source.sorted(by: { $0.key < $1.key }) {
            let same = backup[table] == rows
            #expect(same, "table \(table): \(backup[table]?.count ?? 0) rows in the copy, \(rows.count) in the source, not the same")
        }
        for plan in ["1", "2"] {
            var original = try Show.parse(["--plan", plan, "--format", "json", "--db", db])
            var copied = try Show.parse(["--plan", plan, "--format", "json", "--db", copy])
            let shown = try original.execute()
            #expect(shown.contains("\"assignments\""))
            #expect(try copied.execute() == shown, "plan \(plan) reads differently from the copy")
        }
        #expect(Caseload.main(arguments: ["backup", copy, "--db", db]) == 64, "never overwrites")
        // A stored plan whose figures break H3: check must say so.
        let store = try AppDatabase.open(path: db)
        try store.writer.write { try $0.execute(sql: "UPDATE plan_workers SET planned_hours = planned_hours + 100") }
        #expect(Caseload.main(arguments: ["check", "--db", db]) == 65)
        #expect(Caseload.main(arguments: ["check", "--db", copy]) == 0, "the backup kept the sound plans")
    }
}

/// `caseload capacity --arrival`.
@Suite struct CapacityArrivalTests {
    @Test func arrivalsAreCountedAndBadOnesRefused() throws {
        let folder = try SimulateTests.Folder()
        let path = try folder.write("team.yaml", SimulateTests.scenario)
        var plain = try CapacityCommand.parse(["--scenario", path, "--weeks", "8", "--format", "json"])
        var busy = try CapacityCommand.parse(["--scenario", path, "--weeks", "8", "--format", "json", "--arrival", "ots=3"])
        func needed(_ text: String) throws -> Double {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let pools = try #require(json["pools"] as? [[String: Any]])
            let weeks = try #require(pools.first?["weeks"] as? [[String: Any]])
            return weeks.compactMap { $0["needed_hours"] as? Double }.reduce(0, +)
        }
        let withArrivals = try busy.execute()
        #expect(try needed(withArrivals) > needed(try plain.execute()))
        #expect(withArrivals.contains("\"arrivals_per_week\": {\"ots\": 3}"))
        #expect(Caseload.main(arguments: ["capacity", "--scenario", path, "--arrival", "ots"]) == 64)
        #expect(Caseload.main(arguments: ["capacity", "--scenario", path, "--arrival", "otz=1"]) == 64)
    }
}
