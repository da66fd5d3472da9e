import CaseloadSearch

/// Serves a waiting family. When its lead has no hours or norm place left, one of the lead's
/// other families is moved to another lead (an ejection chain of length two) or, now and then,
/// put on the waiting list in its place, which the score accepts only for a more urgent family.
enum ServeWaitingMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard let c = generator.pick(space.waitingCases) else { return nil }
        let info = space.problem.caseFigures[c]
        guard var lead = space.lead(for: c, using: &generator) else { return nil }
        if info.currentLead >= 0, generator.chance(50), space.mayLead(info.currentLead, c) { lead = info.currentLead }
        guard let choice = space.choice(for: c, lead: lead, using: &generator) else { return nil }
        let serve = CaseloadSpace.Change(c: c, choice: choice)
        if space.fits(c, choice) { return [serve] }

        guard let victim = ReturnLeadMove.ejectable(from: lead, in: space, using: &generator) else { return nil }
        if generator.chance(75) {
            guard let target = space.lead(for: victim, except: lead, using: &generator),
                let old = space.state.choices[victim],
                let moved = space.replacingLead(old, of: victim, with: target)
            else { return nil }
            return [CaseloadSpace.Change(c: victim, choice: moved), serve]
        }
        let figures = space.problem.caseFigures[victim]
        guard figures.waitingFactor < info.waitingFactor, !(space.keepsServed && figures.currentLead >= 0) else {
            return nil
        }
        return [CaseloadSpace.Change(c: victim, choice: nil), serve]
    }
}
