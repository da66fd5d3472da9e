import CaseloadCore

extension CSVImport {
    /// Turns rows into domain items merged into what is stored, collecting every problem instead
    /// of stopping at the first.
    ///
    /// A row changes only what it gives: a column the file leaves out or an empty cell keeps the
    /// stored value (for a new id: the default), and `-`, `geen` or `none` clears an optional one.
    final class RowReader {
        let table: CSVTable
        var problems: [InputProblem] = []

        init(table: CSVTable) { self.table = table }

        /// The columns a file must have (every row's key) and the others it may have.
        static let columns: [Kind: (required: [String], optional: [String])] = [
            .organisations: (["id"], ["name", "kind", "mandates"]),
            .networks: (["id"], ["organisations", "shared_support"]),
            .staff: (
                ["id"],
                [
                    "name", "organisation", "role", "tasks", "registered_until", "hours", "casework_share", "max_cases", "max_children",
                    "started", "leaves", "skills", "municipalities", "mandates",
                ]
            ),
            .cases: (
                ["id"],
                ["municipality", "children", "framework", "phase", "priority", "duo", "skills", "lead", "partner", "waiting_since", "lock"]
            ),
            .absences: (["worker", "from"], ["to", "hours"]),
        ]

        /// The cells that clear a stored value, in any letter case.
        static let clearWords: Set<String> = ["-", "geen", "none"]

        /// What one cell says about its field.
        enum Cell<T> {
            /// The cell is empty or its column absent: the stored value stays.
            case keep
            /// The cell gives a value.
            case set(T)
            /// The cell clears the stored value.
            case clear
        }

        func fail(_ row: CSVRow?, _ field: String?, _ message: String) {
            problems.append(InputProblem(file: table.file, line: row?.line ?? 1, field: field, message: message))
        }

        func checkHeader(_ kind: Kind) {
            let (required, optional) = Self.columns[kind]!
            for column in table.header {
                if kind != .staff && kind != .organisations && Privacy.isForbiddenField(column) {
                    fail(
                        nil, column,
                        "refused: families are pseudonymous codes only — remove names, BSN, addresses and free text from the export")
                } else if kind == .staff && ["bsn", "address", "adres", "notes", "reason", "reden"].contains(where: column.contains) {
                    fail(nil, column, "refused: staff data holds no BSN, addresses, notes or absence reasons")
                } else if !(required + optional).contains(column)
                    && !(kind == .cases && (column.hasPrefix("hours_") || column.hasPrefix("supporter_")))
                {
                    fail(
                        nil, column,
                        "unknown column (known: \((required + optional).joined(separator: ", "))\(kind == .cases ? ", hours_KIND, supporter_KIND" : ""))"
                    )
                }
            }
            for column in required where !table.header.contains(column) {
                fail(nil, column, "missing column")
            }
        }

        // MARK: cells

        /// What the cell of `column` says, read by `parse` when it gives a value; a value that
        /// does not read is a problem, and the stored value stays.
        func read<T>(_ row: CSVRow, _ column: String, _ parse: (CSVRow) throws(CSVFieldError) -> T?) -> Cell<T> {
            guard let text = row[column] else { return .keep }
            if Self.clearWords.contains(text.lowercased()) { return .clear }
            do {
                return try parse(row).map { .set($0) } ?? .keep
            } catch {
                problems.append(InputProblem(file: error.file, line: error.line, field: error.field, message: error.message))
                return .keep
            }
        }

        func text(_ row: CSVRow, _ column: String) -> Cell<String> { read(row, column) { $0[column] } }

        func number(_ row: CSVRow, _ column: String) -> Cell<Double> {
            read(row, column) { (r) throws(CSVFieldError) in try r.number(column, in: table) }
        }

        func integer(_ row: CSVRow, _ column: String) -> Cell<Int> {
            read(row, column) { (r) throws(CSVFieldError) in try r.integer(column, in: table) }
        }

        func bool(_ row: CSVRow, _ column: String) -> Cell<Bool> {
            read(row, column) { (r) throws(CSVFieldError) in try r.bool(column, in: table) }
        }

