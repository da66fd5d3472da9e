import CaseloadSearch

/// Gives one delegable task of a served family to another supporter, or to its lead or partner.
enum ChangeSupporterMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard !space.servedCases.isEmpty else { return nil }
        guard let c = generator.pick(space.servedCases) else { return nil }
        let info = space.problem.caseFigures[c]
        guard info.taskCount > 0, let old = space.state.choices[c] else { return nil }
        let d = generator.index(info.taskCount)
        let kind = space.problem.taskKind[info.firstTask + d]
        let supporters = space.supporters(of: kind, lead: old.lead)
        var worker: Int?
        switch generator.next() % 10 {
        case 0: worker = old.lead
        case 1: worker = old.partner
        default:
            guard !supporters.isEmpty else { return nil }
            worker = supporters[generator.index(supporters.count)]
        }
        let current = space.problem.taskCurrent[info.firstTask + d]
        if current >= 0, generator.chance(20), current != old.delegates[d] { worker = current }
        guard let worker, worker != old.delegates[d], space.problem.mayDo(worker, kind: kind, lead: old.lead, partner: old.partner)
        else { return nil }
        var choice = old
        choice.delegates[d] = worker
        return [CaseloadSpace.Change(c: c, choice: choice)]
    }
}
