import CaseloadCore

/// What `caseload check` says of a stored plan whose rows disagree with its own record.
extension StoreTexts {
    static func noPlanRow(_ id: Int64) -> Text { Text(nl: "geen plan \(id)", en: "no plan \(id)") }
    static func servedRows(_ served: Int, stored: Int) -> Text {
        Text(
            nl: "\(served) gezinnen ingepland bij het opslaan, \(stored) opgeslagen",
            en: "\(served) families served when saved, \(stored) stored")
    }
    static func waitingRows(_ waiting: Int, stored: Int) -> Text {
        Text(
            nl: "\(waiting) gezinnen wachtend bij het opslaan, \(stored) opgeslagen",
            en: "\(waiting) families waiting when saved, \(stored) stored")
    }
    static func scoreWaiting(_ score: Int, plan: Int) -> Text {
        Text(
            nl: "de score telt \(score) wachtende gezinnen, het plan \(plan)",
            en: "the score counts \(score) waiting families, the plan \(plan)")
    }
    static let scoreUnreadable = Text(nl: "de score is onleesbaar", en: "the score is unreadable")
    static func orphanTasks(_ n: Int) -> Text {
        Text(nl: "\(n) taken van gezinnen die het plan niet inplant", en: "\(n) tasks of families the plan does not serve")
    }
    static func servedAndWaiting(_ n: Int) -> Text {
        Text(nl: "\(n) gezinnen zowel ingepland als wachtend", en: "\(n) families both served and waiting")
    }
}
