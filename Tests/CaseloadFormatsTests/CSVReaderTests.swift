import CaseloadCore
import CaseloadSearch
import Foundation
import CaseloadTestSupport
import Testing

@testable import CaseloadFormats

// MARK: - Helpers

private func parse(_ text: String, file: String = "t.csv") throws -> CSVTable {
    try CSVTable(parsing: text, file: file)
}

private func parseError(_ text: String, file: String = "t.csv") throws -> CSVError {
    try #require(throws: CSVError.self) { try CSVTable(parsing: text, file: file) }
}

private func bytesError(_ bytes: [UInt8]) throws -> CSVError {
    try #require(throws: CSVError.self) { try CSVTable(bytes: bytes, file: "t.csv") }
}

/// A one-column, one-row table holding `value`, quoted so that any text survives.
private func single(_ value: String, delimiter: Character = ",") throws -> (CSVRow, CSVTable) {
    let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    // Two columns so that the delimiter is detected as given.
    let table = try parse("v\(delimiter)other\n\(quoted)\(delimiter)x\n")
    #expect(table.delimiter == delimiter)
    return (try #require(table.rows.first), table)
}

private func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("csvreader-\(UUID().uuidString).csv")
    try Data(bytes).write(to: url)
    return url.path
}

// MARK: - Dialects

@Suite struct CSVDialectTests {
    @Test func commaWithLFAndNoFinalNewline() throws {
        let table = try parse("id,name,hours\njb-01,Anna,32\njb-02,Bob,24.5")
        #expect(table.delimiter == ",")
        #expect(!table.decimalComma)
        #expect(table.header == ["id", "name", "hours"])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.rows[0]["name"] == "Anna")
        #expect(try table.rows[1].number("hours", in: table) == 24.5)
    }

    @Test func dutchExcelSemicolonCRLFWithBOMAndDecimalComma() throws {
        let text = "\u{FEFF}Id;Naam;Hours\r\n jb-01 ; Anna ;4,5\r\njb-02;Bob;32\r\n;;\r\n;;\r\n"
        let table = try parse(text)
        #expect(table.delimiter == ";")
        #expect(table.decimalComma)
        #expect(table.header == ["id", "naam", "hours"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].line == 2)
        #expect(table.rows[0]["id"] == "jb-01")
        #expect(table.rows[0]["naam"] == "Anna")
        #expect(try table.rows[0].number("hours", in: table) == 4.5)
        #expect(try table.rows[1].integer("hours", in: table) == 32)
    }

    @Test func bomInBytesIsStripped() throws {
        let table = try CSVTable(bytes: [0xEF, 0xBB, 0xBF] + Array("ID,x\n1,2\n".utf8), file: "t.csv")
        #expect(table.header == ["id", "x"])
        #expect(table.rows[0]["id"] == "1")
    }

    @Test func loneCarriageReturns() throws {
        let table = try parse("id,name\r1,a\r2,b\r")
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.rows.map { $0["name"] } == ["a", "b"])
    }

    @Test func mixedLineEndingsCountLinesOnce() throws {
        let table = try parse("id\r\n1\n2\r3\r\n")
        #expect(table.rows.map(\.line) == [2, 3, 4])
    }

    @Test func tabDelimited() throws {
        let table = try parse("id\tname\thours\n1\tAnna, B.\t3.5\n")
        #expect(table.delimiter == "\t")
        #expect(table.rows[0]["name"] == "Anna, B.")
        #expect(try table.rows[0].number("hours", in: table) == 3.5)
    }

    @Test(arguments: [
        ("id,name", Character(",")),
        ("id;name", ";"),
        ("id", ","),
        ("a;b;c,d", ";"),
        ("a,b;c", ","),
        ("a;b,c", ","),  // a tie goes to the comma
        ("\"a;b;c\",d", ","),  // delimiters inside quotes do not count
        ("\"x,y,z\";d;e", ";"),
        ("a\tb\tc;d", "\t"),
    ])
    func delimiterDetection(header: String, expected: Character) throws {
        #expect(try parse(header + "\n").delimiter == expected)
    }

    @Test func headerIsCaseInsensitiveAndSubscriptNormalisesTheKey() throws {
        let table = try parse(" ID , Hours_Admin \n7,1\n")
        #expect(table.header == ["id", "hours_admin"])
        #expect(table.rows[0]["ID"] == "7")
        #expect(table.rows[0][" Hours_ADMIN"] == "1")
        #expect(table.rows[0]["missing"] == nil)
    }

    @Test func noBreakSpacesAreTrimmed() throws {
        let table = try parse("id;hours\n\u{00A0}jb-01\u{00A0};\u{00A0}4,5\n")
        #expect(table.rows[0]["id"] == "jb-01")
        #expect(try table.rows[0].number("hours", in: table) == 4.5)
    }
}

