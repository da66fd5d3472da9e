import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload approve [N]`: the manager's decision.
struct Approve: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make draft plan N (default: the newest draft) the current plan, exactly as it was shown.",
        discussion: """
            No planning again: the plan the manager read becomes the current plan, and its people the families' \
            people of record (a pin stays as pinned). The plan is first checked against every hard rule on the \
            team's data as it is now; a plan that a later import or pin makes unlawful is refused (exit 65) with \
            the rules it breaks. Approving an older plan makes it current again, its people with it.
            Examples:
              caseload plan
              caseload approve
              caseload approve 3
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The plan number (see `caseload plans`); default: the newest draft.") var plan: Int64?

    mutating func execute() throws -> String {
        let approval = try global.openLoaded().approve(id: plan)
        let language = Caseload.language
        var out = Texts.Plan.approved(approval.id, week: Figures.of(language).week(approval.week), wasCurrent: approval.wasCurrent)(
            language)
        out += Self.recordNote(approval) + "\n"
        if !approval.overridden.isEmpty {
            out += Texts.Plan.overridden(approval.overridden.count, plan: approval.id)(language) + "\n"
            for change in approval.overridden.prefix(20) { out += "  \(change)\n" }
            if approval.overridden.count > 20 { out += "  … +\(approval.overridden.count - 20)\n" }
        }
        if approval.madeBeforeChange { out += Texts.Plan.madeBeforeChange(language) + "\n" }
        return out
    }

    /// `; people of record: 28 families newly served, 20 handed over, 1 now waiting` — or nothing
    /// when no family's people changed.
    static func recordNote(_ approval: Approval) -> String {
        let language = Caseload.language
        var parts: [String] = []
        func add(_ n: Int, _ nl: String, _ en: String) { if n > 0 { parts.append(Texts.Plan.families(n, nl, en: en)(language)) } }
        add(approval.newlyServed, "nieuw geholpen", "newly served")
        add(approval.handedOver, "overgedragen", "handed over")
        add(approval.nowWaiting, "wachten nu zonder regievoerder", "now waiting without a lead")
        add(approval.supporterChanges, "met andere ondersteuners", "with other supporters")
        return parts.isEmpty ? "" : Texts.Plan.peopleOfRecord(language) + parts.joined(separator: ", ")
    }
}
