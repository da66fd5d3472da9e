import CaseloadCore
import Foundation
import GRDB

extension AppDatabase {
    /// What a load or import changed.
    public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
        /// Rows added.
        public var added = 0
        /// Rows that existed and were updated: by an import, only those it really changed; by a
        /// load, every row it names that was there already.
        public var updated = 0
        /// Rows an import named that were already as it says, and were not written.
        public var unchanged = 0
        /// What an import did to each item its file named, field by field (empty for a load).
        public var items: [ScenarioChange.Item] = []
        /// Creates an empty summary.
        public init() {}

        /// The summary of an import's change.
        public init(_ change: ScenarioChange) {
            added = change.count(.added)
            updated = change.count(.changed)
            unchanged = change.count(.unchanged)
            items = change.items
        }

        /// `3 added, 1 updated`.
        public var description: String { "\(added) added, \(updated) updated" }
    }

    /// Writes a whole scenario in one transaction: settings and week, organisations, task kinds,
    /// case types, staff with their absences, and cases. Existing ids are updated.
    @discardableResult
    public func load(_ scenario: Scenario) throws -> ImportSummary {
        try writer.write { db in
            try Self.setMeta(db, "name", scenario.name)
            try Self.setMeta(db, "week", scenario.week.description)
            try Self.setMeta(db, "settings", SettingsJSON.encode(scenario.settings))
            for kind in scenario.taskKinds {
                try db.execute(
                    sql:
                        "INSERT INTO task_kinds (id, registered) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET registered = excluded.registered",
                    arguments: [kind.id, kind.registered])
            }
            for (framework, phases) in scenario.caseTypes.entries {
                for (phase, type) in phases {
                    try db.execute(
                        sql: """
                            INSERT INTO case_types (framework, phase, weeks, hours) VALUES (?, ?, ?, ?)
                            ON CONFLICT(framework, phase) DO UPDATE SET weeks = excluded.weeks, hours = excluded.hours
                            """,
                        arguments: [framework.rawValue, phase.rawValue, type.weeks, Self.json(type.hours)])
                }
            }
            var summary = ImportSummary()
            for o in scenario.organisations { Self.count(try Self.upsert(db, o), &summary) }
            for n in scenario.networks { Self.count(try Self.upsert(db, n), &summary) }
            for w in scenario.staff {
                Self.count(try Self.upsert(db, w), &summary)
                try db.execute(sql: "DELETE FROM absences WHERE worker = ?", arguments: [w.id])
                for a in w.absences { try Self.upsert(db, a, worker: w.id) }
            }
            for c in scenario.cases { Self.count(try Self.upsert(db, c), &summary) }
            return summary
        }
    }

    /// The scenario the database holds, for `week` (default: the loaded week).
    public func scenario(week: ISOWeek? = nil) throws -> Scenario {
        try writer.read { db in try Self.scenario(db, week: week) }
    }

    /// Whether anything has been loaded or imported.
    public func isEmpty() throws -> Bool {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM workers) + (SELECT COUNT(*) FROM cases)") == 0
        }
    }

    static func scenario(_ db: Database, week: ISOWeek?) throws -> Scenario {
        let storedWeek = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'week'").flatMap { ISOWeek(parsing: $0) }
        let settings = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'settings'").map {
            try SettingsJSON.decode($0, table: "meta", row: "settings")
        }
        let name = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'name'") ?? ""
        var scenario = Scenario(
            name: name, week: week ?? storedWeek ?? thisWeek(), settings: settings ?? Settings())
        scenario.organisations = try Row.fetchAll(db, sql: "SELECT * FROM organisations ORDER BY rowid").map {
            let row = StoredRow($0, table: "organisations")
            return Organisation(id: $0["id"], name: $0["name"], kind: try row.value("kind"), mandates: try row.json("mandates"))
        }
        scenario.networks = try Row.fetchAll(db, sql: "SELECT * FROM networks ORDER BY rowid").map {
            let row = StoredRow($0, table: "networks")
            return Network(id: $0["id"], organisations: try row.json("organisations") ?? [], sharedSupport: $0["shared_support"])
        }
        scenario.taskKinds = try Row.fetchAll(db, sql: "SELECT * FROM task_kinds ORDER BY rowid").map {
            TaskKind(id: $0["id"], registered: $0["registered"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM case_types") {
            let stored = StoredRow(row, table: "case_types", id: "\(row["framework"] as String? ?? "?")/\(row["phase"] as String? ?? "?")")
            let framework: Framework = try stored.value("framework")
            let phase: Phase = try stored.value("phase")
            scenario.caseTypes[framework, phase] = CaseType(weeks: row["weeks"], hours: try stored.json("hours") ?? [:])
        }
        var absences: [String: [Absence]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM absences ORDER BY worker, from_day") {
            let stored = StoredRow(row, table: "absences", id: row["worker"])
            guard let from = try stored.day("from_day") else { throw stored.fail("from_day") }
            guard let to = try stored.day("to_day") else { throw stored.fail("to_day") }
            absences[row["worker"], default: []].append(Absence(from: from, to: to, hours: row["hours"]))
        }
        scenario.staff = try Row.fetchAll(db, sql: "SELECT * FROM workers ORDER BY rowid").map { row in
            let id: String = row["id"]
            let stored = StoredRow(row, table: "workers", id: id)
            return Worker(
                id: id, name: row["name"], organisation: row["organisation"], role: row["role"],
                tasks: try stored.json("tasks") ?? [], registeredUntil: try stored.day("registered_until"),
                hours: row["hours"], caseworkShare: row["casework_share"], maxCases: row["max_cases"],
                maxChildren: row["max_children"], started: try stored.day("started"), leaves: try stored.day("leaves"),
                skills: try stored.json("skills") ?? [], municipalities: try stored.json("municipalities"),
                absences: absences[id] ?? [], mandates: try stored.json("mandates"))
        }
        scenario.cases = try Row.fetchAll(db, sql: "SELECT * FROM cases ORDER BY rowid").map { row in
            let stored = StoredRow(row, table: "cases")
            return Case(
                id: row["id"], municipality: row["municipality"], children: row["children"],
                framework: try stored.value("framework"), phase: try stored.value("phase"),
                priority: row["priority"], duo: row["duo"], skills: try stored.json("skills") ?? [],
                hours: try stored.json("hours"), lead: row["lead"], partner: row["partner"],
                supporters: try stored.json("supporters") ?? [:], waitingSince: try stored.day("waiting_since"), lock: row["lock"],
                pinnedLead: row["pinned_lead"], pinnedPartner: row["pinned_partner"])
        }
        return scenario
    }

    /// The ISO week the clock is in, in Europe/Amsterdam: what a database filled by `import`
    /// alone plans, as it has no week of its own (SPEC §5, "The week").
    public static func thisWeek(now: Date = Date()) -> ISOWeek {
        Amsterdam.week(atEpochSeconds: Int(now.timeIntervalSince1970.rounded(.down)))
    }

    /// Whether the data holds a week of its own (`load` of a scenario with `week:`); without one
    /// every command plans `thisWeek()`.
    public func hasStoredWeek() throws -> Bool {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'week'") != nil }
    }

    // MARK: rows

    static func count(_ inserted: Bool, _ summary: inout ImportSummary) {
        if inserted { summary.added += 1 } else { summary.updated += 1 }
    }

    static func exists(_ db: Database, _ table: String, _ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) ?? false
    }

    /// Inserts or updates; returns whether it was new.
    static func upsert(_ db: Database, _ o: Organisation) throws -> Bool {
        let new = try !exists(db, "organisations", o.id)
        try db.execute(
            sql:
                """
                INSERT INTO organisations (id, name, kind, mandates) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, mandates = excluded.mandates
                """,
            arguments: [o.id, o.name, o.kind.rawValue, o.mandates.map { json($0) }])
        return new
    }

    static func upsert(_ db: Database, _ n: Network) throws -> Bool {
        let new = try !exists(db, "networks", n.id)
        try db.execute(
            sql: """
                INSERT INTO networks (id, organisations, shared_support) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET organisations = excluded.organisations, shared_support = excluded.shared_support
                """,
            arguments: [n.id, json(n.organisations), n.sharedSupport])
        return new
    }

    static func upsert(_ db: Database, _ w: Worker) throws -> Bool {
        let new = try !exists(db, "workers", w.id)
        try db.execute(
            sql: """
                INSERT INTO workers (id, name, organisation, role, tasks, registered_until, hours, casework_share,
                    max_cases, max_children, started, leaves, skills, municipalities, mandates)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
                    role = excluded.role, tasks = excluded.tasks, registered_until = excluded.registered_until,
                    hours = excluded.hours, casework_share = excluded.casework_share, max_cases = excluded.max_cases,
                    max_children = excluded.max_children, started = excluded.started, leaves = excluded.leaves,
                    skills = excluded.skills,
                    municipalities = excluded.municipalities, mandates = excluded.mandates
                """,
            arguments: [
                w.id, w.name, w.organisation, w.role, json(w.tasks), w.registeredUntil?.description, w.hours,
                w.caseworkShare, w.maxCases, w.maxChildren, w.started?.description, w.leaves?.description, json(w.skills),
                w.municipalities.map { json($0) }, w.mandates.map { json($0) },
            ])
        return new
    }

    static func upsert(_ db: Database, _ a: Absence, worker: String) throws {
        try db.execute(
            sql: """
                INSERT INTO absences (worker, from_day, to_day, hours) VALUES (?, ?, ?, ?)
                ON CONFLICT(worker, from_day, to_day) DO UPDATE SET hours = excluded.hours
                """,
            arguments: [worker, a.from.description, a.to.description, a.hours])
    }

    static func upsert(_ db: Database, _ c: Case) throws -> Bool {
        let new = try !exists(db, "cases", c.id)
        try db.execute(
            sql: """
                INSERT INTO cases (id, municipality, children, framework, phase, priority, duo, skills, hours, lead,
                    partner, supporters, waiting_since, lock, pinned_lead, pinned_partner)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET municipality = excluded.municipality, children = excluded.children,
                    framework = excluded.framework, phase = excluded.phase, priority = excluded.priority,
                    duo = excluded.duo, skills = excluded.skills, hours = excluded.hours, lead = excluded.lead,
                    partner = excluded.partner, supporters = excluded.supporters,
                    waiting_since = excluded.waiting_since, lock = excluded.lock,
                    pinned_lead = excluded.pinned_lead, pinned_partner = excluded.pinned_partner
                """,
            arguments: [
                c.id, c.municipality, c.children, c.framework.rawValue, c.phase.rawValue, c.priority, c.duo,
                json(c.skills), c.hours.map { json($0) }, c.lead, c.partner, json(c.supporters),
                c.waitingSince?.description, c.lock, c.lock ? c.pinnedLead : nil, c.lock ? c.pinnedPartner : nil,
            ])
        return new
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// `value` as compact JSON with sorted keys, as every JSON column is stored.
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

}

/// Settings as stored in the database and with a plan: JSON by `Settings.Key`.
enum SettingsJSON {
    static func encode(_ s: Settings) -> String { AppDatabase.json(s) }

    /// The settings `text` holds; a value that does not read is an error naming where it is.
    static func decode(_ text: String, table: String, row: String) throws -> Settings {
        do {
            return try JSONDecoder().decode(Settings.self, from: Data(text.utf8))
        } catch {
            throw StoredValueError(table: table, row: row, field: "settings", value: text)
        }
    }
}