// MARK: - Quotes and records

@Suite struct CSVQuotingTests {
    @Test func doubledQuotesAndDelimitersInsideQuotes() throws {
        let table = try parse(
            "id,note,other\n1,\"a \"\"b\"\" c\",\"x, y\"\n2,  \"padded, with spaces\"  ,\"\"\"\"\n")
        #expect(table.rows[0]["note"] == "a \"b\" c")
        #expect(table.rows[0]["other"] == "x, y")
        #expect(table.rows[1]["note"] == "padded, with spaces")
        #expect(table.rows[1]["other"] == "\"")
    }

    @Test func quoteInsideAnUnquotedCellIsLiteral() throws {
        let table = try parse("id,note\n1,5\" screen\n2,\"a\"b\n")
        #expect(table.rows[0]["note"] == "5\" screen")
        #expect(table.rows[1]["note"] == "ab")
    }

    @Test func embeddedLineBreaksKeepStartLines() throws {
        let text = "id,note\r\n1,\"line one\r\nline two\r\nline three\"\r\n2,x\r\n3,\"a\nb\"\r\n4,y"
        let table = try parse(text)
        #expect(table.rows.map(\.line) == [2, 5, 6, 8])
        #expect(table.rows[0]["note"] == "line one\nline two\nline three")
        #expect(table.rows[2]["note"] == "a\nb")
    }

    @Test func emptyQuotedCellIsEmpty() throws {
        let table = try parse("id,name\n1,\"\"\n")
        #expect(table.rows[0]["name"] == nil)
        #expect(table.rows[0].values["name"] == "")
    }

    @Test func missingTrailingFieldsAreEmpty() throws {
        let table = try parse("id,name,hours\n1\n2,b\n")
        #expect(table.rows[0].values == ["id": "1", "name": "", "hours": ""])
        #expect(table.rows[0]["name"] == nil)
        #expect(table.rows[1]["name"] == "b")
        #expect(table.rows[1]["hours"] == nil)
    }

    @Test func extraTrailingEmptyFieldsAreFine() throws {
        let table = try parse("id;name\n1;a;;;\n2;b; ; \"\" \n")
        #expect(table.rows.count == 2)
        #expect(table.rows[1].values == ["id": "2", "name": "b"])
    }

    @Test func blankAndDelimiterOnlyRowsAreSkipped() throws {
        let table = try parse("\n  \n;;;\nid;name\n\n1;a\n   \n;;\n\"\";\"\"\n2;b\n;;;;\n;;;;")
        #expect(table.header == ["id", "name"])
        #expect(table.rows.map(\.line) == [6, 10])
    }

    @Test func trailingHeaderDelimiterIsIgnored() throws {
        let table = try parse("id;name;;\n1;a\n")
        #expect(table.header == ["id", "name"])
    }
}

// MARK: - Errors

@Suite struct CSVErrorTests {
    @Test(arguments: ["", "\u{FEFF}", "\n\n", "\r\n  \r\n", ";;;\n;;;\n", ",,\n"])
    func emptyFile(text: String) throws {
        let error = try parseError(text)
        #expect(error.kind == .empty)
        #expect(error.line == nil)
        #expect(error.description.hasPrefix("t.csv: "))
    }

    @Test func unterminatedQuoteNamesTheLineItStarts() throws {
        let error = try parseError("id,note\n1,ok\n2,\"never closed\n3,x\n4,y\n")
        #expect(error.kind == .unterminatedQuote)
        #expect(error.line == 3)
    }

    @Test func unterminatedQuoteInHeader() throws {
        let error = try parseError("\n\"id,name\n")
        #expect(error.kind == .unterminatedQuote)
        #expect(error.line == 2)
    }

    @Test func tooManyFields() throws {
        let error = try parseError("id,name,hours,role\n1,a,2,x\n2,b,3,y,z\n", file: "staff.csv")
        #expect(error.kind == .tooManyFields)
        #expect(error.line == 3)
        #expect(error.description == "staff.csv:3: row has 5 fields but the header has 4")
    }

