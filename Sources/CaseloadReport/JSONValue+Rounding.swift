extension JSONValue {
    /// `x` rounded to 4 decimals, as the reports' JSON carries scores and shares: finer than any
    /// figure a manager reads, and free of the last bits that differ between runs of a sum.
    public static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
