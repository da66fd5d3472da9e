import CaseloadCore

extension CSVImport {
    /// Turns rows into domain items, collecting every problem instead of stopping at the first.
    final class RowReader {
        let table: CSVTable
        var problems: [InputProblem] = []

        init(table: CSVTable) { self.table = table }

        static let columns: [Kind: (required: [String], optional: [String])] = [
            .organisations: (["id"], ["name", "kind", "mandates"]),
            .networks: (["id", "organisations"], ["shared_support"]),
            .staff: (
                ["id", "organisation", "hours"],
                [
                    "name", "role", "tasks", "registered_until", "casework_share", "max_cases", "max_children", "started", "leaves",
                    "skills", "municipalities", "mandates",
                ]
            ),
            .cases: (
                ["id", "municipality", "framework"],
                ["children", "phase", "priority", "duo", "skills", "lead", "partner", "waiting_since", "lock"]
            ),
            .absences: (["worker", "from"], ["to", "hours"]),
        ]

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

        func cell<T>(_ parse: () throws(CSVFieldError) -> T?) -> T? {
            do { return try parse() } catch {
                problems.append(InputProblem(file: error.file, line: error.line, field: error.field, message: error.message))
                return nil
            }
        }

        func day(_ row: CSVRow, _ column: String) -> Day? {
            guard let d = cell({ () throws(CSVFieldError) in try row.date(column, in: table) }) else { return nil }
            return Day(year: d.year, month: d.month, day: d.day)
        }

        func required(_ row: CSVRow, _ column: String) -> String? {
            guard let value = row[column] else {
                fail(row, column, "empty; every row needs a \(column)")
                return nil
            }
            return value
        }

        func organisation(_ row: CSVRow) -> Organisation? {
            guard let id = required(row, "id") else { return nil }
            var kind = Organisation.Kind.other
            if let k = row["kind"] {
                if let parsed = Organisation.Kind(rawValue: k.lowercased()) {
                    kind = parsed
                } else {
                    fail(row, "kind", "unknown kind '\(k)' (known: \(Organisation.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
            return Organisation(id: id, name: row["name"] ?? id, kind: kind, mandates: frameworks(row, "mandates"))
        }

        func network(_ row: CSVRow) -> Network? {
            guard let id = required(row, "id") else { return nil }
            let organisations = row.list("organisations") ?? []
            if organisations.isEmpty { fail(row, "organisations", "empty; list the member organisations") }
            let shared = cell { () throws(CSVFieldError) in try row.bool("shared_support", in: table) } ?? false
            return Network(id: id, organisations: organisations, sharedSupport: shared)
        }

        /// A list of frameworks (rule H10), each as docs/formats.md names them; `nil` when the
        /// cell is empty.
        func frameworks(_ row: CSVRow, _ column: String) -> [Framework]? {
            guard let names = row.list(column) else { return nil }
            return names.compactMap { framework(row, column, $0) }
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

        func worker(_ row: CSVRow) -> Worker? {
            let id = required(row, "id")
            let organisation = required(row, "organisation")
            let hours = cell { () throws(CSVFieldError) in try row.number("hours", in: table) }
            if hours == nil && row["hours"] == nil { fail(row, "hours", "empty; give the contract hours per week") }
            let w = Worker(
                id: id ?? "", name: row["name"], organisation: organisation ?? "", role: row["role"],
                tasks: row.list("tasks") ?? [], registeredUntil: day(row, "registered_until"), hours: hours ?? 0,
                caseworkShare: cell { () throws(CSVFieldError) in try row.number("casework_share", in: table) },
                maxCases: cell { () throws(CSVFieldError) in try row.integer("max_cases", in: table) },
                maxChildren: cell { () throws(CSVFieldError) in try row.integer("max_children", in: table) },
                started: day(row, "started"), leaves: day(row, "leaves"), skills: row.list("skills") ?? [],
                municipalities: row.list("municipalities"), mandates: frameworks(row, "mandates"))
            return id == nil || organisation == nil ? nil : w
        }

        func caseItem(_ row: CSVRow) -> Case? {
            guard let id = required(row, "id"), let municipality = required(row, "municipality") else { return nil }
            var c = Case(id: id, municipality: municipality, framework: .ots)
            if let name = required(row, "framework"), let f = framework(row, "framework", name) { c.framework = f }
            if let p = row["phase"] {
                if let phase = Phase(rawValue: p.lowercased()) {
                    c.phase = phase
                } else {
                    fail(row, "phase", "unknown phase '\(p)' (known: start, middle, end)")
                }
            }
            c.children = cell { () throws(CSVFieldError) in try row.integer("children", in: table) } ?? 1
            c.priority = cell { () throws(CSVFieldError) in try row.integer("priority", in: table) } ?? 2
            c.duo = cell { () throws(CSVFieldError) in try row.bool("duo", in: table) } ?? false
            c.lock = cell { () throws(CSVFieldError) in try row.bool("lock", in: table) } ?? false
            c.skills = row.list("skills") ?? []
            c.lead = row["lead"]
            c.partner = row["partner"]
            c.waitingSince = day(row, "waiting_since")
            var hours: [String: Double] = [:]
            for column in table.header where column.hasPrefix("hours_") {
                if let h = cell({ () throws(CSVFieldError) in try row.number(column, in: table) }) {
                    hours[String(column.dropFirst(6))] = h
                }
            }
            c.hours = hours.isEmpty ? nil : hours
            for column in table.header where column.hasPrefix("supporter_") {
                if let s = row[column] { c.supporters[String(column.dropFirst(10))] = s }
            }
            return c
        }

        func absence(_ row: CSVRow) -> (String, Absence)? {
            guard let worker = required(row, "worker"), let from = day(row, "from") else {
                if row["from"] == nil { fail(row, "from", "empty; give the first day away") }
                return nil
            }
            let to = day(row, "to") ?? from
            let hours = cell { () throws(CSVFieldError) in try row.number("hours", in: table) }
            return (worker, Absence(from: from, to: to, hours: hours))
        }
    }
}
