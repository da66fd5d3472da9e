import CaseloadCore

extension Texts {
    /// The plan report a manager reads first (`caseload plan`, `show`, `demo`), the list of
    /// plans, and what `approve` and `pin` say.
    public enum Plan {
        public static let workers = Text(nl: "MEDEWERKERS", en: "WORKERS")
        public static let worker = Text(nl: "MEDEWERKER", en: "WORKER")
        public static let workersNote = Text(
            nl: "(geplande / beschikbare uren, gezinnen en kinderen tegen de caseloadnorm",
            en: "(planned / available hours, families and children against the norm")
        public static let workersBelow = Text(nl: "; daaronder de gezinnen die zij hebben)", en: "; below each, the families they hold)")
        public static let notRegistered = Text(nl: " (niet geregistreerd)", en: " (not registered)")
        public static let pools = Text(nl: "UREN PER GROEP", en: "POOLS")
        public static let registeredPool = Text(nl: "geregistreerd", en: "registered")
        public static let supporterPool = Text(nl: "ondersteuners", en: "supporters")
        public static func workerCount(_ n: Int) -> Text { Text(nl: "\(n) medew.", en: "\(n) workers") }
        public static let noneWaiting = Text(
            nl: "WACHTLIJST  leeg: elk gezin is geholpen", en: "WAITING LIST  none: every family is served")
        public static func waitingList(_ n: Int) -> Text {
            Text(nl: "WACHTLIJST  (\(n) gezinnen, meest urgent eerst)", en: "WAITING LIST  (\(n) families, most urgent first)")
        }
        public static let waitingColumns = Text(
            nl: "    #  gezin       prio  weken  reden                       toelichting",
            en: "    #  case        prio  weeks  reason                      detail")
        public static let noHandovers = Text(
            nl: "OVERDRACHTEN  geen: elk gezin houdt zijn mensen", en: "HANDOVERS  none: every family keeps its people")
        public static func handovers(_ n: Int, forced: Int, allowed: Int) -> Text {
            Text(
                nl: "OVERDRACHTEN  (\(n): \(forced) noodzakelijk, \(allowed) toegestaan)",
                en: "HANDOVERS  (\(n): \(forced) forced, \(allowed) allowed)")
        }
        public static let handoverColumns = Text(
            nl: "  gezin       rol           van         naar        reden",
            en: "  case        role          from        to          reason")
        public static let proposals = Text(
            nl:
                "VOORSTELLEN  (vrijwillige overdrachten die een wachtend gezin zouden helpen; niet gedaan — `--allow-handovers N` doet de beste)",
            en: "PROPOSALS  (voluntary handovers that would serve a waiting family; not made — `--allow-handovers N` makes the best)")
        public static let serves = Text(nl: "helpt", en: "serves")
        public static let score = Text(nl: "score", en: "score")
        public static let standIns = Text(
            nl: "WAARNEMING  (collega's die de uren van een afwezige regievoerder of duopartner dragen; het gezin houdt zijn mensen)",
            en: "STAND-INS  (colleagues carrying an absent lead's or partner's hours; the family keeps its people)")
        public static let uncovered = Text(nl: "niet gedekt", en: "uncovered")
        public static func pins(_ n: Int, kept: Int) -> Text {
            Text(
                nl: "VASTGEZET  (\(n): \(kept) gehouden\(kept < n ? ", \(n - kept) niet" : ""))",
                en: "PINS  (\(n): \(kept) kept\(kept < n ? ", \(n - kept) not kept" : ""))")
        }
        public static let pinKept = Text(nl: "gehouden", en: "kept")
        public static let pinNotKept = Text(nl: "niet gehouden", en: "not kept")
        public static func demoTitle(_ name: String, staff: Int, families: Int) -> Text {
            Text(
                nl: "Caseload demo: \(name) — \(staff) medewerkers, \(families) gezinnen",
                en: "Caseload demo: \(name) — \(staff) staff, \(families) families")
        }
        public static func plannedIn(_ seconds: String) -> Text { Text(nl: "Gepland in \(seconds) s", en: "Planned in \(seconds) s") }
        public static func demoOwnTeam(_ path: String) -> Text {
            Text(
                nl: "Je eigen team plannen: `caseload load \(path)` (of `caseload import`), `caseload plan`, `caseload approve`.",
                en: "To plan your own team: `caseload load \(path)` (or `caseload import`), `caseload plan`, `caseload approve`.")
        }
        public static func demoKept(_ database: String) -> Text {
            Text(
                nl: " en bewaard in \(database) tot de volgende demo. Over precies dit plan:",
                en: " and kept in \(database) until the next demo. About this very plan:")
        }
        public static func demoWhyWaits(_ id: String) -> Text {
            Text(nl: "waarom \(id) wacht, en wat het zou helpen", en: "why \(id) waits, and what would serve it")
        }
        public static func demoWhyChanged(_ id: String) -> Text {
            Text(nl: "waarom \(id) een andere regievoerder kreeg", en: "why \(id) changed hands")
        }
        public static func demoFamiliesOf(_ id: String) -> Text {
            Text(nl: "de gezinnen van \(id) deze week", en: "\(id)'s families this week")
        }
        public static let locksNotKept = Text(nl: "NIET GEHOUDEN VASTZETTINGEN", en: "LOCKS NOT KEPT")

