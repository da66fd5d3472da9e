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