    @Test func tooManyFieldsAfterAMultiLineRecord() throws {
        let error = try parseError("id,n\n1,\"a\nb\"\n2,x,y\n")
        #expect(error.line == 4)
        #expect(error.message == "row has 3 fields but the header has 2")
    }

    @Test func fieldsBeyondATrailingHeaderDelimiterAreTooMany() throws {
        let error = try parseError("id,name,\n1,a,oops\n")
        #expect(error.kind == .tooManyFields)
        #expect(error.line == 2)
    }

    @Test(arguments: ["id,name,ID", "id,Name, name ", "\u{FEFF}id,\"ID\""])
    func duplicateColumn(header: String) throws {
        let error = try parseError(header + "\n1,2,3\n")
        #expect(error.kind == .duplicateColumn)
        #expect(error.line == 1)
    }

    @Test func duplicateColumnBelowBlankLines() throws {
        let error = try parseError("\r\n;;\r\nid;x;Id\r\n")
        #expect(error.kind == .duplicateColumn)
        #expect(error.line == 3)
        #expect(error.message == "column 'id' appears twice (columns 1 and 3)")
    }

    @Test func unnamedColumnInTheMiddle() throws {
        let error = try parseError("id,,name\n")
        #expect(error.kind == .unnamedColumn)
        #expect(error.line == 1)
    }

    @Test func windows1252ExportIsRead() throws {
        // "Jos\u{e9}" as Windows-1252 writes é as the lone byte 0xE9.
        let bytes = Array("id,naam\n1,Jan\n2,Jos".utf8) + [0xE9] + Array("\n".utf8)
        let table = try CSVTable(bytes: bytes, file: "t.csv")
        #expect(table.encoding == .windows1252)
        #expect(table.rows[1]["naam"] == "José")
    }

    @Test func undefinedWindows1252ByteIsRejectedWithItsLineAndColumn() throws {
        let bytes = Array("id,naam\n1,Jan\n2,Jos".utf8) + [0xE9, 0x81] + Array("\n".utf8)
        let error = try bytesError(bytes)
        #expect(error.kind == .notUTF8)
        #expect(error.line == 3)
        #expect(error.message.contains("0x81"))
        #expect(error.message.contains("column 7"))
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong "/"
        [0xED, 0xA0, 0x80],  // UTF-16 surrogate
        [0xF5, 0x80, 0x80, 0x80],  // a lead byte above U+10FFFF
        [0xE2, 0x82],  // truncated at the end of the input
        [0x80],  // stray continuation byte
    ])
    func malformedUTF8IsReadAsWindows1252(sequence: [UInt8]) throws {
        let table = try CSVTable(bytes: Array("id\n".utf8) + sequence, file: "t.csv")
        #expect(table.encoding == .windows1252)
        #expect(table.rows[0]["id"]?.unicodeScalars.count == sequence.count)
    }

    @Test func wellFormedMultiByteTextPasses() throws {
        let table = try CSVTable(bytes: Array("id,note\n1,é漢👩‍👩‍👧\u{10FFFF}\n".utf8), file: "t.csv")
        #expect(table.rows[0]["note"] == "é漢👩‍👩‍👧\u{10FFFF}")
    }

    @Test func utf16ExportIsRead() throws {
        let table = try CSVTable(bytes: [0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00, 0x0A, 0x00, 0xEB, 0x00], file: "t.csv")
        #expect(table.encoding == .utf16)
        #expect(table.header == ["id"])
        #expect(table.rows[0]["id"] == "ë")
    }

    @Test func errorDescriptionFormat() {
        let withLine = CSVError(kind: .tooManyFields, file: "a.csv", line: 12, message: "boom")
        let withoutLine = CSVError(kind: .empty, file: "a.csv", line: nil, message: "boom")
        #expect(withLine.description == "a.csv:12: boom")
        #expect(withoutLine.description == "a.csv: boom")
    }
}

// MARK: - Files

