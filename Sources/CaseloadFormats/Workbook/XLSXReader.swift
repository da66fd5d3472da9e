import CaseloadCore
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the sheets of an Excel workbook (`.xlsx`) as typed cells: shared and inline strings as
/// text, numbers, booleans, date-formatted numbers as dates (serial days since 1899-12-30), and
/// formulas by their cached values. Trailing empty rows and columns are left out. Excel,
/// LibreOffice and Numbers all write what this reads.
public struct XLSXReader: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The sheets' names in the workbook's order.
    public let sheetNames: [String]
    /// Each sheet's part in the zip, by position.
    let sheetParts: [String]
    /// The shared strings.
    let sharedStrings: [String]
    /// Per cell style (`s`), whether its number format shows a date.
    let dateStyles: [Bool]
    /// The workbook's parts, read whole.
    let parts: [String: Data]

    /// The largest part read: a sheet of a team's data is far smaller, a zip bomb far larger.
    public static let maxPartBytes = 256 << 20

    /// Opens the workbook at `path`.
    /// - Throws: `XLSXError` (with `cannotOpen` when there is no readable file) when the file is
    ///   no workbook or a part of it is damaged.
    public init(path: String) throws(XLSXError) {
        file = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw XLSXError(file: path, text: isDirectory.boolValue ? XLSXTexts.isDirectory : XLSXTexts.noSuchFile, cannotOpen: true)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw XLSXError(file: path, text: XLSXTexts.permissionDenied, cannotOpen: true)
        }
        let notWorkbook = XLSXTexts.notWorkbook
        var parts: [String: Data] = [:]
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            for entry in archive where entry.type == .file {
                let name = entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path
                guard name.hasSuffix(".xml") || name.hasSuffix(".rels") else { continue }
                guard entry.uncompressedSize <= Self.maxPartBytes else {
                    throw XLSXError(
                        file: path, text: XLSXTexts.partTooLarge(name, max: Self.maxPartBytes))
                }
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                parts[name] = data
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(file: path, text: notWorkbook)
        }
        self.parts = parts
        guard let workbookData = parts["xl/workbook.xml"] else { throw XLSXError(file: path, text: notWorkbook) }
        let workbook = try Self.tree(workbookData, part: "xl/workbook.xml", file: path)
        let relations = try parts["xl/_rels/workbook.xml.rels"].map { data throws(XLSXError) in
            try Self.tree(data, part: "xl/_rels/workbook.xml.rels", file: path)
        }
        var targets: [String: String] = [:]
        for r in relations?.all("Relationship") ?? [] {
            guard let id = r.attributes["Id"], let target = r.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var names: [String] = []
        var sheetParts: [String] = []
        for (i, sheet) in workbook.all("sheet").enumerated() {
            names.append(sheet.attributes["name"] ?? "Sheet\(i + 1)")
            sheetParts.append(sheet.attributes["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(i + 1).xml")
        }
        guard !names.isEmpty else { throw XLSXError(file: path, text: XLSXTexts.noSheets) }
        sheetNames = names
        self.sheetParts = sheetParts
        sharedStrings =
            try parts["xl/sharedStrings.xml"].map { data throws(XLSXError) in
                try Self.tree(data, part: "xl/sharedStrings.xml", file: path).all("si").map(Self.plainText)
            } ?? []
        dateStyles =
            try parts["xl/styles.xml"].map { data throws(XLSXError) in
                try Self.dateStyles(Self.tree(data, part: "xl/styles.xml", file: path))
            } ?? []
    }

    /// The sheet named `name` (case-insensitive), or the first sheet when `name` is `nil` or no
    /// sheet has that name.
    public func sheet(named name: String? = nil) throws(XLSXError) -> XLSXSheet {
        let index = name.flatMap { n in sheetNames.firstIndex { $0.lowercased() == n.lowercased() } } ?? 0
        return try sheet(at: index)
    }

    /// The sheet at `index` in the workbook's order.
    public func sheet(at index: Int) throws(XLSXError) -> XLSXSheet {
        let name = sheetNames[index]
        guard let data = parts[sheetParts[index]] else {
            throw XLSXError(file: file, sheet: name, text: XLSXTexts.sheetPartMissing(sheetParts[index]))
        }
        let reader = SheetEvents(strings: sharedStrings, dateStyles: dateStyles)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let problem = reader.problem {
            throw XLSXError(file: file, sheet: name, cell: problem.cell, text: problem.text)
        }
        guard parsed else {
            throw XLSXError(
                file: file, sheet: name,
                text: XLSXTexts.sheetDamaged(line: parser.lineNumber))
        }
        return XLSXSheet(name: name, rows: reader.grid())
    }

    static func tree(_ data: Data, part: String, file: String) throws(XLSXError) -> XMLElementTree {
        switch XMLElementTree.parse(data) {
        case .success(let tree): return tree
        case .failure(let e):
            throw XLSXError(file: file, text: XLSXTexts.partDamaged(part, line: e.line, reason: e.reason))
        }
    }

    /// A string item's text: its `t`, or its runs' `t`s, without phonetic hints (`rPh`).
    static func plainText(_ item: XMLElementTree) -> String {
        if item.name == "t" { return item.text }
        if item.name == "rPh" { return "" }
        return item.children.map(plainText).joined()
    }

    /// For each cell style, whether its number format is a date (built-in 14–17 and 22, or a
    /// custom format with a day or year in it).
    static func dateStyles(_ styles: XMLElementTree) -> [Bool] {
        var custom: [Int: String] = [:]
        for format in styles.all("numFmt") {
            if let id = format.attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = format.attributes["formatCode"] ?? "" }
        }
        guard let xfs = styles.all("cellXfs").first else { return [] }
        return xfs.children.filter { $0.name == "xf" }.map { xf in
            guard let id = xf.attributes["numFmtId"].flatMap({ Int($0) }) else { return false }
            if (14...17).contains(id) || id == 22 { return true }
            return custom[id].map(isDateFormat) ?? false
        }
    }

    /// Whether a format code shows a date: a `d` or `y` outside quotes, brackets and escapes.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var escaped = false
        for c in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch c {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "y": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }
}

