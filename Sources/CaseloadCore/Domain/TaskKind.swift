/// A kind of work on a family. Registered kinds stay with an SKJ/BIG-registered professional
/// (the *norm voor verantwoorde werktoedeling*); the others may be delegated to supporters.
public struct TaskKind: Hashable, Sendable, Codable {
    /// The kind's code, e.g. `casework`.
    public var id: String
    /// Whether only a registered worker may do it (rule H1).
    public var registered: Bool

    /// Creates a task kind.
    public init(id: String, registered: Bool) {
        self.id = id
        self.registered = registered
    }

    /// Contact, safety assessment, plan and decisions: always registered.
    public static let casework = "casework"

    /// A kind as a Dutch manager names it (`casuswerk`, `administratie`, `juridisch`,
    /// `plaatsing`), its id in English; a kind a scenario declares itself keeps its id. In the
    /// core so that the import (reading the Dutch names) and the reports (writing them) share
    /// one word per kind.
    public static func name(_ id: String) -> Text { Text(nl: dutchNames[id] ?? id, en: id) }

    /// The Dutch names of the built-in kinds, by id.
    public static let dutchNames = [casework: "casuswerk", "admin": "administratie", "legal": "juridisch", "placement": "plaatsing"]

    /// The kinds every scenario has without declaring them.
    public static let builtIn: [TaskKind] = [
        TaskKind(id: casework, registered: true),
        TaskKind(id: "admin", registered: false),
        TaskKind(id: "legal", registered: false),
        TaskKind(id: "placement", registered: false),
    ]
}
