import CaseloadCore

extension Texts {
    /// The `--help` of every command: what it does, a longer account with examples, and what
    /// each option and argument means. Option names and the examples' commands stay English —
    /// they are what is typed; only the explanations are translated.
    public enum Help {
        /// `caseload` itself.
        public enum Root {
            public static let abstract = Text(
                nl: "Plan wie deze week welk gezin helpt: geregistreerde regievoerders, duopartners en ondersteuners.",
                en: "Plan who works on which family this week: registered leads, duo partners and supporters.")
            public static let discussion = Text(
                nl: """
                    Begin met `caseload demo`. De week van een manager: `caseload load team.yaml` (of `caseload import staff staff.csv`),
                    `caseload plan`, `caseload explain fam-0107`, `caseload plan --save`.
                    Elke opdracht spreekt Nederlands; `--lang en` (of CASELOAD_LANG=en) geeft Engels.
                    Exitcodes: 0 klaar, 64 verkeerd gebruik, 65 foute invoergegevens, 66 een bestand dat niet te openen is, 1 iets anders.
                    """,
                en: """
                    Start with `caseload demo`. A manager's week: `caseload load team.yaml` (or `caseload import staff staff.csv`),
                    `caseload plan`, `caseload explain fam-0107`, `caseload plan --save`.
                    Every command speaks Dutch by default; `--lang en` (or CASELOAD_LANG=en) gives English.
                    Exit codes: 0 done, 64 usage, 65 bad input data, 66 a file that cannot be opened, 1 anything else.
                    """)
        }

        /// Options many commands share.
        public enum Shared {
            public static let db = Text(
                nl: "Het databasebestand (standaard: $CASELOAD_DB, anders ./caseload.sqlite).",
                en: "The database file (default: $CASELOAD_DB, else ./caseload.sqlite).")
            public static let week = Text(
                nl: "De ISO-week om te plannen, bijv. 2026-W48 (standaard: de week van het scenario).",
                en: "The ISO week to plan, e.g. 2026-W48 (default: the scenario's week).")
            public static let seed = Text(
                nl: "Startgetal voor de planner; dezelfde invoer en hetzelfde getal geven hetzelfde plan.",
                en: "Seed for the planner; the same input and seed give the same plan.")
            public static let weight = Text(
                nl: "Verander een zacht gewicht, bijv. --weight handover=80 (waiting, handover, undelegated, balance).",
                en: "Override a soft weight, e.g. --weight handover=80 (waiting, handover, undelegated, balance).")
            public static let timeLimit = Text(
                nl: "Stop na zoveel seconden met verbeteren (standaard 30, demo 5); het plan is geldig wanneer het ook stopt.",
                en: "Stop improving the plan after this many seconds (default 30, demo 5); the plan is valid whenever it stops.")
            public static let unimprovedMoves = Text(
                nl: "Stop na zoveel zetten op rij zonder beter plan (standaard 100 per gezin; 0: nooit).",
                en: "Stop after this many moves in a row without a better plan (default 100 per family; 0: never).")
            public static let unimprovedTime = Text(
                nl: "Stop als het plan zoveel seconden niet beter is geworden (standaard: geen zo'n grens).",
                en: "Stop when the plan has not improved for this many seconds (default: no such limit).")
            public static let threads = Text(
                nl: "Onafhankelijke zoektochten naast elkaar (standaard 2, één per kern); de uitkomst hangt af van startgetal en aantal.",
                en: "Independent searches run side by side (default 2, one per core); the result depends on seed and threads.")
            public static let maxMoves = Text(
                nl: "Stop na zoveel zoekzetten (standaard: als 100 zetten per gezin op rij niets beters vonden).",
                en: "Stop after this many search moves (default: when 100 moves per family in a row found nothing better).")
            public static let noSearch = Text(
                nl: "Sla het zoeken over: alleen het eerste, gretige plan van de planner.",
                en: "Skip the search: the construction planner's greedy plan alone.")
            public static let allowHandovers = Text(
                nl: "Laat het plan tot N vrijwillige wissels van regievoerder of duopartner maken (de beste voorstellen, vermeld als "
                    + "overdrachten 'toegestaan'); standaard: de instelling max_voluntary_handovers, 0 tenzij gezet.",
                en: "Let the plan make up to N voluntary changes of lead or partner (the best proposals, listed as "
                    + "handovers 'allowed'); default: the setting max_voluntary_handovers, 0 unless set.")
            public static let output = Text(
                nl: "Schrijf naar dit bestand in plaats van af te drukken (nodig bij --format xlsx).",
                en: "Write to this file instead of printing (needed with --format xlsx).")
            public static let csvDialect = Text(
                nl:
                    "CSV zoals Nederlandse Excel het leest (dutch: ';', decimale komma, BOM, CRLF) of zoals scripts het lezen (plain: ',', '.', LF).",
                en: "CSV as Dutch Excel reads it (dutch: ';', decimal comma, BOM, CRLF) or as scripts read it (plain: ',', '.', LF).")
            public static let planFormat = Text(
                nl: "table, json, csv of xlsx (een werkmap; vraagt --output).", en: "table, json, csv or xlsx (a workbook; needs --output)."
            )
            public static let reportFormat = Text(nl: "table of json.", en: "table or json.")
            public static let worker = Text(nl: "Toon alleen de gezinnen van één medewerker.", en: "Show one worker's families only.")
            public static let planNumber = Text(
                nl: "Het nummer van het plan (zie `caseload plans`).", en: "The plan number (see `caseload plans`).")
            public static let caseCode = Text(nl: "De code van het gezin.", en: "The family's code.")
        }

