import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload pin CASE [--lead W] [--partner P]`: the manager's fixed choice for a family (H9).
struct PinCommand: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin",
        abstract: "Pin a family to a lead (and partner): every later plan keeps it until unpinned.",
        discussion: """
            Without --lead the family is pinned to its lead of record; a duo keeps its partner of record where \
            they may stay beside the lead, else the plan chooses one (--partner fixes it). A pin that breaks a hard \
            rule of the people themselves (registration, tasks, skills, municipality, mandate, network, or the norm \
            beside the other pins) is refused with the rule and what would make it possible. The current plan is \
            unchanged: the next `caseload plan` keeps the pin, and a pin to someone new is a handover `pinned`.
            Examples:
              caseload pin fv-0031 --lead jbg-02
              caseload pin fv-0044 --lead jbg-05 --partner wss-02
              caseload unpin fv-0031
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The family's code.") var id: String
    @Option(help: "The lead (default: the lead of record).") var lead: String?
    @Option(help: "The duo partner (default: the partner of record, where they may stay).") var partner: String?

    mutating func execute() throws -> String {
        let pin = try global.openLoaded().pin(id, lead: lead, partner: partner)
        let language = Caseload.language
        var out = Texts.Plan.pinned(pin.caseID, lead: pin.lead, partner: pin.partner)(language)
        if let before = pin.leadOfRecord, before != pin.lead { out += Texts.Plan.pinHandover(before)(language) }
        return out + "\n" + Texts.Plan.pinKeptUntil(pin.caseID)(language) + "\n"
    }
}

/// `caseload unpin CASE`: releases a pin.
struct Unpin: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Release a family's pin: it keeps its people of record, as every family does.",
        discussion: "Example: caseload unpin fv-0031")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The family's code.") var id: String

    mutating func execute() throws -> String {
        guard let pin = try global.openLoaded().unpin(id) else { return Texts.Plan.notPinned(id)(Caseload.language) + "\n" }
        return Texts.Plan.unpinned(pin.caseID, lead: pin.lead)(Caseload.language) + "\n"
    }
}
