import CaseloadSearch

extension CaseloadSpace {
    /// Whether worker `w` may lead case `c` before hours and norms: H1, H2, H6, H7, H10.
    func mayLead(_ w: Int, _ c: Int) -> Bool { problem.mayLead(w, c) }

    /// Whether `p` may partner `lead` on duo case `c` before hours and norms: H5, H7, H11.
    func mayPartner(_ p: Int, lead: Int, _ c: Int) -> Bool { problem.mayPartner(p, lead: lead, c) }

    /// A whole choice for waiting case `c` led by `lead`: the current partner and supporters
    /// when they have room, else the roomiest of a few drawn at random; `nil` when no partner or
    /// no one for a delegable task is found.
    func choice(for c: Int, lead: Int, using generator: inout SplitMix64) -> CaseChoice? {
        let info = problem.caseFigures[c]
        var partner: Int?
        if info.duo {
            let current = info.currentPartner
            if current >= 0, mayPartner(current, lead: lead, c), hasNormRoom(current, children: info.children),
                room(current) >= info.partnerUnits
            {
                partner = current
            } else {
                guard
                    let roomiest = roomiest(
                        partnersByMunicipality[info.municipality], need: info.partnerUnits, using: &generator,
                        accept: {
                            mayPartner($0, lead: lead, c) && hasNormRoom($0, children: info.children)
                        })
                else { return nil }
                partner = roomiest
            }
        }
        var delegates: [Int] = []
        delegates.reserveCapacity(info.taskCount)
        for slot in info.firstTask..<(info.firstTask + info.taskCount) {
            let kind = problem.taskKind[slot], units = problem.taskUnits[slot], current = problem.taskCurrent[slot]
            if current >= 0, problem.maySupport(current, kind: kind, lead: lead), room(current) >= units {
                delegates.append(current)
                continue
            }
            let supporter = roomiest(supporters(of: kind, lead: lead), need: units, using: &generator) { _ in true }
            if let supporter {
                delegates.append(supporter)
            } else if problem.workerFigures[lead].does(kind) {
                delegates.append(lead)
            } else if let partner, problem.workerFigures[partner].does(kind) {
                delegates.append(partner)
            } else {
                return nil
            }
        }
        return CaseChoice(lead: lead, partner: partner, delegates: delegates)
    }

    /// `choice` of case `c` with `lead` in place of its lead; the old lead's fallback tasks go to
    /// the new lead, or to the partner when the new lead may not do them, and so do the tasks of
    /// supporters who may not see a family led from the new lead's organisation (H11).
    func replacingLead(_ choice: CaseChoice, of c: Int, with lead: Int) -> CaseChoice? {
        guard lead != choice.partner, mayLead(lead, c) else { return nil }
        if let partner = choice.partner, !mayPartner(partner, lead: lead, c) { return nil }
        var result = choice
        result.lead = lead
        let first = problem.caseFigures[c].firstTask
        let sameOrganisation = problem.workerFigures[lead].organisation == problem.workerFigures[choice.lead].organisation
        for (d, w) in choice.delegates.enumerated()
        where w == choice.lead
            || (!sameOrganisation && w != choice.partner && !problem.maySupport(w, kind: problem.taskKind[first + d], lead: lead))
        {
            let kind = problem.taskKind[first + d]
            if problem.workerFigures[lead].does(kind) {
                result.delegates[d] = lead
            } else if let partner = choice.partner, problem.workerFigures[partner].does(kind) {
                result.delegates[d] = partner
            } else {
                return nil
            }
        }
        return result
    }

    /// Duo `choice` of case `c` with `partner` in place of its partner; the old partner's tasks
    /// go to the new one, or `nil` when the new one may not partner the lead or do them.
    func replacingPartner(_ choice: CaseChoice, of c: Int, with partner: Int) -> CaseChoice? {
        guard choice.partner != nil, partner != choice.partner, mayPartner(partner, lead: choice.lead, c) else { return nil }
        var result = choice
        result.partner = partner
        let first = problem.caseFigures[c].firstTask
        for (d, w) in choice.delegates.enumerated() where w == choice.partner {
            guard problem.workerFigures[partner].does(problem.taskKind[first + d]) else { return nil }
            result.delegates[d] = partner
        }
        return result
    }

    /// The supporters who may do task kind `kind` for a family led by `lead` (H2, H11).
    func supporters(of kind: Int, lead: Int) -> [Int] {
        problem.candidates.supporters(of: kind, leadOrganisation: problem.workerFigures[lead].organisation)
    }

    /// A lead for case `c` drawn from its group, other than `except`: the first of up to four
    /// draws with the hours and norm place the case needs, else the last draw. Random leads on a
    /// full region are mostly full; four looks find one with room far more often than one.
    func lead(for c: Int, except: Int = -1, using generator: inout SplitMix64) -> Int? {
        let group = leadGroups[leadGroup[c]]
        guard !group.isEmpty else { return nil }
        let figures = problem.caseFigures[c]
        var pick = -1
        for _ in 0..<4 {
            pick = group[generator.index(group.count)]
            if pick != except && room(pick) >= figures.leadUnits && hasNormRoom(pick, children: figures.children) {
                return pick
            }
        }
        return pick == except ? nil : pick
    }

    /// Of up to four workers drawn from `candidates` that pass `accept` and have `need` units
    /// left, the one with the most room relative to their limit; `nil` when none.
    func roomiest(_ candidates: [Int], need: Int, using generator: inout SplitMix64, accept: (Int) -> Bool) -> Int? {
        guard !candidates.isEmpty else { return nil }
        var best: Int?
        var bestShare = -Double.infinity
        for _ in 0..<min(4, candidates.count) {
            let w = candidates[generator.index(candidates.count)]
            let left = room(w)
            guard left >= need, accept(w) else { continue }
            let share = Double(left - need) / Double(max(1, problem.workerFigures[w].limit))
            if share > bestShare {
                best = w
                bestShare = share
            }
        }
        return best
    }
}