        public enum Demo {
            public static let abstract = Text(
                nl: "Plan de meegeleverde voorbeeldregio FoodValley en toon het plan: het eerste om te draaien.",
                en: "Plan the bundled FoodValley example region and print the plan: the first thing to run.")
            public static let discussion = Text(
                nl: """
                    Laadt Scenarios/foodvalley.yaml in een wegwerp-SQLite-database, plant de week, geeft akkoord op het plan en
                    toont het verslag. De database blijft in de tijdelijke map tot de volgende demo, zodat de opdrachten die
                    het verslag noemt antwoorden over precies dit plan. Voorbeeld: swift run caseload demo
                    """,
                en: """
                    Loads Scenarios/foodvalley.yaml into a throw-away SQLite database, plans the week, approves the plan and
                    prints the report. The database stays in the temporary directory until the next demo, so that the commands
                    the report suggests answer about the very plan shown. Example: swift run caseload demo
                    """)
            public static let scenario = Text(
                nl: "Het scenario om te tonen (standaard: het meegeleverde Scenarios/foodvalley.yaml).",
                en: "The scenario to demonstrate (default: the bundled Scenarios/foodvalley.yaml).")
        }

        public enum Init {
            public static let abstract = Text(nl: "Maak de planningsdatabase aan.", en: "Create the planning database.")
            public static let discussion = Text(
                nl: "Voorbeeld: caseload init --db team.sqlite", en: "Example: caseload init --db team.sqlite")
        }

        public enum Load {
            public static let abstract = Text(
                nl: "Laad de organisaties, medewerkers, gezinnen en instellingen van een scenario (één transactie).",
                en: "Load a scenario's organisations, staff, cases and settings (one transaction).")
            public static let discussion = Text(
                nl: "Bestaande codes worden bijgewerkt. Voorbeeld: caseload load Scenarios/foodvalley.yaml",
                en: "Existing ids are updated. Example: caseload load Scenarios/foodvalley.yaml")
            public static let scenario = Text(nl: "Het scenariobestand (YAML of JSON).", en: "The scenario file (YAML or JSON).")
        }

