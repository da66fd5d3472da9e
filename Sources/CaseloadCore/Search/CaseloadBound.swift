import CaseloadSearch

/// A lower bound on the soft score by Lagrangian relaxation of the capacity rows.
///
/// Each family either waits (its S1 cost) or takes a lead it may have and, for a duo, a partner
/// (the handovers that costs). The hours (H3) and norm rows (H4) of each worker are priced by
/// multipliers instead of enforced; subgradient steps move the prices. What the relaxation drops
/// — supporters, the partner's organisation, S3 and S4 — only lowers it, so the bound is valid
/// however many steps run: no plan scores below it.
///
/// Continuity is kept where it binds every plan: a family whose lead (or partner) of record no
/// rule forces away, and whose record that person can hold within their norm and hours however
/// the delegable work falls, keeps that person or waits — no plan may hand it over voluntarily.
/// Without this, the relaxation moves families of record for a handover's price to free norm
/// places for waiting families, and the bound says little where norms bind.
public struct CaseloadBound: Sendable {
    /// The best bound found.
    public private(set) var value: Double
    /// Subgradient steps taken.
    public private(set) var steps: Int

    /// Computes a bound for `problem`; `target` (a known plan's score) guides the step size,
    /// `budget` caps the work in (case, candidate lead) evaluations.
    ///
    /// With `voluntaryHandovers` (an allowance), any family may change hands at a handover's price.
    public init(
        problem: PlanningProblem, weights: Settings.Weights, target: Double, budget: Int = 20_000_000,
        voluntaryHandovers: Bool = false
    ) {
        let cases = problem.cases
        let workers = problem.workerFigures
        let n = problem.workers.count
        let kept = voluntaryHandovers ? KeptPeople(count: cases.count) : KeptPeople(problem: problem)
        let candidates = cases.indices.map { c in
            kept.lead[c].map { [$0] } ?? problem.candidates.leads(of: c)
        }
        let partners = problem.candidates.partners
        // A family that must keep its people cannot wait: no price makes it.
        let waitCost = cases.indices.map { kept.served[$0] ? .infinity : weights.waiting * cases[$0].waitingFactor }
        // A kept family always has its lead (and a duo its partner) among its options, so its
        // cost is finite; should that ever not hold, it may wait, as the bound stays valid.
        let partnerChange = weights.handover * Score.partnerHandoverShare
        let hours = cases.map { Double($0.leadUnits) / Double(PlanningProblem.unitsPerHour) }
        let partnerHours = cases.map { Double($0.partnerCasework) / Double(PlanningProblem.unitsPerHour) }
        let hoursCap = workers.map { Double($0.limit) / Double(PlanningProblem.unitsPerHour) }
        // Delegable tasks no possible lead or partner may do must go to a supporter: their hours
        // are priced too (the supporters of legal and placement work are often what binds).
        let supporters = problem.candidates.supporters
        let forced: [[(kind: Int, hours: Double)]] = cases.enumerated().map { c, info in
            info.delegableTasks.compactMap { task in
                let someone =
                    candidates[c].contains { workers[$0].does(task.kind) }
                    || info.duo && partners[info.municipality].contains { workers[$0].does(task.kind) }
                return someone ? nil : (task.kind, Double(task.units) / Double(PlanningProblem.unitsPerHour))
            }
        }
        let perStep = max(
            1,
            cases.indices.reduce(0) {
                $0 + candidates[$1].count + (cases[$1].duo ? partners[cases[$1].municipality].count : 0)
                    + forced[$1].reduce(0) { $0 + supporters[$1.kind].count }
            })
        let maxSteps = max(1, min(200, budget / perStep))

        // Subgradient ascent is sensitive to its step size: two ascents, a bold and a careful
        // one, each with half the budget, and the better bound counts.
        var steps = 0
        func ascend(scale initialScale: Double, patience: Int, maxSteps: Int) -> Double {
            var scale = initialScale
            var priceHours = [Double](repeating: 0, count: n)
            var priceCases = [Double](repeating: 0, count: n)
            var priceChildren = [Double](repeating: 0, count: n)
            var best = -Double.infinity
            var sinceBetter = 0
            var useHours = [Double](repeating: 0, count: n)
            var useCases = [Double](repeating: 0, count: n)
            var useChildren = [Double](repeating: 0, count: n)
            for _ in 0..<maxSteps {
                steps += 1
                for w in 0..<n {
                    useHours[w] = 0
                    useCases[w] = 0
                    useChildren[w] = 0
                }
                var value = 0.0
                for (c, info) in cases.enumerated() {
                    let kids = Double(info.children)
                    // For a duo: the two cheapest partners, so that the lead can take the other one.
                    var partner1 = -1, partner2 = -1
                    var cost1 = Double.infinity, cost2 = Double.infinity
                    if info.duo {
                        for p in kept.partner[c].map({ [$0] }) ?? partners[info.municipality] {
                            let change = info.currentPartner != nil && info.currentPartner != p ? partnerChange : 0
                            let cost = change + priceHours[p] * partnerHours[c] + priceCases[p] + priceChildren[p] * kids
                            if cost < cost1 {
                                (partner2, cost2) = (partner1, cost1)
                                (partner1, cost1) = (p, cost)
                            } else if cost < cost2 {
                                (partner2, cost2) = (p, cost)
                            }
                        }
                    }
                    var taskCost = 0.0
                    var taskWorkers: [Int] = []
                    for task in forced[c] {
                        var cheapest = Double.infinity, who = -1
                        for w in supporters[task.kind] where priceHours[w] * task.hours < cheapest {
                            cheapest = priceHours[w] * task.hours
                            who = w
                        }
                        taskCost += cheapest
                        taskWorkers.append(who)
                    }
                    var bestCost = waitCost[c]
                    var bestLead = -1, bestPartner = -1
                    for w in candidates[c] {
                        let handover = info.currentLead != nil && info.currentLead != w ? weights.handover : 0
                        var cost = taskCost + handover + priceHours[w] * hours[c] + priceCases[w] + priceChildren[w] * kids
                        var partner = -1
                        if info.duo {
                            partner = partner1 != w ? partner1 : partner2
                            guard partner >= 0 else { continue }
                            cost += partner1 != w ? cost1 : cost2
                        }
                        if cost < bestCost {
                            bestCost = cost
                            bestLead = w
                            bestPartner = partner
                        }
                    }
                    if !bestCost.isFinite { bestCost = weights.waiting * info.waitingFactor }
                    value += bestCost
                    if bestLead >= 0 {
                        useHours[bestLead] += hours[c]
                        useCases[bestLead] += 1
                        useChildren[bestLead] += kids
                    }
                    if bestLead >= 0 {
                        for (t, w) in taskWorkers.enumerated() { useHours[w] += forced[c][t].hours }
                    }
                    if bestPartner >= 0 {
                        useHours[bestPartner] += partnerHours[c]
                        useCases[bestPartner] += 1
                        useChildren[bestPartner] += kids
                    }
                }
                var norm = 0.0
                for w in 0..<n {
                    value -=
                        priceHours[w] * hoursCap[w] + priceCases[w] * Double(workers[w].maxCases)
                        + priceChildren[w] * Double(workers[w].maxChildren)
                    // Subgradients of a price already at 0 that would push it below count for nothing.
                    let g = (
                        useHours[w] - hoursCap[w], useCases[w] - Double(workers[w].maxCases),
                        useChildren[w] - Double(workers[w].maxChildren)
                    )
                    norm +=
                        (priceHours[w] > 0 || g.0 > 0 ? g.0 * g.0 : 0) + (priceCases[w] > 0 || g.1 > 0 ? g.1 * g.1 : 0)
                        + (priceChildren[w] > 0 || g.2 > 0 ? g.2 * g.2 : 0)
                }
                if value > best + 1e-9 {
                    best = value
                    sinceBetter = 0
                } else {
                    sinceBetter += 1
                    if sinceBetter >= patience {
                        scale /= 2
                        sinceBetter = 0
                    }
                }
                guard norm > 0, target > value else { break }
                let step = scale * (target - value) / norm
                for w in 0..<n {
                    priceHours[w] = max(0, priceHours[w] + step * (useHours[w] - hoursCap[w]))
                    priceCases[w] = max(0, priceCases[w] + step * (useCases[w] - Double(workers[w].maxCases)))
                    priceChildren[w] = max(0, priceChildren[w] + step * (useChildren[w] - Double(workers[w].maxChildren)))
                }
            }
            return best
        }
        let best = max(
            ascend(scale: 2, patience: 5, maxSteps: max(1, maxSteps / 2)),
            ascend(scale: 0.5, patience: 3, maxSteps: max(1, maxSteps / 2)))
        value = max(0, best)
        self.steps = steps
    }
}

