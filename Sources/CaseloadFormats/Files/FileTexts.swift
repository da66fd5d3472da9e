import CaseloadCore

/// What the file readers say about a file as a whole and where in it a problem is, in Dutch and
/// English; the import's own messages are in `ImportTexts`, the CSV reader's in `CSVTexts`.
/// Public for the few the command line says of the files it opens itself.
public enum FileTexts {
    static func field(_ name: String) -> Text { Text(nl: "veld '\(name)'", en: "field '\(name)'") }
    static func row(_ line: Int) -> Text { Text(nl: ", rij \(line)", en: ", row \(line)") }
    static func cannotOpen(_ path: String, _ reason: Text) -> Text {
        Text(nl: "kan \(path) niet openen: \(reason.nl)", en: "cannot open \(path): \(reason.en)")
    }
    /// A path with nothing there.
    public static let noSuchFile = Text(nl: "bestand bestaat niet", en: "no such file")
    /// A file that is there but cannot be read.
    public static let notReadable = Text(nl: "niet leesbaar", en: "not readable")
    static func tooLarge(_ bytes: Int, max: Int, what: Text) -> Text {
        Text(
            nl: "het bestand is \(bytes) bytes; \(what.nl) mogen hoogstens \(max) bytes zijn",
            en: "the file is \(bytes) bytes; \(what.en) are limited to \(max) bytes")
    }
    static let scenarios = Text(nl: "scenario's", en: "scenarios")
    static let notUTF8 = Text(
        nl: "het bestand is geen UTF-8-tekst; sla het op als UTF-8", en: "the file is not UTF-8 text; save it as UTF-8")
    static let emptyScenario = Text(
        nl: "het bestand is leeg; een scenario heeft minstens `week:` nodig", en: "the file is empty; a scenario needs at least `week:`")
    static func notYAML(_ problem: String) -> Text { Text(nl: "geen geldige YAML: \(problem)", en: "not valid YAML: \(problem)") }
    static let missingSimulation = Text(
        nl: "ontbreekt: een simulatie heeft een sectie `simulation:` nodig (zie docs/formats.md)",
        en: "missing: a simulation needs a `simulation:` section (see docs/formats.md)")
    static let caseLabel = Text(nl: "gezin", en: "case")
    static let workerLabel = Text(nl: "medewerker", en: "worker")
    static let itemLabel = Text(nl: "item", en: "item")
    /// A key the file may not hold here; `what` names the item (`nil`: the section's own keys).
    static func unknownField(_ what: Text?, known: String, absenceReasons: Bool = false) -> Text {
        Text(
            nl: "onbekend veld" + (what.map { " voor \($0.nl)" } ?? "") + " (bekend: \(known))"
                + (absenceReasons ? "; de reden van afwezigheid wordt nooit bewaard" : ""),
            en: "unknown " + (what.map { "\($0.en) " } ?? "") + "field (known: \(known))"
                + (absenceReasons ? "; absence reasons are never stored" : ""))
    }
    static func unknownSection(_ known: String) -> Text {
        Text(nl: "onbekende sectie (bekend: \(known))", en: "unknown section (known: \(known))")
    }
    static func unknownName(_ what: Text, known: String) -> Text {
        Text(nl: "\(what.nl) onbekend (bekend: \(known))", en: "unknown \(what.en) (known: \(known))")
    }
}
