import CaseloadStore
import Foundation
import Testing

/// What the CLI tests plan.
enum Fixtures {
    /// The repository root, found from this file's path (Tests/CaseloadCLITests/TestProcess.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The bundled example region.
    static let foodvalley = root.appendingPathComponent("Scenarios/foodvalley.yaml").path

    /// A search bound by `moves` alone: the time limit is one no run reaches, so that two runs
    /// compared agree however slow the machine (the default 30 s would cut a slow run short).
    static func moves(_ moves: Int) -> [String] { ["--max-moves", "\(moves)", "--time-limit", "86400"] }
}

/// The `caseload` executable run as a process of its own: with a hash seed of its own (Swift
/// seeds `Set` and `Dictionary` per process), and where a crash is an exit status instead of the
/// end of the test run.
enum TestProcess {
    /// The executable that `swift build` and `swift test` put beside the test bundle.
    static func executable(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        let found = folders.map { $0.appendingPathComponent("caseload") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(
            found, "no caseload executable beside the tests in \(folders.map(\.path)); build it (swift build)",
            sourceLocation: sourceLocation)
    }

    /// How a process ended.
    struct Outcome {
        /// The exit code, or the signal that ended it.
        var status: Int32
        /// Whether a signal ended it (a crash).
        var crashed: Bool
        /// What it printed.
        var output: Data
        /// What it printed on stderr.
        var errors: String

        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs `caseload ARGUMENTS` to its end; a process still running after `limit` seconds (a
    /// hang, never a verdict) is killed and fails the test.
    static func run(_ arguments: [String], limit: TimeInterval = 600, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> Outcome
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout")
        let err = folder.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = try executable(sourceLocation: sourceLocation)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        // Each process must draw its own hash seed.
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + limit) == .timedOut {
            process.terminate()
            finished.wait()
            Issue.record("caseload \(arguments.joined(separator: " ")) still ran after \(Int(limit)) s", sourceLocation: sourceLocation)
        }
        return Outcome(
            status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
            output: try Data(contentsOf: out), errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// Every row of every table of a database, as text, to compare two databases or one before and
/// after: table name → its rows as JSON arrays, sorted.
func databaseContents(_ path: String) throws -> [String: [String]] {
    let database = try AppDatabase.open(path: path)
    return try database.writer.read { db in
        var contents: [String: [String]] = [:]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
            let row = "json_array(" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
            contents[table] = try String.fetchAll(db, sql: "SELECT \(row) FROM \"\(table)\"").sorted()
        }
        return contents
    }
}
