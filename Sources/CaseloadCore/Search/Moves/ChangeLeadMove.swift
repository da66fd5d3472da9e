import CaseloadSearch

/// Gives a served family another lead who may lead it; the current lead of record is drawn
/// more often, so the search finds its way back to continuity.
enum ChangeLeadMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard !space.servedCases.isEmpty else { return nil }
        guard let c = generator.pick(space.servedCases) else { return nil }
        guard let old = space.state.choices[c] else { return nil }
        let group = space.leadGroups[space.leadGroup[c]]
        guard var lead = generator.pick(group) else { return nil }
        let current = space.problem.caseFigures[c].currentLead
        if current >= 0, current != old.lead, generator.chance(30) { lead = current }
        guard lead != old.lead, let choice = space.replacingLead(old, of: c, with: lead) else { return nil }
        return [CaseloadSpace.Change(c: c, choice: choice)]
    }
}
