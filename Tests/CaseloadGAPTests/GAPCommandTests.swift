import CaseloadTestSupport
import Foundation
import Testing

/// `caseload-gap`, the GAP benchmark's own executable, run as a process: the report a solve
/// prints and the exit codes of a manager's `caseload` (64 usage, 65 bad input, 66 no file).
@Suite("caseload-gap command")
struct GAPCommandTests {
    /// Runs `caseload-gap ARGUMENTS`: its exit status and what it printed on stdout.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outcome = try TestProcess.run(arguments, executable: "caseload-gap")
        return (outcome.status, outcome.text)
    }

    /// Writes `text` to a new temporary file.
    static func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gap-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Two agents, three jobs. Agent 0 may hold 10, agent 1 holds 8. Job costs 3 2 5 on agent 0
    /// and 4 6 1 on agent 1; every job needs 5 of agent 0 or 4 of agent 1. The cheapest choices
    /// (jobs 0 and 1 on agent 0, job 2 on agent 1) cost 3 + 2 + 1 = 6 and fit: 10 of 10, 4 of 8.
    static let small = "2 3\n3 2 5\n4 6 1\n5 5 5\n4 4 4\n10 8\n"

    // The solves stop at the proof, in milliseconds: their time limit only guards against a hang.

    @Test func solvesAndReportsAsJSON() throws {
        let path = try Self.file(Self.small)
        let (status, output) = try Self.run([path, "--time-limit", "600", "--threads", "1", "--format", "json"])
        #expect(status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["objective"] as? Int == 6)
        #expect(json["bound"] as? Int == 6)
        #expect(json["feasible"] as? Bool == true)
        #expect(json["agents"] as? Int == 2 && json["jobs"] as? Int == 3)
        #expect(json["stop_reason"] as? String == "proven-optimal")
        for field in ["instance", "sense", "gap_to_bound_percent", "seconds", "moves", "tree_nodes", "early_repairs", "threads", "seed"] {
            #expect(json[field] != nil, "\(field)")
        }
    }

    @Test func maximisesWhenAsked() throws {
        // The dearest choices (job 0 on agent 1, job 1 on agent 1, job 2 on agent 0) cost
        // 4 + 6 + 5 = 15 and fit: 5 of 10, 8 of 8.
        let path = try Self.file(Self.small)
        let (status, output) = try Self.run([path, "--time-limit", "600", "--threads", "1", "--sense", "max"])
        #expect(status == 0)
        #expect(output.contains("objective     15"))
    }

    @Test func badCallsExitAsTheManagersCommandsDo() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).txt").path
        #expect(try Self.run([missing]).status == 66)
        #expect(try Self.run([try Self.file("2 3\n1 2 x\n")]).status == 65)
        #expect(try Self.run([try Self.file(Self.small), "--threads", "0"]).status == 64)
        #expect(try Self.run([try Self.file(Self.small), "--time-limit", "0"]).status == 64)
    }
}
