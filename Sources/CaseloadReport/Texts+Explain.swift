import CaseloadCore

extension Texts {
    /// `caseload explain` (the score taken apart, a family, a worker) and the options of
    /// `caseload recommend`, in the words a Dutch team manager uses. Figures come in already
    /// formatted; codes (H1…, S1…, case codes, worker ids) stay as they are.
    public enum Explain {
        // MARK: Names

        /// A hard rule's short name next to its code; the English is the core's own name.
        public static func rule(_ rule: HardRule) -> Text {
            let nl =
                switch rule {
                case .registration: "SKJ-registratie"
                case .tasks: "toegestane taken"
                case .hours: "uren"
                case .norm: "caseloadnorm"
                case .duo: "duopartner"
                case .skills: "deskundigheid"
                case .municipality: "gemeente"
                case .whole: "heel geholpen of heel wachtend"
                case .locks: "vastzettingen"
                case .mandate: "mandaat"
                case .network: "wie het gezin mag zien"
                }
            return Text(nl: nl, en: rule.name)
        }

        /// `code` in Dutch from `dutch`, the code itself in English (and in Dutch for a code the
        /// table does not know, such as a task kind a scenario declares itself).
        static func word(_ code: String, _ dutch: [String: String]) -> Text { Text(nl: dutch[code] ?? code, en: code) }

        /// A soft term (or an option's part of it) by the name of its weight; the English is
        /// that name, as the JSON and `--weight` spell it.
        public static func term(_ name: String) -> Text {
            word(name, ["waiting": "wachten", "handover": "overdrachten", "undelegated": "niet-gedelegeerd", "balance": "balans"])
        }

        /// A role on a family by its code (`lead`, `partner`, `supporter`); the English is the code.
        public static func role(_ code: String) -> Text { Roster.Role(rawValue: code).map(Texts.Plan.role) ?? Text(nl: code, en: code) }

        /// A pool of the balance term (`registered`, `supporters`); the English is the code.
        public static func pool(_ code: String) -> Text {
            word(code, ["registered": Texts.Plan.registeredPool.nl, "supporters": Texts.Plan.supporterPool.nl])
        }

        /// What stops a possible lead, as a short label in a count; the English is the code.
        public static func block(_ block: LeadCheck.Block) -> Text {
            let nl =
                switch block {
                case .registration: "registratie"
                case .taskKind: "taak"
                case .municipality: "gemeente"
                case .mandate: "mandaat"
                case .skill: "deskundigheid"
                case .noHours: "geen uren"
                case .norm: "norm"
                case .hours: "uren"
                case .partner: "duopartner"
                case .supporters: "ondersteuners"
                }
            return Text(nl: nl, en: block.rawValue)
        }

        /// Weeks a family has waited: `1 week wachtend`, `3 weken wachtend`.
        public static func weeksWaiting(_ n: Int) -> Text {
            Text(nl: "\(n) \(n == 1 ? "week" : "weken") wachtend", en: "\(n) weeks waiting")
        }

        /// No worker, where a name would stand.
        public static let nobody = Text(nl: "niemand", en: "none")
        /// Hours' unit in a sentence.
        public static let h = Text(nl: "u", en: "h")

        /// `lead X` with `, partner Y` (the option lines' form).
        public static func people(lead: String, partner: String?) -> Text {
            Text(
                nl: "regievoerder \(lead)" + (partner.map { ", duopartner \($0)" } ?? ""),
                en: "lead \(lead)" + (partner.map { ", partner \($0)" } ?? ""))
        }

        /// `lead X` with ` with partner Y` (the sentences' form).
        public static func ledBy(_ lead: String, partner: String?) -> Text {
            Text(
                nl: "regievoerder \(lead)" + (partner.map { " met duopartner \($0)" } ?? ""),
                en: "lead \(lead)" + (partner.map { " with partner \($0)" } ?? ""))
        }

        /// The last line of every explain and recommend table: where the plan came from.
        public static func source(_ source: String, week: String) -> Text {
            Text(nl: "(uit \(source), \(week))", en: "(from \(source), week \(week))")
        }

        /// The source of a plan made from a scenario file for this analysis.
        public static func freshPlan(of path: String) -> Text {
            Text(nl: "een nieuw plan van \(path)", en: "a fresh plan of \(path)")
        }

        /// The source of a plan made because the database has none yet.
        public static let freshPlan = Text(nl: "een nieuw plan (er is nog geen plan gemaakt)", en: "a fresh plan (none made yet)")

