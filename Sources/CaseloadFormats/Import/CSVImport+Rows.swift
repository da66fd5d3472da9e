import CaseloadCore

extension CSVImport {
    /// Turns rows into domain items merged into what is stored, collecting every problem instead
    /// of stopping at the first.
    ///
    /// A row changes only what it gives: a column the file leaves out or an empty cell keeps the
    /// stored value (for a new id: the default), and `-`, `geen` or `none` clears an optional one.
    ///
    /// Columns and values may be named in Dutch (`ImportVocabulary`); `checkHeader` renames the
    /// table's columns to the names read here and remembers the file's own, which every message
    /// uses.
    final class RowReader {
        /// The file, its columns named as read here once `checkHeader` ran.
        private(set) var table: CSVTable
        var problems: [InputProblem] = []
        /// The file's own name of each column it names differently (`municipality` → `gemeente`).
        private var written: [String: String] = [:]
        /// Municipalities by their lowercased name, spelled as first stored or read, so that `Ede`
        /// and `ede` are one municipality.
        private var municipalities: [String: String] = [:]
        /// The language of the messages.
        var language: Language { table.language }

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

            /// The value a `set` cell gives, changed by `transform`.
            func map<U>(_ transform: (T) -> U) -> Cell<U> {
                switch self {
                case .keep: .keep
                case .set(let value): .set(transform(value))
                case .clear: .clear
                }
            }
        }

        /// The column as the file names it.
        func shown(_ column: String) -> String { written[column] ?? column }

        /// A problem in `field` (named as read here) of `row`; nil: the header.
        func fail(_ row: CSVRow?, _ field: String?, _ message: String) {
            problems.append(InputProblem(file: table.file, line: row?.line ?? table.headerLine, field: field.map(shown), message: message))
        }

        func fail(_ row: CSVRow?, _ field: String?, _ message: Text) { fail(row, field, message(language)) }

        /// Renames the columns to the names read here, checks them for `kind`, and learns the
        /// municipalities `scenario` already spells.
        func checkHeader(_ kind: Kind, scenario: Scenario? = nil) {
            let (required, optional) = Self.columns[kind]!
            var names: [String] = []
            var doubled: Set<Int> = []
            var firstWritten: [String: String] = [:]
            for (index, column) in table.header.enumerated() {
                let name = ImportVocabulary.column(column, kind: kind) ?? column
                if let first = firstWritten[name] {
                    // `hours` and `uren` side by side: which one counts would be a guess. The
                    // column keeps its own name, so no message can mistake it for the first.
                    let message = ImportTexts.sameField(first, column, field: name)(language)
                    problems.append(InputProblem(file: table.file, line: table.headerLine, field: column, message: message))
                    doubled.insert(index)
                    names.append(column)
                    continue
                }
                firstWritten[name] = column
                names.append(name)
            }
            written = firstWritten.filter { $0.key != $0.value }
            table = table.renamingColumns(names)
            for (index, column) in table.header.enumerated() where !doubled.contains(index) {
                if kind != .staff && kind != .organisations && Privacy.isForbiddenField(column) {
                    fail(nil, column, ImportTexts.refusedFamilyData)
                } else if kind == .staff && ["bsn", "address", "adres", "notes", "reason", "reden"].contains(where: column.contains) {
                    fail(nil, column, ImportTexts.refusedStaffData)
                } else if !(required + optional).contains(column)
                    && !(kind == .cases && (column.hasPrefix("hours_") || column.hasPrefix("supporter_")))
                {
                    fail(nil, column, ImportTexts.unknownColumn(known: knownColumns(required + optional, kind)))
                }
            }
            for column in required where !table.header.contains(column) {
                fail(nil, column, ImportTexts.missingColumn)
            }
            for name in (scenario?.staff ?? []).flatMap({ $0.municipalities ?? [] }) + (scenario?.cases ?? []).map(\.municipality) {
                _ = municipality(name)
            }
        }

        /// The columns a file of `kind` may have, for a message: in Dutch by their Dutch names.
        private func knownColumns(_ columns: [String], _ kind: Kind) -> String {
            let dutch = language == .nl
            let names = columns.map { dutch ? ImportVocabulary.dutchNames[$0] ?? $0 : $0 }
            let keyed = dutch ? ["uren TAAK", "ondersteuner TAAK"] : ["hours_KIND", "supporter_KIND"]
            return (names + (kind == .cases ? keyed : [])).joined(separator: ", ")
        }

