/// An error a person reads: its message in every language the run may speak.
///
/// The command line prints an error through this requirement alone (`Caseload.report`), so an
/// error type a person can meet must adopt it to be printed as more than its type's name; and
/// adopting it means writing the message for every `Language`, the way `Text` makes every text
/// both Dutch and English. The error keeps its structured data and an English `description`
/// for logs and tests.
public protocol LocalizedProblem: Error, CustomStringConvertible {
    /// What went wrong and what to do, in `language`, naming the file, line or cell and field
    /// where there is one.
    func message(_ language: Language) -> String
}

extension LocalizedProblem {
    /// The message in English, for logs and tests.
    public var description: String { message(.en) }
}
