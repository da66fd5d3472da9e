// Language and Text live in CaseloadCore, the one module every other one sees, so that the
// readers in CaseloadFormats (import errors) and the reports in CaseloadReport speak from one
// definition; they are pure values with no dependencies.

/// The language every text a person reads is written in: Dutch by default, English on request
/// (`--lang en`, `CASELOAD_LANG=en`). JSON field names, reason codes and metric names stay
/// English and stable whatever the language.
public enum Language: String, CaseIterable, Sendable {
    /// Nederlands.
    case nl
    /// English.
    case en

    /// The language asked for by `--lang X` (or `--lang=X`) in `arguments`, else by the
    /// environment's `CASELOAD_LANG`, else Dutch. An unknown value is `nil`, so that a caller
    /// can refuse it with the values it knows.
    public static func resolve(arguments: [String], environment: [String: String]) -> Language? {
        var asked: String?
        for (i, argument) in arguments.enumerated() {
            if argument == "--lang", i + 1 < arguments.count { asked = arguments[i + 1] }
            if argument.hasPrefix("--lang=") { asked = String(argument.dropFirst("--lang=".count)) }
        }
        guard let text = (asked ?? environment["CASELOAD_LANG"])?.lowercased(), !text.isEmpty else { return .nl }
        // `en_GB.UTF-8`, `nl-NL`: the language part decides.
        let code = text.prefix { $0.isLetter }
        return Language(rawValue: String(code))
    }
}

/// One text a person reads, in every language: the one catalogue of texts is made of these, so
/// a text without its Dutch or English is a compile error, not a gap found by a reader.
public struct Text: Hashable, Sendable {
    /// Dutch.
    public let nl: String
    /// English.
    public let en: String

    /// A text in both languages.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
