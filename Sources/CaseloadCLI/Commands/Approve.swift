import ArgumentParser
import CaseloadCore
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
        var out = "approved plan \(approval.id) (week \(approval.week)): "
        out += approval.wasCurrent ? "it was the current plan already" : "now the current plan"
        out += Self.recordNote(approval) + "\n"
        if !approval.overridden.isEmpty {
            out += "\(approval.overridden.count) leads and partners of record set after plan \(approval.id) was made now follow it again:\n"
            for change in approval.overridden.prefix(20) { out += "  \(change)\n" }
            if approval.overridden.count > 20 { out += "  … and \(approval.overridden.count - 20) more\n" }
        }
        if approval.madeBeforeChange {
            out += "note: it was made before the team's data last changed; it keeps every hard rule on the data as it is now\n"
        }
        return out
    }

    /// `; people of record: 28 families newly served, 20 handed over, 1 now waiting` — or nothing
    /// when no family's people changed.
    static func recordNote(_ approval: Approval) -> String {
        var parts: [String] = []
        func add(_ n: Int, _ words: String) { if n > 0 { parts.append("\(n) \(n == 1 ? "family" : "families") \(words)") } }
        add(approval.newlyServed, "newly served")
        add(approval.handedOver, "handed over")
        add(approval.nowWaiting, "now waiting without a lead")
        add(approval.supporterChanges, "with other supporters")
        return parts.isEmpty ? "" : "; people of record: " + parts.joined(separator: ", ")
    }
}
