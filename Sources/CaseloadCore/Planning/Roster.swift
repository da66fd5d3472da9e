/// Which families every worker holds this week, and how that differs from the people of record:
/// the list a team reads on Monday (issue 29), otherwise `caseload explain WORKER` once per
/// worker.
///
/// A worker's `lines` are the families they hold this week (lead, partner, supporter, stand-in);
/// their hours add up to the worker's planned hours. The families they held as lead or partner
/// of record and hold no longer are kept apart, in `handedAway`: they are no part of this week's
/// work, yet a worker needs to know on Monday which families to hand over.
public struct Roster: Hashable, Sendable {
    /// One worker's week: their load and their families.
    public struct Entry: Hashable, Sendable {
        /// The worker's week as the plan has it (hours, norm, light).
        public var load: WorkerLoad
        /// The families they hold this week: by role (lead, partner, supporter, stand-in), then
        /// by case code.
        public var lines: [Line]
        /// The families they held as lead or partner of record and no longer hold, by case code.
        public var handedAway: [Loss]

        /// The worker's id.
        public var id: String { load.id }

        /// Creates an entry.
        public init(load: WorkerLoad, lines: [Line], handedAway: [Loss]) {
            self.load = load
            self.lines = lines
            self.handedAway = handedAway
        }
    }

    /// What a worker does on a family this week.
    public enum Role: String, CaseIterable, Hashable, Sendable {
        /// The family's one face.
        case lead
        /// The duo partner.
        case partner
        /// Delegable task kinds beside the lead and partner.
        case supporter
        /// Hours of an absent lead or partner (waarneming): no handover, no norm place.
        case standIn = "stand-in"
    }

    /// A line against the people of record.
    public enum Change: String, CaseIterable, Hashable, Sendable {
        /// They had this family in this role already.
        case none
        /// They did not have it in this role: a family that waited, a new one, a new supporter.
        case new
        /// They took it over as lead or partner from someone (`from`, `reason`).
        case handedOver = "handed-over"
        /// They stand in for an absent colleague (`standingInFor`).
        case standIn = "stand-in"
    }

    /// One family a worker holds this week.
    public struct Line: Hashable, Sendable {
        /// The case code.
        public var caseID: String
        /// The family's framework; `nil` when the scenario no longer knows the case.
        public var framework: Framework?
        /// The family's phase; `nil` when the scenario no longer knows the case.
        public var phase: Phase?
        /// What they do on it.
        public var role: Role
        /// A supporter's task kinds (empty for the other roles).
        public var kinds: [String]
        /// Their hours on the family this week: the sum of their tasks less what others stand
        /// in for and what no one covers, or, for a stand-in, the hours they cover.
        public var hours: Double
        /// Their own hours on the family that a stand-in covers or no one does (they are away).
        public var awayHours: Double
        /// Against the people of record.
        public var change: Change
        /// For `handed-over`: the person of record they take over from.
        public var from: String?
        /// For `handed-over`: why (`nil` when the plan lists no such handover).
        public var reason: HandoverReason?
        /// For `stand-in`: the absent colleague.
        public var standingInFor: String?

        /// Creates a line.
        public init(
            caseID: String, framework: Framework?, phase: Phase?, role: Role, kinds: [String] = [], hours: Double,
            awayHours: Double = 0, change: Change, from: String? = nil, reason: HandoverReason? = nil,
            standingInFor: String? = nil
        ) {
            self.caseID = caseID
            self.framework = framework
            self.phase = phase
            self.role = role
            self.kinds = kinds
            self.hours = hours
            self.awayHours = awayHours
            self.change = change
            self.from = from
            self.reason = reason
            self.standingInFor = standingInFor
        }
    }

    /// A family a worker held as lead or partner of record and does not hold this week.
    public struct Loss: Hashable, Sendable {
        /// The change code of a loss where a list mixes it with `Change` (CSV, table).
        public static let change = "handed-over-away"

        /// The case code.
        public var caseID: String
        /// The family's framework.
        public var framework: Framework?
        /// The family's phase.
        public var phase: Phase?
        /// The role they had.
        public var role: Handover.Role
        /// Who has it now; `nil` when the family waits.
        public var to: String?
        /// Why it changed hands (from `plan.handovers`).
        public var reason: HandoverReason?
        /// Why the family waits, when it waits.
        public var waiting: WaitingReason?

        /// Creates a loss.
        public init(
            caseID: String, framework: Framework?, phase: Phase?, role: Handover.Role, to: String?, reason: HandoverReason?,
            waiting: WaitingReason? = nil
        ) {
            self.caseID = caseID
            self.framework = framework
            self.phase = phase
            self.role = role
            self.to = to
            self.reason = reason
            self.waiting = waiting
        }
    }

    /// Every worker of the plan, grouped by organisation in the order the organisations first
    /// appear among the plan's workers, then in the plan's order.
    public var entries: [Entry]

