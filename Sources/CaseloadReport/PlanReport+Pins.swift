import CaseloadCore

extension PlanReport {
    /// The manager's pins (H9): each pinned family with its given people and whether the plan
    /// kept them, or why not. Empty when nothing is pinned.
    func pinList() -> String {
        guard !plan.locks.isEmpty else { return "" }
        let kept = plan.locks.filter(\.kept).count
        var out = say(Texts.Plan.pins(plan.locks.count, kept: kept)) + "\n"
        let cases = Dictionary((scenario?.cases ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for note in plan.locks {
            let given = cases[note.caseID].map { c in
                (c.givenLead.map { say(Texts.Plan.role(Roster.Role.lead)) + " \($0)" } ?? "")
                    + (c.duo ? c.givenPartner.map { ", " + say(Texts.Plan.role(Roster.Role.partner)) + " \($0)" } ?? "" : "")
            }
            out += "  " + Column.pad(note.caseID, 12) + Column.pad(given ?? "", 30)
            out += note.kept ? say(Texts.Plan.pinKept) + "\n" : say(Texts.Plan.pinNotKept) + ": \(note.reasonText.map(say) ?? "")\n"
        }
        return out
    }
}