@Suite struct CSVFileTests {
    @Test func readsAFile() throws {
        let path = try temporaryFile(Array("\u{FEFF}id;uren\r\nw1;4,5\r\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try CSVTable(contentsOf: path)
        #expect(table.file == path)
        #expect(try table.rows[0].number("uren", in: table) == 4.5)
    }

    @Test func undefinedByteInAFileNamesFileAndLine() throws {
        let path = try temporaryFile(Array("id;naam\n1;Ren".utf8) + [0xE9, 0x9D])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: CSVError.self) { try CSVTable(contentsOf: path) }
        #expect(error.kind == .notUTF8)
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("\(path):2: "))
    }

    @Test func missingFileCannotBeOpened() throws {
        let path = "/nonexistent/\(UUID().uuidString).csv"
        let error = try #require(throws: CSVError.self) { try CSVTable(contentsOf: path) }
        #expect(error.kind == .cannotOpen)
        #expect(error.line == nil)
        #expect(error.description == "\(path): no such file")
    }

    @Test func directoryCannotBeOpened() throws {
        let path = FileManager.default.temporaryDirectory.path
        let error = try #require(throws: CSVError.self) { try CSVTable(contentsOf: path) }
        #expect(error.kind == .cannotOpen)
    }
}

// MARK: - Typed cells

@Suite struct CSVCellTests {
    @Test(arguments: [
        ("4.5", 4.5), ("-2", -2), ("+.5", 0.5), ("7.", 7), ("0", 0), ("  12.25 ", 12.25),
        ("0.1", 0.1),
    ])
    func numbersWithPoint(text: String, expected: Double) throws {
        let (row, table) = try single(text)
        #expect(try row.number("v", in: table) == expected)
    }

    @Test(arguments: [("4,5", 4.5), ("4.5", 4.5), ("-0,25", -0.25), (",5", 0.5)])
    func numbersWithDecimalComma(text: String, expected: Double) throws {
        let (row, table) = try single(text, delimiter: ";")
        #expect(try row.number("v", in: table) == expected)
    }

    @Test(arguments: [
        "abc", "-", "+", ".", "1.2.3", "NaN", "nan", "inf", "-infinity", "1e3", "1e999", "0x10",
        "1 000", "12abc", "½", "٣",
    ])
    func notANumber(text: String) throws {
        let (row, table) = try single(text)
        let error = try #require(throws: CSVFieldError.self) { try row.number("v", in: table) }
        #expect(error.message == "'\(text)' is not a number")
        #expect(error.field == "v")
        #expect(error.line == 2)
    }

    @Test func decimalCommaInACommaFileGetsAHint() throws {
        let (row, table) = try single("4,5")
        let error = try #require(throws: CSVFieldError.self) { try row.number("v", in: table) }
        #expect(error.message.contains("decimals with a point"))
    }

    @Test func thousandsSeparatorsAreRejectedEvenWithDecimalComma() throws {
        let (row, table) = try single("1.234,5", delimiter: ";")
        #expect(throws: CSVFieldError.self) { try row.number("v", in: table) }
    }

    @Test func hugeNumberIsTooLarge() throws {
        let (row, table) = try single("1" + String(repeating: "0", count: 400))
        let error = try #require(throws: CSVFieldError.self) { try row.number("v", in: table) }
        #expect(error.message.hasSuffix("is too large"))
    }

    @Test func emptyCellIsNil() throws {
        let table = try parse("id,hours,duo,from,skills\n1,,  ,\"\",\n")
        let row = try #require(table.rows.first)
        #expect(try row.number("hours", in: table) == nil)
        #expect(try row.integer("hours", in: table) == nil)
        #expect(try row.bool("duo", in: table) == nil)
        #expect(try row.date("from", in: table) == nil)
        #expect(row.list("skills") == nil)
        #expect(try row.number("no_such_column", in: table) == nil)
    }

