/// Explains why a case cannot be served in a plan: the first rule, in the order a team manager
/// would check them, that leaves no registered worker to lead it.
public struct WaitingDiagnosis: Sendable {
    let problem: PlanningProblem
    let state: PlanState
    /// How many workers may lead at all.
    let registeredCount: Int
    /// Per lead organisation, per task kind, the most units any supporter who may do it for
    /// that organisation's families (H2, H11) has free; `nil`: none. Computed once: a plan's
    /// waiting list is diagnosed family by family against the same loads, and a saturated region
    /// has thousands of waiting families.
    let supporterRoom: [[Int?]]

    /// What forced families of record off their people, when known.
    let continuity: Continuity?

    /// Creates a diagnosis over a plan; with `continuity`, a family of record that waits says
    /// what forced its people to let it go (`lead-lost`).
    public init(problem: PlanningProblem, state: PlanState, continuity: Continuity? = nil) {
        self.problem = problem
        self.state = state
        self.continuity = continuity
        registeredCount = problem.workers.lazy.filter(\.mayLead).count
        supporterRoom = (0..<problem.organisationCount).map { organisation in
            problem.kinds.indices.map { k in
                problem.candidates.supporters(of: k, leadOrganisation: organisation)
                    .map { problem.hoursLeft($0, load: state.load[$0]) }.max()
            }
        }
    }

    /// The reason code and the numbers behind it; names only workers and codes.
    public func diagnose(_ c: Int) -> (reason: WaitingReason, detail: WaitingDetail) {
        let (reason, detail) = diagnoseServing(c)
        guard let continuity, let lead = problem.cases[c].currentLead else { return (reason, detail) }
        guard let forced = continuity.leadForced[c] else {
            // The lead keeps the family; only a partner is missing.
            return (.noDuoPartner, .partnerMissing(lead: problem.workers[lead].id))
        }
        return (.leadLost, .leadLost(lead: problem.workers[lead].id, forced: forced, blocker: detail))
    }

    /// Why no one may serve case `c`, whoever held it.
    func diagnoseServing(_ c: Int) -> (reason: WaitingReason, detail: WaitingDetail) {
        let info = problem.cases[c]
        let workers = problem.workers
        let municipality = problem.municipalities[info.municipality]
        // The registered workers who serve the municipality, and of them those with the skills
        // and registered kinds, are the candidate lists the planner already keeps.
        let local = problem.candidates.partners[info.municipality]
        if local.isEmpty {
            return (.noWorkerInMunicipality, .noWorkerInMunicipality(registered: registeredCount, municipality: municipality))
        }
        let kinded = problem.candidates.leads(of: c)
        if kinded.isEmpty {
            // The law first: a family only an organisation without the mandate could lead.
            let mandated = local.filter { !PlanningProblem.leadRules(workers[$0], info).contains(.mandate) }
            if mandated.isEmpty {
                let framework = Framework.allCases[info.framework]
                return (.noMandatedLead, .noMandatedLead(local: local.count, municipality: municipality, framework: framework))
            }
            let skilled = mandated.filter { w in info.skills.allSatisfy(workers[w].skills.contains) }
            if skilled.isEmpty {
                let names = info.skills.map { problem.skills[$0] }
                return (.missingSkill, .missingSkill(mandated: mandated.count, municipality: municipality, skills: names))
            }
            return (.missingTaskKind, .missingTaskKind(leads: skilled.count))
        }
        let normed = kinded.filter { w in
            problem.normFits(w, cases: state.caseCount[w] + 1, children: state.childCount[w] + info.children)
        }
        if normed.isEmpty {
            return (.caseloadNorm, .caseloadNorm(leads: kinded.count))
        }
        // Delegable tasks no supporter who may see the family has room for fall back to the lead
        // (rules H8, H11): the same for every lead of one organisation.
        var fallbackOf: [Int: [PlanningProblem.Demand]] = [:]
        for w in normed where fallbackOf[workers[w].organisation] == nil {
            let room = supporterRoom[workers[w].organisation]
            fallbackOf[workers[w].organisation] = info.delegableTasks.filter { task in (room[task.kind] ?? .min) < task.units }
        }
        func fallback(_ lead: Int) -> [PlanningProblem.Demand] { fallbackOf[workers[lead].organisation]! }
        func need(_ lead: Int) -> Int { info.leadUnits + fallback(lead).reduce(0) { $0 + $1.units } }
        let able = normed.filter { w in info.duo || fallback(w).allSatisfy { workers[w].does($0.kind) } }
        if able.isEmpty {
            let kinds = Set(normed.flatMap { fallback($0).map { problem.kinds[$0.kind].id } }).sorted()
            return (.noSupporterCapacity, .noSupporterForFallback(kinds: kinds, leads: normed.count))
        }
        let roomy = able.filter { w in problem.hoursLeft(w, load: state.load[w]) >= need(w) }
        if roomy.isEmpty {
            // The numbers of the lead closest to fitting.
            let closest = able.max { a, b in
                problem.hoursLeft(a, load: state.load[a]) - need(a) < problem.hoursLeft(b, load: state.load[b]) - need(b)
            }!
            let most = problem.hoursLeft(closest, load: state.load[closest])
            let fallen = fallback(closest)
            let fallbackUnits = fallen.reduce(0) { $0 + $1.units }
            return (
                .noRegisteredCapacity,
                .noRegisteredCapacity(
                    leads: able.count, needed: PlanningProblem.hours(need(closest)), fallback: PlanningProblem.hours(fallbackUnits),
                    fallbackKinds: fallen.map { problem.kinds[$0.kind].id }, mostFree: PlanningProblem.hours(max(0, most)))
            )
        }
        if info.duo {
            let partnerNeed = info.partnerCasework
            let partners = local.filter { w in
                problem.normFits(w, cases: state.caseCount[w] + 1, children: state.childCount[w] + info.children)
                    && problem.hoursLeft(w, load: state.load[w]) >= partnerNeed
            }
            // The pairs H5 and H11 allow (`partnersLead`), counted per organisation rather than
            // pair by pair: a saturated region diagnoses thousands of families.
            let across = problem.duoAcrossOrganisations
            var perOrganisation: [Int: Int] = [:]
            for p in partners { perOrganisation[workers[p].organisation, default: 0] += 1 }
            let partnerSet = Set(partners)
            func pairs(_ lead: Int, lawful: Bool) -> Int {
                let own = workers[lead].organisation
                var count = 0
                for (organisation, n) in perOrganisation
                where !(across && organisation == own) && (!lawful || problem.mayShare(lead: own, with: organisation)) {
                    count += n
                }
                return count - (!across && partnerSet.contains(lead) ? 1 : 0)
            }
            if !roomy.contains(where: { pairs($0, lawful: true) > 0 }) {
                let unlawful = roomy.contains { pairs($0, lawful: false) > 0 }
                return (
                    .noDuoPartner,
                    .noDuoPartner(
                        leads: roomy.count, partnerHours: PlanningProblem.hours(partnerNeed), acrossOrganisations: across,
                        network: unlawful)
                )
            }
        }
        let kinds = info.delegableTasks.map { problem.kinds[$0.kind].id }
        return (.noSupporterCapacity, .delegableTasks(leads: roomy.count, kinds: kinds))
    }
}
