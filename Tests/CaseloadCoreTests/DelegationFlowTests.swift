import CaseloadSearch
import Testing

@testable import CaseloadCore

@Suite("Delegation flow")
struct DelegationFlowTests {
    typealias Supporter = DelegationFlow.Supporter

    @Test func nothingFallsBackWhenSupportersHaveRoom() {
        let flow = DelegationFlow(
            demand: ["admin": 10, "legal": 4],
            supporters: [Supporter(kinds: ["admin"], hours: 12), Supporter(kinds: ["legal", "admin"], hours: 4)])
        #expect(flow.delegableHours == 14)
        #expect(flow.absorbedHours == 14)
        #expect(flow.fallbackHours == 0)
    }

    @Test func oneSupporterForTwoKindsCountsOnce() {
        // Each kind alone fits the supporter; together they do not.
        let flow = DelegationFlow(demand: ["admin": 30, "legal": 30], supporters: [Supporter(kinds: ["admin", "legal"], hours: 40)])
        #expect(flow.fallbackHours == 20)
    }

    @Test func routesAroundTheSupporterWithOneKind() {
        // A greedy that gives the two-kind supporter admin first leaves legal short; the flow does not.
        let flow = DelegationFlow(
            demand: ["admin": 10, "legal": 10],
            supporters: [Supporter(kinds: ["admin", "legal"], hours: 10), Supporter(kinds: ["admin"], hours: 10)])
        #expect(flow.fallbackHours == 0)
    }

    @Test func kindNobodyListsFallsBackWhole() {
        let flow = DelegationFlow(demand: ["placement": 3.5, "admin": 1], supporters: [Supporter(kinds: ["admin"], hours: 8)])
        #expect(abs(flow.fallbackHours - 3.5) < 1e-9)
    }

    @Test func noDemandNoFallback() {
        #expect(DelegationFlow(demand: [:], supporters: []).fallbackHours == 0)
        #expect(DelegationFlow(demand: ["admin": 0], supporters: []).fallbackHours == 0)
    }

    /// The flow against the min-cut it must equal: for every set S of kinds, what is not in S
    /// plus the hours of every supporter who lists a kind in S.
    @Test(arguments: 0..<200)
    func equalsTheSmallestCut(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let kinds = ["admin", "legal", "placement", "transport"].prefix(Int.random(in: 1...4, using: &rng)).map { $0 }
        var demand: [String: Double] = [:]
        for kind in kinds where Int.random(in: 0..<4, using: &rng) > 0 { demand[kind] = Double(Int.random(in: 0...40, using: &rng)) / 4 }
        let supporters = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
            Supporter(
                kinds: Set(kinds.filter { _ in Bool.random(using: &rng) }), hours: Double(Int.random(in: 0...40, using: &rng)) / 4)
        }
        var smallestCut = Double.infinity
        for mask in 0..<(1 << kinds.count) {
            let inside = Set(kinds.indices.filter { mask & (1 << $0) != 0 }.map { kinds[$0] })
            let outside = kinds.filter { !inside.contains($0) }.reduce(0) { $0 + (demand[$1] ?? 0) }
            let reached = supporters.filter { !$0.kinds.isDisjoint(with: inside) }.reduce(0) { $0 + $1.hours }
            smallestCut = min(smallestCut, outside + reached)
        }
        let flow = DelegationFlow(demand: demand, supporters: supporters)
        #expect(abs(flow.absorbedHours - smallestCut) < 1e-9)
        #expect(flow.fallbackHours >= 0 && flow.fallbackHours <= flow.delegableHours)
    }
}
