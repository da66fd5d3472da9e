import Hummingbird

/// `/healthz`: 200 `ok` while the server runs, without a token.
struct HealthRoutes<Context: RequestContext>: Sendable {
    func add(to router: Router<Context>) {
        router.get("/healthz") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
    }
}
