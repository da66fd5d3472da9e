import CaseloadCore

extension Texts.Help {
    public enum Explain {
        public static let abstract = Text(
            nl: "Leg de score uit, een gezin (waarom deze mensen, of waarom het wacht) of een medewerker (wat de week vult).",
            en: "Explain the score, a case (why these people, or why it waits) or a worker (what fills their week).")
        public static let discussion = Text(
            nl: """
                Leest het huidige plan (of plan N, ook een concept), of plant eerst --scenario BESTAND.

                Zonder CODE (of met `score`): elke harde regel H1–H11 met hoe vaak die gebroken wordt, en elke zachte term \
                S1–S4 met zijn gewogen punten en de gezinnen of medewerkers die het meest bijdragen. Een wachtend gezin: welke \
                regel elke mogelijke regievoerder tegenhoudt, hoeveel regievoerders elke regel tegenhoudt, en de kleinste \
                verandering die het gezin zou helpen (meer uren of een plaats in de norm voor één regievoerder, of één ander \
                gezin verplaatst). Een geholpen gezin: zijn mensen en de beste alternatieven met hun scoreverschil. Een \
                medewerker: de gezinnen, uren en normgebruik.

                Voorbeelden:
                  caseload explain
                  caseload explain score --top 10 --format json
                  caseload explain fv-0193
                  caseload explain jbg-05 --scenario Scenarios/foodvalley.yaml
                """,
            en: """
                Reads the current plan (or plan N, a draft too), or plans --scenario FILE first.

                Without an ID (or with `score`): every hard rule H1–H11 with how often it is broken, and every soft term \
                S1–S4 with its weighted points and the families or workers contributing most. A waiting family: which \
                rule stops each possible lead, how many leads each rule stops, and the smallest change that would serve \
                it (more hours or a norm place for one lead, or one other family moved). A served family: its people and \
                the best alternatives with their score change. A worker: their families, hours and norm use.

                Examples:
                  caseload explain
                  caseload explain score --top 10 --format json
                  caseload explain fv-0193
                  caseload explain jbg-05 --scenario Scenarios/foodvalley.yaml
                """)
        public static let id = Text(
            nl: "De code van een gezin of een medewerker; geen (of `score`) voor de uitleg van de score.",
            en: "A case code or a worker id; none (or `score`) for the score analysis.")
        public static let scenario = Text(
            nl: "Leg uit binnen dit scenariobestand in plaats van de database.",
            en: "Explain within this scenario file instead of the database.")
        public static let plan = Text(
            nl: "Leg uit binnen plan N (ook een concept) in plaats van het huidige.",
            en: "Explain within plan N (a draft too) instead of the current one.")
        public static let top = Text(
            nl: "Hoeveel bijdragers, regievoerders en mogelijkheden er genoemd worden.",
            en: "How many contributors, leads and options to list.")
    }