extension CaseloadBound {
    /// Per family, the lead and partner of record every plan must keep: no rule forces them away
    /// (`Continuity`), the family is not pinned, and their whole record — every delegable hour
    /// falling back to the lead — fits their norm and hours, so neither `over-norm` nor
    /// `over-hours` can force a change.
    struct KeptPeople {
        var lead: [Int?]
        var partner: [Int?]
        /// Families served in every plan: a kept lead who may do all their delegable work (so no
        /// missing supporter can stop them) and, for a duo, a kept partner. Others with a kept
        /// lead may still wait, for want of a partner or a supporter.
        var served: [Bool]

        /// No one kept: every family may change hands.
        init(count: Int) {
            lead = Array(repeating: nil, count: count)
            partner = lead
            served = Array(repeating: false, count: count)
        }

        init(problem: PlanningProblem) {
            self.init(count: problem.cases.count)
            let continuity = Continuity(problem: problem)
            let workers = problem.workerFigures
            var units = [Int](repeating: 0, count: workers.count)
            var families = continuity.recordCases
            var children = continuity.recordChildren
            for (c, info) in problem.cases.enumerated() {
                // A pin gives its people a family that may push their own record over (the
                // knock-on `over-hours` of a pin): counted, so such a record is not kept here.
                if info.lock {
                    for person in [info.givenLead, info.duo ? info.givenPartner : nil].compactMap({ $0 }) {
                        units[person] += info.leadUnits + info.delegableTasks.reduce(0) { $0 + $1.units }
                        families[person] += 1
                        children[person] += info.children
                    }
                }
                if let l = info.currentLead, continuity.leadForced[c] == nil {
                    units[l] += info.leadUnits + info.delegableTasks.reduce(0) { $0 + $1.units }
                }
                if info.duo, let p = info.currentPartner, continuity.partnerForced[c] == nil { units[p] += info.partnerCasework }
            }
            let holds = workers.indices.map { w in
                units[w] <= workers[w].limit
                    && problem.normFits(w, cases: families[w], children: children[w])
            }
            for (c, info) in problem.cases.enumerated() where !info.lock {
                if let l = info.currentLead, continuity.leadForced[c] == nil, holds[l], problem.candidates.leads(of: c).contains(l) {
                    lead[c] = l
                }
                // The partner only beside a kept lead: where the lead must go, the partner may
                // become the lead.
                if lead[c] != nil, info.duo, let p = info.currentPartner, p != info.currentLead, continuity.partnerForced[c] == nil,
                    holds[p],
                    problem.candidates.partners[info.municipality].contains(p)
                {
                    partner[c] = p
                }
                if let l = lead[c], !info.duo || partner[c] != nil, info.delegableTasks.allSatisfy({ workers[l].does($0.kind) }) {
                    served[c] = true
                }
            }
        }
    }
}