        /// `name` spelled as the municipality was first stored or read, whatever its letter case.
        func municipality(_ name: String) -> String {
            let key = name.lowercased()
            if let spelling = municipalities[key] { return spelling }
            municipalities[key] = name
            return name
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
                problems.append(InputProblem(file: error.file, line: error.line, field: shown(error.field), message: error.message))
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

        /// A code of `type` by its English code or Dutch name (`ImportCode.named`); an unknown one
        /// is a problem naming the known ones.
        func code<T: ImportCode>(_ row: CSVRow, _ column: String, _ type: T.Type) -> Cell<T> {
            read(row, column) { r in
                guard let text = r[column] else { return nil }
                guard let value = T.named(text) else {
                    fail(row, column, ImportTexts.unknownCode(T.what, text, known: T.known(language)))
                    return nil
                }
                return value
            }
        }

        /// A framework named as docs/formats.md names it, in English or Dutch and any letter case;
        /// an unknown name is a problem in `column` of `row`.
        func framework(_ row: CSVRow, _ column: String, _ name: String) -> Framework? {
            guard let f = Framework.named(name) else {
                fail(row, column, ImportTexts.unknownCode(Framework.what, name, known: Framework.known(language)))
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
                fail(row, column, ImportTexts.wouldClear(row[column] ?? "", column: shown(column)))
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
                fail(row, column, ImportTexts.emptyKey(shown(column)))
                return nil
            }
            return value
        }

        /// Whether a new item (`what` `id`) has every one of `columns`; each it lacks is a problem.
        func hasEverything(_ row: CSVRow, _ what: Text, _ id: String, _ columns: [String]) -> Bool {
            let missing = columns.filter { row[$0] == nil }
            for column in missing {
                // A column the file lacks is suggested by the name a manager of this language writes.
                let name = written[column] ?? (language == .nl ? ImportVocabulary.dutchNames[column] : nil) ?? column
                let lacks = ImportTexts.newItemLacks(what, id, column: name, columnMissing: !table.header.contains(column))
                fail(row, column, lacks)
            }
            return missing.isEmpty
        }

        // MARK: items

        func organisation(_ row: CSVRow, id: String, stored: Organisation?) -> Organisation {
            var o = stored ?? Organisation(id: id, name: id, kind: .other)
            merge(text(row, "name"), into: &o.name, cleared: id)
            merge(code(row, "kind", Organisation.Kind.self), into: &o.kind, row, "kind")
            merge(frameworks(row, "mandates"), into: &o.mandates)
            return o
        }

        func network(_ row: CSVRow, id: String, stored: Network?) -> Network? {
            if stored == nil && !hasEverything(row, ImportTexts.network, id, ["organisations"]) { return nil }
            var n = stored ?? Network(id: id, organisations: [])
            merge(list(row, "organisations"), into: &n.organisations, row, "organisations")
            merge(bool(row, "shared_support"), into: &n.sharedSupport, row, "shared_support")
            return n
        }

        func worker(_ row: CSVRow, id: String, stored: Worker?) -> Worker? {
            if stored == nil && !hasEverything(row, ImportTexts.worker, id, ["organisation", "hours"]) { return nil }
            var w = stored ?? Worker(id: id, organisation: "", tasks: [], hours: 0)
            merge(text(row, "name"), into: &w.name)
            merge(text(row, "organisation"), into: &w.organisation, row, "organisation")
            merge(text(row, "role"), into: &w.role)
            merge(list(row, "tasks").map { $0.map(ImportVocabulary.taskKind) }, into: &w.tasks, row, "tasks")
            merge(day(row, "registered_until"), into: &w.registeredUntil)
            merge(number(row, "hours"), into: &w.hours, row, "hours")
            merge(number(row, "casework_share"), into: &w.caseworkShare)
            merge(integer(row, "max_cases"), into: &w.maxCases)
            merge(integer(row, "max_children"), into: &w.maxChildren)
            merge(day(row, "started"), into: &w.started)
            merge(day(row, "leaves"), into: &w.leaves)
            merge(list(row, "skills"), into: &w.skills, cleared: [])
            merge(list(row, "municipalities").map { $0.map(municipality) }, into: &w.municipalities)
            merge(frameworks(row, "mandates"), into: &w.mandates)
            return w
        }

        func caseItem(_ row: CSVRow, id: String, stored: Case?) -> Case? {
            if stored == nil && !hasEverything(row, ImportTexts.family, id, ["municipality", "framework"]) { return nil }
            var c = stored ?? Case(id: id, municipality: "", framework: .ots)
            merge(text(row, "municipality").map(municipality), into: &c.municipality, row, "municipality")
            merge(integer(row, "children"), into: &c.children, row, "children")
            merge(code(row, "framework", Framework.self), into: &c.framework, row, "framework")
            merge(code(row, "phase", Phase.self), into: &c.phase, row, "phase")
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
                fail(row, "from", ImportTexts.fromNotDate(row["from"] ?? ""))
                return nil
            case .keep:
                if row["from"] == nil { fail(row, "from", ImportTexts.fromEmpty) }
                return nil
            }
            var to = from
            switch day(row, "to") {
            case .set(let last): to = last
            case .clear: fail(row, "to", ImportTexts.toNotDate(row["to"] ?? ""))
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
