import Foundation

/// A mean over replications with its 95 % confidence interval (Student t).
public struct Estimate: Hashable, Sendable {
    /// The mean.
    public var mean: Double
    /// Lower end of the 95 % interval.
    public var low: Double
    /// Upper end of the 95 % interval.
    public var high: Double
    /// How many values it rests on.
    public var count: Int

    /// Creates an estimate.
    public init(mean: Double, low: Double, high: Double, count: Int) {
        self.mean = mean
        self.low = low
        self.high = high
        self.count = count
    }

    /// The mean and 95 % interval of `values`; non-finite values (a replication with no
    /// family to measure) are left out.
    public init(_ values: [Double]) {
        let xs = values.filter(\.isFinite)
        count = xs.count
        guard !xs.isEmpty else {
            (mean, low, high) = (.nan, .nan, .nan)
            return
        }
        // Summed in a fixed order, so the same values give the same bits.
        let m = xs.reduce(0, +) / Double(xs.count)
        mean = m
        guard xs.count > 1 else {
            (low, high) = (m, m)
            return
        }
        let variance = xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)
        let half = Self.t975(degreesOfFreedom: xs.count - 1) * (variance / Double(xs.count)).squareRoot()
        (low, high) = (m - half, m + half)
    }

    /// Whether `x` lies inside the interval.
    public func contains(_ x: Double) -> Bool { low <= x && x <= high }

    /// The 97.5 % quantile of Student's t: exact to three decimals from a table up to 30
    /// degrees of freedom, then the Cornish–Fisher expansion around the normal quantile.
    static func t975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
            2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
        ]
        if df >= 1 && df <= table.count { return table[df - 1] }
        let z = 1.959964
        let n = Double(df)
        let z3 = z * z * z
        let z5 = z3 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
    }
}
