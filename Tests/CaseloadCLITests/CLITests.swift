import CaseloadCore
import CaseloadSearch
import CaseloadFormats
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadCLI

/// The repository root, found from this file's path (Tests/CaseloadCLITests/CLITests.swift).
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private let foodvalleyPath = repositoryRoot.appendingPathComponent("Scenarios/foodvalley.yaml").path

/// A temporary directory with a database path in it, removed at the end of a test.
final class Workspace {
    let directory: URL
    var db: String { directory.appendingPathComponent("team.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `caseload ARGUMENTS --db DB` in process and returns the exit code.
    func run(_ arguments: String...) -> Int32 {
        Caseload.main(arguments: arguments + ["--db", db])
    }
}

/// A JSON object, failing the test when `value` is not one.
private func object(_ value: Any?, _ what: String = "value", sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String: Any]
{
    try #require(value as? [String: Any], "\(what) is not an object: \(String(describing: value))", sourceLocation: sourceLocation)
}

private func array(_ value: Any?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Any] {
    try #require(value as? [Any], "\(what) is not an array: \(String(describing: value))", sourceLocation: sourceLocation)
}

private func number(_ value: Any?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
    let n = try #require(value as? NSNumber, "\(what) is not a number: \(String(describing: value))", sourceLocation: sourceLocation)
    return n.doubleValue
}

/// `caseload plan --scenario foodvalley.yaml --format json`, parsed.
private func foodvalleyPlanJSON(_ extra: [String] = []) throws -> [String: Any] {
    var command = try PlanCommand.parse(Fixtures.moves(20000) + ["--scenario", foodvalleyPath, "--format", "json"] + extra)
    let out = try command.execute()
    return try object(try JSONSerialization.jsonObject(with: Data(out.utf8)), "plan")
}

// MARK: - Exit codes (docs/commands.md)

@Suite struct ExitCodeTests {
    @Test func demoSucceeds() {
        #expect(Caseload.main(arguments: ["demo", "--max-moves", "20000"]) == 0)
    }

    @Test func planOfAScenarioFileSucceeds() throws {
        let w = try Workspace()
        #expect(w.run("plan", "--scenario", foodvalleyPath, "--format", "json", "--max-moves", "20000") == 0)
        // --scenario plans without a database: none is created.
        #expect(!FileManager.default.fileExists(atPath: w.db))
    }

    @Test func loadOfABadFieldIsBadInputAndWritesNothing() throws {
        let w = try Workspace()
        #expect(w.run("init") == 0)
        let bad = try w.write(
            "bad.yaml",
            """
            week: 2026-W48
            organisations: [{id: jbg, kind: gi}]
            staff: [{id: jb-01, organisation: jbg, tasks: [casework], registered_until: 2029-01-01, hours: 36}]
            cases:
              - {id: fam-1, municipality: ede, framework: ots, lead: jb-01}
              - {id: fam-2, municipality: ede, framework: ots, hours: {casework: abc}}
            """)
        #expect(w.run("load", bad) == 65)
        let database = try AppDatabase.open(path: w.db)
        #expect(try database.isEmpty())
        #expect(try database.scenario().cases.isEmpty)
        #expect(try database.scenario().organisations.isEmpty)
    }

    @Test func loadOfAMissingFileCannotBeOpened() throws {
        let w = try Workspace()
        #expect(w.run("load", w.directory.appendingPathComponent("missing.yaml").path) == 66)
    }

    @Test func importOfAMissingFileCannotBeOpened() throws {
        let w = try Workspace()
        #expect(w.run("import", "staff", "/nonexistent.csv") == 66)
    }

    @Test func importOfABadFileIsBadInput() throws {
        let w = try Workspace()
        let csv = try w.write("staff.csv", "id,organisation,hours\njb-01,nowhere,36\n")
        #expect(w.run("import", "staff", csv) == 65)
        #expect(try AppDatabase.open(path: w.db).isEmpty())
    }

    @Test func importOfAnUnknownKindIsUsage() throws {
        let w = try Workspace()
        let csv = try w.write("x.csv", "id\n1\n")
        #expect(w.run("import", "families", csv) == 64)
    }

    @Test(arguments: [
        ["--threads", "0"], ["--threads", "65"], ["--time-limit", "-1"], ["--max-moves", "-5"], ["--unimproved-time", "0"],
    ])
    func badSearchLimitsAreUsage(arguments: [String]) {
        #expect(Caseload.main(arguments: ["plan", "--scenario", foodvalleyPath] + arguments) == 64)
    }

    @Test func unknownWeightIsUsage() {
        #expect(Caseload.main(arguments: ["plan", "--weight", "nonsense=1", "--scenario", foodvalleyPath]) == 64)
    }

    @Test(arguments: ["handover", "handover=", "handover=-1", "handover=abc", "=3"])
    func malformedWeightIsUsage(weight: String) {
        #expect(Caseload.main(arguments: ["plan", "--weight", weight, "--scenario", foodvalleyPath]) == 64)
    }

    @Test func saveWithAScenarioFileIsUsage() {
        #expect(Caseload.main(arguments: ["plan", "--save", "--scenario", "x"]) == 64)
    }

    @Test func weekThatIsNoWeekIsUsage() {
        #expect(Caseload.main(arguments: ["plan", "--week", "2026-W60", "--scenario", foodvalleyPath]) == 64)
    }

    @Test func unknownCommandIsUsage() {
        #expect(Caseload.main(arguments: ["frobnicate"]) == 64)
    }

    @Test func planWithoutADatabaseCannotOpenIt() throws {
        let w = try Workspace()
        #expect(w.run("plan") == 66)
    }

    @Test func explainOfAnUnknownIDIsBadInput() {
        #expect(Caseload.main(arguments: ["explain", "nobody-at-all", "--scenario", foodvalleyPath, "--max-moves", "20000"]) == 65)
    }

    @Test func loadPlanSavePlansSucceedAndLeaveOneCurrentPlan() throws {
        let w = try Workspace()
        #expect(w.run("load", foodvalleyPath) == 0)
        #expect(w.run("plan", "--save", "--weight", "handover=80", "--max-moves", "20000") == 0)
        #expect(w.run("plans") == 0)
        #expect(w.run("show", "--format", "csv") == 0)

        let database = try AppDatabase.open(path: w.db)
        let plans = try database.plans()
        #expect(plans.count == 1)
        #expect(plans.first?.isCurrent == true)
        #expect(try database.currentPlanID() == plans.first?.id)
        let plan = try #require(try database.plan())
        #expect(plan.score.hard == 0)
        #expect(plan.assignments.count + plan.waiting.count == 300)
        #expect(try database.scenario().cases.count == 300)
    }

    @Test func showWithoutASavedPlanIsBadInput() throws {
        let w = try Workspace()
        #expect(w.run("load", foodvalleyPath) == 0)
        #expect(w.run("show") == 65)
        #expect(w.run("show", "--plan", "7") == 65)
    }
}

// MARK: - Output

@Suite struct CommandOutputTests {
    @Test func planJSONHasTheDocumentedShape() throws {
        let scenario = try ScenarioReader().read(path: foodvalleyPath)
        let plan = try foodvalleyPlanJSON()
        #expect(plan["week"] as? String == "2026-W48")

        let score = try object(plan["score"], "score")
        #expect(try number(score["hard"], "score.hard") == 0)
        for key in ["waiting", "handovers", "undelegated_hours", "balance"] {
            _ = try number(score[key], "score.\(key)")
        }

        let staff = Dictionary(uniqueKeysWithValues: scenario.staff.map { ($0.id, $0) })
        let cases = Dictionary(uniqueKeysWithValues: scenario.cases.map { ($0.id, $0) })
        var seen: [String] = []

        let assignments = try array(plan["assignments"], "assignments")
        #expect(!assignments.isEmpty)
        var demandsChecked = 0
        for (i, item) in assignments.enumerated() {
            let a = try object(item, "assignments[\(i)]")
            let id = try #require(a["case"] as? String, "assignments[\(i)].case")
            let lead = try #require(a["lead"] as? String, "assignments[\(i)].lead")
            seen.append(id)
            let c = try #require(cases[id], "assignment of unknown case \(id)")
            #expect(staff[lead] != nil, "case \(id): lead \(lead) is no worker")
            #expect((a["partner"] != nil) == c.duo, "case \(id): partner present iff duo")
            var hours: [String: Double] = [:]
            for (j, t) in try array(a["tasks"], "assignments[\(i)].tasks").enumerated() {
                let task = try object(t, "assignments[\(i)].tasks[\(j)]")
                let kind = try #require(task["kind"] as? String)
                let worker = try #require(task["worker"] as? String)
                #expect(staff[worker]?.tasks.contains(kind) == true, "case \(id): \(worker) may not do \(kind)")
                hours[kind, default: 0] += try number(task["hours"], "hours")
            }
            // The hours of a served case add up to its demand.
            for (kind, need) in scenario.demand(of: c) where need > 0 {
                #expect(abs((hours[kind] ?? 0) - need) < 1e-6, "case \(id): \(kind) \(hours[kind] ?? 0) of \(need) h")
                demandsChecked += 1
            }
        }

        // Every served family needs some hours: each one's were added up above.
        #expect(demandsChecked >= assignments.count)

        let waiting = try array(plan["waiting"], "waiting")
        #expect(!waiting.isEmpty)
        let reasons = Set(WaitingReason.allCases.map(\.rawValue))
        var lastPriority = 0
        for (i, item) in waiting.enumerated() {
            let w = try object(item, "waiting[\(i)]")
            let id = try #require(w["case"] as? String)
            seen.append(id)
            let reason = try #require(w["reason"] as? String, "waiting[\(i)].reason")
            #expect(reasons.contains(reason), "waiting[\(i)]: unknown reason \(reason)")
            #expect(!(try #require(w["detail"] as? String)).isEmpty)
            let priority = Int(try number(w["priority"], "priority"))
            #expect(priority == cases[id]?.priority)
            #expect(priority >= lastPriority, "waiting list is most urgent first")
            lastPriority = priority
            #expect(try number(w["weeks_waiting"], "weeks_waiting") >= 0)
        }
        #expect(try number(score["waiting"], "score.waiting") == Double(waiting.count))
        // Every family is served or waits, once.
        #expect(seen.sorted() == scenario.cases.map(\.id).sorted())

        let workers = try array(plan["workers"], "workers")
        #expect(Set(try workers.map { try #require(try object($0)["id"] as? String) }) == Set(staff.keys))
        for (i, item) in workers.enumerated() {
            let w = try object(item, "workers[\(i)]")
            let available = try number(w["available_hours"], "available_hours")
            let planned = try number(w["planned_hours"], "planned_hours")
            #expect(planned <= available * (1 + scenario.settings.overloadAllowed) + 1e-3, "workers[\(i)] overloaded")
            if available > 0 {
                #expect(abs(try number(w["utilisation"], "utilisation") - planned / available) < 1e-3)
            }
            #expect(try number(w["cases"], "cases") <= (try number(w["max_cases"], "max_cases")))
            #expect(try number(w["children"], "children") <= (try number(w["max_children"], "max_children")))
        }
        let solver = try object(plan["solver"], "solver")
        // The search starts from the construction planner's plan and never ends worse; the bound is below the plan.
        let soft = try number(try object(plan["score"], "score")["soft"], "soft")
        #expect(try number(solver["construction_soft"], "construction_soft") >= soft - 1e-6)
        #expect(try number(solver["lower_bound"], "lower_bound") <= soft + 1e-6)
        #expect(try number(solver["moves"], "moves") > 0)
    }

    @Test func sameInputAndSeedGiveTheSamePlan() throws {
        var a = try foodvalleyPlanJSON()
        var b = try foodvalleyPlanJSON()
        a["solver"] = nil
        b["solver"] = nil
        #expect(NSDictionary(dictionary: a) == NSDictionary(dictionary: b))
    }

    /// Any weighted sum changes when a weight does, so the test asks for the sum itself: S1 is
    /// the waiting weight times the waiting penalty. The construction planner alone (`--no-search`) makes the
    /// same plan whatever the weights; there `--weight waiting=2000` adds exactly (2000 − 1000)
    /// times the penalty. Searched plans differ, but each one's soft score is its weighted sum.
    @Test func theWaitingWeightScalesTheWaitingTerm() throws {
        let weights = try ScenarioReader().read(path: foodvalleyPath).settings.weights
        // Scores are printed to 4 decimals: 2000 × 0.00005 on the penalty, a little on the rest.
        let tolerance = 0.11
        func weightedSum(_ score: [String: Any], waiting: Double) throws -> Double {
            let handovers =
                try number(score["lead_handovers"], "lead_handovers") + Score.partnerHandoverShare
                * (try number(score["partner_handovers"], "partner_handovers"))
            return try waiting * number(score["waiting_penalty"], "waiting_penalty") + weights.handover * handovers
                + weights.undelegated * number(score["undelegated_hours"], "undelegated_hours")
                + weights.balance * number(score["balance"], "balance")
        }
        let plain = try foodvalleyPlanJSON(["--no-search"])
        let heavy = try foodvalleyPlanJSON(["--no-search", "--weight", "waiting=2000"])
        #expect(
            NSArray(array: try array(plain["assignments"], "assignments")) == NSArray(array: try array(heavy["assignments"], "assignments"))
        )
        #expect(NSArray(array: try array(plain["waiting"], "waiting")) == NSArray(array: try array(heavy["waiting"], "waiting")))
        let (plainScore, heavyScore) = (try object(plain["score"]), try object(heavy["score"]))
        let penalty = try number(plainScore["waiting_penalty"], "waiting_penalty")
        #expect(penalty > 0, "no family waits: the weight would have nothing to weigh")
        #expect(try number(heavyScore["waiting_penalty"], "waiting_penalty") == penalty)
        let added = try number(heavyScore["soft"], "soft") - number(plainScore["soft"], "soft")
        #expect(
            abs(added - (2000 - weights.waiting) * penalty) < tolerance,
            "S1 grew by \(added), not by \(2000 - weights.waiting) × \(penalty)")
        for (extra, waiting) in [([], weights.waiting), (["--weight", "waiting=2000"], 2000)] {
            let score = try object(try foodvalleyPlanJSON(extra)["score"])
            let soft = try number(score["soft"], "soft")
            #expect(abs(soft - (try weightedSum(score, waiting: waiting))) < tolerance, "\(extra): soft \(soft) is not its weighted sum")
        }
    }

