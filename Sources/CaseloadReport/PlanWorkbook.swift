import CaseloadCore

/// The plan as a workbook's sheets (`--format xlsx`, SPEC §5): *per medewerker* (every worker's
/// families, and those handed away, with the change against the current plan), *wachtlijst*,
/// *overdrachten*, *voorstellen* and *waarneming* (stand-ins and hours no one covers), named
/// and headed in the run's language. The cells are `PlanRows`' own, so the workbook and the CSV
/// say the same; a writer turns them into a file.
public struct PlanWorkbook: Sendable {
    /// One sheet: a name, a header and typed rows.
    public struct Sheet: Hashable, Sendable {
        /// The tab's name.
        public var name: String
        /// The column headers.
        public var header: [String]
        /// The rows below the header.
        public var rows: [[PlanRows.Cell]]
    }

    /// The sheets, in the order above; a sheet with no rows is kept, with its header, so that a
    /// reader finds every sheet every week.
    public var sheets: [Sheet]

    /// The sheets of `plan` (with `worker`, what concerns that worker only).
    public init(plan: Plan, scenario: Scenario?, worker: String? = nil, language: Language) {
        self.init(rows: PlanRows(plan: plan, scenario: scenario, worker: worker, language: language), language: language)
    }

    /// The sheets of `rows`, named and headed in `language`.
    public init(rows: PlanRows, language: Language) {
        typealias C = Texts.Workbook.Column
        func selected(_ sections: Set<PlanRows.Section>) -> [PlanRows.Row] { rows.rows.filter { sections.contains($0.section) } }
        func sheet(_ name: Text, _ columns: [(Text, (PlanRows.Row) -> PlanRows.Cell)], _ sections: Set<PlanRows.Section>) -> Sheet {
            Sheet(
                name: name(language), header: columns.map { $0.0(language) }, rows: selected(sections).map { r in columns.map { $0.1(r) } })
        }
        // Codes (roles, changes, reasons, frameworks, phases) in the reader's words.
        func field(_ f: PlanRows.Field) -> (PlanRows.Row) -> PlanRows.Cell {
            guard Texts.Workbook.coded.contains(f) else { return { $0[f] } }
            return { row in
                guard case .text(let code) = row[f] else { return row[f] }
                let word = Texts.Workbook.value(f, code)(language)
                return word.isEmpty ? .empty : .text(word)
            }
        }
        let perWorker = sheet(
            Texts.Workbook.perWorker,
            [
                (C.worker, field(.worker)), (C.organisation, field(.organisation)), (C.family, field(.caseID)),
                (C.framework, field(.framework)), (C.phase, field(.phase)), (C.role, field(.role)), (C.kinds, field(.kinds)),
                (C.hours, field(.hours)), (C.change, field(.change)), (C.from, field(.from)), (C.to, field(.to)),
                (C.reason, field(.reason)),
            ], [.family, .handedAway])
        var waiting = sheet(
            Texts.Workbook.waitingList,
            [
                (C.rank, { _ in .empty }), (C.family, field(.caseID)), (C.priority, field(.priority)),
                (C.weeksWaiting, field(.weeksWaiting)), (C.reason, field(.reason)), (C.detail, field(.detail)),
            ], [.waiting])
        for i in waiting.rows.indices { waiting.rows[i][0] = .integer(i + 1) }
        let handovers = sheet(
            Texts.Workbook.handovers,
            [(C.family, field(.caseID)), (C.role, field(.role)), (C.from, field(.from)), (C.to, field(.to)), (C.reason, field(.reason))],
            [.handover])
        let proposals = sheet(
            Texts.Workbook.proposals,
            [
                (C.proposal, field(.proposal)), (C.family, field(.caseID)), (C.role, field(.role)), (C.from, field(.from)),
                (C.to, field(.to)), (C.serves, field(.serves)), (C.scoreChange, field(.scoreChange)),
            ], [.proposal])
        let standIns = sheet(
            Texts.Workbook.standIns,
            [
                (C.family, field(.caseID)), (C.absent, field(.from)), (C.standIn, field(.to)),
                (C.hoursCovered, { $0.section == .standIn ? $0[.hours] : .empty }),
                (C.hoursUncovered, { $0.section == .uncovered ? $0[.hours] : .empty }),
            ], [.standIn, .uncovered])
        sheets = [perWorker, waiting, handovers, proposals, standIns]
    }
}
