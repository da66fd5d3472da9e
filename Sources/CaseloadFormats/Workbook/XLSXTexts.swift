import CaseloadCore

/// What the workbook reader and writer tell a manager about an `.xlsx` file, in Dutch and
/// English. The file, sheet and cell stay as the workbook names them (`medewerkers!C7`); Excel's
/// own words (`TRUE`, `FALSE`) stay as Excel shows them.
enum XLSXTexts {
    static let isDirectory = Text(nl: "is een map, geen bestand", en: "is a directory, not a file")
    static let noSuchFile = Text(nl: "bestaat niet", en: "no such file")
    static let permissionDenied = Text(nl: "kan niet gelezen worden: geen toestemming", en: "cannot be read: permission denied")
    static let notWorkbook = Text(
        nl: "is geen Excel-werkmap (.xlsx); sla het in Excel op als \"Excel-werkmap (*.xlsx)\", of exporteer het als CSV",
        en: "is no Excel workbook (.xlsx); save it in Excel as \"Excel-werkmap (*.xlsx)\", or export it as CSV")
    static func partTooLarge(_ part: String, max: Int) -> Text {
        Text(
            nl: "het onderdeel \(part) is groter dan \(max) bytes; is dit het goede bestand?",
            en: "its part \(part) is larger than \(max) bytes; is this the right file?")
    }
    static let noSheets = Text(nl: "de werkmap heeft geen werkbladen", en: "the workbook has no sheets")
    static func sheetPartMissing(_ part: String) -> Text {
        Text(
            nl: "het onderdeel \(part) van het werkblad ontbreekt; het bestand is beschadigd",
            en: "the sheet's part \(part) is missing; the file is damaged")
    }
    static func sheetDamaged(line: Int) -> Text {
        Text(
            nl: "het werkblad is beschadigd (de XML stopt op regel \(line)); open het in een spreadsheet en sla het opnieuw op",
            en: "the sheet is damaged (its XML stops at line \(line)); open and save it again in a spreadsheet")
    }
    static func partDamaged(_ part: String, line: Int, reason: String) -> Text {
        Text(
            nl: "het onderdeel \(part) is beschadigd (regel \(line): \(reason)); open en sla het opnieuw op",
            en: "its part \(part) is damaged (line \(line): \(reason)); open and save it again")
    }

    // Cells.
    static func noRow(_ r: String) -> Text {
        Text(nl: "het rijnummer '\(r)' is geen rij van een werkblad", en: "the row number '\(r)' is no row of a sheet")
    }
    static func noCellReference(_ r: String) -> Text {
        Text(nl: "'\(r)' is geen celverwijzing", en: "'\(r)' is no cell reference")
    }
    static func missingSharedText(_ v: String) -> Text {
        Text(
            nl: "de cel verwijst naar gedeelde tekst \(v) die de werkmap niet heeft; het bestand is beschadigd",
            en: "the cell points at shared text \(v) that the workbook does not hold; the file is damaged")
    }
    static func noBoolean(_ v: String) -> Text {
        Text(nl: "'\(v)' is geen waar/onwaar (TRUE of FALSE)", en: "'\(v)' is no boolean (TRUE or FALSE)")
    }
    static func cellError(_ v: String) -> Text {
        Text(
            nl: "de cel bevat de fout \(v); verbeter de formule of typ de waarde",
            en: "the cell holds the error \(v); correct the formula or type the value")
    }
    static func noDate(_ v: String) -> Text { Text(nl: "'\(v)' is geen datum", en: "'\(v)' is no date") }
    static func noNumber(_ v: String) -> Text { Text(nl: "'\(v)' is geen getal", en: "'\(v)' is no number") }
    static func dateOutOfRange(_ v: String) -> Text {
        Text(
            nl: "\(v) is opgemaakt als datum maar is geen datum (Excel-datums lopen van 1900 tot 9999)",
            en: "\(v) is formatted as a date but is no date (Excel's dates run from 1900 to 9999)")
    }
    static func unknownType(_ type: String) -> Text {
        Text(
            nl: "het celtype '\(type)' is onbekend; het bestand is beschadigd",
            en: "the cell's type '\(type)' is unknown; the file is damaged")
    }

    // Writing.
    static func cannotWrite(_ reason: String) -> Text {
        Text(
            nl: "kan niet geschreven worden (\(reason)); kijk of de map bestaat en schrijfbaar is",
            en: "cannot be written (\(reason)); check that the folder exists and is writable")
    }
    static func cannotMove(_ reason: String) -> Text {
        Text(nl: "kan niet geschreven worden: \(reason)", en: "cannot be written: \(reason)")
    }
    static let needsASheet = Text(nl: "een werkmap heeft minstens één werkblad nodig", en: "a workbook needs at least one sheet")
    static let badSheetName = Text(
        nl: "is geen werkbladnaam die Excel accepteert: 1 tot 31 tekens, geen van [ ] : * ? / \\",
        en: "is no sheet name Excel accepts: 1 to 31 characters, none of [ ] : * ? / \\")
    static let sheetNameTwice = Text(
        nl: "twee werkbladen hebben deze naam; elk heeft een eigen naam nodig", en: "two sheets have this name; each needs its own")
    static func notANumber(_ x: String) -> Text {
        Text(nl: "\(x) is geen getal dat een spreadsheet kan bevatten", en: "\(x) is no number a spreadsheet can hold")
    }

    // Importing a file.
    static func sheetsForSeveralKinds(_ names: String) -> Text {
        Text(
            nl:
                "de werkmap heeft een werkblad voor meer dan één soort (\(names)); sla het werkblad dat je wilt importeren op als eigen werkmap",
            en: "the workbook has a sheet for more than one kind (\(names)); save the sheet to import as a workbook of its own")
    }
    static func tooLarge(_ size: Int, max: Int) -> Text {
        Text(
            nl: "het bestand is \(size) bytes; imports mogen hoogstens \(max) bytes zijn",
            en: "the file is \(size) bytes; imports are limited to \(max) bytes")
    }
}
