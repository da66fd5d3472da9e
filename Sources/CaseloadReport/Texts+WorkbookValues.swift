import CaseloadCore

extension Texts.Workbook {
    /// A code in a workbook cell as the reader says it: a role, a change, a reason, a
    /// framework, a phase, a light or task kinds. English keeps the code (what the JSON and CSV say), so an
    /// English workbook filters the same as the CSV; a code this catalogue does not know stays
    /// itself.
    public static func value(_ field: PlanRows.Field, _ code: String) -> Text {
        let dutch: String? =
            switch field {
            case .role: Roster.Role(rawValue: code).map { Texts.Plan.role($0).nl }
            case .change:
                code == Roster.Loss.change ? "overgedragen aan een ander" : Roster.Change(rawValue: code).map(change)
            case .reason:
                HandoverReason(rawValue: code).map { Texts.Plan.reason($0).nl }
                    ?? WaitingReason(rawValue: code).map { Texts.Plan.waiting($0).nl }
            case .framework: Framework(rawValue: code)?.name.nl
            case .phase: Phase(rawValue: code).map { Texts.Plan.phase($0).nl }
            case .light: WorkerLoad.Light(rawValue: code).map { Texts.Plan.light($0).nl }
            case .kinds: code.split(separator: " ").map { TaskKind.name(String($0)).nl }.joined(separator: " ")
            default: nil
            }
        return Text(nl: dutch ?? code, en: code)
    }

    /// The fields whose cells hold codes `value(_:_:)` says in words.
    static let coded: Set<PlanRows.Field> = [.role, .change, .reason, .framework, .phase, .light, .kinds]

    static func change(_ change: Roster.Change) -> String {
        switch change {
        case .none: ""
        case .new: "nieuw"
        case .handedOver: "overgenomen"
        case .standIn: "waarneming"
        }
    }
}
