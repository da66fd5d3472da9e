import CaseloadSearch

/// Serves a waiting family at a lead who is full by putting as few of the lead's families (led or
/// partnered) on the waiting list as make room, least urgent per child first.
///
/// On a full region the children norm (H4) binds for most leads, so a family with three
/// children enters only when families with as many children leave; `ServeWaitingMove` ejects one
/// family drawn at random, which rarely frees enough. The families put back wait less urgently
/// in total than the one served, or, sideways, as urgently but with more children: that frees
/// norm places for the next waiting family without costing S1, and it is what lets the search
/// leave the packings it would otherwise settle in.
enum ServeDisplacingMove: CaseloadNeighbourhood {
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]? {
        guard let c = generator.pick(space.waitingCases) else { return nil }
        let info = space.problem.caseFigures[c]
        // Half the time the family's own lead, where it has one who may still lead it: a family in
        // care that waits has the strongest claim there (no handover), and among a hundred
        // possible leads a random draw would almost never try them.
        let home = info.currentLead
        let atHome = home >= 0 && space.mayLead(home, c) && generator.next() & 1 == 0
        guard let lead = atHome ? home : space.lead(for: c, using: &generator),
            let choice = space.choice(for: c, lead: lead, using: &generator)
        else { return nil }
        let serve = CaseloadSpace.Change(c: c, choice: choice)
        if space.fits(c, choice) { return [serve] }

        let figures = space.problem.workerFigures[lead]
        var cases = space.state.caseCount[lead] + 1 - figures.maxCases
        var children = space.state.childCount[lead] + info.children - figures.maxChildren
        var units = space.units(of: lead, in: choice, for: c) - space.room(lead)
        var candidates: [(family: Int, perChild: Double, tie: UInt64)] = []
        for v in space.ledCases[lead] + space.partneredCases[lead] {
            guard Self.mayWait(v, for: c, in: space) else { continue }
            let theirs = space.problem.caseFigures[v]
            candidates.append((v, theirs.waitingFactor / Double(max(1, theirs.children)), generator.next()))
        }
        // Ties broken at random, so that equally urgent families take turns to leave.
        candidates.sort { ($0.perChild, $0.tie) < ($1.perChild, $1.tie) }

        var changes: [CaseloadSpace.Change] = []
        var released = 0.0
        for (v, _, _) in candidates where cases > 0 || children > 0 || units > 0 {
            guard let old = space.state.choices[v] else { continue }
            let theirs = space.problem.caseFigures[v]
            released += theirs.waitingFactor
            guard released <= info.waitingFactor else { return nil }
            cases -= 1
            children -= theirs.children
            units -= space.units(of: lead, in: old, for: v)
            changes.append(CaseloadSpace.Change(c: v, choice: nil))
        }
        guard cases <= 0, children <= 0, units <= 0 else { return nil }
        changes.append(serve)
        return changes
    }

    /// Whether served family `v` may go back on the waiting list to make room for `c`: it may yield
    /// to `c`, and the run does not keep every served family served (`keepsServed`).
    static func mayWait(_ v: Int, for c: Int, in space: CaseloadSpace) -> Bool {
        let theirs = space.problem.caseFigures[v]
        return mayYield(theirs, to: space.problem.caseFigures[c]) && !(space.keepsServed && theirs.currentLead >= 0)
    }

    /// Whether a served family may go back to the waiting list for `newcomer`: it waits less
    /// urgently, or as urgently with more children.
    static func mayYield(_ family: PlanningProblem.CaseFigures, to newcomer: PlanningProblem.CaseFigures) -> Bool {
        family.waitingFactor < newcomer.waitingFactor
            || (family.waitingFactor == newcomer.waitingFactor && family.children > newcomer.children)
    }
}
