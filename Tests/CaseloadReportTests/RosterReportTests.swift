import CaseloadCore
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadReport

/// Every worker's families in the table, the JSON and the CSV (issue 29), for all workers and
/// for one.
@Suite("Roster in the plan report")
struct RosterReportTests {
    static let seeds: [UInt64] = [1, 2, 3, 6]

    /// Generated regions planned briefly, one with absences for stand-ins among them.
    static let planned: [(scenario: Scenario, plan: Plan)] = seeds.map { PlanReportTests.planned(seed: $0) }

    /// The case codes of every family line (handed away last) of the roster entry.
    static func codes(_ entry: Roster.Entry) -> [String] {
        entry.lines.map(\.caseID) + entry.handedAway.map(\.caseID)
    }

    /// The table's family lines per worker: the lines indented under a worker's line.
    static func tableLines(_ table: String) -> [String: [Substring]] {
        var lists: [String: [Substring]] = [:]
        var current: String?
        for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { current = nil }
            if line.hasPrefix("        ") {
                if let current { lists[current, default: []].append(line) }
            } else if line.hasPrefix("    "), let id = line.split(separator: " ").first {
                current = String(id)
                lists[current!] = lists[current!] ?? []
            }
        }
        return lists
    }

    /// The case codes of `tableLines`.
    static func tableLists(_ table: String) -> [String: [String]] {
        tableLines(table).mapValues { $0.map { String($0.split(separator: " ")[0]) } }
    }

    /// A CSV text as rows of fields, quotes honoured.
    static func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for ch in csv {
            if quoted {
                if ch == "\"" { quoted = false } else { field.append(ch) }
            } else if ch == "\"" {
                if previous == "\"" { field.append("\"") }
                quoted = true
            } else if ch == "," {
                row.append(field)
                field = ""
            } else if ch == "\n" {
                row.append(field)
                rows.append(row)
                (row, field) = ([], "")
            } else {
                field.append(ch)
            }
            previous = ch
        }
        return rows
    }

    /// The CSV as dictionaries by header name.
    static func records(_ csv: String) -> [[String: String]] {
        let rows = parse(csv)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func json(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.pretty().utf8)) as? [String: Any])
    }

    @Test("the table lists under every worker exactly their families, then the sections it had")
    func tableListsEveryWorkersFamilies() {
        for (scenario, plan) in Self.planned {
            let table = PlanReport(plan: plan, scenario: scenario).render()
            let lists = Self.tableLists(String(table[..<table.range(of: "\nPOOLS")!.lowerBound]))
            let roster = Roster(plan: plan, scenario: scenario)
            #expect(lists.count == plan.workers.count, "\(scenario.name)")
            for e in roster.entries { #expect(lists[e.id] == Self.codes(e), "\(scenario.name) \(e.id)") }
            for heading in ["POOLS", "WAITING LIST", "HANDOVERS", "SUMMARY  \(plan.assignments.count) served"] {
                #expect(table.contains(heading))
            }
        }
    }

    @Test("the marks read as a manager reads them: new, from whom and why, stand-in for whom, handed over to whom")
    func marks() throws {
        var seen: Set<String> = []
        for (scenario, plan) in Self.planned {
            let table = PlanReport(plan: plan, scenario: scenario).render()
            let lines = Self.tableLines(String(table[..<table.range(of: "\nPOOLS")!.lowerBound]))
            for e in Roster(plan: plan, scenario: scenario).entries {
                for (l, line) in zip(e.lines, lines[e.id] ?? []) {
                    #expect(line.contains(" \(l.role.rawValue)"), "\(line)")
                    switch l.change {
                    case .none: #expect(!line.contains("new") && !line.contains("from"), "\(line)")
                    case .new: #expect(line.contains("  new"), "\(line)")
                    case .handedOver: #expect(line.contains("  from \(l.from!) (\(l.reason!.rawValue))"), "\(line)")
                    case .standIn: #expect(line.hasSuffix("  stand-in for \(l.standingInFor!)"), "\(line)")
                    }
                    seen.insert(l.change.rawValue)
                }
                for l in e.handedAway where l.to != nil {
                    #expect(table.contains("handed over to \(l.to!) (\(l.reason!.rawValue))"))
                    seen.insert("away")
                }
            }
        }
        #expect(seen == ["none", "new", "handed-over", "stand-in", "away"])
    }

    @Test("one worker's table, JSON and CSV hold exactly their families and what concerns them")
    func oneWorker() throws {
        for (scenario, plan) in Self.planned {
            let roster = Roster(plan: plan, scenario: scenario)
            // The worker with the most to show: stand-ins and families handed away first.
            func interest(_ e: Roster.Entry) -> (Int, Int, Int) {
                (e.lines.filter { $0.role == .standIn }.count, e.handedAway.count, e.lines.count)
            }
            let entry = try #require(roster.entries.max { interest($0) < interest($1) })
            let id = entry.id
            let table = PlanReport(plan: plan, scenario: scenario, worker: id).render()
            #expect(Self.tableLists(table) == [id: Self.codes(entry)], "\(scenario.name) \(id)")
            #expect(!table.contains("POOLS") && !table.contains("WAITING LIST"))
            let handovers = plan.handovers.filter { $0.from == id || $0.to == id }
            if !handovers.isEmpty { #expect(table.contains("HANDOVERS  (\(handovers.count):")) }
            #expect(table.contains("SUMMARY  \(id): "))

            let json = try Self.json(PlanJSON.value(of: plan, scenario: scenario, worker: id))
            let workers = try #require(json["workers"] as? [[String: Any]])
            #expect(workers.count == 1 && workers.first?["id"] as? String == id)
            let families = try #require(workers.first?["families"] as? [[String: Any]])
            #expect(families.map { $0["case"] as? String } == entry.lines.map(\.caseID))
            #expect(families.map { $0["role"] as? String } == entry.lines.map(\.role.rawValue))
            #expect(families.map { $0["change"] as? String } == entry.lines.map(\.change.rawValue))
            let away = try #require(workers.first?["handed_away"] as? [[String: Any]])
            #expect(away.map { $0["case"] as? String } == entry.handedAway.map(\.caseID))
            #expect((json["assignments"] as? [Any])?.count == plan.assignments.count, "the other fields stay whole")

            let rows = Self.records(PlanCSV.render(plan, scenario: scenario, worker: id))
            #expect(rows.filter { $0["section"] == "worker" }.map { $0["worker"] } == [id])
            #expect(rows.filter { $0["section"] == "family" }.map { $0["case"]! } == entry.lines.map(\.caseID))
            #expect(rows.filter { $0["section"] == "family" }.allSatisfy { $0["worker"] == id })
            #expect(rows.filter { $0["section"] == "handed-away" }.map { $0["case"]! } == entry.handedAway.map(\.caseID))
            #expect(rows.filter { $0["section"] == "handover" }.count == handovers.count)
            #expect(!rows.contains { $0["section"] == "waiting" })
            #expect(
                rows.filter { $0["section"] == "stand-in" }.allSatisfy { $0["from"] == id || $0["to"] == id },
                "only the stand-ins that concern them")
        }
    }

    @Test("a worker the plan does not have: the table says so, the JSON lists no worker")
    func unknownWorker() throws {
        let (scenario, plan) = Self.planned[0]
        #expect(PlanReport(plan: plan, scenario: scenario, worker: "nobody").render().hasSuffix("no worker nobody in this plan\n"))
        let json = try Self.json(PlanJSON.value(of: plan, scenario: scenario, worker: "nobody"))
        #expect((json["workers"] as? [Any])?.isEmpty == true)
    }

    @Test("the JSON: every worker's families add up to their planned hours, every served family under its lead")
    func jsonFamilies() throws {
        for (scenario, plan) in Self.planned {
            let json = try Self.json(PlanJSON.value(of: plan, scenario: scenario))
            let workers = try #require(json["workers"] as? [[String: Any]])
            #expect(workers.map { $0["id"] as? String } == plan.workers.map(\.id), "the plan's order, as before")
            var leads: [String: String] = [:]
            for w in workers {
                let families = try #require(w["families"] as? [[String: Any]])
                let sum = families.reduce(0.0) { $0 + (($1["hours"] as? NSNumber)?.doubleValue ?? .nan) }
                #expect(abs(sum - ((w["planned_hours"] as? NSNumber)?.doubleValue ?? .nan)) < 1e-6, "\(w["id"]!)")
                for f in families where f["role"] as? String == "lead" { leads[f["case"] as! String] = w["id"] as? String }
                for f in families {
                    let keys = Set(f.keys)
                    #expect(keys.isSuperset(of: ["case", "framework", "phase", "role", "hours", "change"]))
                    #expect(
                        keys.subtracting([
                            "case", "framework", "phase", "role", "hours", "change", "kinds", "from", "reason", "for", "away_hours",
                        ]).isEmpty)
                }
            }
            #expect(leads == Dictionary(uniqueKeysWithValues: plan.assignments.map { ($0.caseID, $0.lead) }))
            // Without the scenario there are no people of record: the entries are as before.
            let bare = try Self.json(PlanJSON.value(of: plan))
            #expect((bare["workers"] as? [[String: Any]])?.allSatisfy { $0["families"] == nil } == true)
        }
    }

    @Test("the CSV: a row per worker, family line, family handed away, waiting family, handover, proposal move, stand-in, uncovered")
    func csvSections() {
        for (scenario, plan) in Self.planned {
            let csv = PlanCSV.render(plan, scenario: scenario)
            let rows = Self.parse(csv)
            #expect(rows.first == PlanRows.fields.map(\.rawValue))
            #expect(rows.dropFirst().allSatisfy { $0.count == PlanRows.fields.count }, "every row as wide as the header")
            let roster = Roster(plan: plan, scenario: scenario)
            var counts: [String: Int] = [:]
            for r in rows.dropFirst() { counts[r[0], default: 0] += 1 }
            #expect(counts["worker", default: 0] == plan.workers.count)
            #expect(counts["family", default: 0] == roster.entries.reduce(0) { $0 + $1.lines.count })
            #expect(counts["handed-away", default: 0] == roster.entries.reduce(0) { $0 + $1.handedAway.count })
            #expect(counts["waiting", default: 0] == plan.waiting.count)
            #expect(counts["handover", default: 0] == plan.handovers.count)
            #expect(counts["proposal", default: 0] == plan.proposals.reduce(0) { $0 + $1.moves.count })
            #expect(counts["stand-in", default: 0] == plan.standIns.count)
            #expect(counts["uncovered", default: 0] == plan.uncovered.count)
            // Each section fills no column outside its own.
            for r in PlanRows(plan: plan, scenario: scenario).rows {
                #expect(Set(r.cells.keys).isSubset(of: PlanRows.fields(of: r.section)), "\(r.section)")
            }
        }
    }
}
