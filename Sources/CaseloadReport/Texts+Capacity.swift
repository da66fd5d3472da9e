import CaseloadCore

extension Texts {
    /// `caseload capacity`: the outlook's table and workbook, in the words a Dutch team lead uses
    /// (the CSV's headers and the JSON stay English codes, for scripts).
    public enum Capacity {
        /// The report's first word.
        static let title = Text(nl: "Capaciteitsvooruitzicht", en: "Capacity outlook")

        /// `12 weeks from 2026-W48 (Monday 2026-11-23)`.
        static func span(_ weeks: Int, from week: String, monday: String) -> Text {
            Text(
                nl: "\(weeks) \(weeks == 1 ? "week" : "weken") vanaf \(week), \(monday)",
                en: "\(weeks) week\(weeks == 1 ? "" : "s") from \(week) (Monday \(monday))")
        }

        /// The assumption under every figure.
        static let assumption = Text(
            nl: "Uren per week. Elk gezin staat halverwege zijn huidige fase; ",
            en: "Hours per week. Families are taken to be halfway through their current phase; ")
        /// No arrivals.
        static let noArrivals = Text(nl: "er komen geen nieuwe gezinnen bij.", en: "no new families arrive.")
        /// The weekly arrival rates, already written.
        static func arrivals(_ rates: String) -> Text {
            Text(nl: "nieuwe gezinnen per week: \(rates).", en: "new families a week: \(rates).")
        }

        /// The heading of the registered pool.
        static let registeredPool = Text(
            nl: "GROEP geregistreerd  (geregistreerde medewerkers die casuswerk mogen doen; "
                + "terugval: uren voor ondersteuners die geen ondersteuner kan nemen)",
            en: "POOL registered  (registered workers who may do casework; fallback: delegable hours no supporter can take)")
        /// The heading of a delegable task kind's pool.
        static func delegablePool(_ kind: String) -> Text {
            let dutch = TaskKind.name(kind).nl
            return Text(nl: "GROEP \(dutch)  (ondersteuners met de taak \(dutch))", en: "POOL \(kind)  (supporters who list \(kind))")
        }
        /// The heading of an organisation's block.
        static func organisation(_ name: String, id: String) -> Text {
            Text(nl: "ORGANISATIE \(name) (\(id))", en: "ORGANISATION \(name) (\(id))")
        }
        /// The heading of what nobody holds.
        static let unassignedHeading = Text(
            nl: "(niet toegewezen)  gezinnen zonder huidige regievoerder, en duopartneruren die niemand heeft",
            en: "(unassigned)  families without a current lead, and duo partner shares nobody holds")

        /// A pool or organisation as the summary and the workbook name it: the registered pool,
        /// a task kind in its Dutch word, an organisation by its id, or what nobody holds.
        static func series(_ series: CapacitySeries) -> Text {
            switch series.kind {
            case .registered: Text(nl: "geregistreerd", en: "registered")
            case .delegable(let kind): TaskKind.name(kind)
            case .organisation(let id): Text(nl: id, en: id)
            case .unassigned: Text(nl: "(niet toegewezen)", en: "(unassigned)")
            }
        }

        /// Column headers of the table and the workbook.
        enum Column {
            static let week = Text(nl: "week", en: "week")
            static let workers = Text(nl: "medewerkers", en: "workers")
            static let available = Text(nl: "beschikbaar", en: "available")
            static let needed = Text(nl: "nodig", en: "needed")
            static let fallback = Text(nl: "terugval", en: "fallback")
            static let balance = Text(nl: "saldo", en: "balance")
            static let families = Text(nl: "gezinnen", en: "families")
            static let places = Text(nl: "plaatsen", en: "places")
            static let placesPerNorm = Text(nl: "plaatsen/norm", en: "places/norm")
            static let normPlaces = Text(nl: "normplaatsen", en: "norm places")
            static let short = Text(nl: "tekort", en: "short")
            static let overNorm = Text(nl: "boven norm", en: "over norm")
            static let monday = Text(nl: "maandag", en: "Monday")
        }

        /// A week's marks.
        static let short = Text(nl: "tekort", en: "short")
        static let overNorm = Text(nl: "boven norm", en: "over norm")
        /// A yes/no cell of the workbook.
        static let yes = Text(nl: "ja", en: "yes")
        static let no = Text(nl: "nee", en: "no")

        /// The summary's heading.
        static let firstShortWeek = Text(nl: "EERSTE WEEK MET TEKORT", en: "FIRST SHORT WEEK")
        /// No pool runs short.
        static func noPoolShort(_ weeks: Int) -> Text {
            Text(
                nl: "geen groep komt tekort in \(weeks) \(weeks == 1 ? "week" : "weken")",
                en: "no pool runs short in \(weeks) week\(weeks == 1 ? "" : "s")")
        }
        /// A pool's first short week.
        static func shortBy(_ week: String, hours: String) -> Text {
            Text(nl: "\(week), tekort \(hours) u", en: "\(week), short by \(hours) h")
        }
        /// A pool that never runs short.
        static func noneIn(_ weeks: Int) -> Text {
            Text(nl: "geen in \(weeks) \(weeks == 1 ? "week" : "weken")", en: "none in \(weeks) weeks")
        }
        /// The first week above the norm places.
        static func overNormFrom(_ week: String) -> Text {
            Text(nl: "; gezinnen boven de normplaatsen vanaf \(week)", en: "; families above the norm places from \(week)")
        }
        /// Organisations that run short.
        static let organisationsShort = Text(nl: "organisaties met tekort: ", en: "organisations short: ")

        /// The title's note on where the families come from: a saved plan.
        public static func heldIn(_ plan: String) -> Text {
            Text(nl: "gezinnen zoals verdeeld in \(plan)", en: "families as held in \(plan)")
        }
        /// … or the database's record, no plan being approved.
        public static let heldOfRecord = Text(
            nl: "gezinnen zoals vastgelegd (nog geen plan goedgekeurd)", en: "families as held of record (no plan approved yet)")

        // The workbook.
        /// The summary sheet.
        static let overview = Text(nl: "overzicht", en: "overview")
        /// A pool's sheet.
        static func poolSheet(_ name: String) -> Text { Text(nl: "groep \(name)", en: "pool \(name)") }
        /// The unassigned sheet.
        static let unassignedSheet = Text(nl: "niet toegewezen", en: "unassigned")
        /// Summary columns.
        static let kind = Text(nl: "soort", en: "kind")
        static let name = Text(nl: "naam", en: "name")
        static let pool = Text(nl: "groep", en: "pool")
        static let organisationKind = Text(nl: "organisatie", en: "organisation")
        static let firstShort = Text(nl: "eerste week met tekort", en: "first short week")
        static let firstOverNorm = Text(nl: "eerste week boven norm", en: "first week over norm")
    }
}
