import CaseloadCore

extension CSVImport {
    /// The names of the sheet a kind is read from, Dutch first (`medewerkers`, `staff`).
    public static func sheetNames(of kind: Kind) -> [String] {
        switch kind {
        case .staff: ["medewerkers", "staff"]
        case .cases: ["gezinnen", "cases"]
        case .absences: ["afwezigheid", "absences"]
        case .organisations: ["organisaties", "organisations"]
        case .networks: ["netwerken", "networks"]
        }
    }

    /// A workbook's sheet as the table a CSV export of it would give: the sheet named after
    /// `kind` (when `nil`, the one sheet named after any kind), else the first; its first row
    /// is the header. Numbers read
    /// as typed, dates as `yyyy-mm-dd`, booleans as `true`/`false`. The table's problems name
    /// the sheet and cell (`staff.xlsx: medewerkers!C7`), in `language` (English unless asked).
    public static func workbookTable(at path: String, kind: Kind? = nil, language: Language = .en) throws -> CSVTable {
        let reader: XLSXReader
        do {
            reader = try XLSXReader(path: path)
        } catch {
            if error.cannotOpen { throw FileOpenError(path: path, reason: error.text) }
            throw InputError(file: path, Text(nl: error.placed(.nl), en: error.placed(.en)))
        }
        let wanted = kind.map(sheetNames) ?? Kind.allCases.flatMap(sheetNames)
        let named = wanted.compactMap { n in reader.sheetNames.first { $0.lowercased() == n } }
        // Without the kind, a workbook with sheets for several kinds would be read by a guess.
        if kind == nil, named.count > 1 {
            throw InputError(file: path, XLSXTexts.sheetsForSeveralKinds(named.joined(separator: ", ")))
        }
        let name = named.first
        let sheet: XLSXSheet
        do {
            sheet = try reader.sheet(named: name)
        } catch {
            let place = SheetPlace(file: path, sheet: error.sheet ?? "", columns: [:])
            throw InputError(problems: [
                InputProblem(file: place.tableName, line: nil, field: nil, text: error.text, cell: error.cell)
            ])
        }
        let text = csvText(sheet)
        // Parsed once for the header, then again under a name that maps its columns to letters.
        let bare = SheetPlace(file: path, sheet: sheet.name, columns: [:])
        do {
            let header = try CSVTable(parsing: text, file: bare.tableName, language: language).header
            var columns: [String: String] = [:]
            for (i, name) in header.enumerated() { columns[name] = XLSXSheet.columnName(i) }
            return try CSVTable(
                parsing: text, file: SheetPlace(file: path, sheet: sheet.name, columns: columns).tableName, language: language)
        } catch {
            throw InputError(file: error.file, line: error.line, error.message)
        }
    }

    /// The sheet as comma-separated text whose line `n` is the sheet's row `n`: every cell
    /// quoted, line breaks inside cells read as spaces.
    static func csvText(_ sheet: XLSXSheet) -> String {
        var out = ""
        for row in sheet.rows {
            out +=
                row.map { cell in
                    let text = cell.text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
                        .replacingOccurrences(of: "\r", with: " ")
                    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                }.joined(separator: ",") + "\n"
        }
        return out
    }
}
