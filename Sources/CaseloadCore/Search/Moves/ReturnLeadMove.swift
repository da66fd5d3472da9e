import CaseloadSearch

/// Gives a family back to its current lead. When that lead is full, one of the lead's families
/// that is not theirs of record moves on (to its own lead of record when it has one), so that
/// the rotations serving waiting families leave behind are undone in pairs.
enum ReturnLeadMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard !space.servedCases.isEmpty else { return nil }
        for _ in 0..<8 {
            guard let c = generator.pick(space.servedCases) else { return nil }
            let home = space.problem.caseFigures[c].currentLead
            guard home >= 0, let old = space.state.choices[c], old.lead != home,
                let choice = space.replacingLead(old, of: c, with: home)
            else { continue }
            let back = CaseloadSpace.Change(c: c, choice: choice)
            if space.fits(c, choice) { return [back] }
            guard let victim = ejectable(from: home, in: space, using: &generator), let theirs = space.state.choices[victim]
            else { return nil }
            var target = space.problem.caseFigures[victim].currentLead
            if target < 0 || target == home {
                let group = space.leadGroups[space.leadGroup[victim]]
                guard let other = generator.pick(group) else { return nil }
                target = other
            }
            guard target != home, let moved = space.replacingLead(theirs, of: victim, with: target) else { return nil }
            return [CaseloadSpace.Change(c: victim, choice: moved), back]
        }
        return nil
    }

    /// One of `lead`'s families that `lead` is not the lead of record for, found by a few draws;
    /// else any of them.
    static func ejectable(from lead: Int, in space: CaseloadSpace, using generator: inout SplitMix64) -> Int? {
        let cases = space.ledCases[lead]
        guard var pick = generator.pick(cases) else { return nil }
        for _ in 0..<3 where space.problem.caseFigures[pick].currentLead == lead {
            pick = cases[generator.index(cases.count)]
        }
        return pick
    }
}
