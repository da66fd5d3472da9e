import CaseloadCore

/// What `caseload demo` adds below the plan: the planning time, and commands that answer at
/// once about the very plan shown, on the database the demo kept.
public struct DemoNote: Sendable {
    /// The plan shown.
    public let plan: Plan
    /// Seconds the planner took.
    public let seconds: Double
    /// The kept database, or `nil` when it could not be kept.
    public let database: String?
    /// The scenario demonstrated.
    public let scenarioPath: String
    /// The language.
    public var language: Language

    /// A note on `plan`, kept in `database`.
    public init(plan: Plan, seconds: Double, database: String?, scenarioPath: String, language: Language = .en) {
        self.plan = plan
        self.seconds = seconds
        self.database = database
        self.scenarioPath = scenarioPath
        self.language = language
    }

    /// The note.
    public func render() -> String {
        var out = "\n" + Texts.Plan.plannedIn(Figures.of(language).seconds(seconds))(language)
        guard let database else { return out + ". " + Texts.Plan.demoOwnTeam(scenarioPath)(language) + "\n" }
        out += Texts.Plan.demoKept(database)(language) + "\n"
        let db = "--db \(database)"
        var hints: [(command: String, why: String)] = []
        if let waiting = plan.waiting.first {
            hints.append(("caseload explain \(waiting.caseID) \(db)", Texts.Plan.demoWhyWaits(waiting.caseID)(language)))
        }
        if let handover = plan.handovers.first {
            hints.append(("caseload explain \(handover.caseID) \(db)", Texts.Plan.demoWhyChanged(handover.caseID)(language)))
        }
        if let worker = plan.workers.filter(\.registered).max(by: { $0.cases < $1.cases }) {
            hints.append(("caseload show --worker \(worker.id) \(db)", Texts.Plan.demoFamiliesOf(worker.id)(language)))
        }
        let width = hints.map(\.command.count).max() ?? 0
        for hint in hints { out += "  " + Column.pad(hint.command, width) + "   " + hint.why + "\n" }
        out += Texts.Plan.demoOwnTeam(scenarioPath)(language) + "\n"
        return out
    }
}
