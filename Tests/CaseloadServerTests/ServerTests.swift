import CaseloadCore
import CaseloadFormats
import CaseloadStore
import Foundation
import Hummingbird
import Logging
import Synchronization
import Testing

@testable import CaseloadServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The status server on a real socket (an ephemeral loopback port) with a real HTTP client.
@Suite(.serialized) struct ServerTests {
    static let token = "s3cret-token-for-tests-0123456789"
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled FoodValley scenario and a quick plan of it.
    static let foodvalley: (Scenario, Plan) = {
        let scenario = try! ScenarioReader().read(path: repositoryRoot.appendingPathComponent("Scenarios/foodvalley.yaml").path)
        return (scenario, Planner.plan(scenario, options: PlanOptions(search: false)))
    }()

    /// Log lines the server wrote, for the privacy checks, and as they come, to wait for one.
    final class Logs: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        let (stream, continuation) = AsyncStream<String>.makeStream()

        func append(_ line: String) {
            lines.withLock { $0.append(line) }
            continuation.yield(line)
        }

        /// Waits for a line that `matches` and returns true; false after `hangGuard` without one
        /// (a guard against a hang, long enough never to decide a test that works). Once: the
        /// stream ends with the first wait.
        func waitFor(hangGuard: Duration = .seconds(120), _ matches: @escaping @Sendable (String) -> Bool) async -> Bool {
            await withTaskGroup(of: Bool.self) { group in
                group.addTask { [stream] in
                    for await line in stream where matches(line) { return true }
                    return false
                }
                group.addTask {
                    try? await Task.sleep(for: hangGuard)
                    return false
                }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
        }
    }

