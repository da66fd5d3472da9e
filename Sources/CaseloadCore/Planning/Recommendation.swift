/// One way to serve a family in an existing plan, with what it does to the score.
public struct Recommendation: Hashable, Sendable {
    /// Another family's people changed to make room: the one-step ejection an option needs.
    public struct Ejection: Hashable, Sendable {
        /// The family moved.
        public var c: Int
        /// Its people now.
        public var from: CaseChoice
        /// Its people after the move; `nil`: it goes back on the waiting list, which an option
        /// asks only of a less urgent family (`ServeDisplacingMove.mayWait`).
        public var to: CaseChoice?
        /// The soft-score change of this move alone (its handover, or its waiting).
        public var delta: Double

        /// Whether the family goes back on the waiting list.
        public var waits: Bool { to == nil }
    }

    /// The family's people.
    public var choice: CaseChoice
    /// The move of another family this option needs, if any.
    public var ejection: Ejection?
    /// Whether these are the family's people in the plan already.
    public var isCurrent: Bool
    /// The soft-score change against the plan as it is: lower is better.
    public var delta: Double
    /// Term by term, the score after the option minus the score before.
    public var effect: Score

    /// The changes that carry the option out, the ejection first.
    public func changes(for c: Int) -> [CaseloadSpace.Change] {
        var result: [CaseloadSpace.Change] = []
        if let ejection { result.append(CaseloadSpace.Change(c: ejection.c, choice: ejection.to)) }
        result.append(CaseloadSpace.Change(c: c, choice: choice))
        return result
    }
}
