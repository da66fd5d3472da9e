import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload approve [N]`: the manager's decision.
struct Approve: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Approve.abstract(Caseload.language), discussion: Texts.Help.Approve.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .text(Texts.Help.Approve.plan)) var plan: Int64?

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