    @Test func fieldErrorDescription() throws {
        let table = try parse("id,hours\n1,\"multi\nline\"\n2,abc\n", file: "staff.csv")
        let error = try #require(throws: CSVFieldError.self) {
            try table.rows[1].number("hours", in: table)
        }
        #expect(error.description == "staff.csv:4: field 'hours': 'abc' is not a number")
    }

    @Test(arguments: [("12", 12), ("-3", -3), ("+4", 4), ("3.0", 3), (" 007 ", 7)])
    func integers(text: String, expected: Int) throws {
        let (row, table) = try single(text)
        #expect(try row.integer("v", in: table) == expected)
    }

    @Test func integerWithDecimalCommaZero() throws {
        let (row, table) = try single("3,00", delimiter: ";")
        #expect(try row.integer("v", in: table) == 3)
    }

    @Test(arguments: ["3.5", "abc", "-", "1e3", ".0", "3,0", "3.01"])
    func notAWholeNumber(text: String) throws {
        let (row, table) = try single(text)
        let error = try #require(throws: CSVFieldError.self) { try row.integer("v", in: table) }
        #expect(error.message == "'\(text)' is not a whole number")
    }

    @Test func integerOverflowIsTooLarge() throws {
        let (row, table) = try single("99999999999999999999")
        let error = try #require(throws: CSVFieldError.self) { try row.integer("v", in: table) }
        #expect(error.message == "'99999999999999999999' is too large")
    }

    @Test(arguments: [
        ("true", true), ("FALSE", false), ("Yes", true), ("no", false), ("ja", true), ("NEE", false),
        ("1", true), ("0", false), ("WAAR", true), ("onwaar", false),
    ])
    func booleans(text: String, expected: Bool) throws {
        let (row, table) = try single(text)
        #expect(try row.bool("v", in: table) == expected)
    }

    @Test(arguments: ["maybe", "-", "2", "y", "t", "01"])
    func notABoolean(text: String) throws {
        let (row, table) = try single(text)
        let error = try #require(throws: CSVFieldError.self) { try row.bool("v", in: table) }
        #expect(error.message.hasPrefix("'\(text)' is not a yes/no value"))
    }

    @Test(arguments: [
        ("2026-11-23", 2026, 11, 23), ("23-11-2026", 2026, 11, 23), ("3-1-2026", 2026, 1, 3),
        ("23/11/2026", 2026, 11, 23), ("2026-1-5", 2026, 1, 5), ("2024-02-29", 2024, 2, 29),
        ("29-02-2024", 2024, 2, 29), ("29/2/2000", 2000, 2, 29), ("31-12-9999", 9999, 12, 31),
        ("01-01-0001", 1, 1, 1),
    ])
    func dates(text: String, year: Int, month: Int, day: Int) throws {
        let (row, table) = try single(text)
        let date = try #require(try row.date("v", in: table))
        #expect(date.year == year && date.month == month && date.day == day)
    }

    @Test(arguments: [
        ("31-02-2026", "February 2026 has 28 days"),
        ("29-02-2026", "February 2026 has 28 days"),
        ("29-02-1900", "February 1900 has 28 days"),
        ("31-04-2026", "April 2026 has 30 days"),
        ("00-01-2026", "January 2026 has 31 days"),
        ("2026-13-01", "there is no month 13"),
        ("2026-00-10", "there is no month 0"),
        ("0000-01-01", "year 0 is out of range"),
    ])
    func impossibleDates(text: String, reason: String) throws {
        let (row, table) = try single(text)
        let error = try #require(throws: CSVFieldError.self) { try row.date("v", in: table) }
        #expect(error.message == "'\(text)' is not a date: \(reason)")
    }

    @Test(arguments: [
        "abc", "-", "2026/11/23", "23-11-26", "2026-11-23x", "23-11/2026", "2026-11", "1-2-3",
        "123-11-2026", "2026-011-23", "23.11.2026", "2026-11-23 10:00", "--",
    ])
    func notADate(text: String) throws {
        let (row, table) = try single(text)
        let error = try #require(throws: CSVFieldError.self) { try row.date("v", in: table) }
        #expect(error.message == "'\(text)' is not a date (write 2026-11-23 or 23-11-2026)")
    }

    @Test func lists() throws {
        let table = try parse("a,b,c,d\n lvb | trauma||  ,ede,|, | \n")
        let row = try #require(table.rows.first)
        #expect(row.list("a") == ["lvb", "trauma"])
        #expect(row.list("b") == ["ede"])
        #expect(row.list("c") == nil)
        #expect(row.list("d") == nil)
        #expect(row.list("missing") == nil)
    }
}

// MARK: - Round trip

@Suite struct CSVRoundTripTests {
    /// Pieces cells are built from: the troublemakers (quotes, every delimiter, every line end,
    /// spaces) and multi-byte text.
    static let alphabet = [
        "a", "b", "Z", "7", ".", "é", "漢", "👩‍👩‍👧", " ", " ", "\"", "\"\"", ",", ";", "\t", "\n",
        "\r\n", "\r", "|", "'", "\u{00A0}",
    ]

