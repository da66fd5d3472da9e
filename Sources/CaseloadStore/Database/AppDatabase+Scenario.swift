import CaseloadCore
import Foundation
import GRDB

extension AppDatabase {
    /// What a load or import changed.
    public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
        /// Rows added.
        public var added = 0
        /// Rows that existed and were updated.
        public var updated = 0
        /// Creates an empty summary.
        public init() {}
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
        let settings = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'settings'").map(SettingsJSON.decode) ?? Settings()
        let name = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'name'") ?? ""
        var scenario = Scenario(
            name: name, week: week ?? storedWeek ?? ISOWeek(containing: Day(ordinal: 0)), settings: settings)
        scenario.organisations = try Row.fetchAll(db, sql: "SELECT * FROM organisations ORDER BY rowid").map {
            Organisation(id: $0["id"], name: $0["name"], kind: Organisation.Kind(rawValue: $0["kind"]) ?? .other)
        }
        scenario.taskKinds = try Row.fetchAll(db, sql: "SELECT * FROM task_kinds ORDER BY rowid").map {
            TaskKind(id: $0["id"], registered: $0["registered"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM case_types") {
            guard let f = Framework(rawValue: row["framework"]), let p = Phase(rawValue: row["phase"]) else { continue }
            scenario.caseTypes[f, p] = CaseType(weeks: row["weeks"], hours: decode(row["hours"]) ?? [:])
        }
        var absences: [String: [Absence]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM absences ORDER BY worker, from_day") {
            guard let from = Day(parsing: row["from_day"] as String), let to = Day(parsing: row["to_day"] as String) else { continue }
            absences[row["worker"], default: []].append(Absence(from: from, to: to, hours: row["hours"]))
        }
        scenario.staff = try Row.fetchAll(db, sql: "SELECT * FROM workers ORDER BY rowid").map { row in
            let id: String = row["id"]
            return Worker(
                id: id, name: row["name"], organisation: row["organisation"], role: row["role"],
                tasks: decode(row["tasks"]) ?? [], registeredUntil: (row["registered_until"] as String?).flatMap { Day(parsing: $0) },
                hours: row["hours"], caseworkShare: row["casework_share"], maxCases: row["max_cases"],
                maxChildren: row["max_children"], started: (row["started"] as String?).flatMap { Day(parsing: $0) },
                leaves: (row["leaves"] as String?).flatMap { Day(parsing: $0) },
                skills: decode(row["skills"]) ?? [], municipalities: (row["municipalities"] as String?).flatMap { decode($0) },
                absences: absences[id] ?? [])
        }
        scenario.cases = try Row.fetchAll(db, sql: "SELECT * FROM cases ORDER BY rowid").map { row in
            Case(
                id: row["id"], municipality: row["municipality"], children: row["children"],
                framework: Framework(rawValue: row["framework"]) ?? .ots, phase: Phase(rawValue: row["phase"]) ?? .middle,
                priority: row["priority"], duo: row["duo"], skills: decode(row["skills"]) ?? [],
                hours: (row["hours"] as String?).flatMap { decode($0) }, lead: row["lead"], partner: row["partner"],
                supporters: decode(row["supporters"]) ?? [:],
                waitingSince: (row["waiting_since"] as String?).flatMap { Day(parsing: $0) }, lock: row["lock"])
        }
        return scenario
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
                "INSERT INTO organisations (id, name, kind) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind",
            arguments: [o.id, o.name, o.kind.rawValue])
        return new
    }

