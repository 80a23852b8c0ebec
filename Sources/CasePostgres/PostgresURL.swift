/// `postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE[?schema=S&sslmode=M&connect_timeout=SECONDS]`,
/// the libpq URI form people already write for psql (`postgres://` too). A missing password is
/// taken from PGPASSWORD, as psql does; the schema (default `public`) is where the study's tables are.
public struct PostgresURL: Sendable, Hashable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var schema: String
    /// `disable` (the default on loopback), `prefer` or `require`.
    public var sslMode: String
    public var connectTimeout: Int

    /// The URL as messages show it: never with the password.
    public var display: String {
        "postgresql://\(user)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }

    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Parses a URL, or says in one sentence what is wrong with it.
    public init(_ text: String, environment: [String: String] = [:]) throws(LiveStudyError) {
        guard PostgresURL.isURL(text) else {
            throw LiveStudyError(at: "the PostgreSQL URL", "it must start with postgresql:// (postgresql://USER@HOST:PORT/DATABASE)")
        }
        var rest = Substring(text).drop { $0 != ":" }.dropFirst(3)
        var query = Substring("")
        if let q = rest.firstIndex(of: "?") { query = rest[rest.index(after: q)...]; rest = rest[..<q] }
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") { path = rest[rest.index(after: slash)...]; rest = rest[..<slash] }
        var credentials: Substring?
        if let at = rest.lastIndex(of: "@") { credentials = rest[..<at]; rest = rest[rest.index(after: at)...] }

        user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        password = environment["PGPASSWORD"]
        if let credentials {
            let parts = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            user = try PostgresURL.decoded(parts[0], in: text)
            if parts.count == 2 { password = try PostgresURL.decoded(parts[1], in: text) }
        }
        // A host in brackets is an IPv6 address ([::1]:5432).
        var hostText = rest
        port = 5432
        if hostText.hasPrefix("["), let close = hostText.firstIndex(of: "]") {
            let after = hostText[hostText.index(after: close)...]
            hostText = hostText[hostText.index(after: hostText.startIndex)..<close]
            if after.hasPrefix(":") { port = try PostgresURL.port(after.dropFirst(), in: text) }
        } else if let colon = hostText.lastIndex(of: ":") {
            port = try PostgresURL.port(hostText[hostText.index(after: colon)...], in: text)
            hostText = hostText[..<colon]
        }
        host = hostText.isEmpty ? "localhost" : try PostgresURL.decoded(hostText, in: text)
        database = path.isEmpty ? user : try PostgresURL.decoded(path, in: text)
        schema = "public"
        sslMode = "disable"
        connectTimeout = 5
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = kv.count == 2 ? try PostgresURL.decoded(kv[1], in: text) : ""
            switch kv[0] {
            case "schema", "search_path": schema = value
            case "sslmode":
                guard ["disable", "prefer", "require"].contains(value) else {
                    throw LiveStudyError(at: "the PostgreSQL URL", "sslmode must be disable, prefer or require, found '\(value)'")
                }
                sslMode = value
            case "connect_timeout":
                guard let seconds = Int(value), (1...300).contains(seconds) else {
                    throw LiveStudyError(at: "the PostgreSQL URL", "connect_timeout takes whole seconds from 1 to 300, found '\(value)'")
                }
                connectTimeout = seconds
            case "user": user = value
            case "password": password = value
            default:
                throw LiveStudyError(at: "the PostgreSQL URL", "unknown parameter '\(kv[0])' (caseql knows schema, sslmode, connect_timeout, user, password)")
            }
        }
        guard !schema.isEmpty, !database.isEmpty, !user.isEmpty else {
            throw LiveStudyError(at: "the PostgreSQL URL", "the user, database and schema must not be empty")
        }
    }

    static func port(_ text: Substring, in url: String) throws(LiveStudyError) -> Int {
        guard let p = Int(text), (1...65535).contains(p) else {
            throw LiveStudyError(at: "the PostgreSQL URL", "the port must be a number from 1 to 65535, found '\(text)'")
        }
        return p
    }

    /// Percent-decoding (`%40` for an `@` in a password), as UTF-8.
    static func decoded(_ text: Substring, in url: String) throws(LiveStudyError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var i = text.utf8.startIndex
        let utf8 = text.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "%") {
                let h = utf8.index(i, offsetBy: 1, limitedBy: utf8.endIndex)
                let l = h.flatMap { utf8.index($0, offsetBy: 1, limitedBy: utf8.endIndex) }
                guard let h, let l, l < utf8.endIndex, let hi = hex(utf8[h]), let lo = hex(utf8[l]) else {
                    throw LiveStudyError(at: "the PostgreSQL URL", "a '%' must be followed by two hexadecimal digits")
                }
                bytes.append(hi << 4 | lo)
                i = utf8.index(after: l)
            } else {
                bytes.append(b)
                i = utf8.index(after: i)
            }
        }
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw LiveStudyError(at: "the PostgreSQL URL", "a percent-encoded part is not UTF-8")
        }
        return s
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Why a live study could not be opened or queried: one line, naming the URL (without password).
public struct LiveStudyError: Error, Sendable, CustomStringConvertible {
    /// The URL without its password, or what was being read ("the PostgreSQL URL").
    public var location: String
    public var message: String
    public init(at location: String = "", _ message: String) {
        self.location = location
        self.message = message
    }
    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}
