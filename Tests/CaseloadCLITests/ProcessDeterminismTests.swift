import CaseloadTestSupport
import Foundation
import Testing

/// Same input and seed give the same plan (docs/commands.md), across processes: Swift seeds `Set` and
/// `Dictionary` hashing per process, so an order that depends on them shows only between two
/// processes, never between two runs in one.
@Suite struct ProcessDeterminismTests {
    static func plan(seed: Int) -> [String] {
        ["plan", "--scenario", Fixtures.foodvalley, "--seed", "\(seed)", "--format", "json"] + Fixtures.moves(20000)
    }

    /// The plan's JSON with the solver's clock readings masked: its seconds, the construction's,
    /// and the time of each improvement in its trace (the trace's scores stay).
    static func masked(_ json: String) throws -> String {
        let seconds = try NSRegularExpression(pattern: #"("(construction_)?seconds": )[-0-9.eE+]+"#)
        let trace = try NSRegularExpression(pattern: #"(?m)^(\s*\[)[-0-9.eE+]+(, [-0-9.eE+]+\],?)$"#)
        var text = seconds.stringByReplacingMatches(in: json, range: NSRange(json.startIndex..., in: json), withTemplate: "$1#")
        text = trace.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1#$2")
        return text
    }

    /// The first line where `a` and `b` differ, or nil.
    static func firstDifference(_ a: String, _ b: String) -> String? {
        let (x, y) = (
            a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false)
        )
        for i in 0..<max(x.count, y.count) where i >= x.count || i >= y.count || x[i] != y[i] {
            return "line \(i + 1): \(i < x.count ? String(x[i]) : "(end)") | \(i < y.count ? String(y[i]) : "(end)")"
        }
        return nil
    }

    @Test func twoProcessesPrintTheSameBytes() throws {
        let first = try TestProcess.run(Self.plan(seed: 7))
        let second = try TestProcess.run(Self.plan(seed: 7))
        #expect(first.status == 0 && !first.crashed, "\(first.errors)")
        #expect(second.status == 0 && !second.crashed, "\(second.errors)")
        let (a, b) = (try Self.masked(first.text), try Self.masked(second.text))
        // The mask took the clock readings and only them.
        #expect(a.contains("\"seconds\": #") && a.contains("\"construction_seconds\": #"))
        #expect(a.contains("\"trace\": [\n      [#, "))
        #expect(a.utf8.count > 50_000, "a whole plan")
        #expect(Self.firstDifference(a, b) == nil)
    }

    @Test func anotherSeedGivesAnotherPlan() throws {
        func plan(_ seed: Int) throws -> [String: Any] {
            let run = try TestProcess.run(Self.plan(seed: seed))
            #expect(run.status == 0, "\(run.errors)")
            return try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        }
        let (seven, eight) = (try plan(7), try plan(8))
        // Not only the seed printed in the solver's block: who serves which family.
        let assignments = (try #require(seven["assignments"] as? [Any]), try #require(eight["assignments"] as? [Any]))
        #expect(!assignments.0.isEmpty)
        #expect(NSArray(array: assignments.0) != NSArray(array: assignments.1), "seeds 7 and 8 planned the same")
    }
}
