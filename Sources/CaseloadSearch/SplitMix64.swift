/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator that gives the same numbers on
/// every platform, unlike `SystemRandomNumberGenerator`, so a seed reproduces a run anywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A uniform index below `count` (which must be positive).
    public mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// A uniform element of `items`, or `nil` when there is none.
    public mutating func pick(_ items: [Int]) -> Int? { items.isEmpty ? nil : items[index(items.count)] }

    /// True with probability `percent` ∕ 100.
    public mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
}
