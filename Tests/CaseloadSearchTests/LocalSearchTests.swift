import Testing

@testable import CaseloadSearch

/// The local search engine on a space whose every move improves the cost by a fixed step.
@Suite("Local search engine")
struct LocalSearchTests {
    /// Every move lowers the cost by `step`, forever.
    struct Slope: SearchSpace {
        var step: Double
        var cost = 1_000_000.0
        var objective: Double { cost }
        var isFeasible: Bool { true }
        mutating func propose(using generator: inout SplitMix64) -> (move: Double, delta: Double)? { (-step, -step) }
        mutating func apply(_ move: Double) { cost += move }
        func snapshot() -> Double { cost }
        mutating func restore(_ snapshot: Double) { cost = snapshot }
    }

    @Test("gains under the significant gain improve the result but do not reset the unimproved limit", arguments: [0.001, 0.3])
    func significantGain(step: Double) {
        var limits = SearchLimits(unimprovedMoves: 100, maxMoves: 10_000)
        var space = Slope(step: step)
        let every = LocalSearch<Slope>(limits: limits).run(&space, seed: 1) { 0 }
        #expect(every.stop == .moveLimit)
        #expect(every.moves == 10_000)

        limits.significantGain = 1
        space = Slope(step: step)
        let counted = LocalSearch<Slope>(limits: limits).run(&space, seed: 1) { 0 }
        // The limit restarts only once the gains since it last restarted add up to 1.
        let movesPerPoint = Int((1 / step).rounded(.up))
        #expect(counted.stop == (movesPerPoint > 100 ? .unimproved : .moveLimit))
        #expect(counted.objective < 1_000_000 - step / 2)
        #expect(abs(counted.objective - (1_000_000 - Double(counted.moves) * step)) < 1e-6)
    }
}
