import CaseloadCore

/// The capacity outlook as a workbook's sheets (`caseload capacity --format xlsx`): an
/// *overzicht* with each pool's and organisation's first short week, then one sheet per pool
/// (*groep geregistreerd*, *groep administratie*, …) and per organisation (by its id), week by week, named and
/// headed in the run's language. Hours are numbers rounded to 0.1 as in the JSON, counts whole
/// numbers, so that Excel can add them up; a writer turns the sheets into a file.
public struct CapacityWorkbook: Sendable {
    typealias T = Texts.Capacity
    typealias C = Texts.Capacity.Column

    /// The sheets: the overview, the pools, then the organisations (what nobody holds last).
    public var sheets: [PlanWorkbook.Sheet]

    /// The sheets of `outlook` in `language`.
    public init(outlook: CapacityOutlook, language: Language) {
        let figures = Figures.of(language)
        func week(_ w: ISOWeek?) -> PlanRows.Cell { w.map { .text(figures.week($0)) } ?? .empty }
        var names = Set<String>()
        func overview(_ series: CapacitySeries, _ kind: Text) -> [PlanRows.Cell] {
            let name = if case .organisation = series.kind { series.name } else { T.series(series)(language) }
            return [.text(kind(language)), .text(name), week(series.firstShortWeek), week(series.firstOverNormWeek)]
        }
        var sheets = [
            PlanWorkbook.Sheet(
                name: Self.unique(T.overview(language), in: &names),
                header: [T.kind, T.name, T.firstShort, T.firstOverNorm].map { $0(language) },
                rows: outlook.pools.map { overview($0, T.pool) } + outlook.organisations.map { overview($0, T.organisationKind) })
        ]
        for series in outlook.pools + outlook.organisations {
            // An organisation's sheet is named by its id alone: `organisatie lt-wageningen-rhenen`
            // would not fit in a tab's 31 characters.
            let name =
                switch series.kind {
                case .registered, .delegable: T.poolSheet(T.series(series)(language))(language)
                case .organisation(let id): id
                case .unassigned: T.unassignedSheet(language)
                }
            sheets.append(Self.sheet(series, name: Self.unique(name, in: &names), language: language))
        }
        self.sheets = sheets
    }

    /// One week a row: the week, its Monday, then the figures the table shows.
    static func sheet(_ series: CapacitySeries, name: String, language: Language) -> PlanWorkbook.Sheet {
        let figures = Figures.of(language)
        let unassigned = series.kind == .unassigned
        let fallback = series.kind == .registered
        func hours(_ x: Double) -> PlanRows.Cell { .number(Figures.tenths(x)) }
        func yes(_ b: Bool) -> PlanRows.Cell { .text((b ? T.yes : T.no)(language)) }
        var header = [C.week, C.monday]
        if !unassigned { header += [C.workers, C.available] }
        header.append(C.needed)
        if fallback { header.append(C.fallback) }
        if !unassigned { header += [C.balance, C.short] }
        if series.countsFamilies { header += [C.families, C.places] + (unassigned ? [] : [C.normPlaces, C.overNorm]) }
        let rows = series.weeks.map { w in
            var row: [PlanRows.Cell] = [.text(figures.week(w.week)), .text(figures.date(w.week.monday))]
            if !unassigned { row += [.integer(w.workers), hours(w.availableHours)] }
            row.append(hours(w.neededHours))
            if fallback { row.append(hours(w.fallbackHours)) }
            if !unassigned { row += [hours(w.balanceHours), yes(w.isShort)] }
            if series.countsFamilies {
                row += [.integer(w.families), .integer(w.placesNeeded)]
                if !unassigned { row += [.integer(w.normPlaces), yes(w.isOverNorm)] }
            }
            return row
        }
        return PlanWorkbook.Sheet(name: name, header: header.map { $0(language) }, rows: rows)
    }

    /// `name` as a sheet may be called, and not yet taken: Excel refuses `[]:*?/\`, more than 31
    /// characters and two tabs that differ only in case, and an organisation's id or a scenario's
    /// task kind may break any of these.
    static func unique(_ name: String, in taken: inout Set<String>) -> String {
        let forbidden = Set("[]:*?/\\")
        let clean = String(String(name.map { forbidden.contains($0) ? "-" : $0 }).prefix(31))
        var candidate = clean
        var n = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " \(n)"
            candidate = String(clean.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
