import CaseloadCore

/// `caseload capacity` as a table, CSV or JSON. Hours are rounded to 0.1; no family is named.
/// The table speaks the report's language; the CSV's headers and codes and the JSON stay
/// English, for scripts.
public struct CapacityReport: Sendable {
    typealias T = Texts.Capacity
    typealias C = Texts.Capacity.Column

    /// The outlook.
    public let outlook: CapacityOutlook
    /// The scenario's name, for the first line.
    public var title: String
    /// The language of the table's words.
    public var language: Language
    /// The formatter, in `language`.
    public var figures: Figures { Figures.of(language) }

    /// A report of `outlook` in `language`.
    public init(outlook: CapacityOutlook, title: String = "", language: Language) {
        self.outlook = outlook
        self.title = title
        self.language = language
    }

    /// Hours as the outlook shows them.
    func h(_ x: Double) -> String { figures.roundedHours(x) }

    /// `short`, `over norm`, both or nothing.
    func marks(_ w: OutlookWeek, _ series: CapacitySeries) -> String {
        var marks: [String] = []
        if w.isShort { marks.append(T.short(language)) }
        if series.countsFamilies && w.isOverNorm { marks.append(T.overNorm(language)) }
        return marks.joined(separator: ", ")
    }

    /// `ots 1.1, youth-probation 0.75`; in Dutch `ots 1,1; jeugdreclassering 0,75`, since a
    /// comma there is the decimal mark.
    var arrivalText: String {
        outlook.arrivals.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            language == .nl ? "\($0.key.name.nl) \(figures.mark("\($0.value)"))" : "\($0.key.rawValue) \($0.value)"
        }.joined(separator: language == .nl ? "; " : ", ")
    }

    // MARK: table

    /// The table.
    public func table() -> String {
        let n = outlook.weekCount
        var out = T.title(language) + (title.isEmpty ? "" : " · \(title)")
        out += " · " + T.span(n, from: figures.week(outlook.start), monday: figures.date(outlook.start.monday))(language) + "\n"
        out += T.assumption(language)
        out += (outlook.arrivals.isEmpty ? T.noArrivals : T.arrivals(arrivalText))(language) + "\n"
        for pool in outlook.pools {
            switch pool.kind {
            case .registered: out += "\n" + T.registeredPool(language) + "\n"
            default: out += "\n" + T.delegablePool(pool.id)(language) + "\n"
            }
            out += block(pool)
        }
        for organisation in outlook.organisations {
            if organisation.kind == .unassigned {
                out += "\n" + T.unassignedHeading(language) + "\n"
                let widths = self.widths([(C.needed, 8), (C.families, 10), (C.places, 8)])
                out += line(C.week(language), widths)
                for w in organisation.weeks {
                    out += line(figures.week(w.week), cells([h(w.neededHours), "\(w.families)", "\(w.placesNeeded)"], widths))
                }
            } else {
                out += "\n" + T.organisation(organisation.name, id: organisation.id)(language) + "\n" + block(organisation)
            }
        }
        return out + "\n" + summary()
    }

    /// The week column's width: an English week is `2026-W48`, a Dutch one `week 48 (2026)`.
    var weekWidth: Int { max(9, figures.week(outlook.start).count + 1) }

    /// One line of a block: the week left, the figures right in `(text, width)` columns.
    func line(_ week: String, _ cells: [(String, Int)], marks: String = "") -> String {
        "  " + Column.pad(week, weekWidth) + cells.map { Column.pad($0.0, $0.1, right: true) }.joined()
            + (marks.isEmpty ? "" : "  " + marks) + "\n"
    }

    /// The headers in `language` with their columns' widths: a header too long for its column
    /// (a Dutch word, mostly) widens it to keep two spaces before it.
    func widths(_ columns: [(Text, Int)]) -> [(String, Int)] {
        columns.map { text, width in
            let header = text(language)
            return (header, header.count + 1 > width ? header.count + 2 : width)
        }
    }

    /// `texts` in the columns of `widths`.
    func cells(_ texts: [String], _ widths: [(String, Int)]) -> [(String, Int)] { zip(texts, widths).map { ($0, $1.1) } }

    func block(_ series: CapacitySeries) -> String {
        let fallback = series.kind == .registered
        var columns: [(Text, Int)] = [(C.workers, 8), (C.available, 11), (C.needed, 9)]
        if fallback { columns.append((C.fallback, 10)) }
        columns.append((C.balance, 9))
        if series.countsFamilies { columns += [(C.families, 10), (C.placesPerNorm, 13)] }
        let widths = self.widths(columns)
        var out = line(C.week(language), widths)
        for w in series.weeks {
            var cells = ["\(w.workers)", h(w.availableHours), h(w.neededHours)]
            if fallback { cells.append(h(w.fallbackHours)) }
            cells.append(h(w.balanceHours))
            if series.countsFamilies { cells += ["\(w.families)", "\(w.placesNeeded)/\(w.normPlaces)"] }
            out += line(figures.week(w.week), self.cells(cells, widths), marks: marks(w, series))
        }
        return out
    }

    func summary() -> String {
        let n = outlook.weekCount
        var out = T.firstShortWeek(language) + "\n"
        if outlook.shortPools.isEmpty { out += "  " + T.noPoolShort(n)(language) + "\n" }
        let width = max(12, (outlook.pools.map { T.series($0)(language).count }.max() ?? 0) + 2)
        for pool in outlook.pools {
            out += "  " + Column.pad(T.series(pool)(language), width)
            if let first = pool.weeks.first(where: \.isShort) {
                out += T.shortBy(figures.week(first.week), hours: h(-first.balanceHours))(language)
            } else {
                out += T.noneIn(n)(language)
            }
            if let norm = pool.firstOverNormWeek { out += T.overNormFrom(figures.week(norm))(language) }
            out += "\n"
        }
        let organisations = outlook.organisations.filter { $0.kind != .unassigned }.compactMap { o in
            o.firstShortWeek.map { "\(o.id) \(figures.week($0))" }
        }
        if !organisations.isEmpty { out += "  " + T.organisationsShort(language) + organisations.joined(separator: ", ") + "\n" }
        return out
    }

    // MARK: CSV

    static let csvHeader = [
        "section", "name", "week", "workers", "available_hours", "needed_hours", "fallback_hours", "balance_hours", "short",
        "families", "places_needed", "norm_places",
    ]

    /// One CSV row per week and pool or organisation, in `dialect` (hours with a decimal point,
    /// or a decimal comma in the Dutch dialect, whatever the report's figures).
    public func csv(dialect: PlanCSV.Dialect = .plain) -> String {
        func h(_ x: Double) -> String { PlanCSV.text(.number(Figures.tenths(x)), dialect: dialect) }
        var out = dialect.preamble + PlanCSV.row(Self.csvHeader, dialect: dialect)
        for (section, list) in [("pool", outlook.pools), ("organisation", outlook.organisations)] {
            for series in list {
                for w in series.weeks {
                    let families = series.countsFamilies ? ["\(w.families)", "\(w.placesNeeded)", "\(w.normPlaces)"] : ["", "", ""]
                    out += PlanCSV.row(
                        [
                            section, series.id, w.week.description, "\(w.workers)", h(w.availableHours), h(w.neededHours),
                            series.kind == .registered ? h(w.fallbackHours) : "", h(w.balanceHours), w.isShort ? "true" : "false",
                        ] + families, dialect: dialect)
                }
            }
        }
        return out
    }

    // MARK: JSON

    /// The JSON document.
    public func json() -> JSONValue {
        .object([
            ("week", .string(outlook.start.description)), ("weeks", .int(outlook.weekCount)),
            (
                "arrivals_per_week",
                .object(outlook.arrivals.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, .number($0.value)) })
            ),
            ("pools", .array(outlook.pools.map { series($0, key: "pool") })),
            ("organisations", .array(outlook.organisations.map { series($0, key: "organisation") })),
        ])
    }

    func series(_ s: CapacitySeries, key: String) -> JSONValue {
        var fields: [(String, JSONValue)] = [(key, .string(s.id))]
        if case .organisation = s.kind { fields.append(("name", .string(s.name))) }
        fields.append(("weeks", .array(s.weeks.map { week($0, of: s) })))
        fields.append(("first_short_week", s.firstShortWeek.map { .string($0.description) } ?? .null))
        if s.countsFamilies { fields.append(("first_over_norm_week", s.firstOverNormWeek.map { .string($0.description) } ?? .null)) }
        return .object(fields)
    }

    func week(_ w: OutlookWeek, of s: CapacitySeries) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("week", .string(w.week.description)), ("workers", .int(w.workers)),
            ("available_hours", .number(Figures.tenths(w.availableHours))), ("needed_hours", .number(Figures.tenths(w.neededHours))),
        ]
        if s.kind == .registered {
            fields += [
                ("fallback_hours", .number(Figures.tenths(w.fallbackHours))),
                ("needed_with_fallback_hours", .number(Figures.tenths(w.neededWithFallbackHours))),
            ]
        }
        fields += [("balance_hours", .number(Figures.tenths(w.balanceHours))), ("short", .bool(w.isShort))]
        if s.countsFamilies {
            fields += [
                ("families", .int(w.families)), ("places_needed", .int(w.placesNeeded)), ("norm_places", .int(w.normPlaces)),
                ("over_norm", .bool(w.isOverNorm)),
            ]
        }
        return .object(fields)
    }
}