        func day(_ row: CSVRow, _ column: String) -> Cell<Day> {
            read(row, column) { (r) throws(CSVFieldError) in
                try r.date(column, in: table).flatMap { Day(year: $0.year, month: $0.month, day: $0.day) }
            }
        }

        func list(_ row: CSVRow, _ column: String) -> Cell<[String]> { read(row, column) { $0.list(column) } }

        /// A list of frameworks (rule H10), each as docs/formats.md names them.
        func frameworks(_ row: CSVRow, _ column: String) -> Cell<[Framework]> {
            read(row, column) { r in r.list(column).map { $0.compactMap { framework(row, column, $0) } } }
        }

        /// A code of `type` in any letter case; an unknown one is a problem naming the known ones.
        func code<T: RawRepresentable & CaseIterable>(_ row: CSVRow, _ column: String, _ what: String, _ type: T.Type) -> Cell<T>
        where T.RawValue == String {
            read(row, column) { r in
                guard let text = r[column] else { return nil }
                guard let value = T(rawValue: text.lowercased()) else {
                    fail(row, column, "unknown \(what) '\(text)' (known: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
                    return nil
                }
                return value
            }
        }

        /// A framework named as docs/formats.md names it, in any letter case; an unknown name is a
        /// problem in `column` of `row`.
        func framework(_ row: CSVRow, _ column: String, _ name: String) -> Framework? {
            guard let f = Framework(rawValue: name.lowercased()) else {
                fail(row, column, "unknown framework '\(name)' (known: \(Framework.allCases.map(\.rawValue).joined(separator: ", ")))")
                return nil
            }
            return f
        }

        // MARK: merging a cell into a stored value

        /// An optional field: a clear leaves it without a value.
        func merge<T>(_ cell: Cell<T>, into value: inout T?) {
            switch cell {
            case .keep: break
            case .set(let v): value = v
            case .clear: value = nil
            }
        }

        /// A field that has a default: a clear puts the default back (an empty list, a name that is
        /// the id).
        func merge<T>(_ cell: Cell<T>, into value: inout T, cleared: T) {
            switch cell {
            case .keep: break
            case .set(let v): value = v
            case .clear: value = cleared
            }
        }

        /// A field every item has a value of: a clear is a problem in `column` of `row`.
        func merge<T>(_ cell: Cell<T>, into value: inout T, _ row: CSVRow, _ column: String) {
            switch cell {
            case .keep: break
            case .set(let v): value = v
            case .clear:
                fail(
                    row, column,
                    "'\(row[column] ?? "")' would clear \(column), which every row must have; give a value or leave the cell empty")
            }
        }

        /// A keyed part of a field (`hours_admin`, `supporter_legal`): a clear removes the key.
        func merge<T>(_ cell: Cell<T>, into values: inout [String: T], key: String) {
            switch cell {
            case .keep: break
            case .set(let v): values[key] = v
            case .clear: values[key] = nil
            }
        }

        /// The row's key: its `column` cell; an empty one is a problem.
        func key(_ row: CSVRow, _ column: String) -> String? {
            guard let value = row[column] else {
                fail(row, column, "empty; every row needs a \(column)")
                return nil
            }
            return value
        }

        /// Whether a new item (`what` `id`) has every one of `columns`; each it lacks is a problem.
        func hasEverything(_ row: CSVRow, _ what: String, _ id: String, _ columns: [String]) -> Bool {
            let missing = columns.filter { row[$0] == nil }
            for column in missing {
                let absent = table.header.contains(column) ? "" : " (missing column)"
                fail(row, column, "new \(what) \(id): \(column) required\(absent)")
            }
            return missing.isEmpty
        }

        // MARK: items

        func organisation(_ row: CSVRow, id: String, stored: Organisation?) -> Organisation {
            var o = stored ?? Organisation(id: id, name: id, kind: .other)
            merge(text(row, "name"), into: &o.name, cleared: id)
            merge(code(row, "kind", "kind", Organisation.Kind.self), into: &o.kind, row, "kind")
            merge(frameworks(row, "mandates"), into: &o.mandates)
            return o
        }

        func network(_ row: CSVRow, id: String, stored: Network?) -> Network? {
            if stored == nil && !hasEverything(row, "network", id, ["organisations"]) { return nil }
            var n = stored ?? Network(id: id, organisations: [])
            merge(list(row, "organisations"), into: &n.organisations, row, "organisations")
            merge(bool(row, "shared_support"), into: &n.sharedSupport, row, "shared_support")
            return n
        }

        func worker(_ row: CSVRow, id: String, stored: Worker?) -> Worker? {
            if stored == nil && !hasEverything(row, "worker", id, ["organisation", "hours"]) { return nil }
            var w = stored ?? Worker(id: id, organisation: "", tasks: [], hours: 0)
            merge(text(row, "name"), into: &w.name)
            merge(text(row, "organisation"), into: &w.organisation, row, "organisation")
            merge(text(row, "role"), into: &w.role)
            merge(list(row, "tasks"), into: &w.tasks, row, "tasks")
            merge(day(row, "registered_until"), into: &w.registeredUntil)
            merge(number(row, "hours"), into: &w.hours, row, "hours")
            merge(number(row, "casework_share"), into: &w.caseworkShare)
            merge(integer(row, "max_cases"), into: &w.maxCases)
            merge(integer(row, "max_children"), into: &w.maxChildren)
            merge(day(row, "started"), into: &w.started)
            merge(day(row, "leaves"), into: &w.leaves)
            merge(list(row, "skills"), into: &w.skills, cleared: [])
            merge(list(row, "municipalities"), into: &w.municipalities)
            merge(frameworks(row, "mandates"), into: &w.mandates)
            return w
        }

        func caseItem(_ row: CSVRow, id: String, stored: Case?) -> Case? {
            if stored == nil && !hasEverything(row, "family", id, ["municipality", "framework"]) { return nil }
            var c = stored ?? Case(id: id, municipality: "", framework: .ots)
            merge(text(row, "municipality"), into: &c.municipality, row, "municipality")
            merge(integer(row, "children"), into: &c.children, row, "children")
            merge(code(row, "framework", "framework", Framework.self), into: &c.framework, row, "framework")
            merge(code(row, "phase", "phase", Phase.self), into: &c.phase, row, "phase")
            merge(integer(row, "priority"), into: &c.priority, row, "priority")
            merge(bool(row, "duo"), into: &c.duo, row, "duo")
            merge(list(row, "skills"), into: &c.skills, cleared: [])
            // Explicit hours replace the case type's as a whole, so the family follows its case
            // type again only once no explicit hours are left.
            var hours = c.hours ?? [:]
            for column in table.header where column.hasPrefix("hours_") {
                merge(number(row, column), into: &hours, key: String(column.dropFirst(6)))
            }
            if hours != (c.hours ?? [:]) { c.hours = hours.isEmpty ? nil : hours }
            merge(text(row, "lead"), into: &c.lead)
            merge(text(row, "partner"), into: &c.partner)
            for column in table.header where column.hasPrefix("supporter_") {
                merge(text(row, column), into: &c.supporters, key: String(column.dropFirst(10)))
            }
            merge(day(row, "waiting_since"), into: &c.waitingSince)
            merge(bool(row, "lock"), into: &c.lock, row, "lock")
            return c
        }

        /// An absence's key: the worker and the days (`to` defaults to `from`).
        func absenceKey(_ row: CSVRow) -> (worker: String, from: Day, to: Day)? {
            let worker = key(row, "worker")
            let from: Day
            switch day(row, "from") {
            case .set(let first): from = first
            case .clear:
                fail(row, "from", "'\(row["from"] ?? "")' is not a date; give the first day away")
                return nil
            case .keep:
                if row["from"] == nil { fail(row, "from", "empty; give the first day away") }
                return nil
            }
            var to = from
            switch day(row, "to") {
            case .set(let last): to = last
            case .clear: fail(row, "to", "'\(row["to"] ?? "")' is not a date; give the last day away, or leave it empty for one day")
            case .keep: break
            }
            return worker.map { ($0, from, to) }
        }

        /// The absence a row makes of `stored` (or of a new one): its hours, cleared to whole days.
        func absence(_ row: CSVRow, from: Day, to: Day, stored: Absence?) -> Absence {
            var a = stored ?? Absence(from: from, to: to)
            merge(number(row, "hours"), into: &a.hours)
            return a
        }
    }
}
