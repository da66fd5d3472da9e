/// The people chosen for one case.
public struct CaseChoice: Hashable, Sendable {
    /// The lead's worker index.
    public var lead: Int
    /// The partner's worker index; `nil` unless the family is served by a duo.
    public var partner: Int?
    /// The worker of each of the case's delegable tasks, in `CaseInfo.delegableTasks` order.
    public var delegates: [Int]

    /// Creates a choice.
    public init(lead: Int, partner: Int?, delegates: [Int]) {
        self.lead = lead
        self.partner = partner
        self.delegates = delegates
    }
}

/// A plan under construction or search: who serves each case and every worker's running totals.
///
/// The totals are kept in step with the choices so that feasibility of a change is an O(1)
/// question, which the planner asks millions of times.
public struct PlanState: Sendable {
    /// The problem planned.
    public let problem: PlanningProblem
    /// The choice per case; `nil` while the case waits.
    public private(set) var choices: [CaseChoice?]
    /// Units planned per worker.
    public private(set) var load: [Int]
    /// Cases per worker as lead or partner.
    public private(set) var caseCount: [Int]
    /// Children per worker over those cases.
    public private(set) var childCount: [Int]

    /// An empty plan: every case waits.
    public init(problem: PlanningProblem) {
        self.problem = problem
        choices = Array(repeating: nil, count: problem.cases.count)
        load = Array(repeating: 0, count: problem.workers.count)
        caseCount = load
        childCount = load
    }

    /// Units each worker of `choice` takes on for case `c`, in the order lead, partner,
    /// delegates; a worker may appear more than once.
    public func contributions(of choice: CaseChoice, for c: Int) -> [(worker: Int, units: Int)] {
        let info = problem.cases[c]
        var result: [(worker: Int, units: Int)] = [(choice.lead, info.leadUnits)]
        if let partner = choice.partner { result.append((partner, info.partnerCasework)) }
        for (d, worker) in choice.delegates.enumerated() { result.append((worker, info.delegableTasks[d].units)) }
        return result
    }

    /// Serves case `c` with `choice`; the caller has checked feasibility.
    public mutating func assign(_ c: Int, _ choice: CaseChoice) {
        precondition(choices[c] == nil, "case is already served")
        add(choice, for: c, sign: 1)
        choices[c] = choice
    }

    /// Puts case `c` back on the waiting list.
    public mutating func unassign(_ c: Int) {
        guard let choice = choices[c] else { return }
        add(choice, for: c, sign: -1)
        choices[c] = nil
    }

    /// Adds (or removes) the hours and norm places of `choice`; written out rather than through
    /// `contributions` because the search calls it millions of times and must not allocate.
    private mutating func add(_ choice: CaseChoice, for c: Int, sign: Int) {
        let figures = problem.caseFigures[c]
        load[choice.lead] += sign * figures.leadUnits
        caseCount[choice.lead] += sign
        childCount[choice.lead] += sign * figures.children
        if let partner = choice.partner {
            load[partner] += sign * figures.partnerUnits
            caseCount[partner] += sign
            childCount[partner] += sign * figures.children
        }
        for (d, worker) in choice.delegates.enumerated() { load[worker] += sign * problem.taskUnits[figures.firstTask + d] }
    }

    /// Whether `choice` for case `c` keeps every hard rule given the rest of the plan
    /// (H1–H8, H10, H11), by the rule checks of `PlanningProblem+Rules`: what breaks, one line each. Used
    /// for locks and by tests.
    public func violations(of choice: CaseChoice, for c: Int) -> [String] {
        let info = problem.cases[c]
        let workers = problem.workers
        var problems: [String] = []
        func name(_ w: Int) -> String { workers[w].id }
        let leadRules = PlanningProblem.leadRules(workers[choice.lead], info)
        let lead = name(choice.lead)
        if leadRules.contains(.registration) { problems.append("lead \(lead) is not registered on \(problem.scenario.week.monday)") }
        if leadRules.contains(.tasks) { problems.append("lead \(lead) may not do every registered task kind of the case") }
        if leadRules.contains(.skills) { problems.append("lead \(lead) lacks a required skill") }
        if leadRules.contains(.municipality) {
            problems.append("lead \(lead) does not serve \(problem.municipalities[info.municipality])")
        }
        if leadRules.contains(.mandate) {
            problems.append("lead \(lead) has no mandate for \(Framework.allCases[info.framework].rawValue)")
        }
        if info.duo && choice.partner == nil {
            problems.append("the duo case has no partner")
        } else if let p = choice.partner {
            let partner = name(p)
            let partnerRules = PlanningProblem.partnerRules(workers[p], municipality: info.municipality)
            if p == choice.lead { problems.append("partner and lead are the same worker") }
            if partnerRules.contains(.duo) { problems.append("partner \(partner) is not registered for casework") }
            if p != choice.lead && !problem.partnersLead(p, choice.lead) {
                let own = workers[choice.lead].organisation, other = workers[p].organisation
                problems.append(
                    problem.mayShare(lead: own, with: other)
                        ? "partner \(partner) is from the lead's organisation"
                        : "partner \(partner) may not see a family led from \(problem.organisations[own]): no network holds both")
            }
            if partnerRules.contains(.municipality) {
                problems.append("partner \(partner) does not serve \(problem.municipalities[info.municipality])")
            }
        }
        for (d, w) in choice.delegates.enumerated() {
            let kind = info.delegableTasks[d].kind
            if !workers[w].does(kind) {
                problems.append("\(name(w)) may not do \(problem.kinds[kind].id)")
            } else if workers[w].registered && w != choice.lead && w != choice.partner {
                // A registered worker's hours go to their own families, which stand-ins cover
                // when they are away; delegable work goes to supporters.
                problems.append("\(name(w)) is registered and neither lead nor partner: a supporter does \(problem.kinds[kind].id)")
            } else if w != choice.lead && w != choice.partner && !problem.maySee(asSupporter: w, lead: choice.lead) {
                problems.append(
                    "supporter \(name(w)) may not work for a family led from \(problem.organisations[workers[choice.lead].organisation])")
            }
        }
        var extra: [Int: Int] = [:]
        for (w, units) in contributions(of: choice, for: c) { extra[w, default: 0] += units }
        for (w, units) in extra.sorted(by: { $0.key < $1.key }) where !problem.hoursFit(w, load: load[w] + units) {
            problems.append(
                "\(name(w)) has \(PlanningProblem.hours(max(0, problem.hoursLeft(w, load: load[w])))) h left, needs \(PlanningProblem.hours(units)) h"
            )
        }
        for w in [choice.lead, choice.partner].compactMap({ $0 }) {
            if !problem.normFits(w, cases: caseCount[w] + 1, children: 0) {
                problems.append("\(name(w)) is at the caseload norm of \(workers[w].capacity.maxCases) families")
            } else if !problem.normFits(w, cases: 0, children: childCount[w] + info.children) {
                problems.append("\(name(w)) would pass the norm of \(workers[w].capacity.maxChildren) children")
            }
        }
        return problems
    }
}
