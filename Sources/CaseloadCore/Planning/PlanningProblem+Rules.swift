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

    /// H5 and H11 between the two of a duo: the partner is not the lead, of another
    /// organisation where duos cross organisations, and of an organisation that may see a
    /// family led from the lead's (the same, or one network holding both).
    @inline(__always)
    public func partnersLead(_ p: Int, _ lead: Int) -> Bool {
        let own = workerFigures[lead].organisation, other = workerFigures[p].organisation
        return p != lead && !(duoAcrossOrganisations && own == other)
            && sharesFamily[own * organisationStride + other]
    }

    /// H11 for a duo: whether a partner of organisation `other` may see a family led from
    /// organisation `lead`.
    @inline(__always)
    public func mayShare(lead: Int, with other: Int) -> Bool { sharesFamily[lead * organisationStride + other] }

    /// H2 for a supporter: a worker who is not registered, with the task kind. A registered
    /// worker does delegable work only as the family's lead or partner.
    @inline(__always)
    package static func maySupport(_ worker: WorkerFigures, kind: Int) -> Bool { !worker.registered && worker.does(kind) }

    /// H2 and H11 for a supporter of a family led by `lead`: `maySupport`, and of the lead's
    /// organisation or one that shares support with it in a network.
    @inline(__always)
    public func maySupport(_ w: Int, kind: Int, lead: Int) -> Bool {
        Self.maySupport(workerFigures[w], kind: kind) && maySee(asSupporter: w, lead: lead)
    }

    /// H11 for a supporter: whether worker `w` may work for a family led by `lead`, being of the
    /// lead's organisation or of one that shares support with it in a network.
    @inline(__always)
    public func maySee(asSupporter w: Int, lead: Int) -> Bool {
        sharesSupport[workerFigures[lead].organisation * organisationStride + workerFigures[w].organisation]
    }

    /// H2 and H11 for one delegable task of a family led by `lead` and partnered by `partner`,
    /// as the planner delegates: to a supporter who may see the family, else to the lead or the
    /// partner.
    @inline(__always)
    public func mayDo(_ w: Int, kind: Int, lead: Int, partner: Int?) -> Bool {
        w == lead || w == partner ? workerFigures[w].does(kind) : maySupport(w, kind: kind, lead: lead)
    }

    /// Whether worker `w` may lead case `c`: H1, H2, H6 and H7 (`leadRules`).
    @inline(__always)
    public func mayLead(_ w: Int, _ c: Int) -> Bool { candidates.leadMember[candidates.leadGroup[c]][w] }

    /// Whether `p` may partner `lead` on duo case `c`: H5, H7 and H11 (`partnerRules`,
    /// `partnersLead`).
    @inline(__always)
    public func mayPartner(_ p: Int, lead: Int, _ c: Int) -> Bool {
        candidates.partnerMember[caseFigures[c].municipality][p] && partnersLead(p, lead)
    }

    /// S3: whether a delegable task of kind `kind` on a family led by `lead`, done by a
    /// registered worker, could have gone to a supporter who may see the family.
    @inline(__always)
    public func isSupported(kind: Int, lead: Int) -> Bool {
        supportedKinds[workerFigures[lead].organisation] & (1 << UInt64(kind)) != 0
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