/// A problem in one cell.
struct CellProblem {
    var cell: String
    var text: Text
}

/// Reads a worksheet's cells as events: sheets can hold many rows.
final class SheetEvents: NSObject, XMLParserDelegate {
    let strings: [String]
    let dateStyles: [Bool]
    /// The cells by 0-based row and column.
    var cells: [Int: [Int: XLSXCell]] = [:]
    var problem: CellProblem?

    // The cell being read.
    var row = -1
    var column = -1
    var type: String?
    var style = 0
    var value = ""
    var inline = ""
    var inValue = false
    var inInline = 0
    var inPhonetic = false

    /// Excel's limits: a reference beyond them is a damaged file.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    init(strings: [String], dateStyles: [Bool]) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    var reference: String { XLSXSheet.cellName(row: max(row, 0), column: max(column, 0)) }

    func fail(_ parser: XMLParser, _ text: Text) {
        if problem == nil { problem = CellProblem(cell: reference, text: text) }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let attributes = XMLElementTree.localAttributes(attributeDict)
        switch XMLElementTree.local(elementName) {
        case "row":
            if let r = attributes["r"] {
                guard let n = Int(r), n >= 1, n <= Self.maxRows else { return fail(parser, XLSXTexts.noRow(r)) }
                row = n - 1
            } else {
                row += 1
            }
            column = -1
        case "c":
            if let r = attributes["r"] {
                guard let (rr, cc) = Self.position(r) else { return fail(parser, XLSXTexts.noCellReference(r)) }
                row = rr
                column = cc
            } else {
                column += 1
            }
            type = attributes["t"]
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inline = ""
        case "v": inValue = true
        case "is": inInline += 1
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue {
            value += string
        } else if inInline > 0 && !inPhonetic {
            inline += string
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch XMLElementTree.local(elementName) {
        case "v": inValue = false
        case "is": inInline -= 1
        case "rPh": inPhonetic = false
        case "c":
            guard let cell = cell(parser) else { return }
            if cell != .empty { cells[row, default: [:]][column] = cell }
        default: break
        }
    }

    /// The cell just read, or `nil` after a problem.
    func cell(_ parser: XMLParser) -> XLSXCell? {
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "s":
            guard let i = Int(v), strings.indices.contains(i) else {
                fail(parser, XLSXTexts.missingSharedText(v))
                return nil
            }
            return strings[i].isEmpty ? .empty : .text(strings[i])
        case "inlineStr": return inline.isEmpty ? .empty : .text(inline)
        case "str": return value.isEmpty ? .empty : .text(value)
        case "b":
            switch v.lowercased() {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            case "": return .empty
            default:
                fail(parser, XLSXTexts.noBoolean(v))
                return nil
            }
        case "e":
            fail(parser, XLSXTexts.cellError(v))
            return nil
        case "d":
            guard v.isEmpty || Day(parsing: v.prefix(10)) != nil else {
                fail(parser, XLSXTexts.noDate(v))
                return nil
            }
            return v.isEmpty ? .empty : Day(parsing: v.prefix(10)).map(XLSXCell.date)
        case nil, "n":
            if v.isEmpty { return .empty }
            guard let x = Double(v), x.isFinite else {
                fail(parser, XLSXTexts.noNumber(v))
                return nil
            }
            if dateStyles.indices.contains(style), dateStyles[style] {
                guard x >= 1, x < 2_958_466 else {
                    fail(parser, XLSXTexts.dateOutOfRange(v))
                    return nil
                }
                return .date(Day(ordinal: Int(x.rounded(.down)) - XLSXCell.serialOf1970))
            }
            return .number(x)
        default:
            fail(parser, XLSXTexts.unknownType(type ?? ""))
            return nil
        }
    }

    /// `C7` → (6, 2); `nil` when it is no reference within a sheet's limits.
    static func position(_ reference: String) -> (Int, Int)? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        let digits = reference.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, let row = Int(digits), row >= 1, row <= maxRows else { return nil }
        var column = 0
        for c in letters.uppercased().unicodeScalars { column = column * 26 + Int(c.value) - 64 }
        guard column <= maxColumns else { return nil }
        return (row - 1, column - 1)
    }

    /// The cells as rows, trailing empty rows and each row's trailing empty cells left out.
    func grid() -> [[XLSXCell]] {
        guard let last = cells.keys.max() else { return [] }
        return (0...last).map { r in
            guard let row = cells[r], let width = row.keys.max() else { return [] }
            return (0...width).map { row[$0] ?? .empty }
        }
    }
}
