/// Whether a manager's pin (`caseload pin CASE --lead W [--partner P]`) can hold: the hard rules
/// the given people break whatever else the plan does, and what would make the pin possible.
///
/// A pin is kept by every later plan (H9), so one that breaks a rule of the people themselves
/// (registration, tasks, skills, municipality, mandate, who may see the family) or that no plan
/// can keep beside the other pins (the norm) is refused rather than stored to fail each week.
/// Hours are not checked here: they depend on the rest of the plan, and a plan that cannot give
/// them says so in its lock note.
public struct PinCheck: Sendable {
    /// One reason a pin cannot hold.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// The rule it breaks.
        public var rule: HardRule
        /// What breaks it, in every language.
        public var text: Text
        /// What would make the pin possible, in every language.
        public var remedyText: Text
        /// What breaks it, in English.
        public var message: String { text.en }
        /// What would make the pin possible, in English.
        public var remedy: String { remedyText.en }
        /// `H7 jbg-01 does not serve wageningen — add wageningen to their municipalities`.
        public var description: String { "\(rule) \(message) — \(remedy)" }
    }

    /// The data the pin is checked against, with every other pin as it stands.
    public let scenario: Scenario

    /// A check against `scenario`.
    public init(scenario: Scenario) { self.scenario = scenario }

    /// What stops family `caseID` from being pinned to `lead` (and `partner`); empty when the
    /// pin can hold. Unknown codes are reported as problems of rule H8 (the plan could not serve
    /// the family with them).
    public func problems(caseID: String, lead leadID: String, partner partnerID: String?) -> [Problem] {
        var found: [Problem] = []
        func fail(_ rule: HardRule, _ message: Text, _ remedy: Text) {
            found.append(Problem(rule: rule, text: message, remedyText: remedy))
        }
        guard let c = scenario.cases.first(where: { $0.id == caseID }) else {
            return [
                Problem(
                    rule: .whole, text: Text(nl: "er is geen gezin \(caseID)", en: "there is no family \(caseID)"),
                    remedyText: Text(
                        nl: "controleer de code, of importeer het gezin eerst", en: "check the code, or import the family first"))
            ]
        }
        let monday = scenario.week.monday
        guard let lead = scenario.staff.first(where: { $0.id == leadID }) else {
            return [
                Problem(
                    rule: .whole, text: Text(nl: "\(leadID) is geen medewerker", en: "\(leadID) is no worker"),
                    remedyText: Text(
                        nl: "controleer de code, of importeer de medewerker eerst", en: "check the id, or import the worker first"))
            ]
        }
        let others = possibleLeads(of: c, excluding: lead.id)
        let list = others.joined(separator: ", ")
        let alternatives = others.isEmpty ? Text(nl: "", en: "") : Text(nl: " (wie wel mag: \(list))", en: " (who may: \(list))")
        if !lead.isRegistered(on: monday) {
            let message =
                lead.registeredUntil.map {
                    Text(nl: "de SKJ-registratie van \(lead.id) is op \($0) verlopen", en: "\(lead.id)'s registration ended \($0)")
                } ?? Text(nl: "de SKJ-registratie van \(lead.id) is niet vastgelegd", en: "\(lead.id)'s registration is not recorded")
            fail(
                .registration, message,
                Text(
                    nl:
                        "importeer \(lead.id) met een registered_until na \(monday), of zet een geregistreerde regievoerder vast\(alternatives.nl)",
                    en: "import \(lead.id) with a registered_until after \(monday), or pin a registered lead\(alternatives.en)"))
        }
        if !lead.tasks.contains(TaskKind.casework) {
            fail(
                .tasks, Text(nl: "\(lead.id) mag geen casework doen", en: "\(lead.id) may not do casework"),
                Text(
                    nl: "voeg casework toe aan de taken van \(lead.id), of zet een geregistreerde regievoerder vast\(alternatives.nl)",
                    en: "add casework to \(lead.id)'s tasks, or pin a registered lead\(alternatives.en)"))
        }
        let missing = c.skills.filter { !lead.skills.contains($0) }
        if !missing.isEmpty {
            let skills = missing.joined(separator: ", ")
            let one = missing.count == 1
            fail(
                .skills, Text(nl: "\(lead.id) mist \(skills)", en: "\(lead.id) lacks \(skills)"),
                Text(
                    nl:
                        "geef \(lead.id) de \(one ? "vaardigheid" : "vaardigheden"), of zet een regievoerder vast die \(one ? "die heeft" : "ze heeft")\(alternatives.nl)",
                    en: "give \(lead.id) the skill\(one ? "" : "s"), or pin a lead who has \(one ? "it" : "them")\(alternatives.en)"))
        }
        if !lead.serves(c.municipality) {
            fail(
                .municipality, Text(nl: "\(lead.id) werkt niet in \(c.municipality)", en: "\(lead.id) does not serve \(c.municipality)"),
                Text(
                    nl:
                        "voeg \(c.municipality) toe aan de gemeenten van \(lead.id), of zet een regievoerder vast die er werkt\(alternatives.nl)",
                    en: "add \(c.municipality) to \(lead.id)'s municipalities, or pin a lead who serves it\(alternatives.en)"))
        }
        if !scenario.mandates(of: lead).contains(c.framework) {
            fail(
                .mandate,
                Text(
                    nl: "\(lead.organisation) (\(lead.id)) heeft geen mandaat voor \(c.framework.rawValue)",
                    en: "\(lead.organisation) (\(lead.id)) has no mandate for \(c.framework.rawValue)"),
                Text(
                    nl: "zet een regievoerder vast van een organisatie met dat mandaat\(alternatives.nl)",
                    en: "pin a lead of an organisation mandated for it\(alternatives.en)"))
        }
        if let partnerID {
            partnerProblems(c, lead: lead, partnerID: partnerID, fail: fail)
        }
        for person in [lead.id] + (partnerID.map { [$0] } ?? []) {
            normProblem(c, person: person, fail: fail)
        }
        return found
    }

    func partnerProblems(_ c: Case, lead: Worker, partnerID: String, fail: (HardRule, Text, Text) -> Void) {
        guard c.duo else {
            fail(
                .duo, Text(nl: "\(c.id) is geen duogezin", en: "\(c.id) is no duo family"),
                Text(
                    nl: "laat --partner weg, of maak het gezin een duogezin (importeer cases met duo=ja)",
                    en: "leave out --partner, or mark the family duo (import cases with duo=ja)"))
            return
        }
        guard let partner = scenario.staff.first(where: { $0.id == partnerID }) else {
            fail(
                .whole, Text(nl: "\(partnerID) is geen medewerker", en: "\(partnerID) is no worker"),
                Text(nl: "controleer de code, of importeer de medewerker eerst", en: "check the id, or import the worker first"))
            return
        }
        if partner.id == lead.id {
            fail(
                .duo, Text(nl: "de duopartner is de regievoerder", en: "the partner is the lead"),
                Text(nl: "zet een andere geregistreerde duopartner vast", en: "pin another registered partner"))
        }
        if !partner.isRegistered(on: scenario.week.monday) || !partner.tasks.contains(TaskKind.casework) {
            fail(
                .registration,
                Text(nl: "\(partner.id) is niet geregistreerd voor casework", en: "\(partner.id) is not registered for casework"),
                Text(nl: "zet een geregistreerde duopartner vast", en: "pin a registered partner"))
        }
        if scenario.settings.duoAcrossOrganisations && partner.organisation == lead.organisation {
            fail(
                .duo,
                Text(
                    nl: "\(partner.id) hoort bij de organisatie van de regievoerder, \(lead.organisation)",
                    en: "\(partner.id) is of the lead's organisation \(lead.organisation)"),
                Text(nl: "zet een duopartner van een andere organisatie vast", en: "pin a partner of another organisation"))
        }
        if !partner.serves(c.municipality) {
            fail(
                .municipality,
                Text(nl: "\(partner.id) werkt niet in \(c.municipality)", en: "\(partner.id) does not serve \(c.municipality)"),
                Text(
                    nl: "voeg \(c.municipality) toe aan de gemeenten van \(partner.id)",
                    en: "add \(c.municipality) to \(partner.id)'s municipalities"))
        }
        if !scenario.mayShare(lead: lead.organisation, with: partner.organisation) {
            fail(
                .network,
                Text(
                    nl: "geen netwerk bevat zowel \(lead.organisation) als \(partner.organisation)",
                    en: "no network holds both \(lead.organisation) and \(partner.organisation)"),
                Text(
                    nl: "zet een duopartner vast van een organisatie in een netwerk met \(lead.organisation), of leg het netwerk vast",
                    en: "pin a partner of an organisation in a network with \(lead.organisation), or declare the network"))
        }
    }

    /// The norm counted over the pinned families alone: those no plan can move.
    func normProblem(_ c: Case, person: String, fail: (HardRule, Text, Text) -> Void) {
        guard let worker = scenario.staff.first(where: { $0.id == person }) else { return }
        let capacity = scenario.capacity(of: worker)
        let pinned = scenario.cases.filter { other in
            other.id != c.id && other.lock && (other.givenLead == person || (other.duo && other.givenPartner == person))
        }
        let families = pinned.count + 1
        let children = pinned.reduce(c.children) { $0 + $1.children }
        if families > capacity.maxCases || children > capacity.maxChildren {
            fail(
                .norm,
                Text(
                    nl:
                        "\(person) zou \(families) vastgezette gezinnen met \(children) kinderen hebben; de caseloadnorm is \(capacity.maxCases) gezinnen, \(capacity.maxChildren) kinderen",
                    en:
                        "\(person) would hold \(families) pinned families with \(children) children; the norm is \(capacity.maxCases) families, \(capacity.maxChildren) children"
                ),
                Text(
                    nl:
                        "maak een van de gezinnen van \(person) los (caseload unpin GEZIN), of verhoog max_cases / max_children van \(person)",
                    en: "unpin one of \(person)'s families (caseload unpin CASE), or raise \(person)'s max_cases / max_children"))
        }
    }

    /// Up to three workers who could lead family `c` by the rules of the people themselves.
    func possibleLeads(of c: Case, excluding id: String) -> [String] {
        let monday = scenario.week.monday
        return scenario.staff.lazy.filter { w in
            w.id != id && w.isRegistered(on: monday) && w.tasks.contains(TaskKind.casework) && c.skills.allSatisfy(w.skills.contains)
                && w.serves(c.municipality) && scenario.mandates(of: w).contains(c.framework)
                && scenario.capacity(of: w).availableHours > 0
        }.prefix(3).map(\.id)
    }
}