        /// The summary line's counts.
        public static func summary(served: Int, waiting: Int, handovers: Int, lead: Int, partner: Int) -> Text {
            Text(
                nl:
                    "SAMENVATTING  \(served) geholpen, \(waiting) wachtend, \(handovers) overdrachten (\(lead) regievoerder, \(partner) duopartner), ",
                en: "SUMMARY  \(served) served, \(waiting) waiting, \(handovers) handovers (\(lead) lead, \(partner) partner), ")
        }
        public static func proposalCount(_ n: Int) -> Text {
            Text(nl: "\(n) voorstel\(n == 1 ? "" : "len"), ", en: "\(n) proposal\(n == 1 ? "" : "s"), ")
        }
        public static func standInCount(_ n: Int) -> Text {
            Text(nl: "\(n) waarneming\(n == 1 ? "" : "en"), ", en: "\(n) stand-in\(n == 1 ? "" : "s"), ")
        }
        public static func delegated(_ delegated: String, undelegated: String) -> Text {
            Text(
                nl: "\(delegated) u bij ondersteuners, \(undelegated) u ondersteunerswerk bij geregistreerden",
                en: "\(delegated) h delegated to supporters, \(undelegated) h undelegated")
        }
        public static func overloaded(_ n: Int, _ limit: String) -> Text {
            Text(nl: ", \(n) medewerkers boven \(limit)", en: ", \(n) workers above \(limit)")
        }
        public static func scoreLine(hard: Int, soft: String, waiting: String, balance: String) -> Text {
            Text(
                nl: "SCORE    hard \(hard), zacht \(soft) (wachten \(waiting), balans \(balance))",
                en: "SCORE    hard \(hard), soft \(soft) (waiting \(waiting), balance \(balance))")
        }
        public static func search(start: String, soft: String, moves: Int, threads: Int, stop: String) -> Text {
            Text(
                nl:
                    "ZOEKEN   startplan \(start) → \(soft) in \(moves) stappen op \(threads == 1 ? "1 draad" : "\(threads) draden") (\(dutchStop[stop] ?? stop))",
                en:
                    "SEARCH   construction planner \(start) → \(soft) in \(moves) moves on \(threads) thread\(threads == 1 ? "" : "s") (\(stop))"
            )
        }
        /// Why a search stopped (`SearchStop`'s codes, which the English line keeps).
        static let dutchStop = [
            "time-limit": "tijd om", "unimproved": "geen verbetering meer", "move-limit": "stappen op",
            "proven-optimal": "bewezen het beste", "exhausted": "geen stappen meer mogelijk",
        ]
        public static func bound(_ bound: String, gap: String) -> Text {
            Text(
                nl: "; ondergrens \(bound): hoogstens \(gap) van het best mogelijke plan",
                en: "; lower bound \(bound): at most \(gap) from the best possible plan")
        }

        // MARK: The list of plans, drafts, approval and pins

