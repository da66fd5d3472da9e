import ArgumentParser
import CaseloadServer
import Hummingbird
import CaseloadFormats
import CaseloadReport
import CaseloadStore
import Dispatch
import Foundation
import Logging
import Synchronization

/// `caseload serve`: the status endpoint and dashboard for team leads (docs/commands.md).
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Serve.abstract(Caseload.language), discussion: Texts.Help.Serve.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: .text(Texts.Help.Serve.host)) var host = "127.0.0.1"
    @Option(help: .text(Texts.Help.Serve.port)) var port = 8080
    @Option(help: .text(Texts.Help.Serve.tokenFile)) var tokenFile: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError(Texts.Errors.between("--port", 1, 65535)(Caseload.language)) }
    }

    /// The token from the file, else the environment; `nil` when neither gives one.
    func token() throws -> String? {
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile), let text = String(data: data, encoding: .utf8) else {
                throw FileOpenError(
                    path: tokenFile,
                    reason: FileManager.default.fileExists(atPath: tokenFile) ? FileTexts.notReadable : FileTexts.noSuchFile)
            }
            let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !token.isEmpty else { throw CommandError.data(Texts.Errors.emptyToken(tokenFile)) }
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
        if let message = failure.withLock({ $0 }) { throw CommandError.failure(Texts.Errors.serverStopped(message)) }
    }

    /// The application, with a configuration it refuses turned into a usage error (exit 64).
    static func application(
        _ configuration: ServerConfiguration, _ store: AppDatabase, running: @escaping @Sendable (Int) async -> Void
    ) throws -> some ApplicationProtocol {
        do {
            return try buildApplication(configuration: configuration, store: store, onServerRunning: running)
        } catch {
            throw CommandError(exitCode: 64, error.text)
        }
    }
}
