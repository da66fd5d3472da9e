import Foundation
import ZIPFoundation

/// Writes sheets of typed cells as an Excel workbook (`.xlsx`, Office Open XML): the first row
/// of each sheet bold and frozen, columns as wide as their contents (within reason), numbers as
/// numbers, dates as date-formatted serial days, text as inline strings. The zip container is
/// ZIPFoundation's; the handful of XML parts are written here, since they are fixed but for the
/// cells.
public enum XLSXWriter {
    /// Characters a sheet name may not hold (Excel refuses them).
    static let forbiddenInNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Writes `sheets` to `path` whole: to `path.partial` first, then renamed over `path`, so
    /// that a reader never sees half a workbook.
    /// - Throws: `XLSXError` for a sheet name Excel would refuse, a number that is not finite,
    ///   or a file that cannot be written.
    public static func write(_ sheets: [XLSXSheet], to path: String) throws(XLSXError) {
        let parts = try Self.parts(sheets, file: path)
        let partial = path + ".partial"
        let manager = FileManager.default
        try? manager.removeItem(atPath: partial)
        do {
            let archive = try Archive(url: URL(fileURLWithPath: partial), accessMode: .create)
            for (name, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.fixedDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            try? manager.removeItem(atPath: partial)
            throw XLSXError(file: path, text: XLSXTexts.cannotWrite("\(error)"))
        }
        guard rename(partial, path) == 0 else {
            try? manager.removeItem(atPath: partial)
            throw XLSXError(file: path, text: XLSXTexts.cannotMove(String(cString: strerror(errno))))
        }
    }

    /// The entries' date: a fixed one, so that the same sheets give the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)

    /// The workbook's parts, by their names in the zip, in the order Excel writes them.
    static func parts(_ sheets: [XLSXSheet], file: String) throws(XLSXError) -> [(String, String)] {
        guard !sheets.isEmpty else { throw XLSXError(file: file, text: XLSXTexts.needsASheet) }
        var seen: Set<String> = []
        for sheet in sheets {
            let name = sheet.name
            guard !name.isEmpty, name.count <= 31, !name.contains(where: forbiddenInNames.contains),
                !name.hasPrefix("'"), !name.hasSuffix("'")
            else {
                throw XLSXError(
                    file: file, sheet: name, text: XLSXTexts.badSheetName)
            }
            guard seen.insert(name.lowercased()).inserted else {
                throw XLSXError(file: file, sheet: name, text: XLSXTexts.sheetNameTwice)
            }
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(count: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", try worksheet(sheet, file: file)))
        }
        return parts
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(count: Int) -> String {
        var s = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        s +=
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        s +=
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 1...count {
            s +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return s + "</Types>"
    }

    static let rootRelations =
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relNS)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    static func workbook(_ sheets: [XLSXSheet]) -> String {
        var s = header + "<workbook xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\"><sheets>"
        for (i, sheet) in sheets.enumerated() {
            s += "<sheet name=\"\(escaped(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return s + "</sheets></workbook>"
    }

    static func workbookRelations(count: Int) -> String {
        var s = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 1...count {
            s += "<Relationship Id=\"rId\(i)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        s += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/>"
        return s + "</Relationships>"
    }

    /// Style 0 plain, 1 bold (the header), 2 a date as `yyyy-mm-dd`.
    static let styles =
        header + "<styleSheet xmlns=\"\(mainNS)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    /// Column widths in characters: the widest cell plus a margin, at least 6 and at most 60.
    static func widths(_ sheet: XLSXSheet) -> [Int] {
        var widths: [Int] = []
        for row in sheet.rows {
            for (c, cell) in row.enumerated() {
                if c >= widths.count { widths.append(0) }
                widths[c] = max(widths[c], cell.width)
            }
        }
        return widths.map { min(60, max(6, $0 + 2)) }
    }

    static func worksheet(_ sheet: XLSXSheet, file: String) throws(XLSXError) -> String {
        var s = header + "<worksheet xmlns=\"\(mainNS)\" xmlns:r=\"\(relNS)\">"
        if sheet.rows.count > 1 {
            s +=
                "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        let widths = widths(sheet)
        if !widths.isEmpty {
            s += "<cols>"
            for (i, w) in widths.enumerated() { s += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>" }
            s += "</cols>"
        }
        s += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            s += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = XLSXSheet.cellName(row: r, column: c)
                let bold = r == 0 ? " s=\"1\"" : ""
                switch cell {
                case .empty: continue
                case .text(let text):
                    s += "<c r=\"\(ref)\"\(bold) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
                case .number(let x):
                    guard x.isFinite else {
                        throw XLSXError(file: file, sheet: sheet.name, cell: ref, text: XLSXTexts.notANumber("\(x)"))
                    }
                    s += "<c r=\"\(ref)\"\(bold)><v>\(x == 0 ? "0" : "\(x)")</v></c>"
                case .integer(let n): s += "<c r=\"\(ref)\"\(bold)><v>\(n)</v></c>"
                case .date(let day): s += "<c r=\"\(ref)\" s=\"2\"><v>\(day.ordinal + XLSXCell.serialOf1970)</v></c>"
                case .bool(let b): s += "<c r=\"\(ref)\"\(bold) t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                }
            }
            s += "</row>"
        }
        return s + "</sheetData></worksheet>"
    }

    /// `text` as XML character data: markup escaped, and the control characters XML 1.0 cannot
    /// hold left out.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // A bare CR would be read back as a line feed.
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
