/// Checks a whole scenario against docs/rules.md and docs/formats.md and reports every problem,
/// not just the first, so a manager can fix a file in one go.
public struct ScenarioValidator: Sendable {
    private typealias T = ValidationTexts

    /// The most task kinds a scenario may have: the planner keeps them in a 64-bit set.
    public static let maxTaskKinds = 64

    /// Creates a validator.
    public init() {}

    /// Every problem in `scenario`; empty when it is valid.
    public func issues(in scenario: Scenario) -> [ScenarioIssue] {
        var issues: [ScenarioIssue] = []
        func report(_ section: String, _ index: Int?, _ id: String?, _ field: String?, _ message: Text) {
            issues.append(ScenarioIssue(section: section, index: index, id: id, field: field, text: message))
        }
        validate(scenario.settings) { report("settings", nil, nil, $0, $1) }

        var organisations = Set<String>()
        for (i, o) in scenario.organisations.enumerated() {
            if o.id.isEmpty { report("organisations", i, nil, "id", T.empty) }
            if !organisations.insert(o.id).inserted { report("organisations", i, o.id, "id", T.duplicateID(o.id)) }
        }
        var networks = Set<String>()
        for (i, n) in scenario.networks.enumerated() {
            func bad(_ field: String, _ message: Text) { report("networks", i, n.id.isEmpty ? nil : n.id, field, message) }
            if n.id.isEmpty { bad("id", T.empty) }
            if !n.id.isEmpty && !networks.insert(n.id).inserted { bad("id", T.duplicateID(n.id)) }
            for o in n.organisations where !organisations.contains(o) {
                bad("organisations", T.unknown(T.organisation, o, known: scenario.organisations.map(\.id).joined(separator: ", ")))
            }
            if Set(n.organisations).count < 2 { bad("organisations", T.networkJoinsTwo) }
        }
        let kinds = scenario.allTaskKinds
        var declared = Set<String>()
        for (i, k) in scenario.taskKinds.enumerated() {
            if k.id.isEmpty { report("task_kinds", i, nil, "id", T.empty) }
            if !declared.insert(k.id).inserted { report("task_kinds", i, k.id, "id", T.duplicateID(k.id)) }
            if k.id == TaskKind.casework && !k.registered {
                report("task_kinds", i, k.id, "registered", T.caseworkRegistered)
            }
        }
        if kinds.count > Self.maxTaskKinds {
            report("task_kinds", nil, nil, nil, T.tooManyTaskKinds(kinds.count, max: Self.maxTaskKinds))
        }
        let kindIDs = Set(kinds.map(\.id))
        let kindList = kinds.map(\.id).joined(separator: ", ")

        var workers = Set<String>()
        for (i, w) in scenario.staff.enumerated() {
            func bad(_ field: String, _ message: Text) { report("staff", i, w.id.isEmpty ? nil : w.id, field, message) }
            if w.id.isEmpty { bad("id", T.empty) }
            if !w.id.isEmpty && !workers.insert(w.id).inserted { bad("id", T.duplicateID(w.id)) }
            if !organisations.contains(w.organisation) { bad("organisation", T.unknown(T.organisation, w.organisation)) }
            for t in w.tasks where !kindIDs.contains(t) { bad("tasks", T.unknown(T.taskKind, t, known: kindList)) }
            if !w.hours.isFinite || w.hours < 0 || w.hours > 168 { bad("hours", T.between("0", "168", not: "\(w.hours)")) }
            if let s = w.caseworkShare, !(0...1).contains(s) { bad("casework_share", T.between("0", "1", not: "\(s)")) }
            if let m = w.maxCases, m < 0 { bad("max_cases", T.notNegative) }
            if let m = w.maxChildren, m < 0 { bad("max_children", T.notNegative) }
            if let leaves = w.leaves, let started = w.started, leaves < started {
                bad("leaves", T.lastDayBeforeFirst(leaves, started))
            }
            for (a, absence) in w.absences.enumerated() {
                if absence.from > absence.to { bad("absences", T.absenceEndsBeforeStart(a + 1, absence.to, absence.from)) }
                if let h = absence.hours, !h.isFinite || h < 0 { bad("absences", T.absenceNegativeHours(a + 1)) }
            }
        }

        var cases = Set<String>()
        let staffByID = Dictionary(scenario.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, c) in scenario.cases.enumerated() {
            func bad(_ field: String, _ message: Text) { report("cases", i, c.id.isEmpty ? nil : c.id, field, message) }
            if c.id.isEmpty { bad("id", T.empty) }
            if !c.id.isEmpty && !cases.insert(c.id).inserted { bad("id", T.duplicateID(c.id)) }
            if c.municipality.isEmpty { bad("municipality", T.empty) }
            if c.children < 0 { bad("children", T.notNegative) }
            if !(1...3).contains(c.priority) { bad("priority", T.priority(c.priority)) }
            for (kind, h) in (c.hours ?? [:]).sorted(by: { $0.key < $1.key }) {
                if !kindIDs.contains(kind) { bad("hours", T.unknown(T.taskKind, kind, known: kindList)) }
                if !h.isFinite || h < 0 || h > 168 { bad("hours", T.kindHours(kind, T.between("0", "168", not: "\(h)"))) }
            }
            if let lead = c.lead, staffByID[lead] == nil { bad("lead", T.unknown(T.worker, lead)) }
            if let partner = c.partner, staffByID[partner] == nil { bad("partner", T.unknown(T.worker, partner)) }
            if let lead = c.lead, lead == c.partner { bad("partner", T.partnerIsLead) }
            for (kind, worker) in c.supporters.sorted(by: { $0.key < $1.key }) {
                if !kindIDs.contains(kind) { bad("supporters", T.unknown(T.taskKind, kind)) }
                if staffByID[worker] == nil { bad("supporters", T.unknown(T.worker, worker)) }
            }
        }

        for framework in Framework.allCases {
            for phase in Phase.allCases {
                guard let type = scenario.caseTypes[framework, phase] else { continue }
                if let weeks = type.weeks, weeks < 0 {
                    report("case_types", nil, nil, "\(framework.rawValue).\(phase.rawValue)", T.weeksNotNegative)
                }
                for (kind, h) in type.hours.sorted(by: { $0.key < $1.key }) {
                    let field = "\(framework.rawValue).\(phase.rawValue)"
                    if !kindIDs.contains(kind) { report("case_types", nil, nil, field, T.unknown(T.taskKind, kind)) }
                    if !h.isFinite || h < 0 || h > 168 { report("case_types", nil, nil, field, T.kindHours(kind, T.between("0", "168"))) }
                }
            }
        }
        return issues
    }