        // MARK: The score analysis

        public static func scoreHeading(_ week: String, hard: Int, soft: String) -> Text {
            Text(nl: "SCORE  \(week): hard \(hard), zacht \(soft)", en: "SCORE  week \(week): hard \(hard), soft \(soft)")
        }
        public static let hardRules = Text(
            nl: "HARDE REGELS  (keren overtreden; 0 in een geldig plan)", en: "HARD RULES  (times broken; 0 in a valid plan)")
        public static let noLocks = Text(nl: "  (geen vastgezette gezinnen)", en: "  (no locked families)")
        public static func locksKept(_ kept: Int, of n: Int) -> Text {
            Text(nl: "  (\(kept) van \(n) vastzettingen gehouden)", en: "  (\(kept) of \(n) locks kept)")
        }
        public static func lockKept(_ id: String) -> Text { Text(nl: "\(id): vastzetting gehouden", en: "\(id): lock kept") }
        public static func lockNotKept(_ id: String, _ reason: String) -> Text {
            Text(nl: "\(id): vastzetting niet gehouden — \(reason)", en: "\(id): lock not kept — \(reason)")
        }
        public static let softTerms = Text(
            nl: "ZACHTE TERMEN  (gewicht × ruwe waarde = punten; grootste bijdragen)",
            en: "SOFT TERMS  (weight × raw = points; largest contributors)")
        public static func contributing(_ n: Int) -> Text { Text(nl: "(\(n) dragen bij)", en: "(\(n) contributing)") }
        public static let byWorker = Text(nl: "      per medewerker:", en: "      by worker:")
        public static func waitingDetail(priority: Int, weeks: Int, factor: String) -> Text {
            Text(
                nl: "prioriteit \(priority), \(Texts.Explain.weeksWaiting(weeks).nl), factor \(factor)",
                en: "priority \(priority), \(Texts.Explain.weeksWaiting(weeks).en), factor \(factor)")
        }
        public static func undelegatedDetail(_ kind: String, _ hours: String, by worker: String) -> Text {
            Text(nl: "\(kind) \(hours) u door \(worker)", en: "\(kind) \(hours) h by \(worker)")
        }
        public static func delegableHours(_ hours: String) -> Text {
            Text(nl: "\(hours) u ondersteunerswerk", en: "\(hours) h delegable work")
        }
        public static func balanceDetail(_ utilisation: String, pool: String, mean: String, fte: String) -> Text {
            Text(
                nl: "bezetting \(utilisation) tegen gemiddeld \(mean) (\(pool)), fte \(fte)",
                en: "utilisation \(utilisation) vs \(pool) mean \(mean), FTE \(fte)")
        }

        // MARK: A family

