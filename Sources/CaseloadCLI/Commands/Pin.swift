import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore

/// `caseload pin CASE [--lead W] [--partner P]`: the manager's fixed choice for a family (H9).
struct PinCommand: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "pin", abstract: Texts.Help.Pin.abstract(Caseload.language),
            discussion: Texts.Help.Pin.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .text(Texts.Help.Shared.caseCode)) var id: String
    @Option(help: .text(Texts.Help.Pin.lead)) var lead: String?
    @Option(help: .text(Texts.Help.Pin.partner)) var partner: String?

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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Unpin.abstract(Caseload.language), discussion: Texts.Help.Unpin.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .text(Texts.Help.Shared.caseCode)) var id: String

    mutating func execute() throws -> String {
        guard let pin = try global.openLoaded().unpin(id) else { return Texts.Plan.notPinned(id)(Caseload.language) + "\n" }
        return Texts.Plan.unpinned(pin.caseID, lead: pin.lead)(Caseload.language) + "\n"
    }
}
