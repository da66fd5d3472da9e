import CaseloadStore
import Hummingbird
import Logging
import NIOCore

/// Builds the status server (docs/commands.md) over `store`: `/healthz`, `/api/status`,
/// `/metrics` and `/`, every path but `/healthz` behind the token when one is set, request logs
/// with method, path, status and time only. `onServerRunning` receives the bound port (tests
/// bind port 0).
public func buildApplication(
    configuration: ServerConfiguration, store: AppDatabase, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws(ServerError) -> some ApplicationProtocol {
    try configuration.validate()
    let snapshots = SnapshotStore()
    let watcher = PlanWatcher(store: store, snapshots: snapshots, interval: configuration.pollInterval, logger: configuration.logger)
    watcher.refresh()
    let router = Router()
    router.add(middleware: RequestLogMiddleware(logger: configuration.logger))
    if let token = configuration.token { router.add(middleware: TokenMiddleware(token: token)) }
    router.add(middleware: NotFoundMiddleware())
    router.add(middleware: ReadOnlyMiddleware())
    HealthRoutes().add(to: router)
    StatusRoutes(snapshots: snapshots).add(to: router)
    return Application(
        router: router,
        server: .http1(
            configuration: .init(
                idleTimeout: .nanoseconds(
                    Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000
                        + configuration.idleTimeout.components.attoseconds / 1_000_000_000),
                httpDecoderConfiguration: .init(
                    maxHeaderFieldSize: ServerConfiguration.maxHeaderBytes, maxHeaderListSize: ServerConfiguration.maxHeaderBytes,
                    maxHeaderFieldCount: 64))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "caseload"),
        services: [watcher],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger)
}

/// The server only reads: other methods get 405, and a request that sends a body gets 413 before
/// any of it is read.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { throw ServerError.methodNotAllowed }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > 0 { throw ServerError.bodyNotAllowed }
        if request.headers[.transferEncoding] != nil { throw ServerError.bodyNotAllowed }
        return try await next(request, context)
    }
}

/// Answers unknown paths with the stable JSON error shape rather than an empty 404.
struct NotFoundMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            throw ServerError.notFound
        }
    }
}
