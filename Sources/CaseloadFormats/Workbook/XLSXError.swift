/// A workbook that cannot be read or written, naming the file and, where there is one, the sheet
/// and cell (`staff.xlsx: medewerkers!C7: …`), and what to do.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The sheet, when the problem is in one.
    public var sheet: String?
    /// The cell (`C7`), when the problem is in one.
    public var cell: String?
    /// What is wrong and what to do.
    public var message: String
    /// Whether the file could not be opened at all (no such file, not readable), as opposed to
    /// one that is no workbook or holds a bad cell.
    public var cannotOpen: Bool

    /// Creates an error.
    public init(file: String, sheet: String? = nil, cell: String? = nil, message: String, cannotOpen: Bool = false) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.message = message
        self.cannotOpen = cannotOpen
    }

    /// `staff.xlsx: medewerkers!C7: 'x' is not a number`.
    public var description: String {
        var place = file
        if let sheet { place += ": \(sheet)" + (cell.map { "!\($0)" } ?? "") }
        return place + ": " + message
    }
}
