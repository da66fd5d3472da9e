extension PlanChecker {
    /// What the finished plan gives each worker: hours, and families and children as lead or
    /// partner.
    struct Loads {
        var hours: [String: Double] = [:]
        var cases: [String: Int] = [:]
        var children: [String: Int] = [:]

        /// Takes case `c`'s people in `assignment` off their loads.
        mutating func release(_ assignment: CaseAssignment, of c: Case) {
            for person in [assignment.lead] + (assignment.partner.map { [$0] } ?? []) {
                cases[person, default: 0] -= 1
                children[person, default: 0] -= c.children
            }
            for task in assignment.tasks { hours[task.worker, default: 0] -= task.hours }
        }
    }

    /// Why locked case `c`'s given people cannot keep it in the finished plan, or nil when they
    /// could: they break no rule of their own (H1, H2, H5, H6, H7, H10, H11) and, beside everything else
    /// the plan gives them, have room for it (H3, H4). `loads` must not hold the case itself.
    ///
    /// The lead takes their share of the casework, every registered task and every delegable
    /// task no supporter has room for (else the partner, as a plan falls back); a duo without a
    /// given partner needs some partner with room. This is the one reason a plan may give for
    /// leaving a lock: a reason that is not true does not count.
    func lockBreaker(of c: Case, loads: Loads, in scenario: Scenario) -> String? {
        let monday = scenario.week.monday
        let settings = scenario.settings
        guard let leadID = c.givenLead else { return "no lead is given" }
        guard let lead = scenario.staff.first(where: { $0.id == leadID }) else { return "\(leadID) is no worker" }
        if !lead.isRegistered(on: monday) { return "\(leadID) is not registered (H1)" }
        if !lead.tasks.contains(TaskKind.casework) { return "\(leadID) may not do casework (H2)" }
        if !c.skills.allSatisfy(lead.skills.contains) { return "\(leadID) lacks a required skill (H6)" }
        if !lead.serves(c.municipality) { return "\(leadID) does not serve \(c.municipality) (H7)" }
        if !scenario.mandates(of: lead).contains(c.framework) { return "\(leadID) has no mandate for \(c.framework.rawValue) (H10)" }

        func mayPartner(_ p: Worker) -> Bool {
            p.id != lead.id && p.isRegistered(on: monday) && p.tasks.contains(TaskKind.casework)
                && !(settings.duoAcrossOrganisations && p.organisation == lead.organisation) && p.serves(c.municipality)
                && scenario.mayShare(lead: lead.organisation, with: p.organisation)
        }
        func room(_ w: Worker) -> Double {
            scenario.capacity(of: w).limitHours - loads.hours[w.id, default: 0]
        }
        func fits(_ w: Worker, hours: Double) -> Bool {
            let capacity = scenario.capacity(of: w)
            return loads.cases[w.id, default: 0] + 1 <= capacity.maxCases
                && loads.children[w.id, default: 0] + c.children <= capacity.maxChildren
                && hours <= room(w) + Self.tolerance
        }

        let demand = scenario.demand(of: c)
        let casework = demand[TaskKind.casework] ?? 0
        var leadHours = c.duo ? casework * settings.duoSplit : casework
        var partnerHours = casework - leadHours
        var partner: Worker?
        if c.duo, let partnerID = c.givenPartner {
            guard let given = scenario.staff.first(where: { $0.id == partnerID }) else { return "\(partnerID) is no worker" }
            guard mayPartner(given) else { return "\(partnerID) may not be the partner (H1, H5, H7, H11)" }
            partner = given
        }
        let kinds = scenario.allTaskKinds
        for (kind, hours) in demand.sorted(by: { $0.key < $1.key }) where kind != TaskKind.casework {
            // Registered kinds stay with the lead, as casework does; the others may go to a
            // supporter (a worker without a registration) who does them and has the room.
            let registered = kinds.first { $0.id == kind }?.registered ?? true
            let supported =
                !registered
                && scenario.staff.contains {
                    !$0.isRegistered(on: monday) && $0.tasks.contains(kind) && hours <= room($0) + Self.tolerance
                        && scenario.maySupport(lead: lead.organisation, by: $0.organisation)
                }
            if supported { continue }
            if lead.tasks.contains(kind) {
                leadHours += hours
            } else if !registered, let partner, partner.tasks.contains(kind) {
                partnerHours += hours
            } else {
                return "no supporter has room for its \(kind) hours and \(leadID) may not do them (H2)"
            }
        }
        if !fits(lead, hours: leadHours) { return "\(leadID) has no room for it (H3, H4)" }
        if c.duo {
            if let partner {
                if !fits(partner, hours: partnerHours) { return "\(partner.id) has no room for it (H3, H4)" }
            } else if !scenario.staff.contains(where: { mayPartner($0) && fits($0, hours: partnerHours) }) {
                return "no partner has room for it (H3, H4, H5)"
            }
        }
        return nil
    }
}
