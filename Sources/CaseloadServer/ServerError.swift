import CaseloadReport
import Hummingbird

/// What the server refuses or cannot answer, as a stable JSON body:
/// `{"error": {"code": "...", "message": "..."}}`.
public struct ServerError: Error, HTTPResponseError, CustomStringConvertible, Sendable {
    /// A stable machine-readable code.
    public var code: String
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What went wrong and what to do.
    public var message: String
    /// Extra response headers (`WWW-Authenticate`).
    public var headers: HTTPFields

    /// Creates an error.
    public init(code: String, status: HTTPResponse.Status, message: String, headers: HTTPFields = [:]) {
        self.code = code
        self.status = status
        self.message = message
        self.headers = headers
    }

    /// The message, for the command line.
    public var description: String { message }

    /// No token, or a wrong one.
    public static let unauthorized = ServerError(
        code: "unauthorized", status: .unauthorized,
        message: "this path needs the token: `Authorization: Bearer TOKEN`, or the token as the Basic password",
        headers: [.wwwAuthenticate: "Basic realm=\"caseload\", charset=\"UTF-8\""])

    /// The database holds no saved plan yet.
    public static let noPlan = ServerError(
        code: "no-plan", status: .serviceUnavailable,
        message: "the database has no saved plan yet; run `caseload plan --save` and this page follows it")

    /// A path the server does not have.
    public static let notFound = ServerError(
        code: "not-found", status: .notFound, message: "no such path; try /, /api/status, /metrics or /healthz")

    /// A `?lang=` the page does not speak.
    static func unknownLanguage(_ asked: String) -> ServerError {
        ServerError(
            code: "unknown-language", status: .badRequest,
            message: "the page speaks nl (Dutch, the default) and en (English), not \(asked.prefix(20)); use ?lang=nl or ?lang=en")
    }

    /// A method other than GET or HEAD.
    public static let methodNotAllowed = ServerError(
        code: "method-not-allowed", status: .methodNotAllowed, message: "this server only reads: use GET",
        headers: [.allow: "GET, HEAD"])

    /// A request with a body.
    public static let bodyNotAllowed = ServerError(
        code: "body-not-allowed", status: .contentTooLarge, message: "requests to this server carry no body")

    /// Binding a non-loopback address without a token.
    public static func unprotectedBind(host: String) -> ServerError {
        ServerError(
            code: "unprotected-bind", status: .internalServerError,
            message: "refusing to listen on \(host) without a token: give --token-file FILE or set CASELOAD_TOKEN, or bind 127.0.0.1")
    }

    /// A token too short to resist guessing.
    public static let weakToken = ServerError(
        code: "weak-token", status: .internalServerError,
        message: "the token is shorter than 16 characters; use a long random one, e.g. `openssl rand -hex 24`")

    /// A port outside 0…65535.
    public static func badPort(_ port: Int) -> ServerError {
        ServerError(code: "bad-port", status: .internalServerError, message: "port \(port) is not 0…65535")
    }

    /// The JSON body and headers.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = JSONValue.object([
            ("error", .object([("code", .string(code)), ("message", .string(message))]))
        ]).rendered()
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body + "\n")))
    }
}