        public static func caseHeader(_ id: String, priority: Int, weeks: Int) -> Text {
            Text(
                nl: "gezin \(id): prioriteit \(priority), \(Texts.Explain.weeksWaiting(weeks).nl)",
                en: "case \(id): priority \(priority), \(Texts.Explain.weeksWaiting(weeks).en)")
        }
        public static let duo = Text(nl: ", duo", en: ", duo")
        public static func pinnedTo(_ people: String) -> Text { Text(nl: ", vastgezet op \(people)", en: ", pinned to \(people)") }
        public static let pinKept = Text(nl: " (gehouden)", en: " (kept)")
        public static func pinNotKept(_ reason: String) -> Text {
            Text(nl: " (niet gehouden: \(reason))", en: " (not kept: \(reason))")
        }
        public static let pinnedLater = Text(
            nl: " (vastgezet nadat dit plan gemaakt is)", en: " (pinned after this plan was made)")
        public static let hoursPerWeek = Text(nl: "\n  uren per week: ", en: "\n  hours per week: ")
        public static let defaultHours = Text(nl: " (standaard voor kader en fase)", en: " (case type defaults)")
        public static let givenHours = Text(nl: " (opgegeven)", en: " (given)")
        public static func current(lead: String?, partner: String?) -> Text {
            Text(
                nl: "\n  vaste mensen: " + (lead.map { "regievoerder \($0)" } ?? "geen regievoerder")
                    + (partner.map { ", duopartner \($0)" } ?? ""),
                en: "\n  current: lead \(lead ?? "none")" + (partner.map { ", partner \($0)" } ?? ""))
        }
        public static func served(_ people: String) -> Text { Text(nl: "\n  GEHOLPEN door \(people)", en: "\n  SERVED by \(people)") }
        public static let keepsLead = Text(
            nl: " — de vaste regievoerder houdt het gezin", en: " — the lead of record keeps the family")
        public static func handover(_ role: String, from: String, to: String, reason: String) -> Text {
            Text(
                nl: "\n  OVERDRACHT van de \(role) \(from) → \(to): \(reason) — ",
                en: "\n  HANDOVER of the \(role) \(from) → \(to): \(reason) — ")
        }
        public static func standIn(_ standIn: String, hours: String, absent: String) -> Text {
            Text(
                nl: "\n  waarneming: \(standIn) neemt \(hours) u waar terwijl \(absent) afwezig is (geen overdracht)",
                en: "\n  stand-in: \(standIn) takes \(hours) h while \(absent) is away (no handover)")
        }
        public static func uncovered(_ hours: String, of worker: String) -> Text {
            Text(
                nl: "\n  niet gedekt: \(hours) u van \(worker), die afwezig is; geen collega mag ze overnemen",
                en: "\n  uncovered: \(hours) h of \(worker)'s, who is away; no colleague may take them")
        }
        public static func lockNotKept(_ reason: String) -> Text {
            Text(nl: "\n  vastzetting niet gehouden: \(reason)", en: "\n  lock not kept: \(reason)")
        }
        public static let alternatives = Text(
            nl: "\n  alternatieven (scorewijziging tegen deze mensen):", en: "\n  alternatives (score change against these people):")
        public static func waits(_ position: Int, weeks: Int) -> Text {
            Text(
                nl: "\n  WACHT: #\(position) op de wachtlijst, \(Texts.Explain.weeksWaiting(weeks).nl)",
                en: "\n  WAITS: #\(position) on the waiting list, \(Texts.Explain.weeksWaiting(weeks).en)")
        }
        public static func reason(_ reason: String, _ detail: String) -> Text {
            Text(nl: "\n  reden: \(reason) — \(detail)", en: "\n  reason: \(reason) — \(detail)")
        }
        /// One family's move in a proposal: `fv-0012's lead a → b`.
        public static func move(_ id: String, role: String, from: String, to: String) -> Text {
            Text(nl: "\(id) \(role) \(from) → \(to)", en: "\(id)'s \(role) \(from) → \(to)")
        }
        public static func proposal(_ id: Int, moves: String, score: String) -> Text {
            Text(
                nl:
                    "\n  VOORSTEL \(id): \(moves) zou het helpen; score \(score) (een vrijwillige overdracht: de manager beslist, `--allow-handovers` voert hem uit)",
                en:
                    "\n  PROPOSAL \(id): \(moves) would serve it; score \(score) (a voluntary handover: the manager's to accept, `--allow-handovers` makes it)"
            )
        }
        public static let notInPlan = Text(
            nl: "\n  NIET IN DIT PLAN: het gezin is toegevoegd nadat het plan gemaakt is",
            en: "\n  NOT IN THIS PLAN: the family was added after it was made")

        // MARK: A worker

