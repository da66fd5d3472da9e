import CaseloadCore

/// `caseload import KIND FILE`: what the import did, counted, and each added and changed item
/// with every field that changed, old value → new value, so a manager sees at a glance what the
/// file really did (and with `--dry-run`, what it would do).
public struct ImportReport: Sendable {
    /// What the file held (`cases`, `staff`, …).
    public var kind: String
    /// The file as the user named it.
    public var file: String
    /// What the import did to each item the file named, in file order.
    public var items: [ScenarioChange.Item]
    /// Whether nothing was written: the report then says so first.
    public var dryRun: Bool
    /// The most items listed; the rest are counted.
    public var limit: Int
    /// The language the report is written in.
    public var language: Language
    /// Each field's name as the report shows it (the sheet's Dutch column name); a field not
    /// here is shown by its own name.
    public var fieldNames: [String: String]

    /// A report of `items`.
    public init(
        kind: String, file: String, items: [ScenarioChange.Item], dryRun: Bool = false, limit: Int = 50, language: Language = .en,
        fieldNames: [String: String] = [:]
    ) {
        self.kind = kind
        self.file = file
        self.items = items
        self.dryRun = dryRun
        self.limit = limit
        self.language = language
        self.fieldNames = fieldNames
    }

    /// How many items have `status`.
    public func count(_ status: ScenarioChange.Item.Status) -> Int { items.count { $0.status == status } }

    /// The report as lines of text, ending in a newline.
    ///
    /// ```text
    /// imported cases from cases.csv: 1 added, 1 changed, 297 unchanged
    ///   fam-0003  lead jbg-01 → none
    ///   + fam-0301 (new)
    /// ```
    public func render() -> String {
        let words = Texts.Import.self
        var out = dryRun ? words.dryRun(language) + "\n" : ""
        out +=
            words.summary(kind, file: file, added: count(.added), changed: count(.changed), unchanged: count(.unchanged))(language) + "\n"
        let none = words.none(language)
        let listed = items.filter { $0.status != .unchanged }
        let width = listed.prefix(limit).map(\.id.count).max() ?? 0
        for item in listed.prefix(limit) {
            switch item.status {
            case .added:
                out += "  + \(item.id) \(words.new(language))\n"
            case .changed:
                let id = item.id + String(repeating: " ", count: max(0, width - item.id.count))
                for field in item.fields {
                    out += "  \(id)  \(fieldNames[field.name] ?? field.name) \(field.old ?? none) → \(field.new ?? none)\n"
                }
            case .unchanged:
                break
            }
        }
        if listed.count > limit { out += "  " + words.more(listed.count - limit)(language) + "\n" }
        return out
    }
}
