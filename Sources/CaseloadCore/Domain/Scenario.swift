/// Everything needed to plan a week: the team, the families and the settings.
public struct Scenario: Hashable, Sendable {
    /// A display name.
    public var name: String
    /// The week to plan.
    public var week: ISOWeek
    /// Planning settings.
    public var settings: Settings
    /// Organisations.
    public var organisations: [Organisation]
    /// Collaborations with a legal basis to share family data across organisations (rule H11).
    public var networks: [Network]
    /// Declared task kinds beyond the built-in ones (a declaration may also redefine one).
    public var taskKinds: [TaskKind]
    /// The team.
    public var staff: [Worker]
    /// The families.
    public var cases: [Case]
    /// The scenario's own case types, laid over the built-in defaults.
    public var caseTypes: CaseTypeTable

    /// Creates a scenario.
    public init(
        name: String = "", week: ISOWeek, settings: Settings = Settings(), organisations: [Organisation] = [],
        networks: [Network] = [], taskKinds: [TaskKind] = [], staff: [Worker] = [], cases: [Case] = [],
        caseTypes: CaseTypeTable = CaseTypeTable(entries: [:])
    ) {
        self.name = name
        self.week = week
        self.settings = settings
        self.organisations = organisations
        self.networks = networks
        self.taskKinds = taskKinds
        self.staff = staff
        self.cases = cases
        self.caseTypes = caseTypes
    }

    /// Built-in kinds with the declared ones laid over them, in a stable order.
    public var allTaskKinds: [TaskKind] {
        var result = TaskKind.builtIn
        for kind in taskKinds {
            if let i = result.firstIndex(where: { $0.id == kind.id }) { result[i] = kind } else { result.append(kind) }
        }
        return result
    }

    /// The weekly hours a case needs per task kind: its own, else its case type's, else the
    /// built-in default. Kinds with zero hours are left out.
    public func demand(of c: Case) -> [String: Double] {
        let hours = c.hours ?? caseType(c.framework, c.phase)?.hours ?? [:]
        return hours.filter { $0.value > 0 }
    }

    /// The case type in force for a framework and phase: the scenario's own, else the built-in one.
    public func caseType(_ framework: Framework, _ phase: Phase) -> CaseType? {
        caseTypes[framework, phase] ?? CaseTypeTable.defaults[framework, phase]
    }
}