        public static func worker(_ id: String, role: String?, organisation: String) -> Text {
            let role = role.map { " (\($0))" } ?? ""
            return Text(nl: "medewerker \(id)\(role), \(organisation)", en: "worker \(id)\(role), \(organisation)")
        }
        public static func registeredUntil(_ date: String) -> Text {
            Text(nl: ", geregistreerd tot en met \(date)", en: ", registered until \(date)")
        }
        public static func registrationEnded(_ date: String) -> Text {
            Text(nl: ", registratie verlopen op \(date)", en: ", registration ended \(date)")
        }
        public static let notRegistered = Text(nl: ", niet geregistreerd", en: ", not registered")
        public static func mayDo(_ kinds: String) -> Text { Text(nl: "\n  mag doen: \(kinds)", en: "\n  may do: \(kinds)") }
        public static func contract(_ hours: String, share: String) -> Text {
            Text(
                nl: "\n  uren: \(hours) contract × \(share) aandeel casuswerk", en: "\n  hours: \(hours) contract × \(share) casework share"
            )
        }
        public static func rampUp(_ factor: String, started: String) -> Text {
            Text(nl: " × \(factor) inwerken (begonnen \(started))", en: " × \(factor) ramp-up (started \(started))")
        }
        public static func base(_ hours: String) -> Text { Text(nl: " = \(hours) u", en: " = \(hours) h") }
        public static func leftAfter(_ date: String) -> Text { Text(nl: " (uit dienst na \(date))", en: " (left after \(date))") }
        public static func lastDay(_ date: String) -> Text { Text(nl: " (laatste werkdag \(date))", en: " (last working day \(date))") }
        public static func absent(_ hours: String) -> Text {
            Text(nl: "; deze week \(hours) u afwezig", en: "; absent \(hours) h this week")
        }
        public static func available(_ hours: String) -> Text { Text(nl: "; beschikbaar \(hours) u", en: "; available \(hours) h") }
        public static func withOverload(_ hours: String) -> Text {
            Text(nl: " (\(hours) u met de toegestane overbelasting)", en: " (\(hours) h with the allowed overload)")
        }
        public static func planned(_ planned: String, of available: String, share: String, light: String) -> Text {
            Text(
                nl: "\n  gepland \(planned) u van \(available) u (\(share), \(light))",
                en: "\n  planned \(planned) h of \(available) h (\(share), \(light))")
        }
        public static func left(_ hours: String) -> Text { Text(nl: "; \(hours) u over", en: "; \(hours) h left") }
        public static func norm(cases: Int, of maxCases: Int, children: Int, of maxChildren: Int) -> Text {
            Text(
                nl: "\n  norm: gezinnen \(cases)/\(maxCases), kinderen \(children)/\(maxChildren)",
                en: "\n  norm: families \(cases)/\(maxCases), children \(children)/\(maxChildren)")
        }
        public static func balancePoints(_ points: String) -> Text {
            Text(nl: "; balans (S4) \(points) punten", en: "; balance (S4) \(points) points")
        }
        public static let nothingPlanned = Text(nl: "\n  deze week niets gepland", en: "\n  nothing planned this week")
        public static let week = Text(nl: "\n  deze week:", en: "\n  week:")
        public static let handedOverOrWaiting = Text(nl: "\n  overgedragen of wachtend: ", en: "\n  handed over or waiting: ")

        /// Why a family changed hands, with the rule behind it (`who` is the worker it left).
        public static func because(
            _ reason: HandoverReason, who: String, monday: String, framework: Text, standInWeeks: Int
        ) -> Text {
            switch reason {
            case .registrationLapsed:
                Text(
                    nl: "de registratie van \(who) is niet geldig op \(monday) (H1)",
                    en: "\(who)'s registration is not valid on \(monday) (H1)")
            case .noMandate:
                Text(
                    nl:
                        "de organisatie van \(who) mag geen \(framework.nl) dragen (H10), of mag een gezin van de organisatie van de regievoerder niet zien (H11)",
                    en:
                        "\(who)'s organisation may not carry \(framework.en) (H10), or may not see a family led from the lead's organisation (H11)"
                )
            case .notQualified:
                Text(
                    nl:
                        "\(who) mag het werk niet doen: een taak die geen ondersteuner kon overnemen, een deskundigheid of de gemeente (H2, H5, H6, H7)",
                    en: "\(who) may not do the work: a task kind no supporter could take, a skill or the municipality (H2, H5, H6, H7)")
            case .absent:
                Text(
                    nl: "\(who) is langer dan \(standInWeeks) weken afwezig: te lang voor waarneming",
                    en: "\(who) is away longer than \(standInWeeks) weeks: too long for a stand-in")
            case .leaving:
                Text(nl: "\(who) vertrekt voor de vrijdag van deze week", en: "\(who) leaves before the week's Friday")
            case .overNorm:
                Text(
                    nl:
                        "de vaste gezinnen van \(who) gaan boven de caseloadnorm (H4); het minst urgente gezin dat het kortst bekend is, gaat over",
                    en: "\(who)'s families of record pass their caseload norm (H4); the least urgent, shortest known move")
            case .overHours:
                Text(
                    nl: "de vaste gezinnen van \(who) vragen meer uren dan \(who) deze week heeft (H3)",
                    en: "\(who)'s families of record need more hours than \(who) has this week (H3)")
            case .pinned:
                Text(
                    nl: "het gezin is vastgezet; de notitie bij de vastzetting zegt waarom de opgegeven mensen het niet konden houden (H9)",
                    en: "the family is pinned; the lock note says why its given people could not keep it (H9)")
            case .allowed:
                Text(
                    nl: "vrijwillig, binnen de ruimte voor dit plan (--allow-handovers, max_voluntary_handovers)",
                    en: "voluntary, within the allowance for this plan (--allow-handovers, max_voluntary_handovers)")
            }
        }
    }
}