    @Test func tableShowsWaitingListAndSummary() throws {
        let json = try foodvalleyPlanJSON()
        var command = try PlanCommand.parse(Fixtures.moves(20000) + ["--scenario", foodvalleyPath])
        // Dutch by default, English on request: the same figures in both.
        let out = try Caseload.$language.withValue(.en) { try command.execute() }
        let dutch = try Caseload.$language.withValue(.nl) { try command.execute() }
        #expect(out.contains("WORKERS") && dutch.contains("MEDEWERKERS"))
        #expect(out.contains("WAITING LIST") && dutch.contains("WACHTLIJST"))
        #expect(out.contains("SUMMARY") && dutch.contains("SAMENVATTING"))
        let waiting = try array(json["waiting"], "waiting").count
        let served = try array(json["assignments"], "assignments").count
        #expect(out.contains("WAITING LIST  (\(waiting) families"))
        #expect(out.contains("SUMMARY  \(served) served, \(waiting) waiting"))
        #expect(dutch.contains("WACHTLIJST  (\(waiting) gezinnen"))
        #expect(dutch.contains("SAMENVATTING  \(served) geholpen, \(waiting) wachtend"))
        for english in ["WORKERS", "WAITING LIST", "HANDOVERS", "SUMMARY", "STAND-INS", " served", " waiting,"] {
            #expect(!dutch.contains(english), "English '\(english)' in the Dutch report")
        }
    }

