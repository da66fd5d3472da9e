import CaseloadCore

/// The words of the per-worker family lists (the roster) in the plan report, in one place so
/// that the Dutch report to come is one more catalogue. Codes (roles, reasons, frameworks) stay
/// as specified; only the phrases around them are words.
public struct RosterWords: Sendable {
    /// The names of the family columns: case, framework, phase, role, hours, change.
    public var columns: [String]
    /// A role, with a supporter's task kinds.
    public var role: @Sendable (Roster.Line) -> String
    /// A line's change against the people of record; empty for none.
    public var change: @Sendable (Roster.Line, Figures) -> String
    /// The change mark of a family a worker no longer holds.
    public var loss: @Sendable (Roster.Loss) -> String
    /// What the report says for a worker the plan does not have.
    public var unknownWorker: @Sendable (String) -> String
    /// The one-line summary of a single worker's list.
    public var summary: @Sendable (Roster.Entry) -> String

    /// Words from their parts.
    public init(
        columns: [String], role: @escaping @Sendable (Roster.Line) -> String, change: @escaping @Sendable (Roster.Line, Figures) -> String,
        loss: @escaping @Sendable (Roster.Loss) -> String, unknownWorker: @escaping @Sendable (String) -> String,
        summary: @escaping @Sendable (Roster.Entry) -> String
    ) {
        self.columns = columns
        self.role = role
        self.change = change
        self.loss = loss
        self.unknownWorker = unknownWorker
        self.summary = summary
    }

    /// English.
    public static let english = RosterWords(
        columns: ["case", "framework", "phase", "role", "hours", "change"],
        role: { line in
            line.role == .supporter && !line.kinds.isEmpty ? "supporter (\(line.kinds.joined(separator: ", ")))" : line.role.rawValue
        },
        change: { line, figures in
            var text: String
            switch line.change {
            case .none: text = ""
            case .new: text = "new"
            case .handedOver: text = "from \(line.from ?? "?")" + (line.reason.map { " (\($0.rawValue))" } ?? "")
            case .standIn: text = "stand-in for \(line.standingInFor ?? "?")"
            }
            if line.awayHours > 0 {
                text += (text.isEmpty ? "" : "; ") + "away \(figures.hours(line.awayHours)) h"
            }
            return text
        },
        loss: { loss in
            if let to = loss.to { return "handed over to \(to)" + (loss.reason.map { " (\($0.rawValue))" } ?? "") }
            return "waits" + (loss.waiting.map { " (\($0.rawValue))" } ?? "")
        },
        unknownWorker: { "no worker \($0) in this plan" },
        summary: { entry in
            func count(_ role: Roster.Role) -> Int { entry.lines.filter { $0.role == role }.count }
            let changed = entry.lines.filter { $0.change == .new || $0.change == .handedOver }.count
            return "SUMMARY  \(entry.id): \(count(.lead)) lead, \(count(.partner)) partner, \(count(.supporter)) supported, "
                + "\(count(.standIn)) stand-in; \(changed) new to them, \(entry.handedAway.count) handed away"
        })

    /// Dutch.
    public static let dutch = RosterWords(
        columns: ["gezin", "kader", "fase", "rol", "uren", "wijziging"],
        role: { line in
            let word = Texts.Plan.role(line.role).nl
            return line.role == .supporter && !line.kinds.isEmpty ? "\(word) (\(line.kinds.joined(separator: ", ")))" : word
        },
        change: { line, figures in
            var text: String
            switch line.change {
            case .none: text = ""
            case .new: text = "nieuw"
            case .handedOver:
                text = "van \(line.from ?? "?")" + (line.reason.map { " (\(Texts.Plan.reason($0).nl))" } ?? "")
            case .standIn: text = "waarneming voor \(line.standingInFor ?? "?")"
            }
            if line.awayHours > 0 {
                text += (text.isEmpty ? "" : "; ") + "afwezig \(figures.hours(line.awayHours)) u"
            }
            return text
        },
        loss: { loss in
            if let to = loss.to { return "overgedragen aan \(to)" + (loss.reason.map { " (\(Texts.Plan.reason($0).nl))" } ?? "") }
            return "wacht" + (loss.waiting.map { " (\(Texts.Plan.waiting($0).nl))" } ?? "")
        },
        unknownWorker: { "geen medewerker \($0) in dit plan" },
        summary: { entry in
            func count(_ role: Roster.Role) -> Int { entry.lines.filter { $0.role == role }.count }
            let changed = entry.lines.filter { $0.change == .new || $0.change == .handedOver }.count
            return "SAMENVATTING  \(entry.id): \(count(.lead)) als regievoerder, \(count(.partner)) als duopartner, "
                + "\(count(.supporter)) als ondersteuner, \(count(.standIn)) waarneming; \(changed) nieuw voor hen, "
                + "\(entry.handedAway.count) overgedragen"
        })
}
