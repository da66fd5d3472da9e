import Foundation
import Hummingbird

/// `/api/status`, `/metrics` and `/`: the current snapshot with its age, `ETag` and
/// `Cache-Control`; 503 with a clear message while no plan was saved.
struct StatusRoutes<Context: RequestContext>: Sendable {
    let snapshots: SnapshotStore

    func add(to router: Router<Context>) {
        router.get("/api/status") { request, _ in
            try self.respond(request, type: "application/json; charset=utf-8") { $0.json(at: Date()) }
        }
        router.get("/metrics") { request, _ in
            try self.respond(request, type: StatusMetrics.contentType) { $0.metrics(at: Date()) }
        }
        router.get("/") { request, _ in
            try self.respond(request, type: "text/html; charset=utf-8") { $0.page(at: Date()) }
        }
    }

    /// The snapshot's rendering, or 304 when the client holds it (the weak validator names the
    /// plan; a client that revalidates sees a new plan at once).
    func respond(_ request: Request, type: String, body: (StatusSnapshot) -> ByteBuffer) throws -> Response {
        guard let snapshot = snapshots.snapshot else { throw ServerError.noPlan }
        var headers: HTTPFields = [.eTag: snapshot.etag, .cacheControl: "no-cache"]
        if let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == snapshot.etag })
        {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body(snapshot)))
    }
}
