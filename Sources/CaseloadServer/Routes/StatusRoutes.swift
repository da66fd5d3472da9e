import CaseloadReport
import Foundation
import Hummingbird

/// `/api/status`, `/metrics` and `/`: the current snapshot with its age, `ETag` and
/// `Cache-Control`; 503 with a clear message while no plan was saved.
struct StatusRoutes<Context: RequestContext>: Sendable {
    let snapshots: SnapshotStore

    func add(to router: Router<Context>) {
        router.get("/api/status") { request, _ in try self.respond(request, .json, type: "application/json; charset=utf-8") }
        router.get("/metrics") { request, _ in try self.respond(request, .metrics, type: StatusMetrics.contentType) }
        router.get("/") { request, _ in try self.respond(request, .page, type: "text/html; charset=utf-8") }
    }

    /// The snapshot's rendering, or 304 when the client holds it (the weak validator names the
    /// plan; a client that revalidates sees a new plan at once).
    func respond(_ request: Request, _ rendering: StatusSnapshot.Rendering, type: String) throws -> Response {
        guard let snapshot = snapshots.snapshot else { throw ServerError.noPlan }
        var headers: HTTPFields = [.eTag: snapshot.etag, .cacheControl: "no-cache", .vary: "Accept-Encoding"]
        if let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == snapshot.etag })
        {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = type
        let gzip = request.headers[.acceptEncoding]?.lowercased().contains("gzip") == true
        if gzip { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: snapshot.body(rendering, at: Date(), gzip: gzip)))
    }
}