        public static let noPlans = Text(
            nl: "nog geen plannen; `caseload plan` maakt een concept", en: "no plans yet; run `caseload plan` for a draft")
        public static let plansColumns = Text(
            nl: "   plan  week      gemaakt               status    geholpen  wachtend  overdrachten        score",
            en: "   plan  week      made                  status    served  waiting  handovers        score")
        public static let current = Text(nl: "huidig", en: "current")
        public static let approved = Text(nl: "akkoord", en: "approved")
        public static let draft = Text(nl: "concept", en: "draft")
        public static let dataChanged = Text(nl: "  (gegevens sindsdien gewijzigd)", en: "  (data changed since)")
        public static let plansFooter = Text(
            nl: "* het huidige plan. `caseload approve N` maakt plan N het huidige; `caseload show --plan N` toont het.",
            en: "* the current plan. `caseload approve N` makes plan N current; `caseload show --plan N` shows it.")
        public static func draftNote(_ id: Int64) -> Text {
            Text(
                nl: "conceptplan \(id); `caseload approve \(id)` maakt het het huidige plan",
                en: "draft plan \(id); `caseload approve \(id)` makes it the current plan")
        }
        public static func savedNote(_ id: Int64) -> Text {
            Text(nl: "bewaard als plan \(id) en akkoord: het huidige plan", en: "saved as plan \(id) and approved: the current plan")
        }
        public static func thisWeekNote(_ week: String) -> Text {
            Text(
                nl: "gepland voor \(week), deze week in Europe/Amsterdam: de gegevens hebben geen eigen week (--week plant een andere)",
                en: "planned for \(week), this week in Europe/Amsterdam: the data has no week of its own (--week plans another)")
        }
        public static func source(_ id: Int64, current: Bool, draft: Bool, stale: Bool) -> Text {
            let nl =
                "plan \(id), "
                + (current ? "het huidige plan" : draft ? "een concept: `caseload approve \(id)` maakt het het huidige" : "eerder akkoord")
            let en =
                "plan \(id), "
                + (current ? "the current plan" : draft ? "a draft: `caseload approve \(id)` makes it current" : "approved earlier")
            return Text(
                nl: nl + (stale ? "; de gegevens van het team zijn sindsdien gewijzigd" : ""),
                en: en + (stale ? "; the team's data changed since it was made" : ""))
        }

        public static func approved(_ id: Int64, week: String, wasCurrent: Bool) -> Text {
            Text(
                nl: "plan \(id) (\(week)) akkoord: " + (wasCurrent ? "het was al het huidige plan" : "nu het huidige plan"),
                en: "approved plan \(id) (week \(week)): " + (wasCurrent ? "it was the current plan already" : "now the current plan"))
        }
        public static let peopleOfRecord = Text(nl: "; vaste mensen: ", en: "; people of record: ")
        public static func families(_ n: Int, _ what: String, en: String) -> Text {
            Text(nl: "\(n) \(n == 1 ? "gezin" : "gezinnen") \(what)", en: "\(n) \(n == 1 ? "family" : "families") \(en)")
        }
        public static func overridden(_ n: Int, plan: Int64) -> Text {
            Text(
                nl: "\(n) regievoerders en duopartners die na plan \(plan) zijn vastgelegd, volgen nu weer plan \(plan):",
                en: "\(n) leads and partners of record set after plan \(plan) was made now follow it again:")
        }
        public static let madeBeforeChange = Text(
            nl:
                "let op: het plan is gemaakt voor de laatste wijziging van de gegevens; het houdt zich aan elke harde regel op de gegevens van nu",
            en: "note: it was made before the team's data last changed; it keeps every hard rule on the data as it is now")
        public static func pinned(_ id: String, lead: String, partner: String?) -> Text {
            Text(
                nl: "\(id) vastgezet op regievoerder \(lead)" + (partner.map { " met duopartner \($0)" } ?? ""),
                en: "pinned \(id) to lead \(lead)" + (partner.map { " with partner \($0)" } ?? ""))
        }
        public static func pinHandover(_ before: String) -> Text {
            Text(
                nl: " (vaste regievoerder \(before): het volgende plan draagt het over, reden vastgezet)",
                en: " (lead of record \(before): the next plan hands it over, reason pinned)")
        }
        public static func pinKeptUntil(_ id: String) -> Text {
            Text(
                nl: "elk plan houdt dit vast tot `caseload unpin \(id)`; `caseload plan` maakt een concept dat het doet",
                en: "every plan keeps it until `caseload unpin \(id)`; run `caseload plan` for a draft that does")
        }
        public static func notPinned(_ id: String) -> Text {
            Text(nl: "\(id) was niet vastgezet; niets gewijzigd", en: "\(id) was not pinned; nothing changed")
        }
        public static func unpinned(_ id: String, lead: String) -> Text {
            Text(
                nl: "\(id) losgemaakt (was vastgezet op \(lead)); het gezin houdt zijn vaste mensen",
                en: "unpinned \(id) (was pinned to \(lead)); it keeps its people of record")
        }

