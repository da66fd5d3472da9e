extension Scenario {
    /// This scenario with the people of `plan` as every family's people of record: what
    /// adopting a plan means — last week's plan as this week's starting point (a warm start in
    /// the simulator), or a plan the manager approves — so that S2 counts the changes against
    /// what the families actually have.
    ///
    /// A family that waited in `plan` keeps what the scenario says. A pinned family's pin stays
    /// the manager's choice: its given people are written down as the pin before the record
    /// follows the plan, so that a pin the plan could not keep is tried again next time.
    public func continuing(from plan: Plan) -> Scenario {
        var result = self
        var index: [String: Int] = [:]
        for (i, c) in cases.enumerated() { index[c.id] = i }
        let registeredKinds = Set(allTaskKinds.filter(\.registered).map(\.id))
        for assignment in plan.assignments {
            guard let i = index[assignment.caseID] else { continue }
            if result.cases[i].lock {
                result.cases[i].pinnedLead = result.cases[i].givenLead
                result.cases[i].pinnedPartner = result.cases[i].givenPartner
            }
            result.cases[i].lead = assignment.lead
            result.cases[i].partner = assignment.partner
            var supporters: [String: String] = [:]
            for task in assignment.tasks where !registeredKinds.contains(task.kind) {
                if task.worker != assignment.lead && task.worker != assignment.partner { supporters[task.kind] = task.worker }
            }
            result.cases[i].supporters = supporters
        }
        return result
    }

    /// This scenario after the manager approves `plan`: its people are the families' people of
    /// record (`continuing(from:)`), and a family it leaves waiting is held by no one — its
    /// lead lost it, or it never had one — and waits from the plan's Monday unless a date was
    /// given. (A served family keeps its `waiting_since`: it is the manager's data, and a plan
    /// approved later may leave the family waiting again.)
    public func adopting(_ plan: Plan) -> Scenario {
        var result = continuing(from: plan)
        let waiting = Set(plan.waiting.map(\.caseID))
        for i in result.cases.indices where waiting.contains(result.cases[i].id) {
            result.cases[i].lead = nil
            result.cases[i].partner = nil
            result.cases[i].supporters = [:]
            if result.cases[i].waitingSince == nil { result.cases[i].waitingSince = plan.week.monday }
        }
        return result
    }

    /// Every family's people of record, by case code: who holds it before the week is planned.
    public var record: [String: PeopleOfRecord] {
        var result: [String: PeopleOfRecord] = [:]
        for c in cases where c.lead != nil || c.partner != nil || !c.supporters.isEmpty {
            result[c.id] = PeopleOfRecord(lead: c.lead, partner: c.partner, supporters: c.supporters)
        }
        return result
    }

    /// This scenario with `record` as the people of record of `plan`'s families (a family the
    /// record does not name had none): the data as a plan made against that record saw it. A
    /// family added since keeps what the scenario says.
    public func withRecord(_ record: [String: PeopleOfRecord], of plan: Plan) -> Scenario {
        var result = self
        let planned = Set(plan.assignments.map(\.caseID)).union(plan.waiting.map(\.caseID))
        for i in result.cases.indices where planned.contains(result.cases[i].id) {
            let people = record[result.cases[i].id]
            result.cases[i].lead = people?.lead
            result.cases[i].partner = people?.partner
            result.cases[i].supporters = people?.supporters ?? [:]
        }
        return result
    }
}

/// The people who hold a family before a week is planned: its lead, duo partner and supporters.
public struct PeopleOfRecord: Hashable, Sendable, Codable {
    /// The lead of record.
    public var lead: String?
    /// The duo partner of record.
    public var partner: String?
    /// The supporter of record per delegable task kind.
    public var supporters: [String: String]

    /// Creates a record.
    public init(lead: String?, partner: String?, supporters: [String: String] = [:]) {
        self.lead = lead
        self.partner = partner
        self.supporters = supporters
    }
}

extension PlanningProblem {
    /// The choices of `plan` in this problem's indices, for a warm start; a family whose people
    /// are unknown here, or who waited, has none. With `agreeingWithRecord`, neither has a family
    /// whose lead or partner in `plan` is not its lead or partner of record: the record was
    /// changed since (an import, a pin) and a warm start must not undo the manager's change.
    public func choices(from plan: Plan, agreeingWithRecord: Bool = false) -> [CaseChoice?] {
        var result = [CaseChoice?](repeating: nil, count: cases.count)
        var index: [String: Int] = [:]
        for (c, info) in cases.enumerated() { index[info.id] = c }
        for assignment in plan.assignments {
            guard let c = index[assignment.caseID], let lead = workerIndex[assignment.lead] else { continue }
            let partner = assignment.partner.flatMap { workerIndex[$0] }
            if cases[c].duo != (partner != nil) { continue }
            if agreeingWithRecord && (cases[c].currentLead != lead || cases[c].currentPartner != partner) { continue }
            var delegates: [Int] = []
            for task in cases[c].delegableTasks {
                let kind = kinds[task.kind].id
                // The plan lists each worker's share of a kind; a delegable task has one worker.
                guard let worker = assignment.tasks.first(where: { $0.kind == kind }).flatMap({ workerIndex[$0.worker] }) else {
                    break
                }
                delegates.append(worker)
            }
            guard delegates.count == cases[c].delegableTasks.count else { continue }
            result[c] = CaseChoice(lead: lead, partner: partner, delegates: delegates)
        }
        return result
    }
}
