// Byte-level CSV record splitting and UTF-8 checking.
//
// Working on UTF-8 bytes rather than Characters is safe because every byte the grammar cares
// about (delimiters, quote, CR, LF) is ASCII, and ASCII bytes never occur inside a multi-byte
// UTF-8 sequence. It also keeps a CRLF from fusing into a single grapheme, which would make
// line counting and record ends awkward with `Character`.

enum CSVByte {
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let semicolon: UInt8 = 0x3B
    static let tab: UInt8 = 0x09
    static let space: UInt8 = 0x20
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A
}

/// One logical record: its cells (decoded, not yet trimmed) and the physical line it starts on.
struct CSVRecord {
    var line: Int
    var fields: [String]
}

/// Splits bytes into records for one delimiter, following the dialect spreadsheets write:
/// a quote opens a quoted cell only at the start of a cell (after optional spaces), `""` inside
/// quotes is one quote, and quoted cells may hold delimiters and line breaks.
struct CSVTokenizer {
    let bytes: [UInt8]
    let delimiter: UInt8
    let file: String
    /// Offset of the next unread byte.
    private(set) var position: Int
    /// Physical line (1-based) of the next unread byte.
    private(set) var line: Int

    init(bytes: [UInt8], delimiter: UInt8, file: String, position: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.position = position
        self.line = line
    }

    /// The next record, or nil at the end of the input.
    mutating func next() throws(CSVError) -> CSVRecord? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            fields.append(try readField())
            // `readField` stops on a delimiter, a line break or the end of the input.
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == delimiter {
                position += 1
                // A delimiter as the very last byte still announces one more (empty) cell.
                if position == bytes.count { fields.append("") }
                continue
            }
            consumeLineBreak()
            break
        }
        return CSVRecord(line: startLine, fields: fields)
    }

    /// Consumes CRLF, LF or a lone CR (old Mac exports) as one line break.
    private mutating func consumeLineBreak() {
        if bytes[position] == CSVByte.cr, position + 1 < bytes.count, bytes[position + 1] == CSVByte.lf {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    private func isLineBreak(_ byte: UInt8) -> Bool {
        byte == CSVByte.cr || byte == CSVByte.lf
    }

    private mutating func readField() throws(CSVError) -> String {
        // Look past leading blanks for an opening quote: people hand-edit `a, "b, c"`.
        var probe = position
        while probe < bytes.count,
            bytes[probe] == CSVByte.space
                || (bytes[probe] == CSVByte.tab && delimiter != CSVByte.tab)
        {
            probe += 1
        }
        guard probe < bytes.count, bytes[probe] == CSVByte.quote else {
            let start = position
            while position < bytes.count, bytes[position] != delimiter, !isLineBreak(bytes[position]) {
                position += 1
            }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        let quoteLine = line
        position = probe + 1
        var cell: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw CSVError(
                    kind: .unterminatedQuote, file: file, line: quoteLine,
                    message: "a quoted cell starts on this line but its closing quote (\") is missing")
            }
            let byte = bytes[position]
            if byte == CSVByte.quote {
                if position + 1 < bytes.count, bytes[position + 1] == CSVByte.quote {
                    cell.append(CSVByte.quote)
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if isLineBreak(byte) {
                // Cell-internal line breaks become "\n" so a value reads the same whether the file was
                // saved with CRLF or LF.
                consumeLineBreak()
                cell.append(CSVByte.lf)
                continue
            }
            cell.append(byte)
            position += 1
        }
        // Excel keeps stray text after a closing quote (`"a"b` → `ab`); do the same rather than fail
        // on something the user cannot see in the spreadsheet.
        while position < bytes.count, bytes[position] != delimiter, !isLineBreak(bytes[position]) {
            cell.append(bytes[position])
            position += 1
        }
        return String(decoding: cell, as: UTF8.self)
    }
}

/// Where the first byte that is not well-formed UTF-8 sits, or nil when all bytes are fine.
///
/// Follows the Unicode well-formedness table (no overlong forms, no surrogates, nothing above
/// U+10FFFF) so that the check agrees with what `String(validating:)` would accept.
func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        let length: Int
        let secondRange: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return index
        }
        guard index + length <= count, secondRange.contains(bytes[index + 1]) else { return index }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return index
        }
        index += length
    }
    return nil
}

/// The 1-based physical line and character column of a byte offset, for error messages.
///
/// Only bytes before `offset` are inspected, so this is safe to call on the prefix of a file
/// that was checked to be valid UTF-8 up to that point; `singleByte` counts every byte as a
/// character, as in Windows-1252.
func lineAndColumn(of offset: Int, in bytes: [UInt8], singleByte: Bool = false) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    while index < offset {
        let byte = bytes[index]
        if byte == CSVByte.lf || byte == CSVByte.cr {
            if byte == CSVByte.cr, index + 1 < offset, bytes[index + 1] == CSVByte.lf { index += 1 }
            line += 1
            column = 1
        } else if singleByte || byte & 0xC0 != 0x80 {
            // Count characters, not bytes: continuation bytes belong to the previous scalar.
            column += 1
        }
        index += 1
    }
    return (line, column)
}
