import CaseloadCore
import CaseloadFormats
import CaseloadStore
import Foundation
import Testing

/// The repository root, found from this file's path (Tests/CaseloadStoreTests/TestSupport.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled example scenario.
let foodvalleyPath = repositoryRoot.appendingPathComponent("Scenarios/foodvalley.yaml").path

/// The bundled example, read and validated.
func foodvalley() throws -> Scenario {
    try ScenarioReader().read(path: foodvalleyPath)
}

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Reads `text` as a scenario and returns the error it must throw.
func readError(_ text: String, file: String = "t.yaml") throws -> InputError {
    try #require(throws: InputError.self) { try ScenarioReader().read(text: text, file: file) }
}

/// `Day` from its parts, failing the test when they are no date.
func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) throws -> Day {
    try #require(Day(year: year, month: month, day: dayOfMonth))
}

extension PlanOptions {
    /// A short search, quick in a debug build.
    static let quick = PlanOptions(maxMoves: 20_000)
}
