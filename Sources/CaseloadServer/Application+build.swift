import CaseloadStore
import Hummingbird
import Logging
import NIOCore

/// Builds the status server (SPEC §6) over `store`: `/healthz`, `/api/status`, `/metrics` and
/// `/`, every path but `/healthz` behind the token when one is set, request logs with method,
/// path, status and time only. `onServerRunning` receives the bound port (tests bind port 0).
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
    HealthRoutes().add(to: router)
    StatusRoutes(snapshots: snapshots).add(to: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "caseload"),
        services: [watcher],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger)
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