    struct CapturingHandler: LogHandler {
        let logs: Logs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            logs.append("\(event.message) \(merged.sorted { $0.key < $1.key })")
        }
    }

    /// Runs `body` against a server over `store` on a free port, then stops the server.
    static func withServer(
        _ store: AppDatabase, token: String? = ServerTests.token, logs: Logs = Logs(), idleTimeout: Duration = .seconds(30),
        _ body: @Sendable (URL) async throws -> Void
    ) async throws {
        let logger = Logger(label: "test") { _ in CapturingHandler(logs: logs) }
        var configuration = ServerConfiguration(port: 0, token: token, pollInterval: .milliseconds(50), logger: logger)
        configuration.idleTimeout = idleTimeout
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = try buildApplication(configuration: configuration, store: store) { port in continuation.yield(port) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try await body(URL(string: "http://127.0.0.1:\(port)")!)
            group.cancelAll()
        }
    }

    /// A GET with optional headers; returns status, headers and body text.
    static func get(_ url: URL, _ path: String, headers: [String: String] = [:]) async throws -> (
        status: Int, headers: [String: String], body: String
    ) {
        var request = URLRequest(url: url.appendingPathComponent(path), timeoutInterval: 10)
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields[String(describing: k).lowercased()] = String(describing: v) }
        return (http.statusCode, fields, String(decoding: data, as: UTF8.self))
    }

    static let session = URLSession(configuration: .ephemeral)

    /// A bare HTTP/1.1 GET over a socket, for the refusals: on Linux, URLSession waits for
    /// credentials forever when a 401 carries `WWW-Authenticate: Basic`, which is what a
    /// browser needs to see.
    ///
    /// The socket blocks, so it runs on a thread of its own: on 2 cores the cooperative pool has
    /// 2 threads, and with one busy in another suite (the reader fuzzing) a blocked `recv` here
    /// would take the last one from the server it waits for, until its timeout.
    static func rawGet(
        _ url: URL, _ path: String, headers: [String: String] = [:], method: String = "GET", body: String = "",
        send sending: Bool = true
    ) async throws -> (
        status: Int, headers: [String: String], body: String, closedByServer: Bool
    ) {
        let port = try #require(url.port)
        let (text, closed) = try await withCheckedThrowingContinuation {
            (continuation: CheckedContinuation<(String, Bool), any Error>) in
            Thread {
                continuation.resume(
                    with: Result {
                        try blockingExchange(port: port, path: path, headers: headers, method: method, body: body, send: sending)
                    })
            }.start()
        }
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        let words = head[0].split(separator: " ")
        let status = words.count > 1 ? Int(words[1]) ?? 0 : 0
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, fields, parts.dropFirst().joined(separator: "\r\n\r\n"), closed)
    }

    struct SocketError: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends one request and reads until the server closes the connection (true) or 60 s pass
    /// with nothing (false: a guard against a hang, never what a test waits for).
    private static func blockingExchange(
        port: Int, path: String, headers: [String: String], method: String, body: String, send sending: Bool
    ) throws -> (String, Bool) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError(description: "socket() failed: errno \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw SocketError(description: "connect to port \(port) failed: errno \(errno)") }
        var request = "\(method) /\(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (k, v) in headers { request += "\(k): \(v)\r\n" }
        if !body.isEmpty { request += "Content-Length: \(body.utf8.count)\r\n" }
        request += "\r\n" + body
        if sending { _ = request.utf8CString.withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count - 1, 0) } }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var closed = false
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            closed = n == 0
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return (String(decoding: bytes, as: UTF8.self), closed)
    }

    static var bearer: [String: String] { ["Authorization": "Bearer \(token)"] }

    /// The week a team in the Netherlands is in now.
    static var thisWeek: ISOWeek { Amsterdam.week(atEpochSeconds: Int(Date().timeIntervalSince1970)) }

    /// The validator the server gives plan `id` of `week` now, on `/api/status`.
    static func tag(_ id: Int64, week: ISOWeek) -> String {
        "W/\"plan-\(id)\(week < Self.thisWeek ? "-past" : "")\""
    }

    static func storeWithPlan() throws -> (AppDatabase, Int64) {
        let store = try AppDatabase.inMemory()
        let (scenario, plan) = foodvalley
        _ = try store.load(scenario)
        return (store, try store.save(plan, scenario: scenario))
    }

    @Test func healthNeedsNoTokenAndEverythingElseDoes() async throws {
        let (store, _) = try Self.storeWithPlan()
        try await Self.withServer(store) { url in
            let health = try await Self.get(url, "healthz")
            #expect(health.status == 200 && health.body == "ok\n")
            for path in ["api/status", "metrics", ""] {
                let refused = try await Self.rawGet(url, path)
                #expect(refused.status == 401, "\(path)")
                #expect(refused.headers["www-authenticate"]?.hasPrefix("Basic") == true)
                let error = try #require(try JSONSerialization.jsonObject(with: Data(refused.body.utf8)) as? [String: Any])
                #expect((error["error"] as? [String: Any])?["code"] as? String == "unauthorized")
                let wrong = try await Self.rawGet(url, path, headers: ["Authorization": "Bearer \(Self.token)x"])
                #expect(wrong.status == 401)
                #expect(try await Self.get(url, path, headers: Self.bearer).status == 200)
                let basic = Data("lead:\(Self.token)".utf8).base64EncodedString()
                #expect(try await Self.get(url, path, headers: ["Authorization": "Basic \(basic)"]).status == 200)
            }
        }
    }

    @Test func statusHasTheDocumentedShape() async throws {
        let (store, id) = try Self.storeWithPlan()
        let plan = Self.foodvalley.1
        try await Self.withServer(store) { url in
            let response = try await Self.get(url, "api/status", headers: Self.bearer)
            #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
            // The validator names the plan and whether its week has passed (FoodValley's week 48
            // of 2026 has, from 30 November 2026 on).
            let tag = Self.tag(id, week: plan.week)
            #expect(response.headers["etag"] == tag)
            #expect(response.headers["cache-control"] == "no-cache")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
            let header = try #require(json["plan"] as? [String: Any])
            #expect(header["id"] as? Int == Int(id) && header["week"] as? String == "2026-W48")
            #expect((header["age_seconds"] as? Int).map { $0 >= 0 && $0 < 60 } == true)
            let counts = try #require(json["counts"] as? [String: Int])
            #expect(counts["served"] == plan.assignments.count && counts["waiting"] == plan.waiting.count)
            #expect(counts["workers"] == plan.workers.count)
            let utilisation = try #require(json["utilisation"] as? [String: Any])
            #expect(Set(utilisation.keys) == ["mean", "p90", "max", "overloaded"])
            let pools = try #require(json["pools"] as? [[String: Any]])
            #expect(pools.map { $0["id"] as? String } == ["registered", "supporters"])
            let organisations = try #require(json["organisations"] as? [[String: Any]])
            // FoodValley has organisations on both sides of the five-worker line.
            #expect(organisations.contains { ($0["workers"] as? Int ?? 0) < 5 })
            #expect(organisations.contains { ($0["workers"] as? Int ?? 0) >= 5 })
            for organisation in organisations {
                let workers = try #require(organisation["workers"] as? Int)
                // Groups under five workers show no figures.
                #expect((workers < 5) == (organisation["suppressed"] as? Bool == true))
                #expect((workers < 5) == (organisation["available_hours"] == nil))
            }
            let waiting = try #require(json["waiting"] as? [String: Any])
            let cases = try #require(waiting["cases"] as? [[String: Any]])
            #expect(!plan.waiting.isEmpty)
            #expect(cases.count == plan.waiting.count)
            for entry in cases { #expect(Set(entry.keys) == ["case", "priority", "weeks_waiting", "reason"]) }
            let byPriority = try #require(waiting["by_priority"] as? [String: Int])
            #expect(byPriority.values.reduce(0, +) == plan.waiting.count)
            let workers = try #require(json["workers"] as? [[String: Any]])
            let lights = Set(workers.compactMap { $0["light"] as? String })
            #expect(lights.isSubset(of: ["blue", "green", "amber", "red", "off"]) && !lights.isEmpty)
            // The validator: the same plan answers 304.
            #expect(header["week_passed"] as? Bool == (plan.week < Self.thisWeek))
            for worker in workers {
                #expect(["hours", "norm"].contains(worker["binding"] as? String), "\(worker)")
                #expect(worker["norm_use"] != nil && worker["children"] is Int && worker["max_children"] is Int)
                let load = try #require(plan.workers.first { $0.id == worker["id"] as? String })
                #expect(worker["light"] as? String == load.bindingLight.rawValue && worker["hours_light"] as? String == load.light.rawValue)
            }
            let handovers = try #require(json["handovers"] as? [[String: Any]])
            #expect(handovers.count == plan.handovers.count)
            for (entry, handover) in zip(handovers, plan.handovers) {
                #expect(entry["case"] as? String == handover.caseID && entry["reason"] as? String == handover.reason.rawValue)
            }
            #expect((json["stand_ins"] as? [Any])?.count == plan.standIns.count)
            #expect((json["uncovered"] as? [Any])?.count == plan.uncovered.count)
            #expect(json["registrations"] is [Any])
            let again = try await Self.get(url, "api/status", headers: Self.bearer.merging(["If-None-Match": tag]) { $1 })
            #expect(again.status == 304 && again.body.isEmpty)
        }
    }

    @Test func bodiesAreGzippedForClientsThatAskAndPlainOtherwise() async throws {
        let (store, _) = try Self.storeWithPlan()
        try await Self.withServer(store) { url in
            // URLSession asks for gzip and unpacks it; a bare client gets the same JSON plain.
            let zipped = try await Self.get(url, "api/status", headers: Self.bearer)
            #expect(zipped.headers["content-encoding"] == "gzip")
            #expect(zipped.headers["vary"] == "Accept-Encoding")
            let plain = try await Self.rawGet(url, "api/status", headers: Self.bearer)
            #expect(plain.status == 200 && plain.headers["content-encoding"] == nil)
            let a = try #require(try JSONSerialization.jsonObject(with: Data(zipped.body.utf8)) as? [String: Any])
            let b = try #require(try JSONSerialization.jsonObject(with: Data(plain.body.utf8)) as? [String: Any])
            #expect((a["counts"] as? [String: Int]) == (b["counts"] as? [String: Int]))
            #expect(Int(plain.headers["content-length"] ?? "") == plain.body.utf8.count)
        }
    }

    @Test func aNewlySavedPlanIsFollowedWithoutARestart() async throws {
        let (store, first) = try Self.storeWithPlan()
        let logs = Logs()
        try await Self.withServer(store, logs: logs) { url in
            let before = try await Self.get(url, "api/status", headers: Self.bearer)
            #expect(before.headers["etag"] == Self.tag(first, week: Self.foodvalley.1.week))
            var plan = Self.foodvalley.1
            let moved = plan.waiting.removeFirst()
            plan.waiting.append(moved)
            let second = try store.save(plan, scenario: Self.foodvalley.0)
            // The watcher logs when it follows a plan, after its snapshot is in place: from then on
            // every answer is the new plan.
            let followed = await logs.waitFor { $0.hasPrefix("following plan") && $0.contains("(key: \"plan\", value: \(second))") }
            #expect(followed, "the server did not follow plan \(second): \(logs.all.filter { $0.hasPrefix("following") })")
            let seen = try await Self.get(url, "api/status", headers: Self.bearer).headers["etag"]
            #expect(seen == Self.tag(second, week: Self.foodvalley.1.week))
        }
    }

    @Test func noPlanYetIsAClearError() async throws {
        let store = try AppDatabase.inMemory()
        try await Self.withServer(store) { url in
            let response = try await Self.get(url, "api/status", headers: Self.bearer)
            #expect(response.status == 503)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
            let error = try #require(json["error"] as? [String: Any])
            #expect(error["code"] as? String == "no-plan")
            #expect((error["message"] as? String)?.contains("caseload plan --save") == true)
            #expect(try await Self.get(url, "healthz").status == 200)
            let unknown = try await Self.get(url, "cases", headers: Self.bearer)
            #expect(unknown.status == 404 && unknown.body.contains("\"not-found\""))
        }
    }

    /// Every key and string value in `json`.
    static func walk(_ json: Any, keys: inout Set<String>, strings: inout Set<String>) {
        if let object = json as? [String: Any] {
            for (k, v) in object {
                keys.insert(k)
                walk(v, keys: &keys, strings: &strings)
            }
        } else if let array = json as? [Any] {
            for v in array { walk(v, keys: &keys, strings: &strings) }
        } else if let string = json as? String {
            strings.insert(string)
        }
    }

    @Test func noFamilyDataBeyondCodesAndNoTokenInLogs() async throws {
        let (store, _) = try Self.storeWithPlan()
        let logs = Logs()
        let (scenario, plan) = Self.foodvalley
        // The only words a response may hold: codes, organisation names, reasons, lights, pools.
        let allowed = Set(scenario.cases.map(\.id)).union(scenario.staff.map(\.id))
            .union(scenario.organisations.flatMap { [$0.id, $0.name] }).union(WaitingReason.allCases.map(\.rawValue))
            .union(["blue", "green", "amber", "red", "off", "registered", "supporters", "\(plan.week)"])
            .union(["served", "waiting", "mean", "p90", "max"]).union(HandoverReason.allCases.map(\.rawValue))
            .union(["lead", "partner", "none", "hours", "norm", "lapsed", "lapsing"])
        try await Self.withServer(store, logs: logs) { url in
            let status = try await Self.get(url, "api/status", headers: Self.bearer).body
            var keys = Set<String>()
            var strings = Set<String>()
            Self.walk(try JSONSerialization.jsonObject(with: Data(status.utf8)), keys: &keys, strings: &strings)
            let expectedKeys: Set<String> = [
                "plan", "id", "week", "saved_at", "age_seconds", "counts", "workers", "cases", "served", "waiting",
                "utilisation", "mean", "p90", "max", "overloaded", "pools", "organisations", "name", "available_hours",
                "planned_hours", "suppressed", "by_priority", "by_reason", "case", "priority", "weeks_waiting", "reason",
                "organisation", "registered", "light", "max_cases", "1", "2", "3", "approved_at", "week_passed", "hours_light",
                "children", "max_children", "norm_use", "binding", "registrations", "worker", "until", "state", "handovers",
                "role", "from", "to", "stand_ins", "away", "stand_in", "hours", "uncovered",
            ]
            #expect(keys.subtracting(expectedKeys).subtracting(WaitingReason.allCases.map(\.rawValue)).isEmpty, "\(keys)")
            // Times and registration dates.
            let savedAt = strings.filter { $0.hasPrefix("20") && ($0.hasSuffix("Z") || $0.count == 10) }
            #expect(strings.subtracting(allowed).subtracting(savedAt).isEmpty, "\(strings.subtracting(allowed))")
            // The dashboard (both languages) and the metrics: no family's framework, municipality or
            // children, no absence reasons.
            for path in ["", "?lang=en", "metrics"] {
                // Reason codes such as `no-worker-in-municipality` or `absent` name a rule, not a
                // family or why someone is away.
                let codes = WaitingReason.allCases.map(\.rawValue) + HandoverReason.allCases.map(\.rawValue)
                let body = codes.reduce(try await Self.rawGet(url, path, headers: Self.bearer).body) {
                    $0.replacingOccurrences(of: $1, with: "")
                }
                #expect(body.count > 500, "/\(path)")
                // The English page names each worker's norm in children (their load, no family's).
                let words = [
                    "municipality", "framework", "guardianship", "youth-probation", "skills", "absen", "bsn", "sick", "ziek", "verlof",
                ]
                for word in words + (path == "?lang=en" ? [] : ["children"]) {
                    #expect(!body.lowercased().contains(word), "/\(path) shows \(word)")
                }
            }
            let metrics = try await Self.get(url, "metrics", headers: Self.bearer).body
            var labels = 0
            for line in metrics.split(separator: "\n") where !line.hasPrefix("#") && line.contains("{") {
                for label in line.split(separator: "\"").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
                    #expect(allowed.contains(String(label)) || Int(label) != nil, "metrics label \(label)")
                    labels += 1
                }
            }
            // Per organisation, pool and light: labels enough that the check above looked at some.
            #expect(labels >= 10, "\(labels) labels")
            _ = try await Self.rawGet(url, "api/status?secret=x", headers: ["Authorization": "Bearer wrong-\(Self.token)"])
        }
        let requests = logs.all.filter { $0.hasPrefix("request") }
        #expect(requests.count >= 4)
        for line in requests {
            #expect(!line.contains(Self.token) && !line.contains("secret") && !line.contains("Bearer"), "\(line)")
            #expect(line.contains("method") && line.contains("path") && line.contains("status") && line.contains("ms"))
        }
    }

    @Test func theDashboardIsDutchByDefaultAndEnglishOnRequest() async throws {
        let (store, id) = try Self.storeWithPlan()
        let plan = Self.foodvalley.1
        try await Self.withServer(store) { url in
            let dutch = try await Self.rawGet(url, "", headers: Self.bearer)
            #expect(dutch.status == 200 && dutch.body.contains("<html lang=\"nl\">") && dutch.body.contains("Wachtlijst"))
            #expect(dutch.headers["vary"] == "Accept-Encoding, Accept-Language")
            let english = try await Self.rawGet(url, "?lang=en", headers: Self.bearer)
            #expect(english.status == 200 && english.body.contains("<html lang=\"en\">") && english.body.contains("Waiting list"))
            #expect(english.headers["etag"] != dutch.headers["etag"])
            let asked = try await Self.rawGet(
                url, "", headers: Self.bearer.merging(["Accept-Language": "de-DE, en-GB;q=0.9, nl;q=0.5"]) { $1 })
            #expect(asked.body.contains("<html lang=\"en\">"))
            let preferred = try await Self.rawGet(url, "", headers: Self.bearer.merging(["Accept-Language": "en;q=0.4, nl-NL"]) { $1 })
            #expect(preferred.body.contains("<html lang=\"nl\">"))
            let unknown = try await Self.rawGet(url, "?lang=de", headers: Self.bearer)
            #expect(unknown.status == 400 && unknown.body.contains("\"unknown-language\""))
            // The header says which week and when the plan was saved, in Amsterdam time; the
            // warning stands above everything once the week has passed.
            let passed = plan.week < Self.thisWeek
            #expect(
                dutch.body.contains("Teamstatus · week 48 (2026)")
                    && (dutch.body.contains("Plan \(id), goedgekeurd ") || dutch.body.contains("Plan \(id), opgeslagen")))
            #expect(dutch.body.contains("class=\"warn\"") == passed)
            #expect(english.body.contains("class=\"warn\"") == passed)
            // Every handover is on the page, with its reason in Dutch.
            for h in plan.handovers {
                #expect(dutch.body.contains("<tr><td>\(h.caseID)</td><td>"), "\(h.caseID)")
            }
            // The waiting list is reachable at the top: its link comes before the first section.
            let link = try #require(dutch.body.range(of: "href=\"#wachtlijst\""))
            let firstSection = try #require(dutch.body.range(of: "<h2"))
            #expect(link.lowerBound < firstSection.lowerBound)
        }
    }

    @Test func metricsAreInThePrometheusTextFormat() async throws {
        let (store, id) = try Self.storeWithPlan()
        try await Self.withServer(store) { url in
            let response = try await Self.get(url, "metrics", headers: Self.bearer)
            #expect(response.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
            var typed = Set<String>()
            for line in response.body.split(separator: "\n") {
                if line.hasPrefix("# TYPE ") {
                    typed.insert(String(line.split(separator: " ")[2]))
                    continue
                }
                if line.hasPrefix("# HELP ") { continue }
                let name = String(line.prefix { $0 != "{" && $0 != " " })
                #expect(typed.contains(name), "\(name) has no TYPE line before it")
                let value = try #require(line.split(separator: " ").last)
                #expect(Double(value) != nil, "\(line)")
            }
            #expect(response.body.contains("caseload_plan_info{plan=\"\(id)\",week=\"2026-W48\"} 1"))
            #expect(response.body.contains("caseload_plan_age_seconds "))
        }
    }

    @Test func theServerOnlyReadsAndRefusesLargeHeadersAndIdleClients() async throws {
        let (store, _) = try Self.storeWithPlan()
        try await Self.withServer(store, idleTimeout: .seconds(1)) { url in
            let post = try await Self.rawGet(url, "api/status", headers: Self.bearer, method: "POST")
            #expect(post.status == 405 && post.body.contains("\"method-not-allowed\""))
            let body = try await Self.rawGet(url, "api/status", headers: Self.bearer, body: "hello")
            #expect(body.status == 413 && body.body.contains("\"body-not-allowed\""))
            let big = try await Self.rawGet(
                url, "api/status", headers: Self.bearer.merging(["X-Big": String(repeating: "a", count: 20_000)]) { $1 })
            #expect(big.status != 200, "a 20 KB header was accepted")
            // A client that connects and sends nothing is cut off by the server (its idle timeout
            // is 1 s), not by this client's own 60-s guard.
            let idle = try await Self.rawGet(url, "api/status", send: false)
            #expect(idle.status == 0)
            #expect(idle.closedByServer, "the server kept an idle connection open for 60 s")
            // None of it stopped the server.
            #expect(try await Self.get(url, "api/status", headers: Self.bearer).status == 200)
        }
    }

    @Test func aRefusedConfigurationIsSaidInDutchAndItsJSONStaysEnglish() {
        let error = #expect(throws: ServerError.self) { try ServerConfiguration(host: "0.0.0.0", port: 0).validate() }
        #expect(error?.text.nl.hasPrefix("ik luister niet op 0.0.0.0 zonder token") == true, "\(String(describing: error))")
        #expect(error?.message.hasPrefix("refusing to listen on 0.0.0.0 without a token") == true)
        #expect(error?.code == "unprotected-bind")
        let port = #expect(throws: ServerError.self) { try ServerConfiguration(port: 70_000).validate() }
        #expect(port?.text == Text(nl: "poort 70000 ligt niet tussen 0 en 65535", en: "port 70000 is not 0…65535"))
    }

    @Test func aPublicAddressNeedsAToken() {
        #expect(throws: ServerError.self) {
            _ = try buildApplication(configuration: ServerConfiguration(host: "0.0.0.0", port: 0), store: AppDatabase.inMemory())
        }
        #expect(throws: ServerError.self) {
            _ = try buildApplication(configuration: ServerConfiguration(port: 0, token: "short"), store: AppDatabase.inMemory())
        }
        #expect(TokenMiddleware<BasicRequestContext>.equal(Array("abc".utf8), Array("abc".utf8)))
        #expect(!TokenMiddleware<BasicRequestContext>.equal(Array("abc".utf8), Array("abd".utf8)))
        #expect(!TokenMiddleware<BasicRequestContext>.equal(Array("abc".utf8), Array("abcd".utf8)))
    }
}