        public enum Import {
            public static let abstract = Text(
                nl:
                    "Importeer organisaties, netwerken, medewerkers, gezinnen of afwezigheid uit een CSV-export of een Excel-werkmap (één transactie).",
                en: "Import organisations, networks, staff, cases or absences from a CSV export or an Excel workbook (one transaction).")
            public static let discussion = Text(
                nl: """
                    Leest `,` of `;` (herkend, of genoemd in een eerste regel `sep=;`), UTF-8 met of zonder BOM, Windows-1252
                    (de standaard-CSV van Nederlandse Excel), CRLF, velden tussen aanhalingstekens en decimale komma's; Nederlandse
                    kolomnamen en waarden (gemeente, kader, fase, voogdij, midden, ja/nee) naast de Engelse.
                    Nieuwe codes worden toegevoegd; bij bestaande veranderen alleen de gegeven cellen (een lege cel of ontbrekende
                    kolom houdt de bewaarde waarde, `-` wist haar). Toont per veld wat er veranderde; bij elk probleem wordt niets
                    geschreven (exitcode 65). --dry-run toont hetzelfde en schrijft niets.
                    Voorbeeld: caseload import staff personeel.csv --dry-run
                    """,
                en: """
                    Accepts `,` or `;` (detected, or named by a `sep=;` first line), UTF-8 with or without BOM, Windows-1252
                    (Dutch Excel's default CSV), CRLF, quoted fields and decimal commas; Dutch column names and values
                    (gemeente, kader, fase, voogdij, midden, ja/nee) beside the English ones.
                    New ids are added; for existing ones only the cells given change (an empty cell or absent column keeps
                    the stored value, `-` clears it). Prints what changed, field by field; on any problem nothing is
                    written (exit 65). --dry-run prints the same and writes nothing.
                    Example: caseload import staff personeel.csv --dry-run
                    """)
            public static let kind = Text(
                nl: "Wat het bestand bevat: organisations, networks, staff, cases of absences.",
                en: "What the file holds: organisations, networks, staff, cases or absences.")
            public static let file = Text(nl: "Het CSV-bestand of de werkmap (.xlsx).", en: "The CSV file or workbook (.xlsx).")
            public static let dryRun = Text(
                nl: "Toon per veld wat de import zou toevoegen en veranderen, en schrijf niets.",
                en: "Print what the import would add and change, field by field, and write nothing.")
        }

        public enum Plan {
            public static let abstract = Text(
                nl: "Plan de week: regievoerders, duopartners, ondersteuners, en de wachtlijst met redenen.",
                en: "Plan the week: leads, duo partners, supporters, and the waiting list with reasons.")
            public static let discussion = Text(
                nl: """
                    Plant het team en de gezinnen uit de database, of een scenariobestand met --scenario (geen database). Op een \
                    database wordt elk plan bewaard als genummerd concept, precies zoals getoond; `caseload approve N` maakt het \
                    het huidige plan en zijn mensen de vaste mensen van de gezinnen, en --save doet beide tegelijk. Het huidige \
                    plan is de warme start: het zoeken begint bij zijn mensen waar die nog de vaste mensen van de gezinnen \
                    zijn (--cold plant alleen uit de gegevens). Voorbeelden:
                      caseload plan
                      caseload approve
                      caseload plan --scenario Scenarios/foodvalley.yaml --format json
                      caseload plan --week 2026-W49 --weight handover=80 --save
                    """,
                en: """
                    Plans the database's team and families, or a scenario file with --scenario (no database). On a \
                    database every plan is kept as a numbered draft, exactly as shown; `caseload approve N` makes it the \
                    current plan and its people the families' people of record, and --save does both at once. The \
                    current plan is the warm start: the search starts from its people where they are still the \
                    families' people of record (--cold plans from the data alone). Examples:
                      caseload plan
                      caseload approve
                      caseload plan --scenario Scenarios/foodvalley.yaml --format json
                      caseload plan --week 2026-W49 --weight handover=80 --save
                    """)
            public static let scenario = Text(
                nl: "Plan dit scenariobestand in plaats van de database.", en: "Plan this scenario file instead of the database.")
            public static let save = Text(
                nl: "Geef meteen akkoord: het plan wordt het huidige plan (plan + approve).",
                en: "Approve the plan at once: it becomes the current plan (plan + approve).")
            public static let cold = Text(nl: "Negeer het huidige plan: geen warme start.", en: "Ignore the current plan: no warm start.")
        }

        public enum Show {
            public static let abstract = Text(
                nl: "Toon het huidige plan, of plan N (een concept of een eerder plan), precies zoals het gemaakt is.",
                en: "Show the current plan, or plan N (a draft or an earlier plan), exactly as it was made.")
            public static let discussion = Text(
                nl: "Voorbeelden: caseload show; caseload show --plan 3 --format json; caseload show --worker jbg-05",
                en: "Examples: caseload show; caseload show --plan 3 --format json; caseload show --worker jbg-05")
        }

        public enum Plans {
            public static let abstract = Text(
                nl: "Som de concepten en plannen met akkoord op, nieuwste eerst; * wijst het huidige aan.",
                en: "List the drafts and approved plans, newest first; * marks the current one.")
            public static let discussion = Text(nl: "Voorbeeld: caseload plans", en: "Example: caseload plans")
        }

