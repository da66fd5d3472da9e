/// The hard rules as they bind one family's people, each written once. The construction, the
/// search, the recommender, the waiting diagnosis and `PlanState.violations` ask these and only
/// these; the search keeps running totals of hours and norm places, and membership tables built
/// from these checks, so that it can ask in O(1). `PlanChecker` is written apart on purpose: it
/// is the oracle the planner is tested against.
extension PlanningProblem {
    // MARK: Who may take a role, whatever else the plan holds

    /// The rules that stop `worker` from leading a family like `info`: H1 (registered), H2
    /// (casework and every registered kind of the family), H6 (skills), H7 (municipality), H10
    /// (mandated for the family's framework).
    public static func leadRules(_ worker: WorkerInfo, _ info: CaseInfo) -> HardRuleSet {
        var broken = HardRuleSet()
        broken.insert(.registration, if: !worker.registered)
        broken.insert(.tasks, if: worker.taskMask & info.leadKindMask != info.leadKindMask)
        broken.insert(.skills, if: !info.skills.allSatisfy(worker.skills.contains))
        broken.insert(.municipality, if: !worker.serves(info.municipality))
        broken.insert(.mandate, if: worker.mandates & (1 << UInt16(info.framework)) == 0)
        return broken
    }

    /// The rules that stop `worker` from partnering a duo in municipality `m`, whoever leads:
    /// H5 (a partner is registered for casework) and H7 (municipality).
    public static func partnerRules(_ worker: WorkerInfo, municipality m: Int) -> HardRuleSet {
        var broken = HardRuleSet()
        broken.insert(.duo, if: !worker.mayLead)
        broken.insert(.municipality, if: !worker.serves(m))
        return broken
    }

    /// H5 between the two of a duo: the partner is not the lead, and of another organisation
    /// where duos cross organisations.
    @inline(__always)
    public func partnersLead(_ p: Int, _ lead: Int) -> Bool {
        p != lead
            && !(duoAcrossOrganisations && workerFigures[p].organisation == workerFigures[lead].organisation)
    }

    /// H2 for a supporter: a worker who is not registered, with the task kind. A registered
    /// worker does delegable work only as the family's lead or partner.
    @inline(__always)
    package static func maySupport(_ worker: WorkerFigures, kind: Int) -> Bool { !worker.registered && worker.does(kind) }

    /// H2 for one delegable task of a family led by `lead` and partnered by `partner`,
    /// as the planner delegates: to a supporter, else to the lead or the partner.
    @inline(__always)
    public func mayDo(_ w: Int, kind: Int, lead: Int, partner: Int?) -> Bool {
        let worker = workerFigures[w]
        return worker.does(kind) && (!worker.registered || w == lead || w == partner)
    }

    /// Whether worker `w` may lead case `c`: H1, H2, H6 and H7 (`leadRules`).
    @inline(__always)
    public func mayLead(_ w: Int, _ c: Int) -> Bool { candidates.leadMember[candidates.leadGroup[c]][w] }

    /// Whether `p` may partner `lead` on duo case `c`: H5 and H7 (`partnerRules`, `partnersLead`).
    @inline(__always)
    public func mayPartner(_ p: Int, lead: Int, _ c: Int) -> Bool {
        candidates.partnerMember[caseFigures[c].municipality][p] && partnersLead(p, lead)
    }

    // MARK: Hours and norms

    /// H3: the units worker `w` has left when `load` units are planned on them (negative when
    /// over).
    @inline(__always)
    public func hoursLeft(_ w: Int, load: Int) -> Int { workerFigures[w].limit - load }

    /// H3: whether `load` units planned on worker `w` stay within their limit.
    @inline(__always)
    public func hoursFit(_ w: Int, load: Int) -> Bool { load <= workerFigures[w].limit }

    /// H4: whether `cases` families with `children` children led or partnered by worker `w`
    /// stay within their caseload norm.
    @inline(__always)
    public func normFits(_ w: Int, cases: Int, children: Int) -> Bool {
        let figures = workerFigures[w]
        return cases <= figures.maxCases && children <= figures.maxChildren
    }
}
