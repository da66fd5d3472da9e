import CaseloadCore

extension Texts {
    /// The simulation report of `caseload simulate`, as a table and as an HTML page (the JSON
    /// keeps its English field and metric names).
    public enum Simulation {
        /// The baseline, as the report names it (the JSON's `baseline` arm).
        static let baseline = Text(nl: "basis", en: "baseline")

        /// How the planner ran, in the table.
        static func replan(_ weekly: Bool) -> Text {
            weekly
                ? Text(nl: "wekelijks gepland", en: "weekly planning")
                : Text(nl: "gepland bij elke aanmelding en afsluiting", en: "planning at every arrival and closure")
        }

        /// The table's second line.
        static func settings(from week: String, weeks: Int, warmup: Int, replications: Int, seed: UInt64, replan: Bool) -> Text {
            let how = Self.replan(replan)
            return Text(
                nl:
                    "vanaf \(week), \(weeks) weken (\(warmup) \(warmup == 1 ? "inloopweek" : "inloopweken") niet meegeteld), \(replications) herhalingen, seed \(seed), \(how.nl)",
                en: "from \(week), \(weeks) weeks (\(warmup) warm-up left out), \(replications) replications, seed \(seed), \(how.en)")
        }

        /// The table's third line.
        static func means(plans: Int) -> Text {
            Text(
                nl: "gemiddelde over de herhalingen [95 %-betrouwbaarheidsinterval]; \(plans) plannen gemaakt",
                en: "mean over replications [95 % confidence interval]; \(plans) plans made")
        }

        static let heading = Text(nl: "SIMULATIE", en: "SIMULATION")
        static let baselineHeading = Text(nl: "BASIS", en: "BASELINE")
        static let neverServed = Text(nl: "aangemeld, aan het eind nog niet geholpen", en: "arrived, never served by the end")
        /// A variant's heading.
        static func variant(_ name: String) -> Text {
            Text(
                nl: "VARIANT \(name)  (verschil met de basis, gepaard op dezelfde toevalsgetallen)",
                en: "VARIANT \(name)  (difference from the baseline, paired on common random numbers)")
        }
        static let excludesZero = Text(
            nl: "* het interval van het verschil bevat geen 0", en: "* the interval of the difference excludes 0")
        static let weekByWeek = Text(nl: "PER WEEK (basis)", en: "WEEK BY WEEK (baseline)")
        static let weekNumber = Text(nl: "week", en: "week")
        static let isoWeek = Text(nl: "kalenderweek", en: "iso week")
        static let waitingColumn = Text(nl: "wachtende gezinnen", en: "waiting")
        static let utilisationColumn = Text(nl: "bezetting, geregistreerd", en: "utilisation, registered")

        // The HTML page.
        static func title(_ scenario: String) -> Text { Text(nl: "Simulatie: \(scenario)", en: "Simulation: \(scenario)") }

        /// The page's note on how it ran; `&nbsp;` is HTML, the rest is escaped by the caller.
        static func pageNote(from week: String, weeks: Int, warmup: Int, replications: Int, seed: UInt64, replan: Bool) -> Text {
            Text(
                nl:
                    "Vanaf \(week), \(weeks) weken, waarvan \(warmup) \(warmup == 1 ? "inloopweek telt" : "inloopweken tellen") niet mee; \(replications) herhalingen, seed \(seed), "
                    + (replan ? "elke maandag gepland" : "gepland bij elke aanmelding en afsluiting")
                    + ". Gemiddelden over de herhalingen met 95 %-betrouwbaarheidsintervallen (Student t). "
                    + "Varianten lopen op dezelfde toevalsgetallen als de basis.",
                en:
                    "From \(week), \(weeks) weeks of which \(warmup) warm-up weeks are left out; \(replications) replications, seed \(seed), "
                    + (replan ? "planned every Monday" : "planned at every arrival and closure")
                    + ". Means over replications with 95 % confidence intervals (Student t). "
                    + "Variants run on the same random numbers as the baseline.")
        }
        static let waitingByWeek = Text(nl: "Wachtende gezinnen per week", en: "Families waiting, week by week")
        static let utilisationByPool = Text(nl: "Bezetting per groep (basis)", en: "Utilisation per pool (baseline)")
        static let registered = Text(nl: "geregistreerd", en: "registered")
        static let supporters = Text(nl: "ondersteuners", en: "supporters")
        static let summary = Text(nl: "Samenvatting", en: "Summary")
        static let metric = Text(nl: "kengetal", en: "metric")
        static let deltaNote = Text(
            nl: "Δ: de variant min de basis, gepaard per herhaling; vet waar het interval geen 0 bevat.",
            en: "Δ: the variant minus the baseline, paired per replication; bold where its interval excludes 0.")
        static let variantsHeading = Text(
            nl: "Varianten tegen de basis: wachtende gezinnen", en: "Variants against the baseline: families waiting")
        static let barsNote = Text(
            nl: "Balken: gemiddeld verschil in wachtende gezinnen (variant − basis); lijnen: 95 %-interval.",
            en: "Bars: mean difference in families waiting (variant − baseline); lines: 95 % interval.")
        static let noWeeks = Text(nl: "geen weken gemeten", en: "no weeks measured")
        static let axisWeek = Text(nl: "week", en: "week")

        /// The progress line on a terminal.
        public static func progress(_ done: Int, of total: Int, seconds: Int) -> Text {
            Text(
                nl: "simuleren: \(done)/\(total) herhalingen, \(seconds) s",
                en: "simulating: \(done)/\(total) replications, \(seconds) s")
        }
    }
}
