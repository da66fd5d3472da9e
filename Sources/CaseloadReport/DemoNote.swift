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
    /// The formatter.
    public var figures: Figures

    /// A note on `plan`, kept in `database`.
    public init(plan: Plan, seconds: Double, database: String?, scenarioPath: String, figures: Figures = .english) {
        self.plan = plan
        self.seconds = seconds
        self.database = database
        self.scenarioPath = scenarioPath
        self.figures = figures
    }

    /// The note.
    public func render() -> String {
        var out = "\nPlanned in \(figures.seconds(seconds)) s"
        guard let database else {
            return out + ". To plan it yourself: `caseload load \(scenarioPath)`, `caseload plan`, `caseload approve`.\n"
        }
        out += " and kept in \(database) until the next demo. About this very plan:\n"
        let db = "--db \(database)"
        var hints: [(command: String, why: String)] = []
        if let waiting = plan.waiting.first {
            hints.append(("caseload explain \(waiting.caseID) \(db)", "why \(waiting.caseID) waits, and what would serve it"))
        }
        if let handover = plan.handovers.first {
            hints.append(("caseload explain \(handover.caseID) \(db)", "why \(handover.caseID) changed hands"))
        }
        if let worker = plan.workers.filter(\.registered).max(by: { $0.cases < $1.cases }) {
            hints.append(("caseload show --worker \(worker.id) \(db)", "\(worker.id)'s families this week"))
        }
        let width = hints.map(\.command.count).max() ?? 0
        for hint in hints { out += "  " + Column.pad(hint.command, width) + "   " + hint.why + "\n" }
        out += "To plan your own team: `caseload load \(scenarioPath)` (or `caseload import`), `caseload plan`, `caseload approve`.\n"
        return out
    }
}
