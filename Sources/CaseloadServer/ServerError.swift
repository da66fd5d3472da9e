import CaseloadReport
import Hummingbird

/// What the server refuses or cannot answer, as a stable JSON body:
/// `{"error": {"code": "...", "message": "..."}}`.
public struct ServerError: Error, HTTPResponseError, CustomStringConvertible, Sendable {
    /// A stable machine-readable code.
    public var code: String
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What went wrong and what to do, in English: the JSON body's message.
    public var message: String
    /// The same in every language, for the command line (`caseload serve` refusing its
    /// configuration); the same words in both where only the API reads it.
    public var text: Text
    /// Extra response headers (`WWW-Authenticate`).
    public var headers: HTTPFields

    /// Creates an error.
    public init(code: String, status: HTTPResponse.Status, message: String, headers: HTTPFields = [:]) {
        self.code = code
        self.status = status
        self.message = message
        self.text = Text(nl: message, en: message)
        self.headers = headers
    }

    /// Creates an error the command line says in the run's language.
    init(code: String, status: HTTPResponse.Status, text: Text) {
        self.init(code: code, status: status, message: text.en)
        self.text = text
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
            code: "unprotected-bind", status: .internalServerError, text: Texts.Server.unprotectedBind(host))
    }

    /// A token too short to resist guessing.
    public static let weakToken = ServerError(
        code: "weak-token", status: .internalServerError, text: Texts.Server.weakToken)

    /// A port outside 0…65535.
    public static func badPort(_ port: Int) -> ServerError {
        ServerError(code: "bad-port", status: .internalServerError, text: Texts.Server.badPort(port))
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
