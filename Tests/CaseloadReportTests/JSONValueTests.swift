import Foundation
import Testing

@testable import CaseloadReport

/// JSON text as every report writes it.
@Suite("JSON text")
struct JSONValueTests {
    @Test(
        "every string reads back the same from the JSON text, escaped where JSON requires it",
        arguments: ["fam-0001", "", "Ede", "a \"quoted\" code", "back\\slash", "line\nbreak\r\ttab", "bell\u{07}", "é ü ß 👍"]
    )
    func stringsRoundTrip(text: String) throws {
        let value = JSONValue.object([(text, .array([.string(text)]))])
        for rendered in [value.rendered(), value.pretty()] {
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: [String]])
            #expect(parsed == [text: [text]], "\(rendered)")
            #expect(!rendered.utf8.contains { $0 < 0x20 && $0 != UInt8(ascii: "\n") }, "raw control character in \(rendered)")
        }
        #expect(JSONValue.string(text).rendered().hasPrefix("\"") && JSONValue.string(text).rendered().hasSuffix("\""))
    }

    @Test("a string that needs no escaping is written as it is")
    func plainStringsAreWrittenWhole() {
        #expect(JSONValue.string("fam-0001 é").rendered() == "\"fam-0001 é\"")
        #expect(JSONValue.string("a\"b").rendered() == "\"a\\\"b\"")
        #expect(JSONValue.string("\u{01}").rendered() == "\"\\u0001\"")
    }
}
