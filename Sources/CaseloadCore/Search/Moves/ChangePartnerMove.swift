import CaseloadSearch

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
        guard let choice = space.replacingPartner(old, of: c, with: partner) else { return nil }
        return [CaseloadSpace.Change(c: c, choice: choice)]
    }
}
