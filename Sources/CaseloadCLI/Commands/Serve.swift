import ArgumentParser
import CaseloadServer
import Hummingbird
import CaseloadFormats
import CaseloadStore
import Dispatch
import Foundation
import Logging
import Synchronization

/// `caseload serve`: the status endpoint and dashboard for team leads (docs/commands.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the team's status: a dashboard, JSON, Prometheus metrics; follows newly approved plans.",
        discussion: """
            Reads the database's current plan and follows a newly saved one within a second, without a restart. \
            Paths: / (dashboard), /api/status (JSON), /metrics (Prometheus), /healthz (no token needed). \
            Binds 127.0.0.1 unless --host says otherwise, and refuses any other address without a token. \
            The token (from --token-file, else $CASELOAD_TOKEN) is asked as `Authorization: Bearer TOKEN` \
            or as the password of HTTP Basic, so a browser can open the dashboard. Stops cleanly on Ctrl-C or SIGTERM.

            Examples:
              caseload serve
              openssl rand -hex 24 > token.txt && caseload serve --host 0.0.0.0 --port 8443 --token-file token.txt
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "A file whose first line is the token (default: $CASELOAD_TOKEN).") var tokenFile: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1…65535") }
    }

    /// The token from the file, else the environment; `nil` when neither gives one.
    func token() throws -> String? {
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile), let text = String(data: data, encoding: .utf8) else {
                throw FileOpenError(
                    path: tokenFile, reason: FileManager.default.fileExists(atPath: tokenFile) ? "not readable" : "no such file")
            }
            let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !token.isEmpty else { throw CommandError.data("\(tokenFile): the token file is empty") }
            return token
        }
        let environment = ProcessInfo.processInfo.environment["CASELOAD_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return environment?.isEmpty == false ? environment : nil
    }

    func run() throws {
        let token = try token()
        let store = try global.open()
        var logger = Logger(label: "caseload.server")
        logger.logLevel = .info
        let configuration = ServerConfiguration(host: host, port: port, token: token, logger: logger)
        let host = self.host
        let announce = "(\(token == nil ? "no token" : "token required")); Ctrl-C stops"
        let app = try Self.application(configuration, store) { port in
            FileHandle.standardError.write(Data("caseload: serving http://\(host):\(port)/ \(announce)\n".utf8))
        }
        let failure = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await app.runService()
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            done.signal()
        }
        done.wait()
        if let message = failure.withLock({ $0 }) { throw CommandError.failure("the server stopped: \(message)") }
    }

    /// The application, with a configuration it refuses turned into a usage error (exit 64).
    static func application(
        _ configuration: ServerConfiguration, _ store: AppDatabase, running: @escaping @Sendable (Int) async -> Void
    ) throws -> some ApplicationProtocol {
        do {
            return try buildApplication(configuration: configuration, store: store, onServerRunning: running)
        } catch {
            throw CommandError(exitCode: 64, description: error.message)
        }
    }
}
