import CaseloadCore

/// The people each family in care has on record, week after week.
///
/// A week's plan may give a family someone else because its lead is away (sick or on leave);
/// that colleague stands in, and the family goes back to its own lead when they return, as
/// teams do. Only a change while the person of record is still there, or after they left the
/// team, is a handover. Warm-starting each plan from the record rather than from last week's
/// plan is what brings families back.
struct CareRecord {
    /// Per family code, its people of record.
    private(set) var people: [String: CaseAssignment] = [:]

    /// Takes in `plan`, where `away` are the workers who are in the team but away this week,
    /// and returns the number of handovers: changes of lead, and of partner, of record.
    mutating func update(with plan: Plan, away: Set<String>) -> Int {
        var handovers = 0
        for assignment in plan.assignments {
            var kept = assignment
            if let old = people[assignment.caseID] {
                if old.lead != assignment.lead {
                    if away.contains(old.lead), old.lead != assignment.partner {
                        kept = kept.replacing(assignment.lead, with: old.lead)
                        kept.lead = old.lead
                    } else {
                        handovers += 1
                    }
                }
                if let partner = old.partner, partner != assignment.partner {
                    if away.contains(partner), let standIn = assignment.partner, partner != kept.lead {
                        kept = kept.replacing(standIn, with: partner)
                        kept.partner = partner
                    } else {
                        handovers += 1
                    }
                }
            }
            people[assignment.caseID] = kept
        }
        return handovers
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

extension CaseAssignment {
    /// This assignment with `worker`'s tasks given to `other`.
    func replacing(_ worker: String, with other: String) -> CaseAssignment {
        var result = self
        result.tasks = tasks.map { task in
            var task = task
            if task.worker == worker { task.worker = other }
            return task
        }
        return result
    }
}
