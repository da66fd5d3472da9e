import CaseloadCore
import Foundation
import GRDB

/// One line of `caseload plans`.
public struct PlanSummary: Hashable, Sendable {
    /// The plan's number.
    public var id: Int64
    /// The planned week.
    public var week: String
    /// When it was made (UTC, ISO 8601).
    public var createdAt: String
    /// Whether it is the current plan.
    public var isCurrent: Bool
    /// When the manager last approved it (UTC, ISO 8601); `nil`: a draft.
    public var approvedAt: String?
    /// Whether the team's data (or the people of record) changed after it was made.
    public var isStale: Bool
    /// Families served.
    public var served: Int
    /// Families waiting.
    public var waiting: Int
    /// The weighted soft score.
    public var soft: Double
    /// Changes of lead or partner against the people of record it was made against (S2).
    public var handovers: Int

    /// Whether it was never approved.
    public var isDraft: Bool { approvedAt == nil }
}

/// A plan refused on save because it breaks a hard rule: a planner bug, never the user's fault.
public struct PlanRejectedError: LocalizedProblem, Sendable {
    /// The broken rules.
    public var violations: [RuleViolation]
    /// One line per violation.
    public func message(_ language: Language) -> String {
        StoreTexts.planRejected(language) + "\n" + violations.prefix(20).map { "  " + $0.line(language) }.joined(separator: "\n")
    }
}

extension AppDatabase {
    /// Keeps `plan` as a numbered draft, after re-checking it against H1–H11 on `scenario`, the
    /// data it was made from: the plan exactly as shown, with the people of record it was made
    /// against, so that it reads and scores the same later and `approve` can make it current
    /// without planning again. Returns the plan's number.
    @discardableResult
    public func saveDraft(_ plan: Plan, scenario: Scenario, createdAt: Date = Date()) throws -> Int64 {
        try writer.write { db in try Self.insert(db, plan, scenario: scenario, createdAt: createdAt) }
    }

    /// Keeps `plan` as a draft and approves it at once (`plan --save`), in one transaction: a
    /// process killed in between leaves neither. Returns the plan's number.
    @discardableResult
    public func save(_ plan: Plan, scenario: Scenario, createdAt: Date = Date()) throws -> Int64 {
        try saveApproved(plan, scenario: scenario, createdAt: createdAt).id
    }

    /// `save`, returning what the approval did.
    public func saveApproved(_ plan: Plan, scenario: Scenario, createdAt: Date = Date()) throws -> Approval {
        try writer.write { db in
            let id = try Self.insert(db, plan, scenario: scenario, createdAt: createdAt)
            return try Self.approve(db, id: id, at: createdAt)
        }
    }

    /// The version of the team's data: bumped by every change to organisations, networks, staff,
    /// absences, families, case types, settings or the week.
    public func dataVersion() throws -> Int64 {
        try writer.read { db in try Self.dataVersion(db) }
    }

    static func dataVersion(_ db: Database) throws -> Int64 {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'data_version'").flatMap { Int64($0) } ?? 0
    }

