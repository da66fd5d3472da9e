/// Prices every item of one 0-1 knapsack at once: the best total within the capacity with the
/// item forced in, and how much the best falls with it left out (the Lagrangian reduced costs
/// that Posta, Ferland & Michelon (2012) fix GAP variables by, also from a dynamic programme).
///
/// From the tables over the items before each one (kept) and after it (one table, built
/// backwards): with `F_k` the best over the items before `k` and `G_k` over those after it, the
/// best without item `k` within `w` is `max_c F_k(c) + G_k(w - c)`. An item in a best packing
/// loses nothing forced in; one outside it loses nothing left out: so each item needs one such
/// maximum, and a pass sweeps the table about three times per item where the plain one sweeps
/// it once.
struct KnapsackPricing {
    /// Per item of the last `price`, its best with it forced in.
    private(set) var forced: [Double] = []
    /// Per item of the last `price`, how much the best falls with it left out: 0 unless every
    /// best packing holds it.
    private(set) var loss: [Double] = []
    /// `prefix[k * (capacity + 1) + c]`: the best over the first `k` items within `c`.
    private var prefix: [Double] = []
    private var suffix: [Double] = []
    private var packed: [Bool] = []

    /// Prices items of positive `profits` and `weights` at most `capacity` (`forced`, `loss`),
    /// writes the best within every weight `0...capacity` to `table[base...]`, and returns the
    /// best within `capacity`.
    mutating func price(
        weights: [Int], profits: [Double], capacity: Int, into table: inout [Double], at base: Int
    ) -> Double {
        let count = weights.count, width = capacity + 1
        prefix.removeAll(keepingCapacity: true)
        prefix.append(contentsOf: repeatElement(0, count: (count + 1) * width))
        for k in 0..<count {
            let w = weights[k], p = profits[k], from = k * width, to = from + width
            for c in 0..<width { prefix[to + c] = prefix[from + c] }
            var c = capacity
            while c >= w {
                let candidate = prefix[from + c - w] + p
                if candidate > prefix[to + c] { prefix[to + c] = candidate }
                c -= 1
            }
        }
        let last = count * width
        for c in 0..<width { table[base + c] = prefix[last + c] }
        let top = prefix[last + capacity]
        // One best packing, traced back.
        packed.removeAll(keepingCapacity: true)
        packed.append(contentsOf: repeatElement(false, count: count))
        var left = capacity
        for k in stride(from: count - 1, through: 0, by: -1) where prefix[(k + 1) * width + left] != prefix[k * width + left] {
            packed[k] = true
            left -= weights[k]
        }
        forced.removeAll(keepingCapacity: true)
        forced.append(contentsOf: repeatElement(0, count: count))
        loss.removeAll(keepingCapacity: true)
        loss.append(contentsOf: repeatElement(0, count: count))
        suffix.removeAll(keepingCapacity: true)
        suffix.append(contentsOf: repeatElement(0, count: width))
        for k in stride(from: count - 1, through: 0, by: -1) {
            let w = weights[k], p = profits[k], from = k * width
            if packed[k] {
                var without = 0.0
                for c in 0..<width { without = max(without, prefix[from + c] + suffix[capacity - c]) }
                forced[k] = top
                if top - without > 1e-9 { loss[k] = top - without }
            } else {
                var rest = 0.0
                for c in 0...(capacity - w) { rest = max(rest, prefix[from + c] + suffix[capacity - w - c]) }
                forced[k] = p + rest
            }
            var c = capacity
            while c >= w {
                let candidate = suffix[c - w] + p
                if candidate > suffix[c] { suffix[c] = candidate }
                c -= 1
            }
        }
        return top
    }
}
