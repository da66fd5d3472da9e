import CaseloadCore
import Foundation

// A waiting family's detail is kept as its facts in JSON, so that a stored plan reads back in
// whichever language the reader asks for; plans stored before kept an English sentence, which
// reads back as that sentence.
extension WaitingDetail {
    /// The facts as one line of JSON (keys sorted, so the same plan stores the same bytes).
    var storedText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain numbers, strings and enums cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// The detail stored as `text`: facts in JSON, or an older plan's sentence.
    init(storedText text: String) {
        if text.hasPrefix("{"), let facts = try? JSONDecoder().decode(WaitingDetail.self, from: Data(text.utf8)) {
            self = facts
        } else {
            self = .sentence(text)
        }
    }
}

// A lock's reason is kept in both languages, as JSON; plans stored before kept the English.
extension LockNote {
    /// The reason as stored: `{"en":…,"nl":…}`.
    var storedReason: String? {
        guard let text = reasonText else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(["nl": text.nl, "en": text.en])) ?? Data(), as: UTF8.self)
    }

    /// A reason read back: both languages, or an older plan's English for both.
    static func reason(stored text: String?) -> Text? {
        guard let text else { return nil }
        if text.hasPrefix("{"), let both = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)),
            let nl = both["nl"], let en = both["en"]
        {
            return Text(nl: nl, en: en)
        }
        return Text(nl: text, en: text)
    }
}