    static func insert(_ db: Database, _ plan: Plan, scenario: Scenario, createdAt: Date) throws -> Int64 {
        let violations = PlanChecker().violations(of: plan, in: scenario)
        guard violations.isEmpty else { throw PlanRejectedError(violations: violations) }
        let stamp = ISO8601DateFormatter().string(from: createdAt)
        let score = Self.json(StoredScore(plan.score))
        let solver = Self.json(StoredSolver(plan.solver))
        let proposals = Self.json(plan.proposals.map(StoredProposal.init))
        try db.execute(
            sql: """
                INSERT INTO plans (week, created_at, is_current, served, waiting, score, settings, solver, proposals,
                    record, data_version)
                VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                plan.week.description, stamp, plan.assignments.count, plan.waiting.count, score,
                SettingsJSON.encode(scenario.settings), solver, proposals, Self.json(scenario.record), try dataVersion(db),
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
                arguments: [id, i, w.caseID, w.priority, w.weeksWaiting, w.reason.rawValue, w.detail.storedText])
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
                arguments: [id, l.caseID, l.kept, l.storedReason])
        }
        for (i, h) in plan.handovers.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO plan_handovers (plan_id, position, case_id, role, from_worker, to_worker, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, i, h.caseID, h.role.rawValue, h.from, h.to, h.reason.rawValue])
        }
        // Uncovered hours are stand-ins by no one (`stand_in` NULL).
        let standing =
            plan.standIns.map { ($0.caseID, $0.absent, Optional($0.standIn), $0.hours) }
            + plan.uncovered.map { ($0.caseID, $0.worker, String?.none, $0.hours) }
        for (i, s) in standing.enumerated() {
            try db.execute(
                sql: "INSERT INTO plan_stand_ins (plan_id, position, case_id, absent, stand_in, hours) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, i, s.0, s.1, s.2, s.3])
        }
        return id
    }

    /// Every saved plan, newest first.
    public func plans() throws -> [PlanSummary] {
        try writer.read { db in
            let version = try Self.dataVersion(db)
            return try Row.fetchAll(db, sql: "SELECT * FROM plans ORDER BY id DESC").map { row in
                let stored = StoredRow(row, table: "plans", id: "\(row["id"] as Int64? ?? 0)")
                let score = try stored.json("score", as: StoredScore.self)
                let madeAt: Int64? = row["data_version"]
                return PlanSummary(
                    id: row["id"], week: row["week"], createdAt: row["created_at"], isCurrent: row["is_current"],
                    approvedAt: row["approved_at"], isStale: madeAt.map { $0 != version } ?? false,
                    served: row["served"], waiting: row["waiting"], soft: score?.soft ?? 0,
                    handovers: score.map { $0.leadHandovers + $0.partnerHandovers } ?? 0)
            }
        }
    }

    /// Every saved plan's number, week (as stored), whether it is current and whether a draft, oldest first: what
    /// can be listed even when a plan's other columns cannot be read, as `check` lists them.
    public func planNumbers() throws -> [(id: Int64, week: String, isCurrent: Bool, isDraft: Bool)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, week, is_current, approved_at FROM plans ORDER BY id").map {
                (id: $0["id"], week: ($0["week"] as String?) ?? "", isCurrent: $0["is_current"], isDraft: $0["approved_at"] == nil)
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
        try storedPlanProblemTexts(id: id).map(\.en)
    }

    /// `storedPlanProblems(id:)` in every language, for `caseload check`.
    public func storedPlanProblemTexts(id: Int64) throws -> [Text] {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT served, waiting, score FROM plans WHERE id = ?", arguments: [id]) else {
                return [StoreTexts.noPlanRow(id)]
            }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [id]) ?? 0 }
            var problems: [Text] = []
            let served: Int = row["served"]
            let waiting: Int = row["waiting"]
            let assignments = try count("SELECT COUNT(*) FROM plan_assignments WHERE plan_id = ?")
            let waitingRows = try count("SELECT COUNT(*) FROM plan_waiting WHERE plan_id = ?")
            if assignments != served { problems.append(StoreTexts.servedRows(served, stored: assignments)) }
            if waitingRows != waiting { problems.append(StoreTexts.waitingRows(waiting, stored: waitingRows)) }
            if let score = try? StoredRow(row, table: "plans", id: "\(id)").json("score", as: StoredScore.self) {
                if score.waiting != waiting {
                    problems.append(StoreTexts.scoreWaiting(score.waiting, plan: waiting))
                }
            } else {
                problems.append(StoreTexts.scoreUnreadable)
            }
            let orphans = try count(
                """
                SELECT COUNT(*) FROM plan_tasks t WHERE t.plan_id = ?1
                AND NOT EXISTS (SELECT 1 FROM plan_assignments a WHERE a.plan_id = ?1 AND a.case_id = t.case_id)
                """)
            if orphans > 0 { problems.append(StoreTexts.orphanTasks(orphans)) }
            let both = try count(
                """
                SELECT COUNT(*) FROM plan_waiting w WHERE w.plan_id = ?1
                AND EXISTS (SELECT 1 FROM plan_assignments a WHERE a.plan_id = ?1 AND a.case_id = w.case_id)
                """)
            if both > 0 { problems.append(StoreTexts.servedAndWaiting(both)) }
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
        try writer.read { db in try Self.savedPlan(db, id: id) }
    }

    static func savedPlan(_ db: Database, id: Int64?) throws -> SavedPlan? {
        let row: Row?
        if let id {
            row = try Row.fetchOne(db, sql: "SELECT * FROM plans WHERE id = ?", arguments: [id])
        } else {
            row = try Row.fetchOne(db, sql: "SELECT * FROM plans WHERE is_current = 1")
        }
        guard let row else { return nil }
        let planID: Int64 = row["id"]
        let stored = StoredRow(row, table: "plans", id: "\(planID)")
        guard let week = (row["week"] as String?).flatMap(ISOWeek.init(parsing:)) else { throw stored.fail("week") }
        guard let createdAt = (row["created_at"] as String?).flatMap(ISO8601DateFormatter().date(from:)) else {
            throw stored.fail("created_at")
        }
        var tasks: [String: [TaskAssignment]] = [:]
        for t in try Row.fetchAll(db, sql: "SELECT * FROM plan_tasks WHERE plan_id = ? ORDER BY case_id, position", arguments: [planID]) {
            tasks[t["case_id"], default: []].append(TaskAssignment(kind: t["kind"], worker: t["worker"], hours: t["hours"]))
        }
        let assignments = try Row.fetchAll(
            db, sql: "SELECT * FROM plan_assignments WHERE plan_id = ? ORDER BY position", arguments: [planID]
        ).map { CaseAssignment(caseID: $0["case_id"], lead: $0["lead"], partner: $0["partner"], tasks: tasks[$0["case_id"]] ?? []) }
        let waiting = try Row.fetchAll(db, sql: "SELECT * FROM plan_waiting WHERE plan_id = ? ORDER BY position", arguments: [planID])
            .map {
                WaitingCase(
                    caseID: $0["case_id"], priority: $0["priority"], weeksWaiting: $0["weeks_waiting"],
                    reason: try StoredRow($0, table: "plan_waiting", id: "\(planID)/\($0["case_id"] as String? ?? "?")").value(
                        "reason"),
                    detail: WaitingDetail(storedText: $0["detail"]))
            }
        let workers = try Row.fetchAll(db, sql: "SELECT * FROM plan_workers WHERE plan_id = ? ORDER BY position", arguments: [planID])
            .map {
                WorkerLoad(
                    id: $0["worker"], organisation: $0["organisation"], registered: $0["registered"],
                    availableHours: $0["available_hours"], plannedHours: $0["planned_hours"], cases: $0["cases"],
                    maxCases: $0["max_cases"], children: $0["children"], maxChildren: $0["max_children"])
            }
        let locks = try Row.fetchAll(db, sql: "SELECT * FROM plan_locks WHERE plan_id = ? ORDER BY rowid", arguments: [planID]).map {
            LockNote(caseID: $0["case_id"], kept: $0["kept"], reason: LockNote.reason(stored: $0["reason"]))
        }
        let handovers = try Row.fetchAll(
            db, sql: "SELECT * FROM plan_handovers WHERE plan_id = ? ORDER BY position", arguments: [planID]
        ).map {
            let stored = StoredRow($0, table: "plan_handovers", id: "\(planID)/\($0["position"] as Int? ?? 0)")
            return Handover(
                caseID: $0["case_id"], role: try stored.value("role"), from: $0["from_worker"], to: $0["to_worker"],
                reason: try stored.value("reason"))
        }
        var standIns: [StandIn] = []
        var uncovered: [UncoveredHours] = []
        for row in try Row.fetchAll(
            db, sql: "SELECT * FROM plan_stand_ins WHERE plan_id = ? ORDER BY position", arguments: [planID])
        {
            if let standIn = row["stand_in"] as String? {
                standIns.append(StandIn(caseID: row["case_id"], absent: row["absent"], standIn: standIn, hours: row["hours"]))
            } else {
                uncovered.append(UncoveredHours(caseID: row["case_id"], worker: row["absent"], hours: row["hours"]))
            }
        }
        guard let score = try stored.json("score", as: StoredScore.self) else { throw stored.fail("score") }
        guard let solver = try stored.json("solver", as: StoredSolver.self) else { throw stored.fail("solver") }
        // Plans saved before proposals were kept have none.
        let proposals = try stored.json("proposals", as: [StoredProposal].self)?.map(\.proposal) ?? []
        let plan = Plan(
            week: week, assignments: assignments, waiting: waiting, workers: workers, locks: locks, score: score.score,
            solver: solver.solver, handovers: handovers, standIns: standIns, uncovered: uncovered, proposals: proposals)
        let settings =
            try (row["settings"] as String?).map { try SettingsJSON.decode($0, table: "plans", row: "\(planID)") } ?? Settings()
        let approvedAt = try (row["approved_at"] as String?).map {
            guard let date = ISO8601DateFormatter().date(from: $0) else { throw stored.fail("approved_at") }
            return date
        }
        return SavedPlan(
            id: planID, createdAt: createdAt, settings: settings, plan: plan, isCurrent: row["is_current"],
            approvedAt: approvedAt, record: try stored.json("record", as: [String: PeopleOfRecord].self),
            dataVersion: row["data_version"])
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
    /// Whether it is the current plan.
    public var isCurrent: Bool = false
    /// When the manager last approved it; `nil`: a draft.
    public var approvedAt: Date?
    /// The families' people of record it was made against; `nil` for plans saved before plans
    /// kept them.
    public var record: [String: PeopleOfRecord]?
    /// The version of the team's data it was made from (`AppDatabase.dataVersion()`).
    public var dataVersion: Int64?

    /// Whether it was never approved.
    public var isDraft: Bool { approvedAt == nil }
}
