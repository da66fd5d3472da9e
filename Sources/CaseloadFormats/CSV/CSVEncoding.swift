import CaseloadCore

/// The text encoding a CSV file was read in, told from its bytes.
///
/// Dutch Excel's default "CSV (gescheiden door lijstscheidingsteken)" writes Windows-1252, its
/// "CSV UTF-8" writes UTF-8 with a BOM, and "Unicode-tekst" writes UTF-16 with a BOM; a manager
/// cannot be expected to know which one they picked, so all three are read.
public enum CSVEncoding: String, Sendable, Equatable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// Windows-1252 (Western European), what Excel writes in a Dutch locale by default.
    case windows1252
    /// UTF-16 with a byte order mark, little- or big-endian.
    case utf16

    /// `bytes` as UTF-8 and the encoding they were in.
    ///
    /// Valid UTF-8 is UTF-8: Windows-1252 text with accented letters practically never forms valid
    /// multi-byte sequences (`é` is 0xE9, which would need two continuation bytes after it), so the
    /// test tells the two apart. Anything else is read as Windows-1252, where every byte but five
    /// is a character.
    /// - Throws: `CSVError` naming line and column of a byte Windows-1252 leaves undefined.
    static func decode(_ bytes: [UInt8], file: String, language: Language) throws(CSVError) -> (
        bytes: [UInt8], encoding: CSVEncoding
    ) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(little ? a | b << 8 : a << 8 | b)
                index += 2
            }
            return (Array(String(decoding: units, as: UTF16.self).utf8), .utf16)
        }
        guard firstInvalidUTF8Offset(in: bytes) != nil else { return (bytes, .utf8) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for (offset, byte) in bytes.enumerated() {
            guard byte >= 0x80 else {
                output.append(byte)
                continue
            }
            let scalar: Unicode.Scalar
            if byte >= 0xA0 {
                // 0xA0–0xFF are Latin-1, which is the same as the first 256 code points.
                scalar = Unicode.Scalar(byte)
            } else if let mapped = windows1252High[Int(byte - 0x80)] {
                scalar = mapped
            } else {
                let position = lineAndColumn(of: offset, in: bytes, singleByte: true)
                let hex = String(byte, radix: 16, uppercase: true)
                throw CSVError(
                    kind: .notUTF8, file: file, line: position.line,
                    message: CSVTexts.undefinedByte(hex: hex, column: position.column)(language))
            }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        return (output, .windows1252)
    }
}

/// Windows-1252's characters for 0x80–0x9F; nil for the five bytes it leaves undefined.
private let windows1252High: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
]
