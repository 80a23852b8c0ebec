import Dispatch
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization

/// One connection to a PostgreSQL server, used from the shell's synchronous statement loop: each
/// call waits for postgres-nio's answer on its event loop, never longer than a deadline, so a
/// server that stops answering is an error within seconds, never a hang.
public final class PostgresLink: Sendable {
    public let url: PostgresURL
    let connection: PostgresConnection
    /// How long one statement may take on the server (also its `statement_timeout`).
    public let queryTimeout: Int

    private init(url: PostgresURL, connection: PostgresConnection, queryTimeout: Int) {
        self.url = url
        self.connection = connection
        self.queryTimeout = queryTimeout
    }

    deinit {
        // postgres-nio wants a connection closed before it goes (a Terminate message, not a
        // dropped socket); a server that does not answer gets two seconds.
        _ = try? PostgresLink.wait(connection.close(), seconds: 2, url: url, doing: "closing")
    }

    /// Connects and selects the URL's schema; fails with one line naming the URL and the cause.
    public static func connect(_ url: PostgresURL, queryTimeout: Int = 120) throws(LiveStudyError) -> PostgresLink {
        var configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                             password: url.password, database: url.database, tls: .disable)
        if url.sslMode != "disable" {
            do {
                let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                configuration.tls = url.sslMode == "require" ? .require(context) : .prefer(context)
            } catch {
                throw LiveStudyError(at: url.display, "TLS could not be set up: \(error)")
            }
        }
        configuration.options.connectTimeout = .seconds(Int64(url.connectTimeout))
        // Run-time settings in the start-up message, as libpq's `options` does: the schema the
        // tables are in, and a server-side limit on each statement.
        configuration.options.additionalStartupParameters = [
            ("search_path", url.schema), ("statement_timeout", "\(queryTimeout * 1000)"),
            ("application_name", "caseql"), ("client_encoding", "UTF8"),
        ]
        let logger = Logger(label: "caseql.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        // The connect timeout covers the TCP handshake; authentication gets the same again.
        let future = PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                id: 1, logger: logger)
        let connection = try wait(future, seconds: url.connectTimeout * 2, url: url, doing: "connecting")
        return PostgresLink(url: url, connection: connection, queryTimeout: queryTimeout)
    }

    /// The rows of one statement, every cell as text (nil for NULL), in the server's order.
    public func rows(_ sql: String) throws(LiveStudyError) -> [[String?]] {
        let connection = self.connection
        let logger = Logger(label: "caseql.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        // The EventLoopFuture form, not the async one: the answer then needs no thread of Swift's
        // concurrency pool, which a caller blocked in a test (or a library user's task) may hold.
        let future = connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).flatMapThrowing { result in
            try result.rows.map { row in try row.map { try PostgresLink.text(of: $0) } }
        }
        // A little over the server's own statement_timeout, so its message wins when it can.
        return try PostgresLink.wait(future, seconds: queryTimeout + 5, url: url, doing: "running a query")
    }

    /// A cell as caseql reads values: numbers as printed (whole numbers without a fraction), text as it is.
    static func text(of cell: PostgresCell) throws -> String? {
        guard cell.bytes != nil else { return nil }
        switch cell.dataType {
        case .int2, .int4, .int8: return String(try cell.decode(Int.self))
        case .float4, .float8:
            let d = try cell.decode(Double.self)
            return d.isFinite && d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .bool: return try cell.decode(Bool.self) ? "true" : "false"
        default: return try cell.decode(String.self)
        }
    }

    /// Blocks the calling (non-event-loop) thread for a future, at most `seconds`.
    static func wait<T: Sendable>(_ future: EventLoopFuture<T>, seconds: Int, url: PostgresURL,
                                  doing: String) throws(LiveStudyError) -> T {
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        future.whenComplete { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        if done.wait(timeout: .now() + .seconds(seconds)) == .timedOut {
            throw LiveStudyError(at: url.display, "no answer from the server after \(seconds) s while \(doing)")
        }
        switch outcome.withLock({ $0 })! {
        case .success(let value): return value
        case .failure(let error): throw LiveStudyError(at: url.display, "\(PostgresLink.describe(error))")
        }
    }

    /// postgres-nio's errors keep details out of `description` (against leaking queries into logs);
    /// a person at a prompt needs them, one line.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo, let message = info[.message] {
            let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            let hint = info[.hint].map { "; hint: \($0)" } ?? ""
            return message + state + hint
        }
        switch error.code {
        case .connectionError:
            return "could not connect" + (error.underlying.map { ": \(describeUnderlying($0))" } ?? "")
        case .authMechanismRequiresPassword:
            return "the server asks for a password (give it in the URL or PGPASSWORD)"
        case .unsupportedAuthMechanism: return "the server asks for an authentication method caseql does not support"
        case .saslError: return "SCRAM authentication failed" + (error.underlying.map { ": \($0)" } ?? "")
        case .sslUnsupported: return "the server does not support TLS (sslmode=require)"
        case .serverClosedConnection: return "the server closed the connection"
        case .queryCancelled: return "the query was cancelled"
        default: return "\(error.code)" + (error.underlying.map { ": \(describeUnderlying($0))" } ?? "")
        }
    }

    static func describeUnderlying(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("connection refused") || text.contains("Connection refused") {
            return "connection refused (is the server running, and on this port?)"
        }
        return text
    }
}
