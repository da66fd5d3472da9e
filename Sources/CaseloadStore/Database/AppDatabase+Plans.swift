import CaseloadCore
import Foundation
import GRDB

/// One line of `caseload plans`.
public struct PlanSummary: Hashable, Sendable {
    /// The plan's number.
    public var id: Int64
    /// The planned week.
    public var week: String
    /// When it was saved (UTC, ISO 8601).
    public var createdAt: String
    /// Whether it is the current plan.
    public var isCurrent: Bool
    /// Families served.
    public var served: Int
    /// Families waiting.
    public var waiting: Int
    /// The weighted soft score.
    public var soft: Double
}

/// A plan refused on save because it breaks a hard rule: a planner bug, never the user's fault.
public struct PlanRejectedError: Error, Sendable, CustomStringConvertible {
    /// The broken rules.
    public var violations: [RuleViolation]
    /// One line per violation.
    public var description: String {
        "refusing to save a plan that breaks hard rules (a bug: please report it):\n"
            + violations.prefix(20).map { "  \($0)" }.joined(separator: "\n")
    }
}

extension AppDatabase {
    /// Stores `plan` as the new current plan, after re-checking it against H1–H9 on `scenario`.
    /// Every earlier plan is kept. Returns the plan's number.
    @discardableResult
    public func save(_ plan: Plan, scenario: Scenario, createdAt: Date = Date()) throws -> Int64 {
        let violations = PlanChecker().violations(of: plan, in: scenario)
        guard violations.isEmpty else { throw PlanRejectedError(violations: violations) }
        let stamp = ISO8601DateFormatter().string(from: createdAt)
        let score = Self.scoreJSON(plan.score)
        let solver = Self.solverJSON(plan.solver)
        return try writer.write { db in
            try db.execute(sql: "UPDATE plans SET is_current = 0 WHERE is_current = 1")
            try db.execute(
                sql: """
                    INSERT INTO plans (week, created_at, is_current, served, waiting, score, settings, solver)
                    VALUES (?, ?, 1, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    plan.week.description, stamp, plan.assignments.count, plan.waiting.count, score,
                    SettingsJSON.encode(scenario.settings), solver,
                ])
            let id = db.lastInsertedRowID
            for (i, a) in plan.assignments.enumerated() {
                try db.execute(
                    sql: "INSERT INTO plan_assignments (plan_id, position, case_id, lead, partner) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, i, a.caseID, a.lead, a.partner])
                for (j, t) in a.tasks.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO plan_tasks (plan_id, case_id, position, kind, worker, hours) VALUES (?, ?, ?, ?, ?, ?)",
                        arguments: [id, a.caseID, j, t.kind, t.worker, t.hours])
                }
            }
            for (i, w) in plan.waiting.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO plan_waiting (plan_id, position, case_id, priority, weeks_waiting, reason, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [id, i, w.caseID, w.priority, w.weeksWaiting, w.reason.rawValue, w.detail])
            }
            for (i, w) in plan.workers.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO plan_workers (plan_id, position, worker, organisation, registered, available_hours,
                            planned_hours, cases, max_cases, children, max_children)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, i, w.id, w.organisation, w.registered, w.availableHours, w.plannedHours, w.cases,
                        w.maxCases, w.children, w.maxChildren,
                    ])
            }
            for l in plan.locks {
                try db.execute(
                    sql: "INSERT INTO plan_locks (plan_id, case_id, kept, reason) VALUES (?, ?, ?, ?)",
                    arguments: [id, l.caseID, l.kept, l.reason])
            }
            return id
        }
    }

    /// Every saved plan, newest first.
    public func plans() throws -> [PlanSummary] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM plans ORDER BY id DESC").map { row in
                let score = (try? JSONSerialization.jsonObject(with: Data((row["score"] as String).utf8))) as? [String: Any]
                return PlanSummary(
                    id: row["id"], week: row["week"], createdAt: row["created_at"], isCurrent: row["is_current"],
                    served: row["served"], waiting: row["waiting"], soft: (score?["soft"] as? NSNumber)?.doubleValue ?? 0)
            }
        }
    }

    /// The current plan's number, if any plan was saved.
    public func currentPlanID() throws -> Int64? {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM plans WHERE is_current = 1") }
    }

    /// What saved plan `id`'s rows say against the plan's own record of them, the parts of a
    /// stored plan its figures cannot vouch for: as many served and waiting families as the plan
    /// counted when it was saved (a lost waiting row breaks no rule of the figures), a score that
    /// reads and counts the same waiting families, tasks only of served families, and no family
    /// both served and waiting. Empty when whole.
    public func storedPlanProblems(id: Int64) throws -> [String] {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT served, waiting, score FROM plans WHERE id = ?", arguments: [id]) else {
                return ["no plan \(id)"]
            }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [id]) ?? 0 }
            var problems: [String] = []
            let served: Int = row["served"]
            let waiting: Int = row["waiting"]
            let assignments = try count("SELECT COUNT(*) FROM plan_assignments WHERE plan_id = ?")
            let waitingRows = try count("SELECT COUNT(*) FROM plan_waiting WHERE plan_id = ?")
            if assignments != served { problems.append("\(served) families served when saved, \(assignments) stored") }
            if waitingRows != waiting { problems.append("\(waiting) families waiting when saved, \(waitingRows) stored") }
            let score = (try? JSONSerialization.jsonObject(with: Data((row["score"] as String).utf8))) as? [String: Any]
            if let score {
                let scored = (score["waiting"] as? NSNumber)?.intValue
                if scored != waiting {
                    problems.append("the score counts \(scored.map(String.init) ?? "no") waiting families, the plan \(waiting)")
                }
            } else {
                problems.append("the score is unreadable")
            }
            let orphans = try count(
                """
                SELECT COUNT(*) FROM plan_tasks t WHERE t.plan_id = ?1
                AND NOT EXISTS (SELECT 1 FROM plan_assignments a WHERE a.plan_id = ?1 AND a.case_id = t.case_id)
                """)
            if orphans > 0 { problems.append("\(orphans) tasks of families the plan does not serve") }
            let both = try count(
                """
                SELECT COUNT(*) FROM plan_waiting w WHERE w.plan_id = ?1
                AND EXISTS (SELECT 1 FROM plan_assignments a WHERE a.plan_id = ?1 AND a.case_id = w.case_id)
                """)
            if both > 0 { problems.append("\(both) families both served and waiting") }
            return problems
        }
    }

    /// Saved plan `id` (default: the current one), read in one transaction so it is whole.
    public func plan(id: Int64? = nil) throws -> Plan? {
        try savedPlan(id: id)?.plan
    }

    /// Saved plan `id` (default: the current one) with its number and when it was saved, all
    /// read in one transaction, so a plan saved meanwhile never mixes in.
    public func savedPlan(id: Int64? = nil) throws -> SavedPlan? {
        try writer.read { db in
            let row: Row?
            if let id {
                row = try Row.fetchOne(db, sql: "SELECT * FROM plans WHERE id = ?", arguments: [id])
            } else {
                row = try Row.fetchOne(db, sql: "SELECT * FROM plans WHERE is_current = 1")
            }
            guard let row, let week = ISOWeek(parsing: row["week"] as String) else { return nil }
            let planID: Int64 = row["id"]
            var tasks: [String: [TaskAssignment]] = [:]
            for t in try Row.fetchAll(db, sql: "SELECT * FROM plan_tasks WHERE plan_id = ? ORDER BY case_id, position", arguments: [planID])
            {
                tasks[t["case_id"], default: []].append(TaskAssignment(kind: t["kind"], worker: t["worker"], hours: t["hours"]))
            }
            let assignments = try Row.fetchAll(
                db, sql: "SELECT * FROM plan_assignments WHERE plan_id = ? ORDER BY position", arguments: [planID]
            ).map { CaseAssignment(caseID: $0["case_id"], lead: $0["lead"], partner: $0["partner"], tasks: tasks[$0["case_id"]] ?? []) }
            let waiting = try Row.fetchAll(db, sql: "SELECT * FROM plan_waiting WHERE plan_id = ? ORDER BY position", arguments: [planID])
                .map {
                    WaitingCase(
                        caseID: $0["case_id"], priority: $0["priority"], weeksWaiting: $0["weeks_waiting"],
                        reason: WaitingReason(rawValue: $0["reason"]) ?? .noRegisteredCapacity, detail: $0["detail"])
                }
            let workers = try Row.fetchAll(db, sql: "SELECT * FROM plan_workers WHERE plan_id = ? ORDER BY position", arguments: [planID])
                .map {
                    WorkerLoad(
                        id: $0["worker"], organisation: $0["organisation"], registered: $0["registered"],
                        availableHours: $0["available_hours"], plannedHours: $0["planned_hours"], cases: $0["cases"],
                        maxCases: $0["max_cases"], children: $0["children"], maxChildren: $0["max_children"])
                }
            let locks = try Row.fetchAll(db, sql: "SELECT * FROM plan_locks WHERE plan_id = ? ORDER BY case_id", arguments: [planID]).map {
                LockNote(caseID: $0["case_id"], kept: $0["kept"], reason: $0["reason"])
            }
            let score = (try? JSONSerialization.jsonObject(with: Data((row["score"] as String).utf8))) as? [String: Any] ?? [:]
            let solver = (try? JSONSerialization.jsonObject(with: Data((row["solver"] as String).utf8))) as? [String: Any] ?? [:]
            func n(_ d: [String: Any], _ k: String) -> Double { (d[k] as? NSNumber)?.doubleValue ?? 0 }
            let plan = Plan(
                week: week, assignments: assignments, waiting: waiting, workers: workers, locks: locks,
                score: Score(
                    hard: Int(n(score, "hard")), waiting: Int(n(score, "waiting")), waitingPenalty: n(score, "waiting_penalty"),
                    leadHandovers: Int(n(score, "lead_handovers")), partnerHandovers: Int(n(score, "partner_handovers")),
                    undelegatedHours: n(score, "undelegated_hours"), balance: n(score, "balance"), soft: n(score, "soft")),
                solver: SolverInfo(
                    name: solver["name"] as? String ?? "", seed: UInt64(n(solver, "seed")), seconds: n(solver, "seconds"),
                    moves: Int(n(solver, "moves")), threads: max(1, Int(n(solver, "threads"))),
                    stop: solver["stop"] as? String ?? "", constructionScore: solver["construction_soft"] as? Double,
                    lowerBound: solver["lower_bound"] as? Double))
            let createdAt = ISO8601DateFormatter().date(from: row["created_at"] as String) ?? Date(timeIntervalSince1970: 0)
            let settings =
                try (row["settings"] as String?).map { try SettingsJSON.decode($0, table: "plans", row: "\(planID)") } ?? Settings()
            return SavedPlan(id: planID, createdAt: createdAt, settings: settings, plan: plan)
        }
    }
}

/// A saved plan with its number and the moment it was saved.
public struct SavedPlan: Hashable, Sendable {
    /// The plan's number.
    public var id: Int64
    /// When it was saved.
    public var createdAt: Date
    /// The settings it was made with.
    public var settings: Settings
    /// The plan.
    public var plan: Plan
}

extension AppDatabase {
    // The score and solver columns hold what the plan's JSON said of them (CaseloadReport's
    // `PlanJSON` renders that now, and the store must not depend on the reports): the same keys,
    // figures rounded to 4 decimals as there, read back by `savedPlan(id:)`.
    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    static func objectJSON(_ object: [String: Any]) -> String {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func scoreJSON(_ s: Score) -> String {
        objectJSON([
            "hard": s.hard, "waiting": s.waiting, "handovers": s.handovers, "undelegated_hours": round4(s.undelegatedHours),
            "balance": round4(s.balance), "lead_handovers": s.leadHandovers, "partner_handovers": s.partnerHandovers,
            "waiting_penalty": round4(s.waitingPenalty), "soft": round4(s.soft),
        ])
    }

    static func solverJSON(_ solver: SolverInfo) -> String {
        var object: [String: Any] = [
            "name": solver.name, "seconds": round4(solver.seconds), "seed": Int(truncatingIfNeeded: solver.seed),
            "threads": solver.threads, "moves": solver.moves, "stop": solver.stop,
        ]
        object["construction_soft"] = solver.constructionScore.map(round4)
        object["lower_bound"] = solver.lowerBound.map(round4)
        object["construction_seconds"] = solver.constructionSeconds.map(round4)
        if !solver.trace.isEmpty { object["trace"] = solver.trace.map { [round4($0.seconds), round4($0.soft)] } }
        return objectJSON(object)
    }
}
