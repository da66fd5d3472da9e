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
    /// (H1–H8, H10, H11), by the rule checks of `PlanningProblem+Rules`: what breaks, one line each
    /// (in English). Used for locks and by tests.
    public func violations(of choice: CaseChoice, for c: Int) -> [String] { problems(of: choice, for: c).map(\.en) }

    /// What breaks when case `c` takes `choice`, in every language: a lock that cannot hold
    /// keeps these as its reason, which the manager reads.
    public func problems(of choice: CaseChoice, for c: Int) -> [Text] {
        let info = problem.cases[c]
        let workers = problem.workers
        var problems: [Text] = []
        func name(_ w: Int) -> String { workers[w].id }
        func say(_ nl: String, _ en: String) { problems.append(Text(nl: nl, en: en)) }
        let leadRules = PlanningProblem.leadRules(workers[choice.lead], info)
        let lead = name(choice.lead)
        let monday = problem.scenario.week.monday
        if leadRules.contains(.registration) {
            say("regievoerder \(lead) is op \(monday) niet geregistreerd", "lead \(lead) is not registered on \(monday)")
        }
        if leadRules.contains(.tasks) {
            say(
                "regievoerder \(lead) mag niet elke geregistreerde taak van het gezin doen",
                "lead \(lead) may not do every registered task kind of the case")
        }
        if leadRules.contains(.skills) {
            say("regievoerder \(lead) mist een vereiste deskundigheid", "lead \(lead) lacks a required skill")
        }
        let municipality = problem.municipalities[info.municipality]
        if leadRules.contains(.municipality) {
            say("regievoerder \(lead) werkt niet in \(municipality)", "lead \(lead) does not serve \(municipality)")
        }
        if leadRules.contains(.mandate) {
            let framework = Framework.allCases[info.framework]
            say(
                "regievoerder \(lead) heeft geen mandaat voor \(framework.name.nl)", "lead \(lead) has no mandate for \(framework.rawValue)"
            )
        }
        if info.duo && choice.partner == nil {
            say("het duogezin heeft geen duopartner", "the duo case has no partner")
        } else if let p = choice.partner {
            let partner = name(p)
            let partnerRules = PlanningProblem.partnerRules(workers[p], municipality: info.municipality)
            if p == choice.lead { say("duopartner en regievoerder zijn dezelfde medewerker", "partner and lead are the same worker") }
            if partnerRules.contains(.duo) {
                say("duopartner \(partner) is niet geregistreerd voor casuswerk", "partner \(partner) is not registered for casework")
            }
            if p != choice.lead && !problem.partnersLead(p, choice.lead) {
                let own = workers[choice.lead].organisation, other = workers[p].organisation
                let organisation = problem.organisations[own]
                if problem.mayShare(lead: own, with: other) {
                    say(
                        "duopartner \(partner) is van de organisatie van de regievoerder",
                        "partner \(partner) is from the lead's organisation")
                } else {
                    say(
                        "duopartner \(partner) mag een gezin van \(organisation) niet zien: geen netwerk verbindt beide",
                        "partner \(partner) may not see a family led from \(organisation): no network holds both")
                }
            }
            if partnerRules.contains(.municipality) {
                say("duopartner \(partner) werkt niet in \(municipality)", "partner \(partner) does not serve \(municipality)")
            }
        }
        for (d, w) in choice.delegates.enumerated() {
            let kind = problem.kinds[info.delegableTasks[d].kind].id
            if !workers[w].does(info.delegableTasks[d].kind) {
                say("\(name(w)) mag \(kind) niet doen", "\(name(w)) may not do \(kind)")
            } else if workers[w].registered && w != choice.lead && w != choice.partner {
                // A registered worker's hours go to their own families, which stand-ins cover
                // when they are away; delegable work goes to supporters.
                say(
                    "\(name(w)) is geregistreerd en geen regievoerder of duopartner: \(kind) doet een ondersteuner",
                    "\(name(w)) is registered and neither lead nor partner: a supporter does \(kind)")
            } else if w != choice.lead && w != choice.partner && !problem.maySee(asSupporter: w, lead: choice.lead) {
                let organisation = problem.organisations[workers[choice.lead].organisation]
                say(
                    "ondersteuner \(name(w)) mag niet werken voor een gezin van \(organisation)",
                    "supporter \(name(w)) may not work for a family led from \(organisation)")
            }
        }
        var extra: [Int: Int] = [:]
        for (w, units) in contributions(of: choice, for: c) { extra[w, default: 0] += units }
        for (w, units) in extra.sorted(by: { $0.key < $1.key }) where !problem.hoursFit(w, load: load[w] + units) {
            let left = Text.number(PlanningProblem.hours(max(0, problem.hoursLeft(w, load: load[w]))), decimals: 2)
            let needs = Text.number(PlanningProblem.hours(units), decimals: 2)
            say("\(name(w)) heeft \(left.nl) uur over, nodig is \(needs.nl) uur", "\(name(w)) has \(left.en) h left, needs \(needs.en) h")
        }
        for w in [choice.lead, choice.partner].compactMap({ $0 }) {
            if !problem.normFits(w, cases: caseCount[w] + 1, children: 0) {
                let n = workers[w].capacity.maxCases
                say("\(name(w)) zit aan de caseloadnorm van \(n) gezinnen", "\(name(w)) is at the caseload norm of \(n) families")
            } else if !problem.normFits(w, cases: 0, children: childCount[w] + info.children) {
                let n = workers[w].capacity.maxChildren
                say("\(name(w)) zou boven de norm van \(n) kinderen komen", "\(name(w)) would pass the norm of \(n) children")
            }
        }
        return problems
    }
}
