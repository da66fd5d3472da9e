extension Texts {
    /// The plan's workbook (`--format xlsx`) and the import templates: sheet names and column
    /// headers a manager reads in Excel.
    public enum Workbook {
        /// The sheet of every worker's families.
        public static let perWorker = Text(nl: "per medewerker", en: "per worker")
        /// The waiting list's sheet.
        public static let waitingList = Text(nl: "wachtlijst", en: "waiting list")
        /// The handovers' sheet.
        public static let handovers = Text(nl: "overdrachten", en: "handovers")
        /// The proposals' sheet.
        public static let proposals = Text(nl: "voorstellen", en: "proposals")
        /// The stand-ins' sheet (and hours no one covers).
        public static let standIns = Text(nl: "waarneming", en: "stand-ins")
        /// A template's sheet of notes on its columns.
        public static let notes = Text(nl: "toelichting", en: "notes")

        /// Column headers.
        public enum Column {
            /// A worker.
            public static let worker = Text(nl: "medewerker", en: "worker")
            /// Their organisation.
            public static let organisation = Text(nl: "organisatie", en: "organisation")
            /// A family's code.
            public static let family = Text(nl: "gezin", en: "family")
            /// Its framework.
            public static let framework = Text(nl: "kader", en: "framework")
            /// Its phase.
            public static let phase = Text(nl: "fase", en: "phase")
            /// The worker's role on it.
            public static let role = Text(nl: "rol", en: "role")
            /// A supporter's task kinds.
            public static let kinds = Text(nl: "taken", en: "tasks")
            /// Hours a week.
            public static let hours = Text(nl: "uren", en: "hours")
            /// The change against the current plan.
            public static let change = Text(nl: "wijziging", en: "change")
            /// Position on the waiting list.
            public static let rank = Text(nl: "plek", en: "rank")
            /// Priority.
            public static let priority = Text(nl: "prioriteit", en: "priority")
            /// Weeks waited.
            public static let weeksWaiting = Text(nl: "weken wachtend", en: "weeks waiting")
            /// Why.
            public static let reason = Text(nl: "reden", en: "reason")
            /// The numbers behind a waiting family's reason.
            public static let detail = Text(nl: "toelichting", en: "detail")
            /// Who from.
            public static let from = Text(nl: "van", en: "from")
            /// Who to.
            public static let to = Text(nl: "naar", en: "to")
            /// A proposal's number.
            public static let proposal = Text(nl: "voorstel", en: "proposal")
            /// The waiting families a proposal serves.
            public static let serves = Text(nl: "helpt", en: "serves")
            /// A proposal's change of the score.
            public static let scoreChange = Text(nl: "scorewijziging", en: "score change")
            /// The absent colleague.
            public static let absent = Text(nl: "afwezig", en: "absent")
            /// The colleague standing in.
            public static let standIn = Text(nl: "waarnemer", en: "stand-in")
            /// Hours stood in for.
            public static let hoursCovered = Text(nl: "uren waargenomen", en: "hours covered")
            /// Hours no one covers.
            public static let hoursUncovered = Text(nl: "uren niet gedekt", en: "hours uncovered")
            /// A template's column, on its notes sheet.
            public static let column = Text(nl: "kolom", en: "column")
            /// What a template's column holds.
            public static let note = Text(nl: "toelichting", en: "note")
            /// Whether a template's column must be filled.
            public static let required = Text(nl: "verplicht", en: "required")
        }
    }
}
