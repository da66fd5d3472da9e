import CaseloadCore

/// The plan as rows for a spreadsheet, one table with a `section` column: every worker's week
/// and the families they hold (and those handed away from them), then the waiting list, the
/// handovers, the proposals, the stand-ins and the uncovered hours — the content of the table
/// report. Cells stay typed (numbers are numbers) so that every writer formats them its own
/// way: the plain CSV today, a Dutch dialect (decimal comma) or a workbook's sheets later.
public struct PlanRows: Sendable {
    /// What a row is.
    public enum Section: String, CaseIterable, Hashable, Sendable {
        /// A worker's week: hours, norm, light.
        case worker
        /// A family a worker holds this week.
        case family
        /// A family a worker held as lead or partner of record and no longer holds.
        case handedAway = "handed-away"
        /// A family on the waiting list.
        case waiting
        /// A change of lead or partner against the people of record.
        case handover
        /// One move of a proposal.
        case proposal
        /// A colleague standing in for an absent lead or partner.
        case standIn = "stand-in"
        /// Hours of an absent lead or partner no one covers.
        case uncovered
    }

    /// A column; its raw value is the CSV header's name (English, stable).
    public enum Field: String, CaseIterable, Hashable, Sendable {
        /// What the row is (`Section`).
        case section
        /// The worker whose week or family it is.
        case worker, organisation
        /// The case code.
        case caseID = "case"
        /// The family's framework and phase; the role on it and a supporter's task kinds.
        case framework, phase, role, kinds
        /// Hours: planned (worker), on the family, stood in for, uncovered.
        case hours
        /// Against the people of record (`Roster.Change`, or `handed-over-away`).
        case change
        /// Who from and to (handovers, proposals, stand-ins), and why.
        case from, to, reason
        /// The absent colleague a stand-in line covers for.
        case standingInFor = "for"
        /// A waiting family's priority.
        case priority
        /// A waiting family's weeks waited.
        case weeksWaiting = "weeks_waiting"
        /// A worker's hours available.
        case availableHours = "available_hours"
        /// A worker's families as lead or partner.
        case cases
        /// Their caseload norm in families.
        case maxCases = "max_cases"
        /// Their children as lead or partner.
        case children
        /// Their caseload norm in children.
        case maxChildren = "max_children"
        /// A worker's traffic light.
        case light
        /// A proposal's number.
        case proposal
        /// The waiting families a proposal serves.
        case serves
        /// A proposal's change of the score.
        case scoreChange = "score_change"
        /// The waiting list's sentence with the numbers.
        case detail
    }

    /// A value.
    public enum Cell: Hashable, Sendable {
        /// Text (codes, ids).
        case text(String)
        /// A number of hours or a score.
        case number(Double)
        /// A count.
        case integer(Int)
        /// Nothing.
        case empty
    }

    /// One row.
    public struct Row: Hashable, Sendable {
        /// What the row is.
        public var section: Section
        /// Its values; a field not set is empty.
        public var cells: [Field: Cell]

        /// The value of `field`.
        public subscript(field: Field) -> Cell {
            field == .section ? .text(section.rawValue) : cells[field] ?? .empty
        }

        /// Creates a row.
        public init(section: Section, cells: [Field: Cell]) {
            self.section = section
            self.cells = cells
        }
    }

    /// The columns of one table holding every section, in order.
    public static let fields = Field.allCases

    /// The columns a section fills (a sheet of its own), `section` left out.
    public static func fields(of section: Section) -> [Field] {
        switch section {
        case .worker:
            [.worker, .organisation, .hours, .availableHours, .cases, .maxCases, .children, .maxChildren, .light]
        case .family: [.worker, .organisation, .caseID, .framework, .phase, .role, .kinds, .hours, .change, .from, .reason, .standingInFor]
        case .handedAway: [.worker, .organisation, .caseID, .framework, .phase, .role, .change, .to, .reason]
        case .waiting: [.caseID, .framework, .phase, .priority, .weeksWaiting, .reason, .detail]
        case .handover: [.caseID, .role, .from, .to, .reason]
        case .proposal: [.proposal, .caseID, .role, .from, .to, .serves, .scoreChange]
        case .standIn: [.caseID, .from, .to, .hours]
        case .uncovered: [.caseID, .from, .hours]
        }
    }

    /// The rows, sections in the order of `Section`.
    public var rows: [Row]

