import CaseloadSearch

/// Swaps the leads of two served families: how two full workers trade hours or norm places.
enum SwapLeadsMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard !space.servedCases.isEmpty else { return nil }
        guard let a = generator.pick(space.servedCases) else { return nil }
        guard let first = space.state.choices[a] else { return nil }
        let group = space.leadGroups[space.leadGroup[a]]
        guard let other = generator.pick(group) else { return nil }
        let theirs = space.ledCases[other]
        guard other != first.lead, !theirs.isEmpty else { return nil }
        guard let b = generator.pick(theirs) else { return nil }
        guard let second = space.state.choices[b],
            let newFirst = space.replacingLead(first, of: a, with: second.lead),
            let newSecond = space.replacingLead(second, of: b, with: first.lead)
        else { return nil }
        return [CaseloadSpace.Change(c: a, choice: newFirst), CaseloadSpace.Change(c: b, choice: newSecond)]
    }
}
