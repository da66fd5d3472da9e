import CaseloadCore

/// The people each family in care has on record, week after week.
///
/// A week's plan keeps a family with its lead while a colleague stands in for a short absence
/// (the plan lists the stand-in, not a handover), and hands it over only when something forces
/// it (a long absence, leaving, a lapsed registration, the norm): the plan's own `handovers`,
/// the one definition the table, JSON and explain use, are the week's handovers.
struct CareRecord {
    /// Per family code, its people of record.
    private(set) var people: [String: CaseAssignment] = [:]

    /// Takes in `plan` and returns the number of handovers it makes: changes of lead, and of
    /// partner, against the people of record.
    mutating func update(with plan: Plan) -> Int {
        for assignment in plan.assignments { people[assignment.caseID] = assignment }
        return plan.handovers.count
    }

    /// Forgets families that are no longer open.
    mutating func keep(only open: Set<String>) {
        people = people.filter { open.contains($0.key) }
    }

    /// `plan` with every family on record planned with its people of record: the warm start of
    /// the next planning point.
    func warmStart(from plan: Plan) -> Plan {
        var result = plan
        result.assignments = people.keys.sorted().map { people[$0]! }
        return result
    }
}
