import CaseModel
import CasePostgres
import CaseQL
import CaseShell
import CaseSQL
@testable import StudyIO
import Foundation
import QueryResult
import Testing
import TestSupport

/// `caseql --data postgresql://…` against the PostgreSQL server of `Scripts/engines.sh`: every
/// golden script prints what it prints on the file, a generated study's queries answer as the
/// in-memory engine does, and each way a connection fails is one line on stderr, a non-zero exit
/// and no hang.
@Suite("Live PostgreSQL mode", .serialized)
struct LivePostgresTests {
    /// CASEQL_PG_URL (a superuser on a loopback server); under CI its absence is a failure.
    static func serverURL() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let url = env["CASEQL_PG_URL"], !url.isEmpty { return url }
        let reason = "the live PostgreSQL tests need CASEQL_PG_URL: run them through Scripts/engines.sh"
        if env["CI"] == "true" { Issue.record(Comment(rawValue: reason)) } else { print("skipped: \(reason)") }
        return nil
    }

    static let binary = CaseQLBinary.path

    /// A program run to its end (at most `timeout` seconds), as a user's shell runs it: no
    /// COLUMNS, so both modes print at the same width, and no PGPASSWORD, so a URL's own
    /// credentials are the only ones tried.
    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil,
                    timeout: Double = 60) throws -> ProgramResult {
        try Program.run(executable, arguments, stdin: stdin.map { Data($0.utf8) },
                        environment: ["COLUMNS": "", "LANG": "C.UTF-8", "PGPASSWORD": nil], timeout: timeout)
    }

    static func psql(_ url: String, _ arguments: [String], stdin: String? = nil) throws {
        let result = try run("/usr/bin/env", ["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1"] + arguments, stdin: stdin, timeout: 300)
        if result.status != 0 { throw EngineError(message: "psql: \(result.stderr)") }
    }

    /// Exports `loaded` into a fresh schema of the server (as a user would, through psql) and
    /// returns the URL that opens it.
    static func exported(_ loaded: LoadedStudy, schema: String, server: String) throws -> String {
        var script = "DROP SCHEMA IF EXISTS \(schema) CASCADE;\nCREATE SCHEMA \(schema);\nSET search_path TO \(schema);\n"
        SQLScript(rows: StudyRows(loaded), dialect: .postgres).write { script += $0 }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-live-\(schema)-\(getpid()).sql")
        try script.write(to: file, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try psql(server, ["-f", file.path])
        return server + (server.contains("?") ? "&" : "?") + "schema=\(schema)"
    }

    /// The golden scripts that run on the built-in study (those with their own `--data` do not).
    static func goldenScripts() throws -> [(path: String, args: [String])] {
        var scripts: [(String, [String])] = []
        for dir in ["Tests/CLITests/Golden", "Samples"] {
            let folder = PackagePaths.rootURL.appendingPathComponent(dir)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".cql") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                var args: [String] = []
                for line in text.split(separator: "\n").prefix(while: { $0.hasPrefix("-- ") }) {
                    if line.hasPrefix("-- args:") { args = line.dropFirst("-- args:".count).split(separator: " ").map(String.init) }
                    if line.hasPrefix("-- env:") { args = ["--data"] }  // environment-dependent scripts are left to GoldenTests
                }
                if !args.contains("--data") { scripts.append(("\(dir)/\(name)", args)) }
            }
        }
        return scripts
    }

    @Test func everyGoldenScriptPrintsWhatItPrintsOnTheFile() throws {
        guard let server = Self.serverURL() else { return }
        let url = try Self.exported(StudyLoader.builtin(), schema: "live_builtin", server: server)
        let scripts = try Self.goldenScripts()
        #expect(scripts.count >= 30, "golden scripts on the built-in study: \(scripts.count)")
        var differences: [String] = []
        for (path, args) in scripts {
            let file = try Self.run(Self.binary, args + [path])
            var live = try Self.run(Self.binary, ["--data", url] + args + [path])
            // `.show` says where queries run: the one line that differs on purpose.
            live.stdout = live.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix(" engine: postgresql://") }.joined(separator: "\n")
            if file.stdout != live.stdout || file.stderr != live.stderr || file.status != live.status {
                differences.append("\(path): status \(file.status) vs \(live.status)\n  file: \(file.stdout.prefix(300))\(file.stderr.prefix(300))\n"
                                   + "  live: \(live.stdout.prefix(300))\(live.stderr.prefix(300))")
            }
        }
        print("live postgres: \(scripts.count - differences.count) of \(scripts.count) golden scripts print what the file prints")
        #expect(differences.isEmpty, "\(differences.count) differ; first:\n\(differences.prefix(3).joined(separator: "\n"))")
    }

    /// The issue's own example, and `.open` of a URL at the prompt with `.show` naming the engine.
    @Test func theIssuesExampleAndOpenAtThePrompt() throws {
        guard let server = Self.serverURL() else { return }
        let url = try Self.exported(StudyLoader.builtin(), schema: "live_open", server: server)
        let statement = "select firms where financing includes public and not country = DE order by founded limit 3"
        let live = try Self.run(Self.binary, ["--data", url, "--format", "csv", "-c", statement])
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
                == ["NOVA INNOVATION", "IN OVO"])
        let shell = try Self.run(Self.binary, [], stdin: ".open \(url)\n.show\ncount firms where country = DE\n")
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains(" engine: \(try PostgresURL(url).display) (select, count and crosstab run there)"))
        #expect(shell.stdout.hasSuffix("2\n"))
    }

    /// A generated study of 20,000 firms read back from the server: its queries, run there, answer
    /// as the in-memory engine answers on the same study (tables compared whole: columns, cells, notes).
    @Test func aGeneratedStudyAnswersAsInMemory() throws {
        guard let server = Self.serverURL() else { return }
        let builtin = StudyLoader.builtin()
        let generated = StudyGenerator.generate(cases: 20_000, seed: 11, taxonomy: builtin.study.taxonomy,
                                                attributes: builtin.study.attributes).loadedStudy()
        let url = try Self.exported(generated, schema: "live_generated", server: server)
        let opened = try StudySource.open(url)
        #expect(opened.backend != nil)
        #expect(opened.loaded.index.count == 20_000)
        let local = Interpreter(generated)
        var live = Interpreter(opened.loaded)
        live.backend = opened.backend
        var generator = QueryGenerator(study: generated.study, seed: 99)
        var statements = (0..<150).map { _ in generator.statement() }
        statements += ["count cases group by country", "select cases where founded > 2010 group by employees limit 3",
                       "crosstab financing by country", "crosstab org by employees where not has financing percent row",
                       "count cases group by financing order by count desc"]
        var compared = 0, differences: [String] = []
        for statement in statements {
            guard let expected = try? local.run(statement) else { continue }
            compared += 1
            do {
                let answer = try live.run(statement)
                if Self.tables(answer) != Self.tables(expected) {
                    differences.append("\(statement)\n  memory: \(Self.tables(expected).prefix(1))\n  live: \(Self.tables(answer).prefix(1))")
                }
            } catch {
                differences.append("\(statement)\n  live error: \(error)")
            }
        }
        print("live postgres: \(compared - differences.count) of \(compared) generated statements agree")
        #expect(compared >= 140)
        #expect(differences.isEmpty, "\(differences.count) differ; first:\n\(differences.prefix(3).joined(separator: "\n"))")
    }

    static func tables(_ outputs: [StatementOutput]) -> [String] {
        outputs.map { output in
            guard case .table(let t) = output else { return "\(output)" }
            return "\(t.title ?? "")|\(t.columns)|\(t.rows)|\(t.notes)"
        }
    }

    /// Each failure: a non-zero exit, one line on stderr that names the URL (never the password)
    /// and the cause, and no hang.
    @Test func connectionFailuresAreOneLineErrorsWithinSeconds() throws {
        guard let server = Self.serverURL() else { return }
        let base = try PostgresURL(server)
        _ = try Self.exported(StudyLoader.builtin(), schema: "live_errors", server: server)
        // A role with a password: Scripts/engines.sh has the server ask it for SCRAM-SHA-256.
        try Self.psql(server, ["-c", """
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caseql_secret') THEN
                CREATE ROLE caseql_secret LOGIN PASSWORD 'right horse';
              END IF;
            END $$;
            GRANT USAGE ON SCHEMA live_errors TO caseql_secret;
            GRANT SELECT ON ALL TABLES IN SCHEMA live_errors TO caseql_secret;
            CREATE SCHEMA IF NOT EXISTS live_empty;
            """])
        let host = "\(base.host):\(base.port)"
        let silent = try SilentServer()
        let cases: [(url: String, says: String)] = [
            ("postgresql://caseql_secret:wrong@\(host)/\(base.database)?schema=live_errors",
             "password authentication failed for user \"caseql_secret\""),
            ("postgresql://caseql_secret@\(host)/\(base.database)?schema=live_errors", "the server asks for a password"),
            ("postgresql://\(base.user)@127.0.0.1:1/\(base.database)", "connection refused"),
            ("postgresql://\(base.user)@\(host)/\(base.database)?schema=live_nowhere", "schema 'live_nowhere' does not exist"),
            ("postgresql://\(base.user)@\(host)/\(base.database)?schema=live_empty", "has no caseql study (missing tables cases"),
            ("postgresql://\(base.user)@\(host)/caseql_no_such_db", "database \"caseql_no_such_db\" does not exist"),
            ("postgresql://\(base.user)@127.0.0.1:\(silent.port)/x?connect_timeout=1", "timeout"),
            ("postgresql://\(base.user)@\(host):99999/x", "the port must be a number from 1 to 65535"),
        ]
        for (url, says) in cases {
            let result = try Self.run(Self.binary, ["--data", url, "-c", "count firms"], timeout: 30)
            #expect(result.status == 1, "\(url): status \(result.status)")
            #expect(result.stdout.isEmpty, "\(url): \(result.stdout)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && result.stderr.contains(says), "\(url): \(result.stderr)")
            #expect(!result.stderr.contains("wrong") && !result.stderr.contains("right horse"), "a password was printed: \(result.stderr)")
            // A bound for a hang, not a speed figure: the limits are 1–10 s of connect timeout.
            #expect(result.seconds < 15, "\(url): \(result.seconds) s")
        }
        // The right password gets in (SCRAM-SHA-256 through postgres-nio).
        let right = try Self.run(Self.binary, ["--data", "postgresql://caseql_secret:right%20horse@\(host)/\(base.database)?schema=live_errors",
                                               "-c", "count firms"])
        #expect(right.status == 0 && right.stdout == "20\n", "\(right.stderr)")
    }

    @Test func urlsParseAsPsqlReadsThem() throws {
        let u = try PostgresURL("postgresql://ann:p%40ss@db.example:6543/study?schema=coding&connect_timeout=3")
        #expect(u.user == "ann" && u.password == "p@ss" && u.host == "db.example" && u.port == 6543)
        #expect(u.database == "study" && u.schema == "coding" && u.connectTimeout == 3)
        #expect(u.display == "postgresql://ann@db.example:6543/study?schema=coding")
        let v = try PostgresURL("postgres://[::1]/x", environment: ["PGUSER": "bob", "PGPASSWORD": "s"])
        #expect(v.host == "::1" && v.port == 5432 && v.user == "bob" && v.password == "s" && v.schema == "public")
        #expect(throws: LiveStudyError.self) { try PostgresURL("postgresql://a@h/d?color=red") }
        #expect(throws: LiveStudyError.self) { try PostgresURL("postgresql://a@h/d%zz") }
        #expect(throws: LiveStudyError.self) { try PostgresURL("postgresql://a@h:0/d") }
    }
}

/// A TCP port that accepts connections (the kernel completes the handshake) and never answers:
/// what a hung server looks like to a client.
final class SilentServer {
    let socket: Int32
    let port: Int

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(socket, $0, length) }
        }
        guard bound == 0, listen(socket, 8) == 0 else {
            close(socket)
            throw EngineError(message: "cannot listen on loopback")
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.socket = socket
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(socket) }
}
