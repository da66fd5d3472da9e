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
/// Every run stays short in a debug build, and is bound by moves alone: a test that plans in one
/// command and explains in another needs both to reach the same plan.
private let quick = Fixtures.moves(20000)

private func parse(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text.prefix(200))")
}

private func objects(_ value: Any?) throws -> [[String: Any]] { try #require(value as? [[String: Any]], "not an array of objects") }

/// Every key anywhere in a JSON value.
private func keys(_ value: Any) -> Set<String> {
    if let object = value as? [String: Any] { return Set(object.keys).union(object.values.flatMap(keys)) }
    if let array = value as? [Any] { return Set(array.flatMap(keys)) }
    return []
}

/// Every string anywhere in a JSON value.
private func strings(_ value: Any) -> [String] {
    if let object = value as? [String: Any] { return object.values.flatMap(strings) }
    if let array = value as? [Any] { return array.flatMap(strings) }
    return (value as? String).map { [$0] } ?? []
}

/// Fields a family has that no report may name.
private let familyFields: Set<String> = ["municipality", "children", "framework", "phase", "skills", "name", "bsn", "address"]

/// The FoodValley plan's first waiting and first served case codes, planned as the commands do.
private func foodvalleyCases() throws -> (waiting: [String], served: String, scenario: Scenario) {
    var command = try PlanCommand.parse(quick + ["--scenario", foodvalley, "--format", "json"])
    let plan = try parse(try command.execute())
    let waiting = try objects(plan["waiting"]).compactMap { $0["case"] as? String }
    try #require(!waiting.isEmpty)
    let served = try #require(try objects(plan["assignments"]).first?["case"] as? String)
    return (waiting, served, try ScenarioReader().read(path: foodvalley))
}

/// Checks that no family field or value beyond codes, priorities, weeks and hours is printed.
private func expectPseudonymous(_ json: [String: Any], _ scenario: Scenario, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(keys(json).isDisjoint(with: familyFields), sourceLocation: sourceLocation)
    let frameworks = Set(Framework.allCases.map(\.rawValue))
    let values = strings(json)
    #expect(!values.contains { frameworks.contains($0) }, sourceLocation: sourceLocation)
    let municipalities = Set(scenario.cases.map(\.municipality))
    #expect(!values.contains { municipalities.contains($0) }, sourceLocation: sourceLocation)
}

@Suite struct ExplainCommandTests {
    @Test func scoreAnalysisAsJSONAddsUpToTheScore() throws {
        var command = try Explain.parse(quick + ["--scenario", foodvalley, "--format", "json", "--top", "3"])
        let json = try parse(try command.execute())
        let hard = try objects(json["hard"])
        #expect(hard.map { $0["rule"] as? String } == HardRule.allCases.map(\.id))
        #expect(hard.allSatisfy { ($0["count"] as? Int) == 0 })
        let soft = try objects(json["soft"])
        #expect(soft.map { $0["term"] as? String } == ["S1", "S2", "S3", "S4"])
        let points = soft.reduce(0.0) { $0 + (($1["points"] as? NSNumber)?.doubleValue ?? .nan) }
        let total = try #require(((json["score"] as? [String: Any])?["soft"] as? NSNumber)?.doubleValue)
        #expect(abs(points - total) < 0.01)
        for term in soft { #expect(try objects(term["top"]).count <= 3) }
        expectPseudonymous(json, try ScenarioReader().read(path: foodvalley))
    }

    @Test func scoreAnalysisAsATable() throws {
        #expect(Caseload.main(arguments: ["explain", "score", "--scenario", foodvalley] + quick) == 0)
        var command = try Explain.parse(quick + ["--scenario", foodvalley])
        let out = try Caseload.$language.withValue(.en) { try command.execute() }
        for part in ["HARD RULES", "H9", "SOFT TERMS", "S1 waiting", "S2 handover", "S3 undelegated", "S4 balance"] {
            #expect(out.contains(part), "\(part)")
        }
    }

    @Test func aWaitingFamilyShowsWhatBlocksItAndTheSmallestChange() throws {
        let (waitingList, _, scenario) = try foodvalleyCases()
        let waiting = waitingList[0]
        var text = try Explain.parse(quick + [waiting, "--scenario", foodvalley])
        let out = try Caseload.$language.withValue(.en) { try text.execute() }
        #expect(out.contains("possible leads:"))
        #expect(out.contains("smallest change:"))
        var command = try Explain.parse(quick + [waiting, "--scenario", foodvalley, "--format", "json"])
        let json = try parse(try command.execute())
        #expect(json["status"] as? String == "waiting")
        #expect(try objects(json["blocked_by"]).allSatisfy { LeadCheck.Block(rawValue: $0["block"] as? String ?? "") != nil })
        let leads = try objects(json["closest_leads"])
        #expect(!leads.isEmpty)
        let workers = Set(scenario.staff.map(\.id))
        #expect(leads.allSatisfy { workers.contains($0["worker"] as? String ?? "") })
        #expect(json["smallest_changes"] is [Any])
        #expect((json["summary"] as? [String])?.isEmpty == false)
        expectPseudonymous(json, scenario)
    }

    @Test func aServedFamilyListsItsPeopleAndAlternatives() throws {
        let (_, served, scenario) = try foodvalleyCases()
        var command = try Explain.parse(quick + [served, "--scenario", foodvalley, "--format", "json"])
        let json = try parse(try command.execute())
        #expect(json["status"] as? String == "served")
        let alternatives = try objects(json["alternatives"])
        #expect(alternatives.filter { $0["current"] as? Bool == true }.count == 1)
        expectPseudonymous(json, scenario)
    }

    @Test func aWorkersWeekAsJSON() throws {
        var command = try Explain.parse(quick + ["jbg-05", "--scenario", foodvalley, "--format", "json"])
        let json = try parse(try command.execute())
        #expect(json["worker"] as? String == "jbg-05")
        for key in ["available_hours", "planned_hours", "hours_left", "light", "cases", "max_cases", "families"] {
            #expect(json[key] != nil, "\(key)")
        }
        let families = try objects(json["families"])
        #expect(!families.isEmpty, "jbg-05 holds families this week")
        #expect(families.allSatisfy { ["lead", "partner", "supporter"].contains($0["role"] as? String ?? "") })
    }

    @Test func badTopIsUsage() {
        #expect(Caseload.main(arguments: ["explain", "--top", "0", "--scenario", foodvalley] + quick) == 64)
    }
}

@Suite struct RecommendCommandTests {
    @Test func unknownCaseIsBadInput() {
        #expect(Caseload.main(arguments: ["recommend", "fv-9999", "--scenario", foodvalley] + quick) == 65)
        #expect(Caseload.main(arguments: ["recommend", "--scenario", foodvalley] + quick) == 64)
        #expect(Caseload.main(arguments: ["recommend", "fv-0001", "--top", "0", "--scenario", foodvalley] + quick) == 64)
    }

    @Test func optionsAsJSONAreRankedAndPseudonymous() throws {
        let (waitingList, served, scenario) = try foodvalleyCases()
        let workers = Set(scenario.staff.map(\.id))
        func recommend(_ id: String) throws -> [String: Any] {
            var command = try Recommend.parse(quick + [id, "--scenario", foodvalley, "--format", "json", "--top", "4"])
            return try parse(try command.execute())
        }
        // In the lawful region every waiting family may have no option at all (H10, H11, the
        // norms): then their answer says so, and served families' options are checked.
        let withOptions = try waitingList.first { try !objects(recommend($0)["options"]).isEmpty }
        if withOptions == nil, let first = waitingList.first {
            #expect(try objects(recommend(first)["options"]).isEmpty)
            #expect(try recommend(first)["status"] as? String == "waiting")
        }
        for id in [withOptions, served].compactMap({ $0 }) {
            let json = try recommend(id)
            #expect(json["case"] as? String == id)
            let options = try objects(json["options"])
            // FoodValley has someone for both families; an empty list would leave the loop below unasked.
            #expect((1...4).contains(options.count), "\(id): \(options.count) options")
            let deltas = options.compactMap { ($0["delta"] as? NSNumber)?.doubleValue }
            #expect(deltas.count == options.count && deltas == deltas.sorted())
            for option in options {
                #expect(workers.contains(option["lead"] as? String ?? ""))
                #expect(
                    Set(option.keys).isSubset(of: [
                        "rank", "lead", "partner", "delegable_tasks", "current", "delta", "terms", "changes", "ejection",
                    ]))
                let terms = try #require(option["terms"] as? [String: Any])
                let sum = terms.values.reduce(0.0) { $0 + (($1 as? NSNumber)?.doubleValue ?? .nan) }
                #expect(abs(sum - ((option["delta"] as? NSNumber)?.doubleValue ?? .nan)) < 0.001)
            }
            if id == served { #expect(options.filter { $0["current"] as? Bool == true }.count == 1) }
            // The recommender's own time (Benchmarks/recommend-bench.sh reads it); speed is measured there.
            let seconds = try #require((json["seconds"] as? NSNumber)?.doubleValue)
            #expect(seconds >= 0)
            expectPseudonymous(json, scenario)
        }
    }

    @Test func recommendsAgainstTheSavedPlan() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-recommend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("team.sqlite").path
        #expect(Caseload.main(arguments: ["load", foodvalley, "--db", db]) == 0)
        var save = try PlanCommand.parse(quick + ["--save", "--db", db])
        _ = try save.execute()
        let saved = try #require(try AppDatabase.open(path: db).plan())
        let served = try #require(saved.assignments.first)
        var command = try Recommend.parse([served.caseID, "--db", db])
        let out = try Caseload.$language.withValue(.en) { try command.execute() }
        #expect(out.contains("served by lead \(served.lead)"))
        #expect(out.contains("← current"))
        #expect(out.contains("from plan 1, the current plan"))
        #expect(Caseload.main(arguments: ["recommend", served.caseID, "--db", db, "--plan", "7"]) == 65)
    }

    @Test func aFamilyAddedAfterThePlanWasSavedCountsAsWaiting() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-recommend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("team.sqlite").path
        #expect(Caseload.main(arguments: ["load", foodvalley, "--db", db]) == 0)
        var save = try PlanCommand.parse(quick + ["--save", "--db", db])
        _ = try save.execute()
        let csv = directory.appendingPathComponent("cases.csv")
        try Data("id,municipality,children,framework,phase,priority,hours_casework\nfv-new1,ede,1,voluntary,start,1,2\n".utf8).write(
            to: csv)
        #expect(Caseload.main(arguments: ["import", "cases", csv.path, "--db", db]) == 0)
        var command = try Recommend.parse(["fv-new1", "--db", db, "--format", "json"])
        let json = try parse(try command.execute())
        #expect(json["status"] as? String == "waiting")
        let options = try objects(json["options"])
        // An ordinary family in Ede: someone can take it, so there are options to look at.
        #expect(!options.isEmpty, "no options: \(json["blocked_by"] ?? "nothing blocks it")")
        for option in options {
            // Serving it takes a family off the waiting list, unless the option puts another
            // family back on it to make room.
            let putsBack = (option["ejection"] as? [String: Any])?["waits"] as? Bool == true
            #expect((option["changes"] as? [String: Any])?["waiting"] as? Int == (putsBack ? 0 : -1))
        }
    }
}