    public enum Recommend {
        public static let abstract = Text(
            nl:
                "Zet de mogelijkheden op een rij om één (nieuw of wachtend) gezin te plaatsen: regievoerder, duopartner, ondersteuners, en het scoreverschil.",
            en: "Rank the options for placing one (new or waiting) family: lead, partner, supporters, and the score change.")
        public static let discussion = Text(
            nl: """
                Leest het huidige plan (of plan N, ook een concept; of plant eerst --scenario BESTAND) en probeert elke mogelijke \
                regievoerder met de beste duopartner en ondersteuners erbij, en scoort elke mogelijkheid precies tegen het plan: \
                een lagere Δ is beter, en de termen tonen wat verandert (waiting, handover, undelegated, balance). Mogelijkheden \
                met "needs a move" verplaatsen eerst één ander gezin naar een andere regievoerder of duopartner, tegen de getoonde \
                kosten; ze staan er alleen als niets zonder verplaatsing past of als ze duidelijk beter zijn. Voor een gezin dat \
                al geholpen wordt, worden de alternatieven afgezet tegen zijn huidige mensen, die er ook bij staan (Δ 0). Een \
                gezin dat na het bewaren van het plan aan de database is toegevoegd, telt als wachtend.

                Voorbeelden:
                  caseload recommend fv-0193
                  caseload recommend fv-0012 --top 10 --format json
                  caseload recommend fam-0107 --scenario what-if.yaml
                """,
            en: """
                Reads the current plan (or plan N, a draft too; or plans --scenario FILE first) and tries every possible lead with the best \
                partner and supporters for them, scoring each option exactly against the plan: lower Δ is better, and the \
                terms show what changes (waiting, handover, undelegated, balance). Options marked "needs a move" first \
                move one other family to another lead or partner, at the cost shown; they are listed only when nothing \
                fits without a move or they are clearly better. For a family that is already served the alternatives are \
                ranked against its current people, which are listed too (Δ 0). A family added to the database after the \
                plan was saved counts as waiting.

                Examples:
                  caseload recommend fv-0193
                  caseload recommend fv-0012 --top 10 --format json
                  caseload recommend fam-0107 --scenario what-if.yaml
                """)
        public static let top = Text(nl: "Hoeveel mogelijkheden er genoemd worden.", en: "How many options to list.")
        public static let scenario = Text(
            nl: "Geef advies binnen dit scenariobestand (eerst gepland) in plaats van de database.",
            en: "Recommend within this scenario file (planned first) instead of the database.")
        public static let plan = Text(
            nl: "Geef advies binnen plan N (ook een concept) in plaats van het huidige.",
            en: "Recommend within plan N (a draft too) instead of the current one.")
        public static let noMoves = Text(
            nl: "Laat mogelijkheden weg waarvoor een ander gezin moet verschuiven.", en: "Leave out options that need another family moved."
        )
    }

    public enum Capacity {
        public static let abstract = Text(
            nl: "Week voor week vooruit: beschikbare tegen benodigde uren per groep en organisatie, en de eerste week met tekort.",
            en: "Week by week ahead: available vs needed hours per pool and organisation, and the first short week.")
        public static let discussion = Text(
            nl: """
                Leest het team uit de database, met de gezinnen zoals het huidige plan ze verdeelt (of plan N met --plan), \
                of een scenariobestand met --scenario (geen database). \
                Uren zijn per week, afgerond op 0,1; een week heeft een tekort als er minstens 0,1 uur meer nodig is dan beschikbaar.

                Beschikbare uren: contract × aandeel casuswerk × inwerkfactor, min bekende afwezigheid; niets na de \
                `leaves`-dag van een medewerker; een SKJ-registratie die afloopt haalt de medewerker uit de geregistreerde groep.

                Benodigde uren: de open gezinnen terwijl ze door hun fasen gaan (begin → midden → eind → gesloten) met de \
                fasenlengtes en uren van de zaaktypen. Wanneer een gezin in zijn huidige fase kwam is niet vastgelegd, dus \
                elk gezin wordt halverwege die fase gerekend (⌈weken ÷ 2⌉ over, minstens één), daarna elke volgende fase \
                volledig; een fase zonder lengte duurt voort. De eigen uren van een gezin gelden voor zijn huidige fase; latere \
                fasen nemen die van het zaaktype. Er komen geen nieuwe gezinnen bij, tenzij --arrival wekelijkse aantallen geeft: \
                dan beginnen nieuwe gezinnen aan het begin van hun traject, nog door niemand geholpen.

                Groepen: geregistreerd (geregistreerde medewerkers die casuswerk mogen doen) tegen de geregistreerde taken plus \
                de delegeerbare uren die geen ondersteuner kan nemen (die vallen terug op de regievoerder, H8); één groep per \
                delegeerbare taak tegen de ondersteuners die haar doen. Organisaties: hun medewerkers tegen de uren die hun \
                mensen nu hebben (duo-casuswerk volgens duo_split, een taak zonder ondersteuner bij de regievoerder); wat niemand \
                heeft is (niet toegewezen). Gezinnen tegen plaatsen in de caseloadnorm (een duo neemt er twee) staan ernaast.

                Voorbeelden:
                  caseload capacity
                  caseload capacity --weeks 26 --format csv > outlook.csv
                  caseload capacity --scenario team.yaml --week 2027-W02 --format json
                  caseload capacity --weeks 26 --arrival ots=1.1 --arrival youth-probation=0.75
                """,
            en: """
                Reads the database's team, with the families as the current plan holds them (or plan N with --plan), \
                or a scenario file with --scenario (no database). \
                Hours are per week, rounded to 0.1; a week is short when it needs at least 0.1 h more than is available.

                Available hours: contract × casework share × ramp-up, less known absences; nothing after a \
                worker's `leaves` day; a registration that runs out moves the worker out of the registered pool.

                Needed hours: the open families as they move through their phases (start → middle → end → \
                closed) with the case types' phase lengths and hours. When a family entered its current phase is \
                not recorded, so each is taken to be halfway through it (⌈weeks ÷ 2⌉ left, at least one), then \
                every later phase at full length; a phase without a length lasts. A family's own hours hold for \
                its current phase; later phases take the case type's. No new families arrive, unless --arrival \
                gives weekly rates: then new families start at the beginning of their course, held by nobody yet.

                Pools: registered (registered workers who may do casework) against the registered kinds plus the \
                delegable hours no supporter can take (they fall back to the lead, H8); one pool per delegable \
                kind against the supporters who list it. Organisations: their workers against the hours their \
                people hold now (duo casework by duo_split, a kind without a supporter with the lead); what nobody \
                holds is (unassigned). Families against caseload-norm places (a duo takes two) are shown beside.

                Examples:
                  caseload capacity
                  caseload capacity --weeks 26 --format csv > outlook.csv
                  caseload capacity --scenario team.yaml --week 2027-W02 --format json
                  caseload capacity --weeks 26 --arrival ots=1.1 --arrival youth-probation=0.75
                """)
        public static func weeks(_ max: Int) -> Text {
            Text(nl: "Hoeveel weken vooruit te kijken, 1…\(max).", en: "How many weeks to look ahead, 1…\(max).")
        }
        public static let week = Text(
            nl: "De eerste week, bijv. 2026-W48 (standaard: de week van de database of het scenario).",
            en: "The first week, e.g. 2026-W48 (default: the database's or the scenario's week).")
        public static let format = Text(
            nl: "table, csv, json of xlsx (een werkmap; vraagt --output).", en: "table, csv, json or xlsx (a workbook; needs --output).")
        public static let scenario = Text(
            nl: "Lees dit scenariobestand in plaats van de database.", en: "Read this scenario file instead of the database.")
        public static let plan = Text(
            nl: "Tel de gezinnen zoals plan N ze verdeelt (standaard: het huidige plan).",
            en: "Count the families as plan N holds them (default: the current plan).")
        public static let arrival = Text(
            nl: "Nieuwe gezinnen per week voor een kader, bijv. ots=2.4 (herhaalbaar).",
            en: "New families a week for a framework, e.g. ots=2.4 (repeatable).")
    }

