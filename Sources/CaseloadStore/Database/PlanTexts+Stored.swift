import CaseloadCore
import Foundation

/// One line of JSON with sorted keys, so the same plan stores the same bytes: how a plan's
/// texts are kept (one encoder for every row of every save; it holds only its options).
private let storedJSON: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
}()

/// `value` as `storedJSON` writes it; plain numbers, strings and enums cannot fail to encode.
private func storedLine(_ value: some Encodable) -> String {
    String(decoding: (try? storedJSON.encode(value)) ?? Data(), as: UTF8.self)
}

// A waiting family's detail is kept as its facts in JSON, so that a stored plan reads back in
// whichever language the reader asks for; plans stored before kept an English sentence, which
// reads back as that sentence.
extension WaitingDetail {
    /// The facts as one line of JSON.
    var storedText: String { storedLine(self) }

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
        reasonText.map { storedLine(["nl": $0.nl, "en": $0.en]) }
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