    /// Throws every problem at once, or returns when the scenario is valid.
    public func validate(_ scenario: Scenario) throws(ScenarioValidationError) {
        let found = issues(in: scenario)
        if !found.isEmpty { throw ScenarioValidationError(issues: found) }
    }

    private func validate(_ s: Settings, report: (String, Text) -> Void) {
        if !(s.fteHours > 0 && s.fteHours <= 168) { report("fte_hours", T.aboveZeroAtMost168) }
        if !(0...1).contains(s.caseworkShare) { report("casework_share", T.between("0", "1")) }
        if !(s.maxCasesPerFTE >= 0 && s.maxCasesPerFTE.isFinite) { report("max_cases_per_fte", T.notNegative) }
        if !(s.maxChildrenPerFTE >= 0 && s.maxChildrenPerFTE.isFinite) { report("max_children_per_fte", T.notNegative) }
        if !(s.overloadAllowed >= 0 && s.overloadAllowed <= 1) { report("overload_allowed", T.between("0", "1")) }
        if !(0...1).contains(s.duoSplit) { report("duo_split", T.between("0", "1")) }
        if s.maxVoluntaryHandovers < 0 { report("max_voluntary_handovers", T.zeroOrMore) }
        if s.standInMaxWeeks < 0 { report("stand_in_max_weeks", T.zeroOrMore) }
        for step in s.rampUp where step.months < 0 || !(0...1).contains(step.factor) {
            report("ramp_up", T.rampUp)
        }
        let w = s.weights
        if ![w.waiting, w.handover, w.undelegated, w.balance].allSatisfy({ $0 >= 0 && $0.isFinite }) {
            report("weights", T.weights)
        }
    }
}