        /// The report's first line: the title, the week and its Monday.
        public static func heading(_ title: String, week: String, monday: String) -> Text {
            Text(
                nl: "\(title.isEmpty ? "Plan" : title) · \(week), \(monday)",
                en: "\(title.isEmpty ? "Plan" : title) · week \(week) (Monday \(monday))")
        }

        /// A phase (the JSON keeps the code).
        public static func phase(_ phase: Phase) -> Text {
            switch phase {
            case .start: Text(nl: "begin", en: "start")
            case .middle: Text(nl: "midden", en: "middle")
            case .end: Text(nl: "eind", en: "end")
            }
        }

        /// A role on a family as the reports, the workbook and the dashboard name it in Dutch; the
        /// code in English (the JSON's).
        public static func role(_ role: Roster.Role) -> Text {
            switch role {
            case .lead: Text(nl: "regievoerder", en: role.rawValue)
            case .partner: Text(nl: "duopartner", en: role.rawValue)
            case .supporter: Text(nl: "ondersteuner", en: role.rawValue)
            case .standIn: Text(nl: "waarnemer", en: role.rawValue)
            }
        }

        /// The role a handover changes, as `role(_:)` names it.
        public static func role(_ role: Handover.Role) -> Text {
            switch role {
            case .lead: Self.role(Roster.Role.lead)
            case .partner: Self.role(Roster.Role.partner)
            }
        }

        /// Why a family changes hands: the dashboard's Dutch words, the code in English (the JSON's).
        public static func reason(_ reason: HandoverReason) -> Text {
            Text(nl: Texts.Dashboard.reason(reason).nl, en: reason.rawValue)
        }

        /// Why a family waits, as a short label for the waiting list's reason column; the
        /// dashboard says the same in a sentence (`Texts.Dashboard.reason(_:)`), too long for it.
        public static func waiting(_ reason: WaitingReason) -> Text {
            switch reason {
            case .noRegisteredCapacity: Text(nl: "geen geregistreerde uren", en: "no-registered-capacity")
            case .noDuoPartner: Text(nl: "geen duopartner", en: "no-duo-partner")
            case .missingSkill: Text(nl: "expertise ontbreekt", en: "missing-skill")
            case .noWorkerInMunicipality: Text(nl: "niemand in de gemeente", en: "no-worker-in-municipality")
            case .caseloadNorm: Text(nl: "caseloadnorm vol", en: "caseload-norm")
            case .noSupporterCapacity: Text(nl: "geen ondersteuner vrij", en: "no-supporter-capacity")
            case .missingTaskKind: Text(nl: "taak niet toegestaan", en: "missing-task-kind")
            case .noMandatedLead: Text(nl: "geen gemandateerde regievoerder", en: "no-mandated-lead")
            case .leadLost: Text(nl: "regievoerder kwijt", en: "lead-lost")
            }
        }

        /// A traffic light.
        public static func light(_ light: WorkerLoad.Light) -> Text {
            switch light {
            case .blue: Text(nl: "blauw", en: "blue")
            case .green: Text(nl: "groen", en: "green")
            case .amber: Text(nl: "oranje", en: "amber")
            case .red: Text(nl: "rood", en: "red")
            case .off: Text(nl: "uit", en: "off")
            }
        }
    }
}
