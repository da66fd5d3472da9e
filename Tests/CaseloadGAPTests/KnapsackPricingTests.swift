import Testing

import CaseloadSearch
@testable import CaseloadGAP

@Suite("Knapsack pricing")
struct KnapsackPricingTests {
    @Test("the table, each item's best forced in and its loss left out equal enumeration", arguments: 0..<60)
    func pricesEqualEnumeration(seed: Int) {
        var g = SplitMix64(seed: UInt64(seed))
        let count = Int(g.next() % 9), capacity = 1 + Int(g.next() % 30)
        // Small integer profits make ties, and so several best packings, common.
        let weights = (0..<count).map { _ in 1 + Int(g.next() % UInt64(capacity)) }
        let profits = (0..<count).map { _ in Double(1 + g.next() % 6) }
        var pricing = KnapsackPricing()
        var table = [Double](repeating: -1, count: capacity + 3)
        let top = pricing.price(weights: weights, profits: profits, capacity: capacity, into: &table, at: 2)
        func best(within w: Int, inside: Int? = nil, outside: Int? = nil) -> Double {
            var result = -Double.infinity
            for subset in 0..<(1 << count) {
                if let inside, subset & (1 << inside) == 0 { continue }
                if let outside, subset & (1 << outside) != 0 { continue }
                var weight = 0, profit = 0.0
                for k in 0..<count where subset & (1 << k) != 0 {
                    weight += weights[k]
                    profit += profits[k]
                }
                if weight <= w { result = max(result, profit) }
            }
            return result
        }
        #expect(top == best(within: capacity))
        #expect(table[0] == -1 && table[1] == -1, "writes start at the base")
        for c in 0...capacity { #expect(table[2 + c] == best(within: c), "seed \(seed) weight \(c)") }
        for k in 0..<count {
            #expect(pricing.forced[k] == best(within: capacity, inside: k), "seed \(seed) item \(k) forced in")
            #expect(pricing.loss[k] == top - best(within: capacity, outside: k), "seed \(seed) item \(k) left out")
        }
    }
}
