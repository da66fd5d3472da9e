import CaseloadCore

/// A workbook that cannot be read or written, naming the file and, where there is one, the sheet
/// and cell (`staff.xlsx: medewerkers!C7: …`), and what to do.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The sheet, when the problem is in one.
    public var sheet: String?
    /// The cell (`C7`), when the problem is in one.
    public var cell: String?
    /// What is wrong and what to do, in every language.
    public var text: Text
    /// Whether the file could not be opened at all (no such file, not readable), as opposed to
    /// one that is no workbook or holds a bad cell.
    public var cannotOpen: Bool

    /// Creates an error.
    public init(file: String, sheet: String? = nil, cell: String? = nil, text: Text, cannotOpen: Bool = false) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.text = text
        self.cannotOpen = cannotOpen
    }

    /// Creates an error whose message is the same in every language.
    public init(file: String, sheet: String? = nil, cell: String? = nil, message: String, cannotOpen: Bool = false) {
        self.init(file: file, sheet: sheet, cell: cell, text: Text(nl: message, en: message), cannotOpen: cannotOpen)
    }

    /// What is wrong and what to do, in English.
    public var message: String { text.en }

    /// `staff.xlsx: medewerkers!C7: 'x' is no number`.
    public var description: String { line(.en) }

    /// `staff.xlsx: medewerkers!C7: 'x' is geen getal`: file, sheet and cell as the workbook names them.
    public func line(_ language: Language) -> String { file + ": " + placed(language) }

    /// The sheet and cell, if any, and the message, without the file.
    public func placed(_ language: Language) -> String {
        (sheet.map { "\($0)" + (cell.map { "!\($0)" } ?? "") + ": " } ?? "") + text(language)
    }
}
