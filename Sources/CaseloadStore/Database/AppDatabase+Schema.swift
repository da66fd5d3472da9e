import GRDB

extension AppDatabase {
    /// The schema, one migration per released change; never edit a migration once shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    CREATE TABLE organisations (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL);
                    CREATE TABLE task_kinds (id TEXT PRIMARY KEY NOT NULL, registered INTEGER NOT NULL);
                    CREATE TABLE case_types (
                        framework TEXT NOT NULL, phase TEXT NOT NULL, weeks INTEGER, hours TEXT NOT NULL,
                        PRIMARY KEY (framework, phase));
                    CREATE TABLE workers (
                        id TEXT PRIMARY KEY NOT NULL, name TEXT,
                        organisation TEXT NOT NULL REFERENCES organisations(id),
                        role TEXT, tasks TEXT NOT NULL, registered_until TEXT, hours REAL NOT NULL,
                        casework_share REAL, max_cases INTEGER, max_children INTEGER, started TEXT,
                        skills TEXT NOT NULL, municipalities TEXT);
                    -- Absence is hours only, never a reason.
                    CREATE TABLE absences (
                        worker TEXT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
                        from_day TEXT NOT NULL, to_day TEXT NOT NULL, hours REAL,
                        PRIMARY KEY (worker, from_day, to_day));
                    -- Families: pseudonymous codes and planning facts only.
                    CREATE TABLE cases (
                        id TEXT PRIMARY KEY NOT NULL, municipality TEXT NOT NULL, children INTEGER NOT NULL,
                        framework TEXT NOT NULL, phase TEXT NOT NULL, priority INTEGER NOT NULL, duo INTEGER NOT NULL,
                        skills TEXT NOT NULL, hours TEXT,
                        lead TEXT REFERENCES workers(id), partner TEXT REFERENCES workers(id),
                        supporters TEXT NOT NULL, waiting_since TEXT, lock INTEGER NOT NULL);
                    CREATE TABLE plans (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, week TEXT NOT NULL, created_at TEXT NOT NULL,
                        is_current INTEGER NOT NULL DEFAULT 0, served INTEGER NOT NULL, waiting INTEGER NOT NULL,
                        score TEXT NOT NULL, settings TEXT NOT NULL, solver TEXT NOT NULL);
                    CREATE UNIQUE INDEX plans_one_current ON plans(is_current) WHERE is_current = 1;
                    CREATE TABLE plan_assignments (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                        case_id TEXT NOT NULL, lead TEXT NOT NULL, partner TEXT, PRIMARY KEY (plan_id, case_id));
                    CREATE TABLE plan_tasks (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, case_id TEXT NOT NULL,
                        position INTEGER NOT NULL, kind TEXT NOT NULL, worker TEXT NOT NULL, hours REAL NOT NULL,
                        PRIMARY KEY (plan_id, case_id, position));
                    CREATE TABLE plan_waiting (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                        case_id TEXT NOT NULL, priority INTEGER NOT NULL, weeks_waiting INTEGER NOT NULL,
                        reason TEXT NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (plan_id, case_id));
                    CREATE TABLE plan_workers (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                        worker TEXT NOT NULL, organisation TEXT NOT NULL, registered INTEGER NOT NULL,
                        available_hours REAL NOT NULL, planned_hours REAL NOT NULL, cases INTEGER NOT NULL,
                        max_cases INTEGER NOT NULL, children INTEGER NOT NULL, max_children INTEGER NOT NULL,
                        PRIMARY KEY (plan_id, worker));
                    CREATE TABLE plan_locks (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, case_id TEXT NOT NULL,
                        kept INTEGER NOT NULL, reason TEXT, PRIMARY KEY (plan_id, case_id));
                    """)
        }
        // A leaver's last working day: after it the worker has no hours.
        migrator.registerMigration("v2-worker-leaves") { db in
            try db.execute(sql: "ALTER TABLE workers ADD COLUMN leaves TEXT")
        }
        // Mandates (rule H10: which frameworks an organisation or a person may lead; NULL takes
        // the default) and networks (rule H11: who may share a family across organisations).
        migrator.registerMigration("v3-mandates-networks") { db in
            try db.execute(
                sql: """
                    ALTER TABLE organisations ADD COLUMN mandates TEXT;
                    ALTER TABLE workers ADD COLUMN mandates TEXT;
                    CREATE TABLE networks (
                        id TEXT PRIMARY KEY NOT NULL, organisations TEXT NOT NULL, shared_support INTEGER NOT NULL);
                    """)
        }
        // Continuity and stand-ins (SPEC §3): a plan's handovers with their reasons, the
        // colleagues standing in for absent leads and partners, and the hours no one covers.
        migrator.registerMigration("v4-handovers-stand-ins") { db in
            try db.execute(
                sql: """
                    CREATE TABLE plan_handovers (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                        case_id TEXT NOT NULL, role TEXT NOT NULL, from_worker TEXT NOT NULL, to_worker TEXT NOT NULL,
                        reason TEXT NOT NULL, PRIMARY KEY (plan_id, position));
                    CREATE TABLE plan_stand_ins (
                        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, position INTEGER NOT NULL,
                        case_id TEXT NOT NULL, absent TEXT NOT NULL, stand_in TEXT, hours REAL NOT NULL,
                        PRIMARY KEY (plan_id, position));
                    """)
        }
        // Proposals (SPEC §3): the voluntary handovers a plan offers, as JSON.
        migrator.registerMigration("v5-proposals") { db in
            try db.execute(sql: "ALTER TABLE plans ADD COLUMN proposals TEXT")
        }
        // The manager decides (SPEC §5): every plan is kept as a draft until approved; a plan
        // keeps the people of record it was made against, so that it reads and scores the same
        // later; pins name their own people beside the record; and a data version, bumped by
        // every change to the team's data, tells a draft made before a change.
        migrator.registerMigration("v6-drafts-pins") { db in
            try db.execute(
                sql: """
                    ALTER TABLE plans ADD COLUMN approved_at TEXT;
                    ALTER TABLE plans ADD COLUMN record TEXT;
                    ALTER TABLE plans ADD COLUMN data_version INTEGER;
                    ALTER TABLE cases ADD COLUMN pinned_lead TEXT REFERENCES workers(id);
                    ALTER TABLE cases ADD COLUMN pinned_partner TEXT REFERENCES workers(id);
                    -- Plans saved before drafts existed were saved as current: approved.
                    UPDATE plans SET approved_at = created_at;
                    INSERT INTO meta (key, value) VALUES ('data_version', '0') ON CONFLICT(key) DO NOTHING;
                    """)
            for table in ["organisations", "networks", "task_kinds", "case_types", "workers", "absences", "cases"] {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(
                        sql: """
                            CREATE TRIGGER \(table)_\(event.lowercased())_bumps_data_version AFTER \(event) ON \(table)
                            BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END
                            """)
                }
            }
            try db.execute(
                sql: """
                    CREATE TRIGGER settings_bump_data_version AFTER UPDATE ON meta WHEN NEW.key IN ('settings', 'week')
                    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'; END
                    """)
            try adoptCurrentPlan(db)
        }
        return migrator
    }

    /// Until drafts, the current plan's people became the families' people of record only when
    /// the next plan started from it; now approving a plan writes them down. A database from
    /// before takes its current plan's people as the record, as its next plan would have.
    private static func adoptCurrentPlan(_ db: Database) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM plans WHERE is_current = 1") else { return }
        let registered = Set(try String.fetchAll(db, sql: "SELECT id FROM task_kinds WHERE registered = 1") + ["casework"])
        var supporters: [String: [String: String]] = [:]
        let people = Dictionary(
            try Row.fetchAll(db, sql: "SELECT case_id, lead, partner FROM plan_assignments WHERE plan_id = ?", arguments: [id]).map {
                ($0["case_id"] as String, ($0["lead"] as String, $0["partner"] as String?))
            }, uniquingKeysWith: { a, _ in a })
        for task in try Row.fetchAll(db, sql: "SELECT case_id, kind, worker FROM plan_tasks WHERE plan_id = ?", arguments: [id]) {
            let caseID: String = task["case_id"]
            let kind: String = task["kind"]
            let worker: String = task["worker"]
            guard !registered.contains(kind), let (lead, partner) = people[caseID], worker != lead, worker != partner else { continue }
            supporters[caseID, default: [:]][kind] = worker
        }
        for (caseID, (lead, partner)) in people {
            try db.execute(
                sql: """
                    UPDATE cases SET pinned_lead = CASE WHEN lock = 1 THEN lead END,
                        pinned_partner = CASE WHEN lock = 1 THEN partner END WHERE id = ? AND lock = 1
                    """, arguments: [caseID])
            try db.execute(
                sql: "UPDATE cases SET lead = ?, partner = ?, supporters = ? WHERE id = ?",
                arguments: [lead, partner, json(supporters[caseID] ?? [:]), caseID])
        }
    }
}