    @Test func csvHasOneRowPerWorkerFamilyAndPerWaitingFamily() throws {
        let json = try foodvalleyPlanJSON()
        // Read as a script reads it; the Dutch dialect is WorkbookCommandTests'.
        var command = try PlanCommand.parse(
            Fixtures.moves(20000) + ["--scenario", foodvalleyPath, "--format", "csv", "--csv-dialect", "plain"])
        let lines = try command.execute().split(separator: "\n")
        #expect(lines.first?.hasPrefix("section,worker,organisation,case,framework,phase,role,kinds,hours,change,") == true)
        let workers = try array(json["workers"], "workers")
        let families = try workers.reduce(0) { n, w in n + (try array(try object(w)["families"], "families").count) }
        #expect(lines.filter { $0.hasPrefix("worker,") }.count == workers.count)
        #expect(lines.filter { $0.hasPrefix("family,") }.count == families)
        #expect(lines.filter { $0.hasPrefix("waiting,") }.count == (try array(json["waiting"], "waiting").count))
    }

    @Test func explainOfAWaitingCaseNamesItsReason() throws {
        let json = try foodvalleyPlanJSON()
        let first = try object(try array(json["waiting"], "waiting").first, "waiting[0]")
        let id = try #require(first["case"] as? String)
        let reason = try #require(first["reason"] as? String)
        var command = try Explain.parse(Fixtures.moves(20000) + [id, "--scenario", foodvalleyPath])
        let out = try Caseload.$language.withValue(.en) { try command.execute() }
        #expect(out.contains("case \(id)"))
        #expect(out.contains("WAITS: #1 on the waiting list"))
        #expect(out.contains("reason: \(reason)"))
        #expect(out.contains("closest possible leads"))
    }

