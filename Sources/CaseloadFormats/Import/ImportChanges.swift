import CaseloadCore

/// What an import does to each item a file names, field by field, with values written as the
/// file writes them (`|` between list items, ISO dates), so that a manager can check a change
/// against the spreadsheet: the item as stored is compared with the item as merged.
enum ImportChanges {
    /// A field's name and its value as text; nil when it has none.
    typealias Value = (name: String, text: String?)

    /// What the import did to the item `merged`, which was `stored` (nil: a new item) and stands
    /// at `index` of its list.
    static func item<T: Hashable>(
        _ id: String, stored: T?, merged: T, index: Int, fields: (T) -> [Value]
    ) -> ScenarioChange.Item {
        guard let stored else { return ScenarioChange.Item(id: id, status: .added, index: index) }
        guard stored != merged else { return ScenarioChange.Item(id: id, status: .unchanged, index: index) }
        return ScenarioChange.Item(id: id, status: .changed, fields: diff(fields(stored), fields(merged)), index: index)
    }

    /// The fields whose text differs, in the order of `new` and then the ones only `old` has.
    static func diff(_ old: [Value], _ new: [Value]) -> [ScenarioChange.Field] {
        let before = Dictionary(old.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        let names = new.map(\.name) + old.map(\.name).filter { after[$0] == nil }
        return names.compactMap { name in
            let was = before[name] ?? nil
            let now = after[name] ?? nil
            return was == now ? nil : ScenarioChange.Field(name: name, old: was, new: now)
        }
    }

    /// An absence's code in a summary: its worker and days.
    static func absenceID(worker: String, _ a: Absence) -> String {
        a.from == a.to ? "\(worker) \(a.from)" : "\(worker) \(a.from)–\(a.to)"
    }

    // MARK: fields of each kind, as the file's columns name them

    static func fields(_ o: Organisation) -> [Value] {
        [("name", o.name), ("kind", o.kind.rawValue), ("mandates", list(o.mandates?.map(\.rawValue)))]
    }

    static func fields(_ n: Network) -> [Value] {
        [("organisations", list(n.organisations)), ("shared_support", yesNo(n.sharedSupport))]
    }

    static func fields(_ w: Worker) -> [Value] {
        [
            ("name", w.name), ("organisation", w.organisation), ("role", w.role), ("tasks", list(w.tasks)),
            ("registered_until", w.registeredUntil?.description), ("hours", number(w.hours)),
            ("casework_share", w.caseworkShare.map(number)), ("max_cases", w.maxCases?.description),
            ("max_children", w.maxChildren?.description), ("started", w.started?.description),
            ("leaves", w.leaves?.description), ("skills", list(w.skills)), ("municipalities", list(w.municipalities)),
            ("mandates", list(w.mandates?.map(\.rawValue))),
        ]
    }

    static func fields(_ c: Case) -> [Value] {
        var values: [Value] = [
            ("municipality", c.municipality), ("children", c.children.description), ("framework", c.framework.rawValue),
            ("phase", c.phase.rawValue), ("priority", c.priority.description), ("duo", yesNo(c.duo)), ("skills", list(c.skills)),
        ]
        values += (c.hours ?? [:]).sorted { $0.key < $1.key }.map { ("hours_\($0.key)", number($0.value)) }
        values += [("lead", c.lead), ("partner", c.partner)]
        values += c.supporters.sorted { $0.key < $1.key }.map { ("supporter_\($0.key)", $0.value) }
        values += [("waiting_since", c.waitingSince?.description), ("lock", yesNo(c.lock))]
        return values
    }

    static func fields(_ a: Absence) -> [Value] { [("hours", a.hours.map(number))] }

    // MARK: values as text

    /// `lvb|voogdij`; nil for no list or an empty one.
    static func list(_ items: [String]?) -> String? {
        guard let items, !items.isEmpty else { return nil }
        return items.joined(separator: "|")
    }

    /// `32`, `4.5`: no trailing `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
