/// A last descent after the search, over the changes it finds only by chance: each family away
/// from its lead or partner of record goes back to them, directly when that fits, else in a swap
/// with one of their families, which takes the returning family's place (or, for a lead's
/// family, goes to its own lead of record); and each task a lead or partner does goes to the
/// supporter with whom the plan scores best. Only changes that lower the score are taken.
///
/// The search's late acceptance gives many returns back while it packs the waiting list; a move
/// that made them often during the search saved as many handovers as it cost waiting families.
/// Done once at the end, they cost the waiting list nothing. Longer chains and other leads with
/// room would make the descent longer for little more.
struct FinalDescent {
    /// At most this many changes are measured, so that a large plan's descent stays short.
    var budget: Int
    /// Supporters measured per task a lead or partner does.
    static let supportersMeasured = 4

    /// Improves `space` in place; returns the number of changes made.
    func run(on space: inout CaseloadSpace) -> Int {
        var measured = 0
        var made = 0
        // The direct return when it fits, else the best of the swaps; taken when it lowers the score.
        func improve(
            _ returning: CaseloadSpace.Change?,
            swaps: (CaseloadSpace.Change, CaseloadSpace) -> [[CaseloadSpace.Change]]
        ) -> Bool {
            guard let returning else { return false }
            measured += 1
            if let delta = space.delta(of: [returning]) { return delta < -1e-9 && space.commit([returning]) }
            var best: [CaseloadSpace.Change]? = nil
            var bestDelta = -1e-9
            for changes in swaps(returning, space) {
                measured += 1
                if let delta = space.delta(of: changes), delta < bestDelta {
                    best = changes
                    bestDelta = delta
                }
            }
            return best.map { space.commit($0) } ?? false
        }
        // Each task of `c` that its lead or partner does to the supporter with whom it scores best,
        // when one lowers the score (S3, and S4 through the hours).
        func takeOver(_ c: Int) -> Int {
            guard let old = space.state.choices[c] else { return 0 }
            let info = space.problem.caseFigures[c]
            var changed = 0
            for d in 0..<info.taskCount where old.delegates[d] == old.lead || old.delegates[d] == old.partner {
                guard let now = space.state.choices[c] else { break }
                var best: CaseChoice? = nil
                var bestDelta = -1e-9
                for w in Self.roomiestSupporters(forTask: info.firstTask + d, besides: now.delegates[d], lead: now.lead, in: space) {
                    var choice = now
                    choice.delegates[d] = w
                    measured += 1
                    if let delta = space.delta(of: [CaseloadSpace.Change(c: c, choice: choice)]), delta < bestDelta {
                        best = choice
                        bestDelta = delta
                    }
                }
                if let best, space.commit([CaseloadSpace.Change(c: c, choice: best)]) { changed += 1 }
            }
            return changed
        }
        for _ in 0..<4 {
            var changed = false
            for c in space.servedCases {
                if improve(Self.leadReturn(c, in: space), swaps: Self.leadSwaps) {
                    made += 1
                    changed = true
                }
                if improve(Self.partnerReturn(c, in: space), swaps: Self.partnerSwaps) {
                    made += 1
                    changed = true
                }
                let takenOver = takeOver(c)
                made += takenOver
                if takenOver > 0 { changed = true }
                if measured >= budget { return made }
            }
            if !changed { break }
        }
        return made
    }

    /// Family `c` back with its lead of record, or `nil` when it is with them or may not be.
    static func leadReturn(_ c: Int, in space: CaseloadSpace) -> CaseloadSpace.Change? {
        guard let old = space.state.choices[c] else { return nil }
        let home = space.problem.caseFigures[c].currentLead
        guard home >= 0, home != old.lead, let back = space.replacingLead(old, of: c, with: home) else { return nil }
        return CaseloadSpace.Change(c: c, choice: back)
    }

    /// The lead return `returning` with each of that lead's families moving on: to the returning
    /// family's lead, or to their own lead of record.
    static func leadSwaps(_ returning: CaseloadSpace.Change, in space: CaseloadSpace) -> [[CaseloadSpace.Change]] {
        guard let old = space.state.choices[returning.c], let home = returning.choice?.lead else { return [] }
        var swaps: [[CaseloadSpace.Change]] = []
        for v in space.ledCases[home] {
            guard let theirs = space.state.choices[v] else { continue }
            let record = space.problem.caseFigures[v].currentLead
            if record >= 0, record != home, record != old.lead, let moved = space.replacingLead(theirs, of: v, with: record) {
                swaps.append([CaseloadSpace.Change(c: v, choice: moved), returning])
            }
            if let moved = space.replacingLead(theirs, of: v, with: old.lead) {
                swaps.append([CaseloadSpace.Change(c: v, choice: moved), returning])
            }
        }
        return swaps
    }

    /// Duo `c` back with its partner of record, or `nil` when it is with them or may not be.
    static func partnerReturn(_ c: Int, in space: CaseloadSpace) -> CaseloadSpace.Change? {
        guard let old = space.state.choices[c], let partner = old.partner else { return nil }
        let home = space.problem.caseFigures[c].currentPartner
        guard home >= 0, home != partner, let back = space.replacingPartner(old, of: c, with: home) else { return nil }
        return CaseloadSpace.Change(c: c, choice: back)
    }

    /// The partner return `returning` with each duo that partner now partners taking the
    /// returning duo's partner.
    static func partnerSwaps(_ returning: CaseloadSpace.Change, in space: CaseloadSpace) -> [[CaseloadSpace.Change]] {
        guard let old = space.state.choices[returning.c], let partner = old.partner, let home = returning.choice?.partner
        else { return [] }
        return space.partneredCases[home].compactMap { v in
            guard let theirs = space.state.choices[v], let moved = space.replacingPartner(theirs, of: v, with: partner)
            else { return nil }
            return [CaseloadSpace.Change(c: v, choice: moved), returning]
        }
    }

    /// Up to `supportersMeasured` supporters other than `current` who may see the family led by
    /// `lead` and have room for task `slot`, most room relative to their hours first: the ones
    /// the balance term (S4) favours. Room for the task's hours is all a supporter needs (no
    /// norms), and a large region has hundreds with some.
    static func roomiestSupporters(forTask slot: Int, besides current: Int, lead: Int, in space: CaseloadSpace) -> [Int] {
        let units = space.problem.taskUnits[slot]
        var roomiest: [(share: Double, worker: Int)] = []
        for w in space.supporters(of: space.problem.taskKind[slot], lead: lead) where w != current && space.room(w) >= units {
            let share = Double(space.room(w) - units) / Double(max(1, space.problem.workerFigures[w].limit))
            guard roomiest.count < supportersMeasured || share > roomiest[roomiest.count - 1].share else { continue }
            if roomiest.count == supportersMeasured { roomiest.removeLast() }
            roomiest.insert((share, w), at: roomiest.firstIndex { $0.share < share } ?? roomiest.count)
        }
        return roomiest.map(\.worker)
    }
}