        public enum Approve {
            public static let abstract = Text(
                nl: "Maak conceptplan N (standaard: het nieuwste concept) het huidige plan, precies zoals het getoond is.",
                en: "Make draft plan N (default: the newest draft) the current plan, exactly as it was shown.")
            public static let discussion = Text(
                nl: """
                    Geen nieuwe planning: het plan dat de manager las wordt het huidige plan, en zijn mensen de vaste mensen \
                    van de gezinnen (een vastgezet gezin blijft vastgezet). Het plan wordt eerst getoetst aan elke harde regel \
                    op de gegevens van het team zoals ze nu zijn; een plan dat door een latere import of vastzetting niet meer \
                    mag, wordt geweigerd (exitcode 65) met de regels die het breekt. Akkoord op een ouder plan maakt dat weer \
                    het huidige, met zijn mensen.
                    Voorbeelden:
                      caseload plan
                      caseload approve
                      caseload approve 3
                    """,
                en: """
                    No planning again: the plan the manager read becomes the current plan, and its people the families' \
                    people of record (a pin stays as pinned). The plan is first checked against every hard rule on the \
                    team's data as it is now; a plan that a later import or pin makes unlawful is refused (exit 65) with \
                    the rules it breaks. Approving an older plan makes it current again, its people with it.
                    Examples:
                      caseload plan
                      caseload approve
                      caseload approve 3
                    """)
            public static let plan = Text(
                nl: "Het nummer van het plan (zie `caseload plans`); standaard: het nieuwste concept.",
                en: "The plan number (see `caseload plans`); default: the newest draft.")
        }

        public enum Pin {
            public static let abstract = Text(
                nl: "Zet een gezin vast op een regievoerder (en duopartner): elk volgend plan houdt dat vast tot het losgemaakt wordt.",
                en: "Pin a family to a lead (and partner): every later plan keeps it until unpinned.")
            public static let discussion = Text(
                nl: """
                    Zonder --lead wordt het gezin vastgezet op zijn vaste regievoerder; een duogezin houdt zijn vaste duopartner \
                    waar die naast de regievoerder mag blijven, anders kiest het plan er een (--partner legt die vast). Een \
                    vastzetting die een harde regel van de mensen zelf breekt (SKJ-registratie, taken, vaardigheden, gemeente, \
                    mandaat, netwerk, of de caseloadnorm naast de andere vastzettingen) wordt geweigerd, met de regel en wat \
                    het wel mogelijk maakt. Het huidige plan verandert niet: de volgende `caseload plan` houdt de vastzetting \
                    aan, en vastzetten op iemand anders is een overdracht `pinned`.
                    Voorbeelden:
                      caseload pin fv-0031 --lead jbg-02
                      caseload pin fv-0044 --lead jbg-05 --partner wss-02
                      caseload unpin fv-0031
                    """,
                en: """
                    Without --lead the family is pinned to its lead of record; a duo keeps its partner of record where \
                    they may stay beside the lead, else the plan chooses one (--partner fixes it). A pin that breaks a hard \
                    rule of the people themselves (registration, tasks, skills, municipality, mandate, network, or the norm \
                    beside the other pins) is refused with the rule and what would make it possible. The current plan is \
                    unchanged: the next `caseload plan` keeps the pin, and a pin to someone new is a handover `pinned`.
                    Examples:
                      caseload pin fv-0031 --lead jbg-02
                      caseload pin fv-0044 --lead jbg-05 --partner wss-02
                      caseload unpin fv-0031
                    """)
            public static let lead = Text(
                nl: "De regievoerder (standaard: de vaste regievoerder).", en: "The lead (default: the lead of record).")
            public static let partner = Text(
                nl: "De duopartner (standaard: de vaste duopartner, waar die mag blijven).",
                en: "The duo partner (default: the partner of record, where they may stay).")
        }

        public enum Unpin {
            public static let abstract = Text(
                nl: "Maak een vastgezet gezin los: het houdt zijn vaste mensen, zoals elk gezin.",
                en: "Release a family's pin: it keeps its people of record, as every family does.")
            public static let discussion = Text(nl: "Voorbeeld: caseload unpin fv-0031", en: "Example: caseload unpin fv-0031")
        }
    }
}
