import CaseloadFormats
import Testing

/// Reads `text` as a scenario and returns the error it must throw.
func readError(_ text: String, file: String = "t.yaml") throws -> InputError {
    try #require(throws: InputError.self) { try ScenarioReader().read(text: text, file: file) }
}
