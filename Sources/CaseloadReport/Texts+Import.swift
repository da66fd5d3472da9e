import CaseloadCore

extension Texts {
    /// What `caseload import` reports it did (or, with `--dry-run`, would do).
    public enum Import {
        public static let dryRun = Text(nl: "proefimport — niets geschreven:", en: "dry run — nothing written:")
        public static func summary(_ kind: String, file: String, added: Int, changed: Int, unchanged: Int) -> Text {
            Text(
                nl: "\(kind) geïmporteerd uit \(file): \(added) toegevoegd, \(changed) gewijzigd, \(unchanged) ongewijzigd",
                en: "imported \(kind) from \(file): \(added) added, \(changed) changed, \(unchanged) unchanged")
        }
        public static let new = Text(nl: "(nieuw)", en: "(new)")
        public static let none = Text(nl: "geen", en: "none")
        public static func more(_ n: Int) -> Text { Text(nl: "… en nog \(n)", en: "… and \(n) more") }
    }
}
