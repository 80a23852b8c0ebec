import CaseModel
@testable import StudyIO
import CaseShell
import CaseSQL
import Foundation
import Testing
import TestSupport

/// The SQL of the golden statements (the select/count lines of Tests/CLITests/Golden/*.cql),
/// pinned per dialect in Golden/DIALECT.sql. CASEQL_UPDATE_GOLDEN=1 rewrites the files.
@Suite("Compiled SQL of the golden statements")
struct CompiledSQLGoldenTests {
    static let cliGolden = PackagePaths.rootURL.appendingPathComponent("Tests/CLITests/Golden")
    static let golden = PackagePaths.rootURL.appendingPathComponent("Tests/CaseSQLTests/Golden")

    /// One-line select/count/crosstab statements of the CLI golden scripts that compile against the built-in study.
    static func goldenStatements() throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: cliGolden.path).filter { $0.hasSuffix(".cql") }.sorted()
        let builtin = StudyLoader.builtin()
        let compiler = StatementCompiler(study: builtin.study, index: builtin.index, dialect: .duckdb)
        var statements: [String] = []
        for file in files {
            let text = try String(contentsOf: cliGolden.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init)
            where ["select ", "count ", "crosstab "].contains(where: line.hasPrefix) && (try? compiler.compile(line)) != nil {
                statements.append(line)
            }
        }
        return statements
    }

    @Test(arguments: SQLDialect.all.map(\.name))
    func goldenSQL(dialect name: String) throws {
        let dialect = try #require(SQLDialect.named(name))
        let builtin = StudyLoader.builtin()
        let compiler = StatementCompiler(study: builtin.study, index: builtin.index, dialect: dialect)
        var text = "-- The SQL of the golden select/count/crosstab statements, \(name) dialect (CompiledSQLGoldenTests).\n"
        for statement in try Self.goldenStatements() {
            text += "\n-- \(statement)\n" + (try compiler.compile(statement).joined()) + ";\n"
        }
        let file = Self.golden.appendingPathComponent("\(name).sql")
        if ProcessInfo.processInfo.environment["CASEQL_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let pinned = try String(contentsOf: file, encoding: .utf8)
        #expect(pinned == text, "compiled SQL differs from \(file.path); CASEQL_UPDATE_GOLDEN=1 rewrites it")
    }
}
