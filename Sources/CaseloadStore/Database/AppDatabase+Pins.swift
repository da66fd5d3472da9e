import CaseloadCore
import GRDB

/// A manager's pin as stored: the family and the people every later plan keeps (H9).
public struct Pin: Hashable, Sendable {
    /// The family.
    public var caseID: String
    /// The pinned lead.
    public var lead: String
    /// The pinned partner; `nil`: the plan chooses one for a duo.
    public var partner: String?
    /// The lead of record when the pin was set: a pin to someone else is a handover (`pinned`).
    public var leadOfRecord: String?
    /// The partner of record when the pin was set.
    public var partnerOfRecord: String?
}

/// Why a pin was refused.
public enum PinError: LocalizedProblem, Hashable, Sendable {
    /// No family with this code.
    case noCase(String)
    /// No lead given and none of record.
    case noLead(String)
    /// The given people break hard rules.
    case refused(String, [PinCheck.Problem])

    /// What went wrong and what to do, in `language`: each rule broken with its code (H7) and
    /// what would make the pin possible.
    public func message(_ language: Language) -> String {
        switch self {
        case .noCase(let id): return StoreTexts.noCase(id)(language)
        case .noLead(let id): return StoreTexts.noLead(id)(language)
        case .refused(let id, let problems):
            return StoreTexts.pinRefused(id, count: problems.count)(language) + "\n"
                + problems.map {
                    "  \($0.rule) \($0.text(language))\n    \(StoreTexts.toMakePossible(language)): \($0.remedyText(language))"
                }
                .joined(separator: "\n")
        }
    }
}

extension AppDatabase {
    /// Pins family `caseID` to `lead` (default: its lead of record) and `partner` (default: its
    /// partner of record where they may partner that lead; else the plan chooses), after
    /// checking the pin can hold (`PinCheck`); one transaction. The current plan is unchanged:
    /// the next plan keeps the pin.
    @discardableResult
    public func pin(_ caseID: String, lead: String?, partner: String?) throws -> Pin {
        try writer.write { db in
            let scenario = try Self.scenario(db, week: nil)
            guard let c = scenario.cases.first(where: { $0.id == caseID }) else { throw PinError.noCase(caseID) }
            guard let leadID = lead ?? c.givenLead else { throw PinError.noLead(caseID) }
            let check = PinCheck(scenario: scenario)
            var partnerID = partner
            // Without --partner a duo keeps its partner where they may stay beside the pinned
            // lead; one who may not is left to the plan, not refused: the manager pinned the lead.
            if partner == nil, c.duo, let kept = c.givenPartner, kept != leadID {
                let alone = check.problems(caseID: caseID, lead: leadID, partner: nil)
                if check.problems(caseID: caseID, lead: leadID, partner: kept).count == alone.count { partnerID = kept }
            }
            let problems = check.problems(caseID: caseID, lead: leadID, partner: partnerID)
            if !problems.isEmpty { throw PinError.refused(caseID, problems) }
            try db.execute(
                sql: "UPDATE cases SET lock = 1, pinned_lead = ?, pinned_partner = ? WHERE id = ?",
                arguments: [leadID, partnerID, caseID])
            return Pin(caseID: caseID, lead: leadID, partner: partnerID, leadOfRecord: c.lead, partnerOfRecord: c.partner)
        }
    }

    /// Releases family `caseID`'s pin: it keeps its people of record, as every family does, and
    /// the planner may again move it where something forces that. Returns the pin released, or
    /// `nil` when the family was not pinned.
    @discardableResult
    public func unpin(_ caseID: String) throws -> Pin? {
        try writer.write { db in
            let scenario = try Self.scenario(db, week: nil)
            guard let c = scenario.cases.first(where: { $0.id == caseID }) else { throw PinError.noCase(caseID) }
            guard c.lock, let lead = c.givenLead else { return nil }
            try db.execute(sql: "UPDATE cases SET lock = 0, pinned_lead = NULL, pinned_partner = NULL WHERE id = ?", arguments: [caseID])
            return Pin(caseID: caseID, lead: lead, partner: c.givenPartner, leadOfRecord: c.lead, partnerOfRecord: c.partner)
        }
    }
}