    static func upsert(_ db: Database, _ w: Worker) throws -> Bool {
        let new = try !exists(db, "workers", w.id)
        try db.execute(
            sql: """
                INSERT INTO workers (id, name, organisation, role, tasks, registered_until, hours, casework_share,
                    max_cases, max_children, started, leaves, skills, municipalities)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
                    role = excluded.role, tasks = excluded.tasks, registered_until = excluded.registered_until,
                    hours = excluded.hours, casework_share = excluded.casework_share, max_cases = excluded.max_cases,
                    max_children = excluded.max_children, started = excluded.started, leaves = excluded.leaves,
                    skills = excluded.skills,
                    municipalities = excluded.municipalities
                """,
            arguments: [
                w.id, w.name, w.organisation, w.role, json(w.tasks), w.registeredUntil?.description, w.hours,
                w.caseworkShare, w.maxCases, w.maxChildren, w.started?.description, w.leaves?.description, json(w.skills),
                w.municipalities.map { json($0) },
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
                    partner, supporters, waiting_since, lock)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET municipality = excluded.municipality, children = excluded.children,
                    framework = excluded.framework, phase = excluded.phase, priority = excluded.priority,
                    duo = excluded.duo, skills = excluded.skills, hours = excluded.hours, lead = excluded.lead,
                    partner = excluded.partner, supporters = excluded.supporters,
                    waiting_since = excluded.waiting_since, lock = excluded.lock
                """,
            arguments: [
                c.id, c.municipality, c.children, c.framework.rawValue, c.phase.rawValue, c.priority, c.duo,
                json(c.skills), c.hours.map { json($0) }, c.lead, c.partner, json(c.supporters),
                c.waitingSince?.description, c.lock,
            ])
        return new
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ text: String?) -> T? {
        guard let text else { return nil }
        return try? decoder.decode(T.self, from: Data(text.utf8))
    }

    /// One decoder for every JSON column of every row.
    private static let decoder = JSONDecoder()
}

/// Settings as stored in the database and with a plan.
enum SettingsJSON {
    static func encode(_ s: Settings) -> String {
        JSONValue.object([
            ("fte_hours", .number(s.fteHours)), ("casework_share", .number(s.caseworkShare)),
            ("max_cases_per_fte", .number(s.maxCasesPerFTE)), ("max_children_per_fte", .number(s.maxChildrenPerFTE)),
            ("overload_allowed", .number(s.overloadAllowed)), ("duo_across_organisations", .bool(s.duoAcrossOrganisations)),
            ("duo_split", .number(s.duoSplit)),
            ("ramp_up", .array(s.rampUp.map { .object([("months", .int($0.months)), ("factor", .number($0.factor))]) })),
            (
                "weights",
                .object([
                    ("waiting", .number(s.weights.waiting)), ("handover", .number(s.weights.handover)),
                    ("undelegated", .number(s.weights.undelegated)), ("balance", .number(s.weights.balance)),
                ])
            ),
        ]).rendered()
    }

    static func decode(_ text: String) -> Settings {
        var s = Settings()
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return s }
        func number(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
        s.fteHours = number("fte_hours") ?? s.fteHours
        s.caseworkShare = number("casework_share") ?? s.caseworkShare
        s.maxCasesPerFTE = number("max_cases_per_fte") ?? s.maxCasesPerFTE
        s.maxChildrenPerFTE = number("max_children_per_fte") ?? s.maxChildrenPerFTE
        s.overloadAllowed = number("overload_allowed") ?? s.overloadAllowed
        s.duoAcrossOrganisations = (object["duo_across_organisations"] as? Bool) ?? s.duoAcrossOrganisations
        s.duoSplit = number("duo_split") ?? s.duoSplit
        if let steps = object["ramp_up"] as? [[String: Any]] {
            s.rampUp = steps.compactMap { step in
                guard let m = (step["months"] as? NSNumber)?.intValue, let f = (step["factor"] as? NSNumber)?.doubleValue else {
                    return nil
                }
                return Settings.RampUpStep(months: m, factor: f)
            }
        }
        if let weights = object["weights"] as? [String: Any] {
            for (k, v) in weights { if let x = (v as? NSNumber)?.doubleValue { _ = s.weights.set(k, to: x) } }
        }
        return s
    }
}
