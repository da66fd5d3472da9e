import Foundation
import Testing

/// One of the package's executables (`caseload` unless named) run as a process of its own: with a hash seed of its own (Swift
/// seeds `Set` and `Dictionary` per process), and where a crash is an exit status instead of the
/// end of the test run.
public enum TestProcess {
    /// The executable that `swift build` and `swift test` put beside the test bundle.
    public static func executable(_ name: String = "caseload", sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        let found = folders.map { $0.appendingPathComponent(name) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(
            found, "no \(name) executable beside the tests in \(folders.map(\.path)); build it (swift build)",
            sourceLocation: sourceLocation)
    }

    /// How a process ended.
    public struct Outcome {
        /// The exit code, or the signal that ended it.
        public var status: Int32
        /// Whether a signal ended it (a crash).
        public var crashed: Bool
        /// What it printed.
        public var output: Data
        /// What it printed on stderr.
        public var errors: String

        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs `caseload ARGUMENTS` to its end; a process still running after `limit` seconds (a
    /// hang, never a verdict) is killed and fails the test.
    public static func run(
        _ arguments: [String], executable name: String = "caseload", limit: TimeInterval = 600,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws
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
        process.executableURL = try executable(name, sourceLocation: sourceLocation)
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
            Issue.record("\(name) \(arguments.joined(separator: " ")) still ran after \(Int(limit)) s", sourceLocation: sourceLocation)
        }
        return Outcome(
            status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
            output: try Data(contentsOf: out), errors: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
