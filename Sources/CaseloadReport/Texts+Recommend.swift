import CaseloadCore

extension Texts {
    /// The ways to serve one family and what blocks it (`caseload recommend`, and `explain` of a
    /// family): the options, the possible leads and the smallest change.
    public enum Recommend {
        // MARK: Options

        public static let current = Text(nl: "   ← huidig", en: "   ← current")
        public static func needsMove(_ move: String, delta: String) -> Text {
            Text(
                nl: "\n      eerst nodig: \(move) (Δ \(delta) daarvoor)",
                en: "\n      needs a move: \(move) (Δ \(delta) for that move)")
        }
        public static func backOnWaitingList(_ id: String, priority: Int, role: String, worker: String) -> Text {
            Text(
                nl: "\(id) terug op de wachtlijst (prioriteit \(priority), \(role) \(worker))",
                en: "\(id) back on the waiting list (priority \(priority), \(role) \(worker))")
        }

        // MARK: What stops a lead

        public static func notRegistered(on monday: String) -> Text {
            Text(nl: "niet geregistreerd op \(monday)", en: "not registered on \(monday)")
        }
        public static let taskKind = Text(
            nl: "mag een geregistreerde taak van het gezin niet doen", en: "may not do a registered task of the family")
        public static let municipality = Text(
            nl: "werkt niet in de gemeente van het gezin", en: "does not serve the family's municipality")
        public static let mandate = Text(
            nl: "de organisatie heeft geen mandaat voor het kader van het gezin",
            en: "their organisation has no mandate for the family's framework")
        public static let skill = Text(nl: "mist een vereiste deskundigheid", en: "lacks a required skill")
        public static let noHours = Text(nl: "deze week geen uren", en: "no hours this week")
        public static func atFamilyNorm(_ n: Int) -> Text {
            Text(nl: "zit aan de norm van \(n) gezinnen", en: "at the norm of \(n) families")
        }
        public static func passChildNorm(_ n: Int) -> Text {
            Text(nl: "zou boven de norm van \(n) kinderen komen", en: "would pass the norm of \(n) children")
        }
        public static func hoursShort(left: String, needs: String) -> Text {
            Text(nl: "\(left) u over, heeft \(needs) u nodig", en: "\(left) h left, needs \(needs) h")
        }
        public static let partner = Text(nl: "er past geen duopartner naast", en: "no duo partner fits next to them")
        public static let supporters = Text(
            nl: "een ondersteunerstaak waar geen ondersteuner ruimte voor heeft en die zij noch een duopartner mag doen",
            en: "a delegable task no supporter has room for, that neither they nor a partner may do")

        // MARK: The smallest change

        public static func fitsNow(_ people: String, delta: String, id: String) -> Text {
            Text(
                nl: "het past nu: \(people) (Δ \(delta)); zie `caseload recommend \(id)`",
                en: "it fits now: \(people) (Δ \(delta)); see `caseload recommend \(id)`")
        }
        public static func isAtFamilyNorm(_ n: Int) -> Text {
            Text(nl: "zit aan de norm van \(n) gezinnen", en: "is at the norm of \(n) families")
        }
        public static let tooFewHours = Text(nl: "heeft te weinig uren over", en: "has too few hours left")
        public static func putBack(_ id: String, priority: Int) -> Text {
            Text(
                nl: "\(id) (prioriteit \(priority)) terug op de wachtlijst zetten",
                en: "putting \(id) (priority \(priority)) back on the waiting list")
        }
        public static func moving(_ id: String, to worker: String, as role: String) -> Text {
            Text(nl: "\(id) als \(role) overdragen aan \(worker)", en: "moving \(id) to \(worker) as \(role)")
        }
        public static func frees(_ worker: String, why: String, move: String, delta: String, serving: String, total: String) -> Text {
            Text(
                nl: "\(worker) \(why): \(move) (\(delta)) maakt plaats; dan helpt \(serving) het gezin (Δ \(total) in totaal)",
                en: "\(worker) \(why): \(move) (\(delta)) frees a place; then \(serving) serves it (Δ \(total) in all)")
        }
        public static func noSingleChange(_ blocks: String) -> Text {
            Text(
                nl: "geen enkele wijziging gevonden: elke mogelijke regievoerder wordt door een regel tegengehouden (\(blocks))",
                en: "no single change found: every possible lead is blocked by a rule (\(blocks))")
        }
        public static func moreHours(_ missing: String, left: String, needs: String) -> Text {
            Text(
                nl: "\(missing) uur meer (heeft \(left) u over, heeft \(needs) u nodig)",
                en: "\(missing) more hours (has \(left) h left, needs \(needs) h)")
        }
        public static func familyPlace(norm: Int) -> Text {
            Text(nl: "één gezinsplek meer (norm \(norm) gezinnen)", en: "one more family place (norm \(norm) families)")
        }
        public static func childRoom(_ n: Int, norm: Int) -> Text {
            Text(
                nl: "ruimte voor \(n) \(n == 1 ? "kind" : "kinderen") meer (norm \(norm) kinderen)",
                en: "room for \(n) more \(n == 1 ? "child" : "children") (norm \(norm) children)")
        }
        public static func wouldNeed(_ worker: String, _ what: [String]) -> Text {
            Text(
                nl: "\(worker) zou \(what.joined(separator: " en ")) nodig hebben",
                en: "\(worker) would need \(what.joined(separator: " and "))")
        }

        // MARK: The gap as lines

        public static func possibleLeads(_ n: Int) -> Text {
            Text(nl: "  mogelijke regievoerders: \(n) medewerkers doen casuswerk", en: "  possible leads: \(n) workers list casework")
        }
        public static func blockedBy(_ counts: String) -> Text { Text(nl: "; tegengehouden door \(counts)", en: "; blocked by \(counts)") }
        public static let closest = Text(
            nl: "\n  wat elke mogelijke regievoerder tegenhoudt (dichtstbij eerst):", en: "\n  closest possible leads:")
        public static let couldLeadNow = Text(nl: "kan nu regievoerder zijn", en: "could lead it now")
        public static let smallestChange = Text(nl: "\n  kleinste wijziging die het gezin helpt:", en: "\n  smallest change:")

        // MARK: The recommend table

        public static func heading(_ id: String, priority: Int, weeks: Int) -> Text {
            Text(
                nl: "advies \(id): prioriteit \(priority), \(Texts.Explain.weeksWaiting(weeks).nl)",
                en: "recommend \(id): priority \(priority), \(Texts.Explain.weeksWaiting(weeks).en)")
        }
        public static func servedBy(_ people: String) -> Text {
            Text(
                nl: " — geholpen door \(people); de alternatieven zijn gerangschikt tegen deze mensen",
                en: " — served by \(people); alternatives are ranked against these people")
        }
        public static let waiting = Text(nl: " — wachtend; Δ telt het helpen mee", en: " — waiting; Δ includes serving it")
        public static func planScore(_ score: String) -> Text {
            Text(
                nl: "\n  planscore \(score); Δ is de wijziging van die score (lager is beter)\n",
                en: "\n  plan score \(score); Δ is the change of that score (lower is better)\n")
        }
        public static let noOption = Text(
            nl: "  geen mogelijkheid helpt het gezin in dit plan\n", en: "  no option serves it in this plan\n")
    }
}
