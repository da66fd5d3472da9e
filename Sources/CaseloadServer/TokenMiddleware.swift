import Foundation
import Hummingbird

/// Lets a request through only with the token: `Authorization: Bearer TOKEN`, or HTTP Basic
/// with the token as the password (any user name), so a browser's login prompt opens the
/// dashboard. `/healthz` is open, so a load balancer can probe without the secret.
struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token's bytes.
    let token: [UInt8]

    init(token: String) { self.token = Array(token.utf8) }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/healthz" { return try await next(request, context) }
        guard let header = request.headers[.authorization], accepts(header) else { throw ServerError.unauthorized }
        return try await next(request, context)
    }

    /// Whether an `Authorization` header carries the token.
    func accepts(_ header: String) -> Bool {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return false }
        switch parts[0].lowercased() {
        case "bearer":
            return Self.equal(Array(parts[1].utf8), token)
        case "basic":
            guard let data = Data(base64Encoded: String(parts[1])), let colon = data.firstIndex(of: UInt8(ascii: ":")) else {
                return false
            }
            return Self.equal(Array(data[data.index(after: colon)...]), token)
        default:
            return false
        }
    }

    /// Compares in time that depends on the lengths only, never on where the bytes differ, so
    /// response times do not leak how much of a guess was right.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