    /// The rows of `plan`; the family rows need `scenario` (its people of record). With
    /// `worker`, only what concerns that worker: their week and families, the handovers,
    /// proposal moves and stand-ins they are part of; no waiting list. Codes stay codes; the
    /// waiting list's detail is a sentence in `language`.
    public init(plan: Plan, scenario: Scenario?, worker: String? = nil, language: Language = .en) {
        func concerns(_ ids: String?...) -> Bool { worker == nil || ids.contains(worker) }
        var rows: [Row] = []
        func text(_ s: String?) -> Cell { s.map(Cell.text) ?? .empty }
        let roster = scenario.map { Roster(plan: plan, scenario: $0) }
        let entries = roster?.entries ?? plan.workers.map { Roster.Entry(load: $0, lines: [], handedAway: []) }
        for entry in entries where concerns(entry.id) {
            let w = entry.load
            rows.append(
                Row(
                    section: .worker,
                    cells: [
                        .worker: .text(w.id), .organisation: .text(w.organisation), .hours: .number(w.plannedHours),
                        .availableHours: .number(PlanJSON.down4(w.availableHours)), .cases: .integer(w.cases),
                        .maxCases: .integer(w.maxCases), .children: .integer(w.children), .maxChildren: .integer(w.maxChildren),
                        .light: .text(w.light.rawValue),
                    ]))
            // What a family row and a handed-away row share: whose, which family.
            func family(_ caseID: String, _ framework: Framework?, _ phase: Phase?, _ role: String) -> [Field: Cell] {
                [
                    .worker: .text(w.id), .organisation: .text(w.organisation), .caseID: .text(caseID),
                    .framework: text(framework?.rawValue), .phase: text(phase?.rawValue), .role: .text(role),
                ]
            }
            for l in entry.lines {
                let cells: [Field: Cell] = [
                    .kinds: l.kinds.isEmpty ? .empty : .text(l.kinds.joined(separator: " ")), .hours: .number(l.hours),
                    .change: .text(l.change.rawValue), .from: text(l.from), .reason: text(l.reason?.rawValue),
                    .standingInFor: text(l.standingInFor),
                ]
                rows.append(
                    Row(section: .family, cells: family(l.caseID, l.framework, l.phase, l.role.rawValue).merging(cells) { a, _ in a }))
            }
            for l in entry.handedAway {
                let cells: [Field: Cell] = [
                    .change: .text(Roster.Loss.change), .to: text(l.to), .reason: text(l.reason?.rawValue ?? l.waiting?.rawValue),
                ]
                rows.append(
                    Row(
                        section: .handedAway,
                        cells: family(l.caseID, l.framework, l.phase, l.role.rawValue).merging(cells) { a, _ in a }))
            }
        }
        if worker == nil {
            let family = Dictionary((scenario?.cases ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for w in plan.waiting {
                rows.append(
                    Row(
                        section: .waiting,
                        cells: [
                            .caseID: .text(w.caseID), .framework: text(family[w.caseID]?.framework.rawValue),
                            .phase: text(family[w.caseID]?.phase.rawValue), .priority: .integer(w.priority),
                            .weeksWaiting: .integer(w.weeksWaiting), .reason: .text(w.reason.rawValue),
                            .detail: .text(Texts.Waiting.detail(w.detail)(language)),
                        ]))
            }
        }
        for h in plan.handovers where concerns(h.from, h.to) {
            rows.append(
                Row(
                    section: .handover,
                    cells: [
                        .caseID: .text(h.caseID), .role: .text(h.role.rawValue), .from: .text(h.from), .to: .text(h.to),
                        .reason: .text(h.reason.rawValue),
                    ]))
        }
        for p in plan.proposals where worker == nil || p.moves.contains(where: { concerns($0.from, $0.to) }) {
            for m in p.moves {
                rows.append(
                    Row(
                        section: .proposal,
                        cells: [
                            .proposal: .integer(p.id), .caseID: .text(m.caseID), .role: .text(m.role.rawValue), .from: .text(m.from),
                            .to: .text(m.to), .serves: .text(p.serves.joined(separator: " ")),
                            .scoreChange: .number(JSONValue.round4(p.scoreChange)),
                        ]))
            }
        }
        for s in plan.standIns where concerns(s.absent, s.standIn) {
            rows.append(
                Row(
                    section: .standIn,
                    cells: [.caseID: .text(s.caseID), .from: .text(s.absent), .to: .text(s.standIn), .hours: .number(s.hours)]))
        }
        for u in plan.uncovered where concerns(u.worker) {
            rows.append(Row(section: .uncovered, cells: [.caseID: .text(u.caseID), .from: .text(u.worker), .hours: .number(u.hours)]))
        }
        self.rows = rows
    }
}
