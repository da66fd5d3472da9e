/// Gives a served duo another partner.
enum ChangePartnerMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard !space.servedCases.isEmpty else { return nil }
        guard let c = generator.pick(space.servedCases) else { return nil }
        let info = space.problem.caseFigures[c]
        guard info.duo, let old = space.state.choices[c] else { return nil }
        let pool = space.partnersByMunicipality[info.municipality]
        guard var partner = generator.pick(pool) else { return nil }
        if info.currentPartner >= 0, info.currentPartner != old.partner, generator.chance(30) { partner = info.currentPartner }
        guard partner != old.partner, space.mayPartner(partner, lead: old.lead, c) else { return nil }
        var choice = old
        choice.partner = partner
        for (d, w) in old.delegates.enumerated() where w == old.partner {
            guard space.problem.workerFigures[partner].does(space.problem.taskKind[info.firstTask + d]) else { return nil }
            choice.delegates[d] = partner
        }
        return [CaseloadSpace.Change(c: c, choice: choice)]
    }
}