    public enum Simulate {
        public static let abstract = Text(
            nl: "Simuleer de weken vooruit met instroom, fasen, ziekte en verloop, gepland door dezelfde planner.",
            en: "Simulate weeks ahead with arrivals, phases, sickness and turnover, planned by the same planner.")
        public static let discussion = Text(
            nl: """
                Leest een scenario met een sectie `simulation:` (zie docs/formats.md). Elke herhaling speelt het team week voor \
                week: gezinnen komen binnen (Poisson per kader, met pieken), worden voor het eerst geholpen als de planner er \
                mensen voor vindt, gaan door hun fasen en sluiten af; gebeurtenissen voegen uren toe; medewerkers worden ziek, \
                nemen verlof, vertrekken en worden vervangen. Op elk planmoment draait de planner van `caseload plan`, met \
                het vorige plan als warme start. Herhalingen lopen naast elkaar; varianten lopen op dezelfde toevalsgetallen \
                als de basis, en het verslag geeft het gepaarde verschil van elke variant. Hetzelfde scenario en startgetal \
                geven hetzelfde verslag.

                Voorbeelden:
                  caseload simulate Scenarios/foodvalley.yaml --replications 20
                  caseload simulate Scenarios/peak-crisis-surge.yaml --format json --html surge.html
                """,
            en: """
                Reads a scenario with a `simulation:` section (see docs/formats.md). Each replication runs the team week by week: \
                families arrive (Poisson per framework, with surges), are first served when the planner finds them \
                people, go through their phases and close; events add hours; workers fall sick, take leave, leave and \
                are replaced. At every planning point the planner of `caseload plan` runs, warm-started from the last \
                plan. Replications run in parallel; variants run on the same random numbers as the baseline, and the \
                report gives each variant's paired difference. The same scenario and seed print the same report.

                Examples:
                  caseload simulate Scenarios/foodvalley.yaml --replications 20
                  caseload simulate Scenarios/peak-crisis-surge.yaml --format json --html surge.html
                """)
        public static let scenario = Text(
            nl: "Het scenariobestand, met een sectie `simulation:`.", en: "The scenario file, with a `simulation:` section.")
        public static let weeks = Text(
            nl: "Te simuleren weken, inloop inbegrepen (standaard: die van het scenario).",
            en: "Weeks to simulate, warm-up included (default: the scenario's).")
        public static let warmupWeeks = Text(
            nl: "Weken die niet meetellen in de cijfers (standaard: die van het scenario).",
            en: "Weeks left out of the statistics (default: the scenario's).")
        public static let replications = Text(
            nl: "Onafhankelijke herhalingen (standaard: die van het scenario).", en: "Independent replications (default: the scenario's).")
        public static let seed = Text(nl: "Het startgetal (standaard: dat van het scenario).", en: "The seed (default: the scenario's).")
        public static let threads = Text(nl: "Herhalingen die naast elkaar lopen.", en: "Replications run side by side.")
        public static let noVariants = Text(
            nl: "Draai alleen de basis, zonder de varianten van het scenario.",
            en: "Run the baseline only, leaving out the scenario's variants.")
        public static let html = Text(
            nl: "Schrijf ook een op zichzelf staand HTML-verslag met grafieken naar dit bestand.",
            en: "Also write a self-contained HTML report with charts to this file.")
    }

