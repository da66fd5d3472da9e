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
        /// What breaks it.
        public var message: String
        /// What would make the pin possible.
        public var remedy: String
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
        func fail(_ rule: HardRule, _ message: String, _ remedy: String) {
            found.append(Problem(rule: rule, message: message, remedy: remedy))
        }
        guard let c = scenario.cases.first(where: { $0.id == caseID }) else {
            return [Problem(rule: .whole, message: "there is no family \(caseID)", remedy: "check the code, or import the family first")]
        }
        let monday = scenario.week.monday
        guard let lead = scenario.staff.first(where: { $0.id == leadID }) else {
            return [Problem(rule: .whole, message: "\(leadID) is no worker", remedy: "check the id, or import the worker first")]
        }
        let others = possibleLeads(of: c, excluding: lead.id)
        let alternatives = others.isEmpty ? "" : " (who may: \(others.joined(separator: ", ")))"
        if !lead.isRegistered(on: monday) {
            let until = lead.registeredUntil.map { "ended \($0)" } ?? "is not recorded"
            fail(
                .registration, "\(lead.id)'s registration \(until)",
                "import \(lead.id) with a registered_until after \(monday), or pin a registered lead\(alternatives)")
        }
        if !lead.tasks.contains(TaskKind.casework) {
            fail(.tasks, "\(lead.id) may not do casework", "add casework to \(lead.id)'s tasks, or pin a registered lead\(alternatives)")
        }
        let missing = c.skills.filter { !lead.skills.contains($0) }
        if !missing.isEmpty {
            fail(
                .skills, "\(lead.id) lacks \(missing.joined(separator: ", "))",
                "give \(lead.id) the skill\(missing.count == 1 ? "" : "s"), or pin a lead who has \(missing.count == 1 ? "it" : "them")\(alternatives)"
            )
        }
        if !lead.serves(c.municipality) {
            fail(
                .municipality, "\(lead.id) does not serve \(c.municipality)",
                "add \(c.municipality) to \(lead.id)'s municipalities, or pin a lead who serves it\(alternatives)")
        }
        if !scenario.mandates(of: lead).contains(c.framework) {
            fail(
                .mandate, "\(lead.organisation) (\(lead.id)) has no mandate for \(c.framework.rawValue)",
                "pin a lead of an organisation mandated for it\(alternatives)")
        }
        if let partnerID {
            partnerProblems(c, lead: lead, partnerID: partnerID, fail: fail)
        }
        for person in [lead.id] + (partnerID.map { [$0] } ?? []) {
            normProblem(c, person: person, fail: fail)
        }
        return found
    }

    func partnerProblems(_ c: Case, lead: Worker, partnerID: String, fail: (HardRule, String, String) -> Void) {
        guard c.duo else {
            fail(.duo, "\(c.id) is no duo family", "leave out --partner, or mark the family duo (import cases with duo=ja)")
            return
        }
        guard let partner = scenario.staff.first(where: { $0.id == partnerID }) else {
            fail(.whole, "\(partnerID) is no worker", "check the id, or import the worker first")
            return
        }
        if partner.id == lead.id { fail(.duo, "the partner is the lead", "pin another registered partner") }
        if !partner.isRegistered(on: scenario.week.monday) || !partner.tasks.contains(TaskKind.casework) {
            fail(.registration, "\(partner.id) is not registered for casework", "pin a registered partner")
        }
        if scenario.settings.duoAcrossOrganisations && partner.organisation == lead.organisation {
            fail(.duo, "\(partner.id) is of the lead's organisation \(lead.organisation)", "pin a partner of another organisation")
        }
        if !partner.serves(c.municipality) {
            fail(.municipality, "\(partner.id) does not serve \(c.municipality)", "add \(c.municipality) to \(partner.id)'s municipalities")
        }
        if !scenario.mayShare(lead: lead.organisation, with: partner.organisation) {
            fail(
                .network, "no network holds both \(lead.organisation) and \(partner.organisation)",
                "pin a partner of an organisation in a network with \(lead.organisation), or declare the network")
        }
    }

    /// The norm counted over the pinned families alone: those no plan can move.
    func normProblem(_ c: Case, person: String, fail: (HardRule, String, String) -> Void) {
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
                "\(person) would hold \(families) pinned families with \(children) children; the norm is \(capacity.maxCases) families, \(capacity.maxChildren) children",
                "unpin one of \(person)'s families (caseload unpin CASE), or raise \(person)'s max_cases / max_children")
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