    /// What the reader must return for a cell: line ends unified, surrounding whitespace gone.
    /// Written independently of the reader's own trimming.
    static func expected(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        let blank: Set<Character> = [" ", "\t", "\n", "\u{00A0}"]
        while let first = text.first, blank.contains(first) { text.removeFirst() }
        while let last = text.last, blank.contains(last) { text.removeLast() }
        return text
    }

    static func needsQuotes(_ cell: String, delimiter: Character) -> Bool {
        cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || cell.contains("\r\n")
    }

    /// Counts CRLF once. Counts over Characters, where CRLF is a single grapheme; filtering into
    /// a new String first would fuse a CR and LF that were not adjacent in the input.
    static func lineBreaks(in text: String) -> Int {
        text.reduce(0) { count, character in
            count + (character == "\n" || character == "\r" || character == "\r\n" ? 1 : 0)
        }
    }

    @Test func randomTablesSurviveSerialisation() throws {
        var rng = SplitMix64(seed: 0x5EED_CA5E)
        // The troublemakers the tables held, so that a change of the generator cannot leave them out unseen.
        var hit: [String: Int] = [:]
        for iteration in 0..<2000 {
            let delimiter = ([",", ";", "\t"] as [Character]).randomElement(using: &rng)!
            let lineEnd = ["\n", "\r\n", "\r"].randomElement(using: &rng)!
            let columns = Int.random(in: 2...6, using: &rng)
            let names = (0..<columns).map { index in
                let name = Bool.random(using: &rng) ? "Col_\(index)" : "col_\(index)"
                return Bool.random(using: &rng) ? "  \(name) " : name
            }
            let rows = (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                (0..<columns).map { _ in
                    let length = Int.random(in: 0...6, using: &rng)
                    return (0..<length).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
                }
            }

            var text = Bool.random(using: &rng) ? "\u{FEFF}" : ""
            if !text.isEmpty { hit["byte order mark", default: 0] += 1 }
            if lineEnd == "\r" { hit["CR line ends", default: 0] += 1 }
            text += names.joined(separator: String(delimiter))
            var line = 1 + 1
            var expectedRows: [(line: Int, values: [String])] = []
            for row in rows {
                var cells = row.map { cell in
                    let quote =
                        Self.needsQuotes(cell, delimiter: delimiter) || Int.random(in: 0..<4, using: &rng) == 0
                    return quote ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
                }
                for cell in row {
                    if cell.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) { hit["line break in a cell", default: 0] += 1 }
                    if cell.contains(delimiter) { hit["delimiter in a cell", default: 0] += 1 }
                    if cell.contains("\"") { hit["quote in a cell", default: 0] += 1 }
                }
                // Spreadsheets leave out empty cells at the end of a row.
                if Bool.random(using: &rng) {
                    let before = cells.count
                    while let last = cells.last, last.isEmpty { cells.removeLast() }
                    if cells.count < before { hit["empty cells left out at the end", default: 0] += 1 }
                }
                let record = cells.joined(separator: String(delimiter))
                text += lineEnd + record
                let values = row.map(Self.expected)
                if values.contains(where: { !$0.isEmpty }) {
                    expectedRows.append((line, values))
                } else {
                    hit["blank row", default: 0] += 1
                }
                line += 1 + Self.lineBreaks(in: record)
            }
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                text += lineEnd + String(repeating: delimiter, count: columns - 1)
            }
            if Bool.random(using: &rng) { text += lineEnd }

            let table =
                Bool.random(using: &rng)
                ? try CSVTable(parsing: text, file: "random.csv")
                : try CSVTable(bytes: Array(text.utf8), file: "random.csv")
            let context = Comment(rawValue: "iteration \(iteration): \(text.debugDescription)")
            #expect(table.delimiter == delimiter, context)
            #expect(table.header == names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            try #require(table.rows.count == expectedRows.count, context)
            for (row, expectedRow) in zip(table.rows, expectedRows) {
                #expect(row.line == expectedRow.line, context)
                for (name, value) in zip(table.header, expectedRow.values) {
                    #expect(row.values[name] == value, context)
                    hit["cell compared", default: 0] += 1
                }
            }
        }
        #expect(hit.count == 8 && hit.values.allSatisfy { $0 >= 50 }, "\(hit.sorted { $0.key < $1.key })")
    }
}
