import CaseloadCore

/// What the CSV reader tells a manager, in Dutch and English: a `Text` per message, so that a
/// message without its translation does not compile. The import's own messages are in
/// `ImportTexts`.
enum CSVTexts {
    static func undefinedByte(hex: String, column: Int) -> Text {
        Text(
            nl: "byte 0x\(hex) in kolom \(column) is geen teken (het bestand is geen UTF-8 en geen Windows-1252); "
                + "sla het op als \"CSV UTF-8\"",
            en: "byte 0x\(hex) in column \(column) is no character (the file is neither UTF-8 nor Windows-1252); "
                + "save it as \"CSV UTF-8\" instead")
    }

    static func badSepLine(_ text: String) -> Text {
        Text(
            nl: "'\(text)' noemt geen scheidingsteken dat gelezen kan worden; schrijf sep=; of sep=, of laat de regel weg",
            en: "'\(text)' names no delimiter that can be read; write sep=; or sep=, or remove the line")
    }

    static let empty = Text(
        nl: "het bestand is leeg; verwacht een kopregel met de namen van de kolommen",
        en: "the file is empty; expected a header row naming the columns")

    static func tooManyFields(_ fields: Int, header: Int) -> Text {
        Text(
            nl: "de rij heeft \(fields) velden maar de kopregel \(header)",
            en: "row has \(fields) fields but the header has \(header)")
    }

    static func unnamedColumn(_ index: Int) -> Text {
        Text(nl: "kolom \(index) van de kopregel heeft geen naam", en: "column \(index) of the header has no name")
    }

    static func duplicateColumn(_ name: String, _ first: Int, _ second: Int) -> Text {
        Text(
            nl: "kolom '\(name)' staat er twee keer in (kolom \(first) en \(second))",
            en: "column '\(name)' appears twice (columns \(first) and \(second))")
    }

    static func notNumber(_ text: String) -> Text {
        Text(nl: "'\(text)' is geen getal", en: "'\(text)' is not a number")
    }

    static func notNumberCommaFile(_ text: String) -> Text {
        Text(
            nl: "'\(text)' is geen getal (schrijf in een bestand met komma's als scheidingsteken decimalen met een punt)",
            en: "'\(text)' is not a number (in a comma-separated file write decimals with a point)")
    }

    static func tooLarge(_ text: String) -> Text {
        Text(nl: "'\(text)' is te groot", en: "'\(text)' is too large")
    }

    static func notWholeNumber(_ text: String) -> Text {
        Text(nl: "'\(text)' is geen geheel getal", en: "'\(text)' is not a whole number")
    }

    static func notYesNo(_ text: String) -> Text {
        Text(
            nl: "'\(text)' is geen ja/nee-waarde (schrijf ja/nee, waar/onwaar, true/false of 1/0)",
            en: "'\(text)' is not a yes/no value (use true/false, yes/no, ja/nee or 1/0)")
    }

    static func notDate(_ text: String) -> Text {
        Text(
            nl: "'\(text)' is geen datum (schrijf 23-11-2026 of 2026-11-23)",
            en: "'\(text)' is not a date (write 2026-11-23 or 23-11-2026)")
    }

    static func yearOutOfRange(_ text: String, _ year: Int) -> Text {
        Text(
            nl: "'\(text)' is geen datum: jaar \(year) valt buiten het bereik",
            en: "'\(text)' is not a date: year \(year) is out of range")
    }

    static func noMonth(_ text: String, _ month: Int) -> Text {
        Text(
            nl: "'\(text)' is geen datum: er is geen maand \(month)",
            en: "'\(text)' is not a date: there is no month \(month)")
    }

    static func monthLength(_ text: String, month: Int, year: Int, days: Int) -> Text {
        Text(
            nl: "'\(text)' is geen datum: \(dutchMonths[month - 1]) \(year) heeft \(days) dagen",
            en: "'\(text)' is not a date: \(englishMonths[month - 1]) \(year) has \(days) days")
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    private static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    ]
}
