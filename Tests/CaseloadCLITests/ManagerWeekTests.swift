import CaseloadTestSupport
import Foundation
import Testing

/// A team manager's week through the binary, as issue 29 tells it: load, plan, read, pin two
/// families, plan, approve, re-import a partial staff and cases file, approve an older plan —
/// nothing lost, and every number the same in every command that shows it.
@Suite struct ManagerWeekTests {
    /// `caseload ARGUMENTS --db DB` as a process; fails the test on an unexpected exit code.
    static func caseload(
        _ arguments: [String], db: String, expect status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        // The English texts, whose words the assertions read; the Dutch ones are checked where they are made.
        let outcome = try TestProcess.run(arguments + ["--db", db, "--lang", "en"], sourceLocation: sourceLocation)
        #expect(
            outcome.status == status, "caseload \(arguments.joined(separator: " ")): \(outcome.errors)", sourceLocation: sourceLocation)
        return outcome.status == 0 ? outcome.text : outcome.errors
    }

    static func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }

    /// Lead and partner per served family, from a plan as JSON.
    static func people(_ plan: [String: Any]) -> [String: [String?]] {
        var result: [String: [String?]] = [:]
        for a in plan["assignments"] as? [[String: Any]] ?? [] {
            result[a["case"] as! String] = [a["lead"] as? String, a["partner"] as? String]
        }
        return result
    }

    /// The figures one plan shows in `plans`, `show`, `explain score` and `capacity` agree with
    /// the plan's own JSON.
    static func expectOneTruth(plan id: Int, current: Bool, db: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let shown = try json(try caseload(["show", "--plan", "\(id)", "--format", "json"], db: db))
        let score = try #require(shown["score"] as? [String: Any])
        let soft = try #require(score["soft"] as? Double, sourceLocation: sourceLocation)
        let handovers = (shown["handovers"] as? [Any])?.count ?? -1
        let waiting = (shown["waiting"] as? [Any])?.count ?? -1
        let served = (shown["assignments"] as? [Any])?.count ?? -1
        #expect(score["handovers"] as? Int == handovers, "S2 counts the handovers listed", sourceLocation: sourceLocation)
        // The list of plans shows the same score, handovers and counts.
        let line = try #require(
            try caseload(["plans"], db: db).split(separator: "\n").first { $0.dropFirst(3).hasPrefix("\(id) ") },
            sourceLocation: sourceLocation)
        let fields = line.dropFirst(3).split(separator: " ").map(String.init)
        #expect(
            fields[4] == "\(served)" && fields[5] == "\(waiting)" && fields[6] == "\(handovers)", "\(line)", sourceLocation: sourceLocation)
        #expect(fields[7] == String(format: "%.1f", soft), "\(line)", sourceLocation: sourceLocation)
        // The score analysis rescored from the plan and the record it was made against.
        let analysis = try json(try caseload(["explain", "score", "--plan", "\(id)", "--format", "json"], db: db))
        let rescored = try #require((analysis["score"] as? [String: Any])?["soft"] as? Double, sourceLocation: sourceLocation)
        #expect(abs(rescored - soft) < 0.01, "explain \(rescored) vs plan \(soft)", sourceLocation: sourceLocation)
        // Capacity counts the families as the plan holds them.
        let outlook = try json(try caseload(["capacity", "--plan", "\(id)", "--weeks", "1", "--format", "json"], db: db))
        var held = 0
        var unassigned = 0
        for organisation in outlook["organisations"] as? [[String: Any]] ?? [] {
            let families = ((organisation["weeks"] as? [[String: Any]])?.first?["families"] as? Int) ?? 0
            if organisation["organisation"] as? String == "(unassigned)" { unassigned = families } else { held += families }
        }
        #expect(held == served && unassigned == waiting, "capacity \(held)/\(unassigned)", sourceLocation: sourceLocation)
        if current {
            let plain = try json(try caseload(["show", "--format", "json"], db: db))
            #expect(people(plain) == people(shown), "show without --plan is plan \(id)", sourceLocation: sourceLocation)
        }
    }

    @Test func aManagersWeekLosesNothingAndEveryNumberAgrees() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("team.sqlite").path
        let moves = Fixtures.moves(20_000)
        _ = try Self.caseload(["load", Fixtures.foodvalley], db: db)

        // Plan: a draft, exactly what the manager reads; nothing is current yet.
        let first = try Self.json(try Self.caseload(["plan", "--format", "json"] + moves, db: db))
        #expect(try Self.caseload(["plans"], db: db).contains("draft"))
        try Self.expectOneTruth(plan: 1, current: false, db: db)
        #expect(try Self.caseload(["show"], db: db, expect: 65).contains("no plan approved yet"))

        // Pin two families: one to its own lead, another to a colleague the recommender offers.
        let assignments = try #require(first["assignments"] as? [[String: Any]]).filter { $0["partner"] == nil }
        let served = try #require(assignments.first)
        let keep = try #require(served["case"] as? String)
        _ = try Self.caseload(["pin", keep], db: db)
        var given: (family: String, lead: String)?
        for assignment in assignments.dropFirst().prefix(40) {
            let family = try #require(assignment["case"] as? String)
            let options = try Self.json(try Self.caseload(["recommend", family, "--format", "json", "--no-moves"], db: db))
            let other = (options["options"] as? [[String: Any]])?.compactMap { $0["lead"] as? String }.first {
                $0 != assignment["lead"] as? String
            }
            if let other {
                given = (family, other)
                break
            }
        }
        let pinned = try #require(given, "no family has another lead on offer")
        let out = try Self.caseload(["pin", pinned.family, "--lead", pinned.lead], db: db)
        #expect(out.contains("the next plan hands it over, reason pinned"))
        #expect(try Self.caseload(["pin", keep, "--lead", "jbg-07"], db: db, expect: 65).contains("H1"))

        // Plan again, keeping both pins; approve that very draft.
        let second = try Self.json(try Self.caseload(["plan", "--format", "json"] + moves, db: db))
        let locks = try #require(second["locks"] as? [[String: Any]])
        #expect(
            Set(locks.filter { $0["kept"] as? Bool == true }.compactMap { $0["case"] as? String }).isSuperset(of: [keep, pinned.family]))
        #expect(Self.people(second)[pinned.family]?.first == pinned.lead)
        #expect(Self.people(second)[keep]?.first == served["lead"] as? String)
        let handovers = try #require(second["handovers"] as? [[String: Any]])
        #expect(handovers.contains { $0["case"] as? String == pinned.family && $0["reason"] as? String == "pinned" })
        #expect(try Self.caseload(["approve"], db: db).contains("approved plan 2"))
        try Self.expectOneTruth(plan: 2, current: true, db: db)
        #expect(try Self.caseload(["explain", pinned.family], db: db).contains("pinned to lead \(pinned.lead)"))
        // The Monday list of one worker: their families only, the pinned one among them.
        let one = try Self.json(try Self.caseload(["show", "--worker", pinned.lead, "--format", "json"], db: db))
        let entries = try #require(one["workers"] as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == [pinned.lead])
        let families = entries.first?["families"] as? [[String: Any]] ?? []
        #expect(families.contains { $0["case"] as? String == pinned.family && $0["role"] as? String == "lead" })
        #expect(try Self.caseload(["show", "--worker", "nobody"], db: db, expect: 64).contains("no worker"))

        // A partial re-import: the columns it leaves out keep their values.
        let before = try Self.json(try Self.caseload(["show", "--format", "json"], db: db))
        let staff = try write(directory, "staff.csv", "id;hours\njbg-01;30\n")
        let cases = try write(directory, "cases.csv", "id;priority\n\(keep);1\n")
        _ = try Self.caseload(["import", "staff", staff], db: db)
        _ = try Self.caseload(["import", "cases", cases], db: db)
        // Nothing lost: skills, pins and the people of record are as they were.
        let third = try Self.json(try Self.caseload(["plan", "--format", "json"] + moves, db: db))
        let thirdLocks = try #require(third["locks"] as? [[String: Any]]).compactMap { $0["case"] as? String }
        #expect(Set(thirdLocks).isSuperset(of: [keep, pinned.family]))
        #expect((third["handovers"] as? [Any])?.isEmpty == true, "no family changes hands after a partial re-import")
        #expect(Self.people(third)[pinned.family]?.first == pinned.lead)

        // Approve the older plan 2 again: current once more, its people the record, figures unchanged.
        _ = try Self.caseload(["approve", "3"], db: db)
        let back = try Self.caseload(["approve", "2"], db: db)
        #expect(back.contains("approved plan 2"))
        let restored = try Self.json(try Self.caseload(["show", "--format", "json"], db: db))
        #expect(Self.people(restored) == Self.people(before))
        try Self.expectOneTruth(plan: 2, current: true, db: db)
        // Plan 1 kept neither pin: approving it would lose them, so it is refused.
        #expect(try Self.caseload(["approve", "1"], db: db, expect: 65).contains("H9"))
        #expect(try Self.caseload(["check"], db: db).contains("plan 1 (2026-W48), draft: ok"))
    }

    func write(_ directory: URL, _ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
