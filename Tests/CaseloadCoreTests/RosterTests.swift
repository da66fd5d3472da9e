import CaseloadTestSupport
import Dispatch
import Synchronization
import Testing

@testable import CaseloadCore

/// The roster (issue 29): which families every worker holds, as properties over generated
/// regions with absences (stand-ins), lapsed registrations and mandates (handovers) and tight
/// hours (waiting families of record).
@Suite struct RosterTests {
    static let count = 40

    /// Plans of generated regions with a short search, made once and in parallel.
    static let planned: [(scenario: Scenario, plan: Plan)] = {
        let results = Mutex([Int: (Scenario, Plan)]())
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let seed = UInt64(2900 + i)
            let scenario = RandomScenarios.make(seed: seed, workers: 8 + i % 12, cases: 30 + 4 * i, tight: i % 2 == 0)
            results.withLock { $0[i] = (scenario, Planner.plan(scenario, options: PlanOptions(seed: seed, maxMoves: 2_000))) }
        }
        return results.withLock { r in (0..<count).map { r[$0]! } }
    }()

    @Test("every worker is listed once, grouped by organisation, lines by role then case code")
    func everyWorkerInOrder() {
        for (scenario, plan) in Self.planned {
            let roster = Roster(plan: plan, scenario: scenario)
            #expect(roster.entries.map(\.id).sorted() == plan.workers.map(\.id).sorted(), "\(scenario.name)")
            var seen: [String] = []
            for e in roster.entries where seen.last != e.load.organisation {
                #expect(!seen.contains(e.load.organisation), "\(scenario.name): \(e.load.organisation) split")
                seen.append(e.load.organisation)
            }
            for e in roster.entries {
                let keys = e.lines.map { (Roster.Role.allCases.firstIndex(of: $0.role)!, $0.caseID) }
                #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(scenario.name) \(e.id)")
            }
        }
    }

    @Test("a worker's family hours add up to their planned hours, stand-ins counted, hours stood in for not")
    func hoursAddUp() {
        var standIns = 0
        for (scenario, plan) in Self.planned {
            standIns += plan.standIns.count
            for e in Roster(plan: plan, scenario: scenario).entries {
                let sum = e.lines.reduce(0) { $0 + $1.hours }
                #expect(abs(sum - e.load.plannedHours) < 1e-6, "\(scenario.name) \(e.id): \(sum) vs \(e.load.plannedHours)")
                #expect(e.lines.allSatisfy { $0.hours >= 0 && $0.awayHours >= 0 })
            }
        }
        #expect(standIns > 0, "the generated regions have stand-ins")
    }

    @Test("every served family is under its lead and partner, every task worker under the family, nothing else")
    func everyoneOnAFamilyIsListed() {
        for (scenario, plan) in Self.planned {
            let roster = Roster(plan: plan, scenario: scenario)
            var expected: Set<String> = []
            for a in plan.assignments {
                expected.insert("\(a.lead) \(a.caseID) lead")
                if let p = a.partner { expected.insert("\(p) \(a.caseID) partner") }
                for t in a.tasks where t.worker != a.lead && t.worker != a.partner {
                    expected.insert("\(t.worker) \(a.caseID) supporter")
                }
            }
            for s in plan.standIns { expected.insert("\(s.standIn) \(s.caseID) stand-in \(s.absent)") }
            let lines = roster.entries.flatMap { e in
                e.lines.map { "\(e.id) \($0.caseID) \($0.role.rawValue)" + ($0.standingInFor.map { " \($0)" } ?? "") }
            }
            #expect(Set(lines) == expected, "\(scenario.name)")
            #expect(lines.count == expected.count, "\(scenario.name): a line twice")
            // A supporter's kinds are exactly the kinds of their tasks on the family.
            let tasks = Dictionary(grouping: plan.assignments.flatMap { a in a.tasks.map { (a.caseID, $0) } }) { "\($0.0) \($0.1.worker)" }
            for e in roster.entries {
                for l in e.lines where l.role == .supporter {
                    #expect(l.kinds == Set((tasks["\(l.caseID) \(e.id)"] ?? []).map(\.1.kind)).sorted())
                }
            }
        }
    }

    @Test("a line is unchanged exactly when its worker had the family in that role of record; changes agree with the handovers")
    func changesAgreeWithTheRecord() {
        var counts: [Roster.Change: Int] = [:]
        for (scenario, plan) in Self.planned {
            let record = Dictionary(uniqueKeysWithValues: scenario.cases.map { ($0.id, $0) })
            let handovers = Dictionary(uniqueKeysWithValues: plan.handovers.map { ("\($0.caseID) \($0.role.rawValue)", $0) })
            for e in Roster(plan: plan, scenario: scenario).entries {
                for l in e.lines {
                    counts[l.change, default: 0] += 1
                    let family = record[l.caseID]!
                    let had: Bool
                    switch l.role {
                    case .lead: had = family.lead == e.id
                    case .partner: had = family.duo && family.partner == e.id
                    case .supporter: had = family.supporters.values.contains(e.id)
                    case .standIn: had = false
                    }
                    #expect((l.change == .none) == had, "\(scenario.name) \(e.id) \(l.caseID) \(l.role)")
                    #expect(l.framework == family.framework && l.phase == family.phase)
                    let handover = handovers["\(l.caseID) \(l.role.rawValue)"]
                    switch l.change {
                    case .handedOver:
                        #expect(handover?.to == e.id && handover?.from == l.from && handover?.reason == l.reason, "\(l)")
                    case .new:
                        #expect(handover?.to != e.id, "\(l)")
                        if l.role == .lead { #expect(family.lead == nil, "\(l): a lead of record, yet new") }
                    case .standIn:
                        #expect(l.role == .standIn && l.standingInFor != nil)
                        #expect(plan.standIns.contains { $0.caseID == l.caseID && $0.standIn == e.id && $0.absent == l.standingInFor })
                    case .none:
                        #expect(handover?.to != e.id)
                    }
                }
            }
        }
        for change in Roster.Change.allCases { #expect(counts[change, default: 0] > 0, "no line marked \(change)") }
    }

    @Test("what a worker lost: every handover away from them, every family of theirs that waits now")
    func handedAway() {
        var waits = 0
        for (scenario, plan) in Self.planned {
            let roster = Roster(plan: plan, scenario: scenario)
            var expected: [String] = plan.handovers.map { "\($0.from) \($0.caseID) \($0.role.rawValue) \($0.to) \($0.reason.rawValue)" }
            let record = Dictionary(uniqueKeysWithValues: scenario.cases.map { ($0.id, $0) })
            for w in plan.waiting {
                let family = record[w.caseID]!
                if let lead = family.lead { expected.append("\(lead) \(w.caseID) lead - \(w.reason.rawValue)") }
                if family.duo, let partner = family.partner { expected.append("\(partner) \(w.caseID) partner - \(w.reason.rawValue)") }
            }
            waits += expected.count - plan.handovers.count
            let lost = roster.entries.flatMap { e in
                e.handedAway.map {
                    "\(e.id) \($0.caseID) \($0.role.rawValue) \($0.to ?? "-") \($0.reason?.rawValue ?? $0.waiting!.rawValue)"
                }
            }
            #expect(lost.sorted() == expected.sorted(), "\(scenario.name)")
            // Nobody loses a family they still hold in that role.
            for e in roster.entries {
                for l in e.handedAway {
                    #expect(!e.lines.contains { $0.caseID == l.caseID && $0.role.rawValue == l.role.rawValue })
                }
            }
        }
        #expect(waits > 0, "the generated regions have families of record that wait")
    }
}
