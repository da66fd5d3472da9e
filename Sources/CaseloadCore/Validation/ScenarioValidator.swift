/// Checks a whole scenario against docs/rules.md and docs/formats.md and reports every problem,
/// not just the first, so a manager can fix a file in one go.
public struct ScenarioValidator: Sendable {
    /// The most task kinds a scenario may have: the planner keeps them in a 64-bit set.
    public static let maxTaskKinds = 64

    /// Creates a validator.
    public init() {}

    /// Every problem in `scenario`; empty when it is valid.
    public func issues(in scenario: Scenario) -> [ScenarioIssue] {
        var issues: [ScenarioIssue] = []
        func report(_ section: String, _ index: Int?, _ id: String?, _ field: String?, _ message: String) {
            issues.append(ScenarioIssue(section: section, index: index, id: id, field: field, message: message))
        }
        validate(scenario.settings) { report("settings", nil, nil, $0, $1) }

        var organisations = Set<String>()
        for (i, o) in scenario.organisations.enumerated() {
            if o.id.isEmpty { report("organisations", i, nil, "id", "is empty") }
            if !organisations.insert(o.id).inserted { report("organisations", i, o.id, "id", "duplicate id '\(o.id)'") }
        }
        var networks = Set<String>()
        for (i, n) in scenario.networks.enumerated() {
            func bad(_ field: String, _ message: String) { report("networks", i, n.id.isEmpty ? nil : n.id, field, message) }
            if n.id.isEmpty { bad("id", "is empty") }
            if !n.id.isEmpty && !networks.insert(n.id).inserted { bad("id", "duplicate id '\(n.id)'") }
            for o in n.organisations where !organisations.contains(o) {
                bad("organisations", "unknown organisation '\(o)' (known: \(scenario.organisations.map(\.id).joined(separator: ", ")))")
            }
            if Set(n.organisations).count < 2 { bad("organisations", "a network joins at least two organisations") }
        }
        let kinds = scenario.allTaskKinds
        var declared = Set<String>()
        for (i, k) in scenario.taskKinds.enumerated() {
            if k.id.isEmpty { report("task_kinds", i, nil, "id", "is empty") }
            if !declared.insert(k.id).inserted { report("task_kinds", i, k.id, "id", "duplicate id '\(k.id)'") }
            if k.id == TaskKind.casework && !k.registered {
                report("task_kinds", i, k.id, "registered", "casework stays with registered professionals (Besluit Jeugdwet 5.1.1)")
            }
        }
        if kinds.count > Self.maxTaskKinds {
            report("task_kinds", nil, nil, nil, "\(kinds.count) task kinds; at most \(Self.maxTaskKinds) are supported")
        }
        let kindIDs = Set(kinds.map(\.id))
        let kindList = kinds.map(\.id).joined(separator: ", ")

        var workers = Set<String>()
        for (i, w) in scenario.staff.enumerated() {
            func bad(_ field: String, _ message: String) { report("staff", i, w.id.isEmpty ? nil : w.id, field, message) }
            if w.id.isEmpty { bad("id", "is empty") }
            if !w.id.isEmpty && !workers.insert(w.id).inserted { bad("id", "duplicate id '\(w.id)'") }
            if !organisations.contains(w.organisation) { bad("organisation", "unknown organisation '\(w.organisation)'") }
            for t in w.tasks where !kindIDs.contains(t) { bad("tasks", "unknown task kind '\(t)' (known: \(kindList))") }
            if !w.hours.isFinite || w.hours < 0 || w.hours > 168 { bad("hours", "must be between 0 and 168, not \(w.hours)") }
            if let s = w.caseworkShare, !(0...1).contains(s) { bad("casework_share", "must be between 0 and 1, not \(s)") }
            if let m = w.maxCases, m < 0 { bad("max_cases", "must not be negative") }
            if let m = w.maxChildren, m < 0 { bad("max_children", "must not be negative") }
            if let leaves = w.leaves, let started = w.started, leaves < started {
                bad("leaves", "the last working day (\(leaves)) comes before the first (\(started))")
            }
            for (a, absence) in w.absences.enumerated() {
                if absence.from > absence.to { bad("absences", "absence \(a + 1) ends (\(absence.to)) before it starts (\(absence.from))") }
                if let h = absence.hours, !h.isFinite || h < 0 { bad("absences", "absence \(a + 1) has negative hours") }
            }
        }

        var cases = Set<String>()
        let staffByID = Dictionary(scenario.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, c) in scenario.cases.enumerated() {
            func bad(_ field: String, _ message: String) { report("cases", i, c.id.isEmpty ? nil : c.id, field, message) }
            if c.id.isEmpty { bad("id", "is empty") }
            if !c.id.isEmpty && !cases.insert(c.id).inserted { bad("id", "duplicate id '\(c.id)'") }
            if c.municipality.isEmpty { bad("municipality", "is empty") }
            if c.children < 0 { bad("children", "must not be negative") }
            if !(1...3).contains(c.priority) { bad("priority", "must be 1 (urgent), 2 or 3, not \(c.priority)") }
            for (kind, h) in (c.hours ?? [:]).sorted(by: { $0.key < $1.key }) {
                if !kindIDs.contains(kind) { bad("hours", "unknown task kind '\(kind)' (known: \(kindList))") }
                if !h.isFinite || h < 0 || h > 168 { bad("hours", "\(kind): hours must be between 0 and 168, not \(h)") }
            }
            if let lead = c.lead, staffByID[lead] == nil { bad("lead", "unknown worker '\(lead)'") }
            if let partner = c.partner, staffByID[partner] == nil { bad("partner", "unknown worker '\(partner)'") }
            if let lead = c.lead, lead == c.partner { bad("partner", "the partner cannot be the lead") }
            for (kind, worker) in c.supporters.sorted(by: { $0.key < $1.key }) {
                if !kindIDs.contains(kind) { bad("supporters", "unknown task kind '\(kind)'") }
                if staffByID[worker] == nil { bad("supporters", "unknown worker '\(worker)'") }
            }
        }

        for framework in Framework.allCases {
            for phase in Phase.allCases {
                guard let type = scenario.caseTypes[framework, phase] else { continue }
                if let weeks = type.weeks, weeks < 0 {
                    report("case_types", nil, nil, "\(framework.rawValue).\(phase.rawValue)", "weeks must not be negative")
                }
                for (kind, h) in type.hours.sorted(by: { $0.key < $1.key }) {
                    let field = "\(framework.rawValue).\(phase.rawValue)"
                    if !kindIDs.contains(kind) { report("case_types", nil, nil, field, "unknown task kind '\(kind)'") }
                    if !h.isFinite || h < 0 || h > 168 { report("case_types", nil, nil, field, "\(kind): hours must be between 0 and 168") }
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

    private func validate(_ s: Settings, report: (String, String) -> Void) {
        if !(s.fteHours > 0 && s.fteHours <= 168) { report("fte_hours", "must be above 0 and at most 168") }
        if !(0...1).contains(s.caseworkShare) { report("casework_share", "must be between 0 and 1") }
        if !(s.maxCasesPerFTE >= 0 && s.maxCasesPerFTE.isFinite) { report("max_cases_per_fte", "must not be negative") }
        if !(s.maxChildrenPerFTE >= 0 && s.maxChildrenPerFTE.isFinite) { report("max_children_per_fte", "must not be negative") }
        if !(s.overloadAllowed >= 0 && s.overloadAllowed <= 1) { report("overload_allowed", "must be between 0 and 1") }
        if !(0...1).contains(s.duoSplit) { report("duo_split", "must be between 0 and 1") }
        if s.maxVoluntaryHandovers < 0 { report("max_voluntary_handovers", "must be 0 or more") }
        if s.standInMaxWeeks < 0 { report("stand_in_max_weeks", "must be 0 or more") }
        for step in s.rampUp where step.months < 0 || !(0...1).contains(step.factor) {
            report("ramp_up", "months must not be negative and factors must be between 0 and 1")
        }
        let w = s.weights
        if ![w.waiting, w.handover, w.undelegated, w.balance].allSatisfy({ $0 >= 0 && $0.isFinite }) {
            report("weights", "weights must not be negative")
        }
    }
}