    /// Creates a roster from its entries.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entry of worker `id`, if the plan has them.
    public func entry(for id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// The roster of `plan`, whose people of record are those of `scenario`'s cases (the
    /// current approved plan's, for a plan made on a database).
    public init(plan: Plan, scenario: Scenario) {
        var record: [String: Case] = [:]
        for c in scenario.cases where record[c.id] == nil { record[c.id] = c }
        var handovers: [HandoverKey: Handover] = [:]
        for h in plan.handovers { handovers[HandoverKey(caseID: h.caseID, role: h.role, person: h.to)] = h }
        // Hours of an absent lead or partner that go to stand-ins or stay uncovered are not
        // theirs to work; summed per family and person, as `PlanState.standIns` takes them.
        var away: [PersonOnCase: Double] = [:]
        for s in plan.standIns { away[PersonOnCase(caseID: s.caseID, worker: s.absent), default: 0] += s.hours }
        for u in plan.uncovered { away[PersonOnCase(caseID: u.caseID, worker: u.worker), default: 0] += u.hours }

        var lines: [String: [Line]] = [:]
        for a in plan.assignments {
            let family = record[a.caseID]
            var hours: [String: Double] = [:]
            var kinds: [String: [String]] = [:]
            for t in a.tasks {
                hours[t.worker, default: 0] += t.hours
                if t.worker != a.lead && t.worker != a.partner && !(kinds[t.worker] ?? []).contains(t.kind) {
                    kinds[t.worker, default: []].append(t.kind)
                }
            }
            func line(_ worker: String, _ role: Role) -> Line {
                let gone = away[PersonOnCase(caseID: a.caseID, worker: worker)] ?? 0
                var result = Line(
                    caseID: a.caseID, framework: family?.framework, phase: family?.phase, role: role,
                    kinds: (kinds[worker] ?? []).sorted(), hours: Self.whole(max(0, (hours[worker] ?? 0) - gone)),
                    awayHours: Self.whole(gone),
                    change: .new)
                switch role {
                case .lead, .partner:
                    let handoverRole: Handover.Role = role == .lead ? .lead : .partner
                    let ofRecord = role == .lead ? family?.lead : (family?.duo == true ? family?.partner : nil)
                    if ofRecord == worker {
                        result.change = .none
                    } else if let h = handovers[HandoverKey(caseID: a.caseID, role: handoverRole, person: worker)] {
                        (result.change, result.from, result.reason) = (.handedOver, h.from, h.reason)
                    } else if let ofRecord {
                        // The plan lists no handover (a plan kept from before the data
                        // changed): still a change of hands, without a known reason.
                        (result.change, result.from) = (.handedOver, ofRecord)
                    }
                case .supporter:
                    if family?.supporters.values.contains(worker) == true { result.change = .none }
                case .standIn:
                    break
                }
                return result
            }
            lines[a.lead, default: []].append(line(a.lead, .lead))
            if let p = a.partner, p != a.lead { lines[p, default: []].append(line(p, .partner)) }
            var supporters: [String] = []
            for t in a.tasks where t.worker != a.lead && t.worker != a.partner && !supporters.contains(t.worker) {
                supporters.append(t.worker)
            }
            for s in supporters { lines[s, default: []].append(line(s, .supporter)) }
        }
        for s in plan.standIns {
            let family = record[s.caseID]
            lines[s.standIn, default: []].append(
                Line(
                    caseID: s.caseID, framework: family?.framework, phase: family?.phase, role: .standIn, hours: s.hours,
                    change: .standIn, standingInFor: s.absent))
        }

        var losses: [String: [Loss]] = [:]
        for h in plan.handovers {
            let family = record[h.caseID]
            losses[h.from, default: []].append(
                Loss(caseID: h.caseID, framework: family?.framework, phase: family?.phase, role: h.role, to: h.to, reason: h.reason))
        }
        for w in plan.waiting {
            guard let family = record[w.caseID] else { continue }
            for (person, role) in [(family.lead, Handover.Role.lead), (family.duo ? family.partner : nil, .partner)] {
                guard let person else { continue }
                losses[person, default: []].append(
                    Loss(
                        caseID: w.caseID, framework: family.framework, phase: family.phase, role: role, to: nil, reason: nil,
                        waiting: w.reason))
            }
        }

        var order: [String] = []
        var groups: [String: [WorkerLoad]] = [:]
        for w in plan.workers {
            if groups[w.organisation] == nil { order.append(w.organisation) }
            groups[w.organisation, default: []].append(w)
        }
        let rank = Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map { ($1, $0) })
        entries = order.flatMap { groups[$0]! }.map { load in
            let held = (lines[load.id] ?? []).sorted { a, b in
                if a.role != b.role { return rank[a.role]! < rank[b.role]! }
                if a.caseID != b.caseID { return a.caseID < b.caseID }
                return (a.standingInFor ?? "") < (b.standingInFor ?? "")
            }
            let lost = (losses[load.id] ?? []).sorted { a, b in
                a.caseID != b.caseID ? a.caseID < b.caseID : a.role == .lead && b.role == .partner
            }
            return Entry(load: load, lines: held, handedAway: lost)
        }
    }

    /// `x` on the planner's grid of hours, so that a difference of plan figures prints as the
    /// plan's own figures do (1.2, not 1.2000000000000002).
    static func whole(_ x: Double) -> Double {
        PlanningProblem.hours(Int((x * Double(PlanningProblem.unitsPerHour)).rounded()))
    }

    private struct HandoverKey: Hashable {
        var caseID: String
        var role: Handover.Role
        var person: String
    }

    private struct PersonOnCase: Hashable {
        var caseID: String
        var worker: String
    }
}
