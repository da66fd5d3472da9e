import CaseloadCore

extension Texts {
    /// What the command line says when it refuses: its option checks and its own errors. The
    /// errors of data (a file's line and field, a refused pin) are written by the error types
    /// themselves (`LocalizedProblem`); option names stay English, they are what is typed.
    public enum Errors {
        /// Said before the language is known, so in both.
        public static let badLanguage = "caseload: --lang / CASELOAD_LANG: schrijf nl of en (write nl or en)"

        public static let emptyDatabase = Text(
            nl: "de database bevat nog geen medewerkers of gezinnen; draai eerst `caseload load` of `caseload import`",
            en: "the database holds no staff or cases yet; run `caseload load` or `caseload import` first")
        public static let noDatabase = Text(
            nl: "hier is geen database; draai eerst `caseload init` of `caseload load SCENARIO.yaml`, of geef --db",
            en: "no database here; run `caseload init` or `caseload load SCENARIO.yaml` first, or pass --db")
        public static func notWritten(_ reason: String) -> Text {
            Text(
                nl: "kan niet worden geschreven (\(reason)); controleer de map",
                en: "cannot be written (\(reason)); check the folder")
        }
        public static func notISOWeek(_ week: String) -> Text {
            Text(
                nl: "--week '\(week)' is geen ISO-week; schrijf bijv. 2026-W48",
                en: "--week '\(week)' is not an ISO week; write e.g. 2026-W48")
        }
        public static let timeLimit = Text(
            nl: "--time-limit moet een aantal seconden ≥ 0 zijn", en: "--time-limit must be a number of seconds ≥ 0")
        public static func between(_ option: String, _ low: Int, _ high: Int) -> Text {
            Text(nl: "\(option) moet tussen \(low) en \(high) liggen", en: "\(option) must be between \(low) and \(high)")
        }
        public static func atLeast(_ option: String, _ low: Int) -> Text {
            Text(nl: "\(option) moet minstens \(low) zijn", en: "\(option) must be at least \(low)")
        }
        public static let unimprovedTime = Text(
            nl: "--unimproved-time moet een aantal seconden > 0 zijn", en: "--unimproved-time must be a number of seconds > 0")
        public static func weight(_ item: String, names: String) -> Text {
            Text(
                nl: "--weight '\(item)': schrijf NAAM=WAARDE met NAAM een van \(names) en WAARDE ≥ 0",
                en: "--weight '\(item)': write NAME=VALUE with NAME one of \(names) and VALUE ≥ 0")
        }
        public static let xlsxNeedsOutput = Text(
            nl: "--format xlsx schrijft een werkmap: geef het bestand met --output BESTAND.xlsx",
            en: "--format xlsx writes a workbook: give the file with --output FILE.xlsx")
        public static let saveNeedsDatabase = Text(
            nl: "--save bewaart in de database; laad het scenario eerst (caseload load BESTAND)",
            en: "--save stores into the database; load the scenario first (caseload load FILE)")
        public static func noSuchWorker(_ id: String, team: String?) -> Text {
            Text(
                nl: "--worker '\(id)' is geen medewerker van \(team ?? "dit team")",
                en: "--worker '\(id)' is no worker of \(team ?? "this team")")
        }
        public static func noPlan(_ id: Int64) -> Text {
            Text(nl: "er is geen plan \(id); zie `caseload plans`", en: "there is no plan \(id); see `caseload plans`")
        }
        public static let noPlanApproved = Text(
            nl: "er is nog geen plan akkoord; draai `caseload plan` en dan `caseload approve`",
            en: "no plan approved yet; run `caseload plan`, then `caseload approve`")
        public static func arrival(_ text: String, frameworks: String) -> Text {
            Text(
                nl: "--arrival '\(text)': schrijf KADER=AANTAL, bijv. ots=2.4 (kaders: \(frameworks))",
                en: "--arrival '\(text)': write FRAMEWORK=RATE, e.g. ots=2.4 (frameworks: \(frameworks))")
        }
        public static let bundledScenarioMissing = Text(
            nl: "het meegeleverde voorbeeld is niet gevonden; draai vanuit de repository of geef --scenario",
            en: "the bundled example was not found; run from the repository or pass --scenario")
        public static let savedPlanUnreadable = Text(
            nl: "het bewaarde plan kon niet worden teruggelezen", en: "the saved plan could not be read back")
        public static func emptyToken(_ file: String) -> Text {
            Text(nl: "\(file): het tokenbestand is leeg", en: "\(file): the token file is empty")
        }
        public static func serverStopped(_ message: String) -> Text {
            Text(nl: "de server is gestopt: \(message)", en: "the server stopped: \(message)")
        }
        public static func damaged(_ path: String, sqlite: String) -> Text {
            Text(
                nl: "\(path) is beschadigd: SQLite kan het niet lezen (\(sqlite)).",
                en: "\(path) is damaged: SQLite cannot read it (\(sqlite)).")
        }
        public static func damagedFile(_ path: String) -> Text { Text(nl: "\(path) is beschadigd.", en: "\(path) is damaged.") }
        public static let notSound = Text(
            nl: "de database is niet in orde; zet een back-up terug (caseload backup maakt er een)",
            en: "the database is not sound; restore it from a backup (caseload backup makes one)")
        public static func backupExists(_ file: String) -> Text {
            Text(
                nl: "\(file) bestaat al; kies een andere naam (een back-up overschrijft nooit)",
                en: "\(file) exists; choose another name (a backup never overwrites)")
        }
        /// `recommend ID` of a code that is no family.
        public static func notACase(_ id: String, in source: Text) -> Text {
            Text(
                nl: "'\(id)' is geen gezin in \(source.nl); voeg het toe met `caseload import cases BESTAND.csv` of controleer de code",
                en: "'\(id)' is not a case in \(source.en); add it with `caseload import cases FILE.csv` or check the code")
        }
        /// `explain ID` of a code that is neither; `source` is which plan was read.
        public static func neitherCaseNorWorker(_ id: String, in source: Text) -> Text {
            Text(
                nl: "'\(id)' is geen gezin en geen medewerker in \(source.nl)",
                en: "'\(id)' is neither a case nor a worker in \(source.en)")
        }
        public static func couldNotWrite(_ file: String, _ reason: String) -> Text {
            Text(nl: "kon \(file) niet schrijven: \(reason)", en: "could not write \(file): \(reason)")
        }
        /// The labels ArgumentParser puts before the lines of a usage error, each with what it
        /// reads in the run's language; the library's own sentences between them stay English.
        public static let usageLabels = [
            Text(nl: "Fout: ", en: "Error: "), Text(nl: "Uitleg: ", en: "Help: "), Text(nl: "Gebruik: ", en: "Usage: "),
            Text(nl: "  Zie '", en: "  See '"),
        ]
        /// The end of ArgumentParser's pointer to the help (`See 'caseload plan --help' for more information.`).
        public static let seeHelpEnd = Text(nl: "' voor de uitleg.", en: "' for more information.")
    }
}
