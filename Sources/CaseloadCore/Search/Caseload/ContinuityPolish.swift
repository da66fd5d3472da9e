/// A last descent after the search: each family away from its lead of record goes back to that
/// lead where the score improves, directly when the lead has room, else in a swap with one of
/// the lead's families, which takes the returning family's place or goes to its own lead of
/// record.
///
/// The search finds these returns by chance, and its late acceptance gives many of them back
/// while it packs the waiting list; a move that made them often during the search saved as many
/// handovers as it cost waiting families (RESULTS). Done once at the end, they cost the waiting
/// list nothing: only changes that lower the score are taken. Longer chains and other leads
/// with room were measured and found nothing more on 500 × 5,000.
struct ContinuityPolish {
    /// At most this many changes are measured, so that a large plan's polish stays short.
    var budget: Int

    /// Improves `space` in place; returns the number of families given back to their lead.
    func run(on space: inout CaseloadSpace) -> Int {
        var measured = 0
        var returned = 0
        for _ in 0..<4 {
            var changed = false
            for c in space.servedCases {
                guard let old = space.state.choices[c] else { continue }
                let home = space.problem.caseFigures[c].currentLead
                guard home >= 0, home != old.lead, let back = space.replacingLead(old, of: c, with: home) else { continue }
                var best: [CaseloadSpace.Change]? = nil
                var bestDelta = -1e-9
                func consider(_ changes: [CaseloadSpace.Change]) {
                    measured += 1
                    if let delta = space.delta(of: changes), delta < bestDelta {
                        best = changes
                        bestDelta = delta
                    }
                }
                let returning = CaseloadSpace.Change(c: c, choice: back)
                if space.fits(c, back) {
                    consider([returning])
                } else {
                    for v in space.ledCases[home] {
                        guard let theirs = space.state.choices[v] else { continue }
                        let record = space.problem.caseFigures[v].currentLead
                        if record >= 0, record != home, record != old.lead,
                            let moved = space.replacingLead(theirs, of: v, with: record)
                        {
                            consider([CaseloadSpace.Change(c: v, choice: moved), returning])
                        }
                        if let moved = space.replacingLead(theirs, of: v, with: old.lead) {
                            consider([CaseloadSpace.Change(c: v, choice: moved), returning])
                        }
                    }
                }
                if let best, space.commit(best) {
                    returned += 1
                    changed = true
                }
                if measured >= budget { return returned }
            }
            if !changed { break }
        }
        return returned
    }
}
