/// A set of hard rules, as a check returns the rules a choice would break: a bit set, so that
/// the planner's inner loops can ask a rule without allocating.
public struct HardRuleSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16

    /// Creates a set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The set holding `rule` alone.
    public init(_ rule: HardRule) { rawValue = 1 << UInt16(HardRule.allCases.firstIndex(of: rule)!) }

    /// Whether `rule` is in the set.
    public func contains(_ rule: HardRule) -> Bool { contains(HardRuleSet(rule)) }

    /// Adds `rule` when `broken`.
    public mutating func insert(_ rule: HardRule, if broken: Bool) { if broken { insert(HardRuleSet(rule)) } }

    /// The rules in the set, in the order of their ids.
    public var rules: [HardRule] { HardRule.allCases.filter(contains) }
}
