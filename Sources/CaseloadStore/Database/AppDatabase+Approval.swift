import CaseloadCore
import Foundation
import GRDB

/// What approving a plan did.
public struct Approval: Hashable, Sendable {
    /// The plan approved.
    public var id: Int64
    /// Its week.
    public var week: ISOWeek
    /// Whether it was the current plan already.
    public var wasCurrent: Bool
    /// Whether the team's data changed after the plan was made (it still keeps every hard rule
    /// on the data as it is now, or it would not have been approved).
    public var madeBeforeChange: Bool
    /// Families that had no people of record and have now.
    public var newlyServed: Int
    /// Families whose lead or partner of record changed.
    public var handedOver: Int
    /// Families that had people of record and wait now (their lead lost them).
    public var nowWaiting: Int
    /// Families whose supporters of record changed.
    public var supporterChanges: Int
    /// Leads and partners of record set after the plan was made (by an import, a pin or the
    /// approval of another plan) that the approval replaced with the plan's.
    public var overridden: [RecordChange] = []
}

/// One lead or partner of record an approval replaced.
public struct RecordChange: Hashable, Sendable, CustomStringConvertible {
    /// The family.
    public var caseID: String
    /// `lead` or `partner`.
    public var role: Handover.Role
    /// Who was of record before the approval.
    public var from: String?
    /// Who is now.
    public var to: String?
    /// `fv-0003 lead jbg-04 → jbg-01`.
    public var description: String { "\(caseID) \(role.rawValue) \(from ?? "none") → \(to ?? "none")" }
}

/// Why a plan cannot be approved.
public enum ApprovalError: LocalizedProblem, Hashable, Sendable {
    /// No draft to approve by default.
    case noDraft
    /// No plan with this number.
    case noPlan(Int64)
    /// The plan breaks hard rules on the team's data as it is now (it was made before a change).
    case breaksRules(Int64, [RuleViolation])

    /// What went wrong and what to do, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .noDraft:
            return StoreTexts.noDraft(language)
        case .noPlan(let id):
            return StoreTexts.noPlan(id)(language)
        case .breaksRules(let id, let violations):
            return StoreTexts.breaksRules(id, count: violations.count)(language) + "\n"
                + violations.prefix(10).map { "  " + $0.line(language) }.joined(separator: "\n")
                + (violations.count > 10 ? "\n  " + StoreTexts.andMore(violations.count - 10)(language) : "")
                + "\n" + StoreTexts.replanThenApprove(language)
        }
    }
}

extension AppDatabase {
    /// Makes plan `id` (default: the newest draft) the current plan, exactly as it was made —
    /// no planning again — and its people the families' people of record, in one transaction.
    ///
    /// The plan is checked first against the hard rules on the team's data as it is now, with
    /// the people of record it was made against: data imported or pins set since may forbid it.
    /// Approving an older plan makes it current again, its people with it.
    @discardableResult
    public func approve(id: Int64? = nil, at date: Date = Date()) throws -> Approval {
        try writer.write { db in try Self.approve(db, id: id, at: date) }
    }

    static func approve(_ db: Database, id: Int64?, at date: Date) throws -> Approval {
        let target: Int64
        if let id {
            target = id
        } else {
            guard let newest = try Int64.fetchOne(db, sql: "SELECT id FROM plans WHERE approved_at IS NULL ORDER BY id DESC LIMIT 1")
            else { throw ApprovalError.noDraft }
            target = newest
        }
        guard let saved = try savedPlan(db, id: target) else { throw ApprovalError.noPlan(target) }
        let now = try scenario(db, week: saved.plan.week)
        let before = saved.record.map { now.withRecord($0, of: saved.plan) } ?? now
        let violations = PlanChecker().violations(of: saved.plan, in: before)
        guard violations.isEmpty else { throw ApprovalError.breaksRules(target, violations) }
        let version = try dataVersion(db)
        var approval = Approval(
            id: target, week: saved.plan.week, wasCurrent: saved.isCurrent,
            madeBeforeChange: saved.dataVersion.map { $0 != version } ?? false, newlyServed: 0, handedOver: 0,
            nowWaiting: 0, supporterChanges: 0)
        // The plan's people become the record; a pin stays the manager's choice beside it.
        let adopted = before.adopting(saved.plan)
        for (i, (old, new)) in zip(now.cases, adopted.cases).enumerated()
        where old.lead != new.lead || old.partner != new.partner || old.supporters != new.supporters
            || old.pinnedLead != new.pinnedLead || old.pinnedPartner != new.pinnedPartner || old.waitingSince != new.waitingSince
        {
            switch (old.lead, new.lead) {
            case (nil, .some): approval.newlyServed += 1
            case (.some, nil): approval.nowWaiting += 1
            case (.some(let a), .some(let b)) where a != b: approval.handedOver += 1
            default: if old.partner != new.partner { approval.handedOver += 1 }
            }
            if old.supporters != new.supporters { approval.supporterChanges += 1 }
            // Set after the plan was made, and replaced now: said, never silent.
            let made = before.cases[i]
            if made.lead != old.lead && new.lead != old.lead {
                approval.overridden.append(RecordChange(caseID: old.id, role: .lead, from: old.lead, to: new.lead))
            }
            if made.partner != old.partner && new.partner != old.partner {
                approval.overridden.append(RecordChange(caseID: old.id, role: .partner, from: old.partner, to: new.partner))
            }
            try db.execute(
                sql: """
                    UPDATE cases SET lead = ?, partner = ?, supporters = ?, pinned_lead = ?, pinned_partner = ?, waiting_since = ?
                    WHERE id = ?
                    """,
                arguments: [
                    new.lead, new.partner, json(new.supporters), new.lock ? new.pinnedLead : nil, new.lock ? new.pinnedPartner : nil,
                    new.waitingSince?.description, new.id,
                ])
        }
        let stamp = ISO8601DateFormatter().string(from: date)
        try db.execute(sql: "UPDATE plans SET is_current = 0 WHERE is_current = 1 AND id <> ?", arguments: [target])
        // The approved plan is the data's own from now on: it was made against the record it
        // just wrote.
        try db.execute(
            sql: "UPDATE plans SET is_current = 1, approved_at = ?, data_version = ? WHERE id = ?",
            arguments: [stamp, try dataVersion(db), target])
        return approval
    }
}

extension AppDatabase {
    /// The data `saved` is read against: the team as it is now, for the plan's week, with the
    /// people of record the plan was made against, so that the plan scores and reads as it
    /// did when it was made (unless the team's data changed since: `isStale(_:)`).
    public func scenario(of saved: SavedPlan) throws -> Scenario {
        let now = try scenario(week: saved.plan.week)
        return saved.record.map { now.withRecord($0, of: saved.plan) } ?? now
    }

    /// Whether the team's data changed after `saved` was made.
    public func isStale(_ saved: SavedPlan) throws -> Bool {
        guard let made = saved.dataVersion else { return false }
        return try dataVersion() != made
    }
}
