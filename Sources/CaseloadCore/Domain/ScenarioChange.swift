/// Items of a scenario changed together, as one import changes them: the scenario with the
/// change made, and what it did to each item a file named. A store writes exactly the items that
/// were added or changed and leaves every other row as it was.
public struct ScenarioChange: Sendable {
    /// The part of a scenario a change touches.
    public enum Section: String, CaseIterable, Sendable {
        case organisations, networks, staff, cases
        /// The absences of the touched workers; the indexes are staff indexes.
        case absences
    }

    /// One field of an item that a change gives another value, as text a manager reads.
    public struct Field: Hashable, Sendable {
        /// The field as the file's column names it (`lead`, `hours_admin`).
        public var name: String
        /// The stored value; nil when there was none.
        public var old: String?
        /// The value after the change; nil when it was cleared.
        public var new: String?

        /// Creates a field change.
        public init(name: String, old: String?, new: String?) {
            self.name = name
            self.old = old
            self.new = new
        }
    }

    /// What a change did to one item the file named.
    public struct Item: Hashable, Sendable {
        /// Whether the item is new, differs from what was stored, or is as it was.
        public enum Status: String, Hashable, Sendable {
            case added, changed, unchanged
        }

        /// The item's code: an id, or for an absence its worker and days.
        public var id: String
        /// What happened to it.
        public var status: Status
        /// Each field that changed, in column order; empty unless `status` is `changed`.
        public var fields: [Field]
        /// Where the item stands in its section's list (for absences: its worker's staff index).
        public var index: Int

        /// Creates an item.
        public init(id: String, status: Status, fields: [Field] = [], index: Int) {
            self.id = id
            self.status = status
            self.fields = fields
            self.index = index
        }
    }

    /// What was changed.
    public var section: Section
    /// The whole scenario, with the change made.
    public var scenario: Scenario
    /// Every item the change names, in the order it names them.
    public var items: [Item]

    /// Creates a change.
    public init(section: Section, scenario: Scenario, items: [Item]) {
        self.section = section
        self.scenario = scenario
        self.items = items
    }

    /// Indexes in the section's list of the items to write (added or changed), ascending and
    /// each once: an unchanged item is not written.
    public var touched: [Int] {
        Array(Set(items.filter { $0.status != .unchanged }.map(\.index))).sorted()
    }

    /// How many items have `status`.
    public func count(_ status: Item.Status) -> Int { items.count { $0.status == status } }
}
