import CaseShell
import CaseSQL
@testable import StudyIO
import Foundation
import Testing

/// `.sql` at the prompt prints what `caseql sql` prints, for the session's dialect or the one given.
@Suite("The .sql dot-command")
struct SQLDotCommandTests {
    func run(_ script: String) throws -> (output: String, ok: Bool) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-sql-dot-\(getpid())-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let session = Session(study: StudyLoader.builtin())
        let ok = session.run(script: ".output \(file.path)\n" + script, origin: "test")
        session.output.reset()
        return (try String(contentsOf: file, encoding: .utf8), ok)
    }

    @Test func printsTheCompiledSQLForTheSessionsDialect() throws {
        let builtin = StudyLoader.builtin()
        let statement = "select firms where name contains 'ab' order by founded limit 2"
        let duckdb = try StatementCompiler(builtin, dialect: .duckdb).compile(statement).joined()
        let spark = try StatementCompiler(builtin, dialect: .spark).compile(statement).joined()
        let postgres = try StatementCompiler(builtin, dialect: .postgres).compile(statement).joined()
        let (output, ok) = try run(".sql \(statement)\n.sql --dialect spark\n.sql \(statement)\n.sql --dialect postgres \(statement)\n.sql\n")
        #expect(ok)
        #expect(output == duckdb + ";\n" + spark + ";\n" + postgres + ";\nsql dialect: spark\n")
    }

    @Test func refusesWhatDoesNotCompile() throws {
        let (output, ok) = try run(".sql explain public\n")
        #expect(!ok)
        #expect(output.isEmpty)
        let (_, unknown) = try run(".sql --dialect nosuch count firms\n")
        #expect(!unknown)
    }
}