    public enum Serve {
        public static let abstract = Text(
            nl: "Toon de stand van het team: een dashboard, JSON, Prometheus-metrics; volgt nieuwe plannen met akkoord.",
            en: "Serve the team's status: a dashboard, JSON, Prometheus metrics; follows newly approved plans.")
        public static let discussion = Text(
            nl: """
                Leest het huidige plan uit de database en volgt een nieuw bewaard plan binnen een seconde, zonder herstart. \
                Paden: / (dashboard), /api/status (JSON), /metrics (Prometheus), /healthz (geen token nodig). \
                Luistert op 127.0.0.1 tenzij --host iets anders zegt, en weigert elk ander adres zonder token. \
                Het token (uit --token-file, anders $CASELOAD_TOKEN) wordt gevraagd als `Authorization: Bearer TOKEN` \
                of als wachtwoord van HTTP Basic, zodat een browser het dashboard kan openen. Stopt netjes bij Ctrl-C of SIGTERM.

                Voorbeelden:
                  caseload serve
                  openssl rand -hex 24 > token.txt && caseload serve --host 0.0.0.0 --port 8443 --token-file token.txt
                """,
            en: """
                Reads the database's current plan and follows a newly saved one within a second, without a restart. \
                Paths: / (dashboard), /api/status (JSON), /metrics (Prometheus), /healthz (no token needed). \
                Binds 127.0.0.1 unless --host says otherwise, and refuses any other address without a token. \
                The token (from --token-file, else $CASELOAD_TOKEN) is asked as `Authorization: Bearer TOKEN` \
                or as the password of HTTP Basic, so a browser can open the dashboard. Stops cleanly on Ctrl-C or SIGTERM.

                Examples:
                  caseload serve
                  openssl rand -hex 24 > token.txt && caseload serve --host 0.0.0.0 --port 8443 --token-file token.txt
                """)
        public static let host = Text(nl: "Het adres om op te luisteren.", en: "The address to listen on.")
        public static let port = Text(nl: "De poort om op te luisteren.", en: "The port to listen on.")
        public static let tokenFile = Text(
            nl: "Een bestand waarvan de eerste regel het token is (standaard: $CASELOAD_TOKEN).",
            en: "A file whose first line is the token (default: $CASELOAD_TOKEN).")
    }

