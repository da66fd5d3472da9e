/// Explains why a case cannot be served in a plan: the first rule, in the order a team manager
/// would check them, that leaves no registered worker to lead it.
public struct WaitingDiagnosis: Sendable {
    let problem: PlanningProblem
    let state: PlanState
    /// How many workers may lead at all.
    let registeredCount: Int
    /// Per task kind, the most units any supporter who does it has free; `nil`: no supporter
    /// does it. Computed once: a plan's waiting list is diagnosed family by family against
    /// the same loads, and a saturated region has thousands of waiting families.
    let supporterRoom: [Int?]

    /// Creates a diagnosis over a plan.
    public init(problem: PlanningProblem, state: PlanState) {
        self.problem = problem
        self.state = state
        registeredCount = problem.workers.lazy.filter(\.mayLead).count
        var room = [Int?](repeating: nil, count: problem.kinds.count)
        for w in problem.workers.indices {
            for k in room.indices where PlanningProblem.maySupport(problem.workerFigures[w], kind: k) {
                room[k] = max(room[k] ?? .min, problem.hoursLeft(w, load: state.load[w]))
            }
        }
        supporterRoom = room
    }

    /// The reason code and a sentence with the numbers; names only workers and codes.
    public func diagnose(_ c: Int) -> (reason: WaitingReason, detail: String) {
        let info = problem.cases[c]
        let workers = problem.workers
        let municipality = problem.municipalities[info.municipality]
        // The registered workers who serve the municipality, and of them those with the skills
        // and registered kinds, are the candidate lists the planner already keeps.
        let local = problem.candidates.partners[info.municipality]
        if local.isEmpty {
            return (.noWorkerInMunicipality, "none of the \(registeredCount) registered workers serves \(municipality)")
        }
        let kinded = problem.candidates.leads(of: c)
        if kinded.isEmpty {
            // The law first: a family only an organisation without the mandate could lead.
            let mandated = local.filter { !PlanningProblem.leadRules(workers[$0], info).contains(.mandate) }
            if mandated.isEmpty {
                let framework = Framework.allCases[info.framework].rawValue
                return (
                    .noMandatedLead,
                    "\(local.count) registered workers serve \(municipality); none is mandated for \(framework)"
                )
            }
            let skilled = mandated.filter { w in info.skills.allSatisfy(workers[w].skills.contains) }
            if skilled.isEmpty {
                let names = info.skills.map { problem.skills[$0] }.joined(separator: ", ")
                return (.missingSkill, "\(mandated.count) mandated workers serve \(municipality); none has \(names)")
            }
            return (.missingTaskKind, "none of the \(skilled.count) possible leads may do every registered task of the case")
        }
        let normed = kinded.filter { w in
            problem.normFits(w, cases: state.caseCount[w] + 1, children: state.childCount[w] + info.children)
        }
        if normed.isEmpty {
            return (.caseloadNorm, "all \(kinded.count) possible leads are at their caseload norm")
        }
        // Delegable tasks no supporter has room for fall back to the lead (rule H8).
        let fallback = info.delegableTasks.filter { task in (supporterRoom[task.kind] ?? .min) < task.units }
        let fallbackUnits = fallback.reduce(0) { $0 + $1.units }
        let need = info.leadUnits + fallbackUnits
        let able = normed.filter { w in info.duo || fallback.allSatisfy { workers[w].does($0.kind) } }
        if able.isEmpty {
            let kinds = fallback.map { problem.kinds[$0.kind].id }.joined(separator: ", ")
            return (
                .noSupporterCapacity,
                "no supporter has room for \(kinds), and none of the \(normed.count) possible leads within the norm may do it"
            )
        }
        let roomy = able.filter { w in problem.hoursLeft(w, load: state.load[w]) >= need }
        if roomy.isEmpty {
            let most = able.map { problem.hoursLeft($0, load: state.load[$0]) }.max() ?? 0
            let extra =
                fallbackUnits > 0
                ? " (\(PlanningProblem.hours(info.leadUnits)) h casework + \(PlanningProblem.hours(fallbackUnits)) h "
                    + fallback.map { problem.kinds[$0.kind].id }.joined(separator: ", ") + " no supporter has room for)"
                : ""
            return (
                .noRegisteredCapacity,
                "\(able.count) possible leads within the norm; none has \(PlanningProblem.hours(need)) h free\(extra); most free: \(PlanningProblem.hours(max(0, most))) h"
            )
        }
        if info.duo {
            let partnerNeed = info.partnerCasework
            let partners = local.filter { w in
                problem.normFits(w, cases: state.caseCount[w] + 1, children: state.childCount[w] + info.children)
                    && problem.hoursLeft(w, load: state.load[w]) >= partnerNeed
            }
            // The pairs H5 allows (`partnersLead`), counted per organisation rather than pair by
            // pair: a saturated region diagnoses thousands of families.
            let across = problem.duoAcrossOrganisations
            var perOrganisation: [Int: Int] = [:]
            for p in partners { perOrganisation[workers[p].organisation, default: 0] += 1 }
            let partnerSet = Set(partners)
            let hasPair = roomy.contains { lead in
                across
                    ? partners.count - perOrganisation[workers[lead].organisation, default: 0] > 0
                    : partners.count - (partnerSet.contains(lead) ? 1 : 0) > 0
            }
            if !hasPair {
                return (
                    .noDuoPartner,
                    "\(roomy.count) possible leads; no registered partner\(across ? " from another organisation" : "") with \(PlanningProblem.hours(partnerNeed)) h free"
                )
            }
        }
        let kinds = info.delegableTasks.map { problem.kinds[$0.kind].id }.joined(separator: ", ")
        return (
            .noSupporterCapacity,
            "\(roomy.count) possible leads; the delegable tasks (\(kinds)) fit neither a supporter nor the lead or partner"
        )
    }
}
