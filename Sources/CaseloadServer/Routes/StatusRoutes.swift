import CaseloadReport
import Foundation
import Hummingbird

/// `/api/status`, `/metrics` and `/`: the current snapshot with its age, `ETag` and
/// `Cache-Control`; 503 with a clear message while no plan was saved. The page is Dutch unless
/// `?lang=en` or the browser's `Accept-Language` asks for English.
struct StatusRoutes<Context: RequestContext>: Sendable {
    let snapshots: SnapshotStore

    func add(to router: Router<Context>) {
        router.get("/api/status") { request, _ in try self.respond(request, .json, type: "application/json; charset=utf-8") }
        router.get("/metrics") { request, _ in try self.respond(request, .metrics, type: StatusMetrics.contentType) }
        router.get("/") { request, _ in
            try self.respond(request, .page(try Self.language(of: request)), type: "text/html; charset=utf-8")
        }
    }

    /// The page's language: `?lang=` when given (an unknown one is 400, not a silent Dutch
    /// page), else the first of `Accept-Language`'s languages that the page speaks, else Dutch.
    static func language(of request: Request) throws(ServerError) -> Language {
        if let asked = request.uri.queryParameters["lang"] {
            guard let language = Language(rawValue: String(asked).lowercased()) else { throw ServerError.unknownLanguage(String(asked)) }
            return language
        }
        guard let header = request.headers[.acceptLanguage] else { return .nl }
        // `en-GB,en;q=0.9,nl;q=0.8`: ranked by weight, the order breaking ties, `q=0` refused.
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (Double, Int, Language)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = Language(rawValue: String(tag.lowercased().prefix { $0.isLetter })) else {
                return nil
            }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0 ? (q, index, language) : nil
        }
        return ranked.min { ($1.0, $0.1) < ($0.0, $1.1) }?.2 ?? .nl
    }

    /// The snapshot's rendering, or 304 when the client holds it (the weak validator names the
    /// plan; a client that revalidates sees a new plan at once).
    func respond(_ request: Request, _ rendering: StatusSnapshot.Rendering, type: String) throws -> Response {
        guard let snapshot = snapshots.snapshot else { throw ServerError.noPlan }
        let now = Date()
        let etag = snapshot.etag(rendering, at: now)
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "no-cache", .vary: "Accept-Encoding"]
        if case .page = rendering { headers[.vary] = "Accept-Encoding, Accept-Language" }
        if let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag })
        {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = type
        let gzip = request.headers[.acceptEncoding]?.lowercased().contains("gzip") == true
        if gzip { headers[.contentEncoding] = "gzip" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: snapshot.body(rendering, at: now, gzip: gzip)))
    }
}
