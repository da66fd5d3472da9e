import CaseloadCore

/// `caseload capacity` as a table, CSV or JSON. Hours are rounded to 0.1; no family is named.
public struct CapacityReport: Sendable {
    /// The outlook.
    public let outlook: CapacityOutlook
    /// The scenario's name, for the first line.
    public var title: String
    /// The formatter.
    public var figures: Figures

    /// A report of `outlook`.
    public init(outlook: CapacityOutlook, title: String = "", figures: Figures = .english) {
        self.outlook = outlook
        self.title = title
        self.figures = figures
    }

    /// Hours as the outlook shows them.
    func h(_ x: Double) -> String { figures.roundedHours(x) }

    /// `short`, `over norm`, both or nothing.
    static func marks(_ w: OutlookWeek, _ series: CapacitySeries) -> String {
        var marks: [String] = []
        if w.isShort { marks.append("short") }
        if series.countsFamilies && w.isOverNorm { marks.append("over norm") }
        return marks.joined(separator: ", ")
    }

    /// `ots 1.1, youth-probation 0.75`.
    var arrivalText: String {
        outlook.arrivals.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    // MARK: table

    /// The table.
    public func table() -> String {
        let n = outlook.weekCount
        var out = (title.isEmpty ? "Capacity outlook" : "Capacity outlook · \(title)")
        out += " · \(n) week\(n == 1 ? "" : "s") from \(figures.week(outlook.start)) (Monday \(figures.date(outlook.start.monday)))\n"
        out += "Hours per week. Families are taken to be halfway through their current phase; "
        out += outlook.arrivals.isEmpty ? "no new families arrive.\n" : "new families a week: \(arrivalText).\n"
        for pool in outlook.pools {
            switch pool.kind {
            case .registered:
                out += "\nPOOL registered  (registered workers who may do casework; fallback: delegable hours no supporter can take)\n"
            default: out += "\nPOOL \(pool.id)  (supporters who list \(pool.id))\n"
            }
            out += block(pool)
        }
        for organisation in outlook.organisations {
            if organisation.kind == .unassigned {
                out += "\n(unassigned)  families without a current lead, and duo partner shares nobody holds\n"
                out += "  week       needed  families  places\n"
                for w in organisation.weeks {
                    out += "  " + Column.pad(w.week.description, 9) + column(h(w.neededHours), 8)
                    out += column("\(w.families)", 10) + column("\(w.placesNeeded)", 8) + "\n"
                }
            } else {
                out += "\nORGANISATION \(organisation.name) (\(organisation.id))\n" + block(organisation)
            }
        }
        return out + "\n" + summary()
    }

    func column(_ s: String, _ width: Int) -> String { Column.pad(s, width, right: true) }

    func block(_ series: CapacitySeries) -> String {
        let fallback = series.kind == .registered
        var out = "  week      workers  available   needed" + (fallback ? "  fallback" : "") + "  balance"
        out += series.countsFamilies ? "  families  places/norm\n" : "\n"
        for w in series.weeks {
            out += "  " + Column.pad(w.week.description, 9) + column("\(w.workers)", 8)
            out += column(h(w.availableHours), 11) + column(h(w.neededHours), 9)
            if fallback { out += column(h(w.fallbackHours), 10) }
            out += column(h(w.balanceHours), 9)
            if series.countsFamilies {
                out += column("\(w.families)", 10) + column("\(w.placesNeeded)/\(w.normPlaces)", 13)
            }
            let marks = Self.marks(w, series)
            out += (marks.isEmpty ? "" : "  " + marks) + "\n"
        }
        return out
    }

    func summary() -> String {
        let n = outlook.weekCount
        var out = "FIRST SHORT WEEK\n"
        let short = outlook.shortPools
        if short.isEmpty { out += "  no pool runs short in \(n) week\(n == 1 ? "" : "s")\n" }
        for pool in outlook.pools {
            out += "  " + Column.pad(pool.id, 12)
            if let first = pool.weeks.first(where: \.isShort) {
                out += "\(first.week), short by \(h(-first.balanceHours)) h"
            } else {
                out += "none in \(n) weeks"
            }
            if let norm = pool.firstOverNormWeek { out += "; families above the norm places from \(norm)" }
            out += "\n"
        }
        let organisations = outlook.organisations.filter { $0.kind != .unassigned }.compactMap { o in
            o.firstShortWeek.map { "\(o.id) \($0)" }
        }
        if !organisations.isEmpty { out += "  organisations short: " + organisations.joined(separator: ", ") + "\n" }
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