    public enum Check {
        public static let abstract = Text(
            nl: "Controleer de database: de samenhang, en elk plan (ook concepten) op H1, H3, H4, H5 en H8 (zijn eigen cijfers).",
            en: "Verify the database: its integrity, and each plan (drafts too) against H1, H3, H4, H5 and H8 (its own figures).")
        public static let discussion = Text(
            nl: """
                Het bestand wordt eerst gelezen, zonder erin te schrijven: de integriteitscontrole van SQLite, verwijzende \
                sleutels, en of elke waarde van het type is dat haar kolom bevat; een beschadigd bestand wordt gemeld en \
                niet verder gelezen. Daarna wordt elk bewaard plan gecontroleerd op zijn eigen bewaarde cijfers (geregistreerd \
                werk door geregistreerde medewerkers, uren binnen de beschikbaarheid, normen, duopartners, de uren van elke \
                medewerker de som van de taken) en zijn rijen tegen wat het bij het bewaren telde (een verloren wachtend \
                gezin valt op). Het huidige plan wordt ook getoetst aan de gegevens van vandaag; een verschil daar betekent \
                dat de gegevens sindsdien veranderd zijn (plan opnieuw), niet dat het bestand beschadigd is. \
                Exitcode 0 als alles in orde is, 65 als niet.

                Voorbeeld: caseload check --db team.sqlite
                """,
            en: """
                The file is read first, without writing to it: SQLite's integrity check, foreign keys, and every value \
                of the type its column holds; a damaged file is reported and read no further. Each saved plan is then \
                checked from its own stored figures (registered work by registered workers, hours within availability, \
                norms, partners, every worker's hours the sum of their tasks) and its rows against what it counted when \
                saved (a lost waiting family shows). The current plan is also checked against today's data; a \
                difference there means the data changed since it was saved (re-plan), not that the file is damaged. \
                Exit 0 when sound, 65 when not.

                Example: caseload check --db team.sqlite
                """)
    }

    public enum Backup {
        public static let abstract = Text(
            nl: "Kopieer de database in één consistente stand, ook terwijl plannen bewaard of getoond worden.",
            en: "Copy the database consistently, even while plans are being saved or served.")
        public static let discussion = Text(
            nl: """
                Gebruikt de online back-up van SQLite; de kopie wordt gecontroleerd en verschijnt onder haar naam heel of \
                helemaal niet. Een bestaand bestand wordt nooit overschreven.

                Voorbeeld: caseload backup backups/team-2026-11-23.sqlite
                """,
            en: """
                Uses SQLite's online backup; the copy is checked and appears under its name whole or not at all. \
                An existing file is never overwritten.

                Example: caseload backup backups/team-2026-11-23.sqlite
                """)
        public static let file = Text(nl: "Het nieuwe bestand.", en: "The new file.")
    }

    public enum Template {
        public static let abstract = Text(
            nl: "Een blad met de kolommen van medewerkers, gezinnen, afwezigheid, organisaties of netwerken en één voorbeeldrij.",
            en: "A sheet with the columns of staff, cases, absences, organisations or networks and one example row.")
        public static let discussion = Text(
            nl: """
                De kolommen heten in de taal van de opdracht (standaard Nederlands, --lang en voor de Engelse namen); de
                voorbeeldrij importeert zoals ze is. In een werkmap (--format xlsx --output BESTAND) zegt een tweede blad,
                toelichting, wat elke kolom bevat; bij CSV gaat de toelichting naar stderr, zodat het bestand één tabel blijft.
                Voorbeelden:
                  caseload template staff --format xlsx --output medewerkers.xlsx
                  caseload template cases > gezinnen.csv
                """,
            en: """
                The columns are named in the run's language (Dutch by default, --lang en for the English names); the example
                row imports as it is. In a workbook (--format xlsx --output FILE) a second sheet, toelichting, says what
                each column holds; with CSV the notes go to stderr, so that the file stays one table. Examples:
                  caseload template staff --format xlsx --output medewerkers.xlsx
                  caseload template cases > gezinnen.csv
                """)
        public static let kind = Text(
            nl: "Waar het blad voor is: organisations, networks, staff, cases of absences.",
            en: "What the sheet is for: organisations, networks, staff, cases or absences.")
        public static let format = Text(nl: "csv of xlsx (een werkmap; vraagt --output).", en: "csv or xlsx (a workbook; needs --output).")
    }
}