    @Test func explainOfAServedCaseNamesItsLead() throws {
        let json = try foodvalleyPlanJSON()
        let first = try object(try array(json["assignments"], "assignments").first, "assignments[0]")
        let id = try #require(first["case"] as? String)
        let lead = try #require(first["lead"] as? String)
        var command = try Explain.parse(Fixtures.moves(20000) + [id, "--scenario", foodvalleyPath])
        let out = try Caseload.$language.withValue(.en) { try command.execute() }
        #expect(out.contains("SERVED by lead \(lead)"))
        #expect(!out.contains("WAITS"))
    }

    @Test func explainOfAWorkerShowsAvailableHours() throws {
        // jbg-05 is off sick until Tuesday 2026-11-24: 2 of the week's 5 working days.
        var command = try Explain.parse(Fixtures.moves(20000) + ["jbg-05", "--scenario", foodvalleyPath])
        let out = try Caseload.$language.withValue(.en) { try command.execute() }
        #expect(out.contains("worker jbg-05"))
        #expect(out.contains("available"))
        #expect(out.contains("absent"))
        #expect(out.contains("families "))
    }

    @Test func explainReadsTheSavedPlanFromTheDatabase() throws {
        let w = try Workspace()
        #expect(w.run("load", foodvalleyPath) == 0)
        var save = try PlanCommand.parse(Fixtures.moves(20000) + ["--save", "--db", w.db])
        let table = try save.execute()
        #expect(table.contains("bewaard als plan 1 en akkoord: het huidige plan"))

        let saved = try #require(try AppDatabase.open(path: w.db).plan())
        let entry = try #require(saved.waiting.first)
        var explain = try Explain.parse(Fixtures.moves(20000) + [entry.caseID, "--db", w.db])
        let out = try Caseload.$language.withValue(.en) { try explain.execute() }
        #expect(out.contains("reason: \(entry.reason.rawValue)"))
        #expect(out.contains("from plan 1, the current plan"))
    }

    @Test func showPrintsTheSavedPlanAsPlanDid() throws {
        let w = try Workspace()
        #expect(w.run("load", foodvalleyPath) == 0)
        var save = try PlanCommand.parse(Fixtures.moves(20000) + ["--save", "--format", "json", "--db", w.db])
        let planned = try save.execute()
        var show = try Show.parse(["--format", "json", "--db", w.db])
        #expect(try show.execute() == planned)
        var plans = try Plans.parse(["--db", w.db])
        let list = try plans.execute()
        #expect(list.contains(" * 1 "))
        #expect(list.contains("2026-W48"))
    }

    @Test func loadReportsWhatItLoaded() throws {
        let w = try Workspace()
        var load = try Load.parse([foodvalleyPath, "--db", w.db])
        let out = try load.execute()
        #expect(out.contains("76 staff"))
        #expect(out.contains("300 cases"))
        #expect(out.contains("week 2026-W48"))
    }
}
