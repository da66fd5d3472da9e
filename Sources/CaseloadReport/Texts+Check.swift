import CaseloadCore

extension Texts {
    /// What `caseload check` and `caseload backup` report.
    public enum Check {
        public static func integrity(problems: Int) -> Text {
            problems == 0
                ? Text(nl: "samenhang: in orde", en: "integrity: ok")
                : Text(nl: "samenhang: \(problems) problemen", en: "integrity: \(problems) problems")
        }
        public static func plan(_ id: Int64, week: String, current: Bool, draft: Bool) -> Text {
            Text(
                nl: "plan \(id) (\(week))\(current ? ", huidig" : draft ? ", concept" : ""): ",
                en: "plan \(id) (\(week))\(current ? ", current" : draft ? ", draft" : ""): ")
        }
        public static func unreadable(field: String, value: String, table: String) -> Text {
            Text(
                nl: "onleesbaar: het veld \(field) is onleesbaar ('\(value)' in \(table))",
                en: "unreadable: the \(field) is unreadable ('\(value)' in \(table))")
        }
        public static func verdict(problems: Int) -> Text {
            problems == 0 ? Text(nl: "in orde", en: "ok") : Text(nl: "\(problems) problemen", en: "\(problems) problems")
        }
        public static func againstToday(_ n: Int) -> Text {
            Text(
                nl: "tegen de gegevens van vandaag: \(n) verschillen (de gegevens zijn sindsdien veranderd; plan opnieuw)",
                en: "against today's data: \(n) differences (the data changed since; re-plan)")
        }
        public static let noSavedPlans = Text(nl: "geen bewaarde plannen", en: "no saved plans")
        public static func backedUp(_ path: String, to file: String) -> Text {
            Text(nl: "back-up van \(path) gemaakt in \(file)", en: "backed up \(path) to \(file)")
        }
    }
}
