import Logging

/// How `caseload serve` runs: where it listens, the token it asks for, how often it looks for a
/// newly saved plan.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback unless told otherwise.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The token every path but `/healthz` requires; `nil` leaves them open, which only a
    /// loopback address allows.
    public var token: String?
    /// How often the database is asked whether a new plan was saved.
    public var pollInterval: Duration
    /// Where request logs (method, path, status, time) go.
    public var logger: Logger
    /// A connection that sends nothing for this long is closed, so slow or stalled clients cannot
    /// hold connections open.
    public var idleTimeout: Duration = .seconds(30)
    /// The largest header block a request may send (the token travels in one).
    public static let maxHeaderBytes = 16 * 1024

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, pollInterval: Duration = .seconds(1),
        logger: Logger = Logger(label: "caseload.server")
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.pollInterval = pollInterval
        self.logger = logger
    }

    /// Whether `host` is a loopback address, reachable from this machine only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Refuses a configuration that would publish team figures without a token.
    public func validate() throws(ServerError) {
        if !isLoopback && (token ?? "").isEmpty {
            throw ServerError.unprotectedBind(host: host)
        }
        if let token, token.count < 16 {
            throw ServerError.weakToken
        }
        if !(0...65535).contains(port) { throw ServerError.badPort(port) }
    }
}