/// The server reading while plans are saved, and two writers at once, on a real WAL file.
@Suite(.serialized) struct ConcurrencyTests {
    @Test func responsesShowOnePlanWholeWhileAnotherProcessSavesInALoop() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-concurrency-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("team.sqlite").path
        let (scenario, plan) = ServerTests.foodvalley
        let store = try AppDatabase.open(path: path)
        _ = try store.load(scenario)
        // Two versions of the plan that differ in how many families they serve.
        var smaller = plan
        // The last family no one stands in on, so that the smaller plan's stand-ins still hold.
        let last = try #require(
            smaller.assignments.lastIndex { a in
                !smaller.standIns.contains { $0.caseID == a.caseID } && !smaller.uncovered.contains { $0.caseID == a.caseID }
            })
        let dropped = smaller.assignments.remove(at: last)
        smaller.handovers.removeAll { $0.caseID == dropped.caseID }
        smaller.waiting.append(
            WaitingCase(caseID: dropped.caseID, priority: 3, weeksWaiting: 0, reason: .caseloadNorm, detail: .sentence("")))
        for worker in dropped.tasks.map(\.worker) {
            if let i = smaller.workers.firstIndex(where: { $0.id == worker }) {
                smaller.workers[i].plannedHours -= dropped.tasks.filter { $0.worker == worker }.reduce(0) { $0 + $1.hours }
            }
        }
        for person in [dropped.lead] + (dropped.partner.map { [$0] } ?? []) {
            if let i = smaller.workers.firstIndex(where: { $0.id == person }) { smaller.workers[i].cases -= 1 }
        }
        _ = try store.save(plan, scenario: scenario)
        let other = smaller
        let served = [plan.assignments.count, other.assignments.count]
        try await ServerTests.withServer(store) { url in
            // Another connection to the same file, as `caseload plan --save` would be, saving the
            // two versions in turn until the reader is done.
            let writer = try AppDatabase.open(path: path)
            let done = Flag()
            let saving = Task.detached {
                var saves = 0
                while !done.isSet || saves < 2 {
                    _ = try writer.save(saves % 2 == 0 ? other : plan, scenario: scenario)
                    saves += 1
                }
                return saves
            }
            // Read until both versions were seen (and 150 answers at least); the time is only a
            // guard against a hang, the test is decided by what was seen.
            var seen = Set<Int>()
            var responses = 0
            let started = ContinuousClock.now
            while (seen.count < 2 || responses < 150) && ContinuousClock.now - started < .seconds(120) {
                let response = try await ServerTests.get(url, "api/status", headers: ServerTests.bearer)
                #expect(response.status == 200)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
                let counts = try #require(json["counts"] as? [String: Int])
                let waitingList = try #require((json["waiting"] as? [String: Any])?["cases"] as? [Any])
                // One plan, whole: the counts, the list and the plan number belong together.
                #expect(served.contains(counts["served"] ?? -1))
                #expect(counts["served"]! + counts["waiting"]! == scenario.cases.count)
                #expect(waitingList.count == counts["waiting"])
                seen.insert(counts["served"] ?? -1)
                responses += 1
            }
            done.set()
            let saves = try await saving.value
            #expect(seen == Set(served), "the reader saw only \(seen) in \(responses) answers while \(saves) plans were saved")
            #expect(try store.plans().count == 1 + saves)
        }
    }

    /// A flag one task sets and another reads.
    final class Flag: Sendable {
        private let value = Mutex(false)
        var isSet: Bool { value.withLock { $0 } }
        func set() { value.withLock { $0 = true } }
    }

    @Test func twoWritersAtOnceBothSucceed() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-writers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("team.sqlite").path
        let (scenario, plan) = ServerTests.foodvalley
        _ = try AppDatabase.open(path: path).load(scenario)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    let store = try AppDatabase.open(path: path)
                    for _ in 0..<15 { _ = try store.save(plan, scenario: scenario) }
                }
            }
            try await group.waitForAll()
        }
        let store = try AppDatabase.open(path: path)
        #expect(try store.plans().count == 30)
        #expect(try store.plans().filter(\.isCurrent).count == 1)
        #expect(try store.integrityProblems().isEmpty)
    }
}
