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
        return migrator
    }
}
