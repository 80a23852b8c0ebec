import CaseModel
@testable import StudyIO
import CaseShell
import CaseQL
import CaseSQL
import Foundation
import QueryResult
import Testing

/// Every query on every engine, answers compared with the in-memory engine's, as PRQL's
/// tests/integration/queries.rs does: the built-in study with the select/count statements of the
/// CLI golden scripts, and a generated study of 20,000 firms with statements from
/// `QueryGenerator`, each exported to SQLite, DuckDB, PostgreSQL and Spark.
@Suite("Cross-engine: compiled SQL answers as caseql does", .serialized)
struct CrossEngineTests {
    static let generatedCases = 20_000
    static let generatedStatements = 250
    /// Spark spends seconds planning each query however small the data (measured here: 4–25 s a
    /// query on a loaded 2-core machine), so it runs every golden statement and every fifth generated one.
    static let sparkGeneratedShare = 5

    static func runs(_ engine: String, workload: Int, statement i: Int) -> Bool {
        engine != "spark" || workload == 0 || i % sparkGeneratedShare == 0
    }

    struct Workload {
        var name: String
        var loaded: LoadedStudy
        var statements: [String]
    }

    static func workloads() throws -> [Workload] {
        let builtin = StudyLoader.builtin()
        var golden = try CompiledSQLGoldenTests.goldenStatements()
        golden.append("select firms where financing includes public and not country = DE order by founded limit 3")
        let generated = StudyGenerator.generate(cases: generatedCases, seed: 7, taxonomy: builtin.study.taxonomy,
                                                attributes: builtin.study.attributes).loadedStudy()
        var generator = QueryGenerator(study: generated.study, seed: 2026)
        let statements = (0..<generatedStatements).map { _ in generator.statement() }
        return [Workload(name: "built-in", loaded: builtin, statements: golden),
                Workload(name: "generated", loaded: generated, statements: statements)]
    }

    @Test func everyEngineAgreesWithCaseql() throws {
        guard let engines = Engines.available() else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-engines-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let workloads = try Self.workloads()
        // What caseql answers, and which statements resolve (a generated one may not: it is skipped, counted).
        var expected: [[[[String]]?]] = []
        for w in workloads {
            let interpreter = Interpreter(study: w.loaded.study, index: w.loaded.index, memberships: w.loaded.memberships)
            expected.append(w.statements.map { statement in
                guard let output = try? interpreter.run(statement).first, case .table(let table) = output else { return nil }
                return Self.rows(table)
            })
        }
        let resolved = expected.map { $0.compactMap { $0 }.count }
        #expect(resolved[0] >= 30, "golden select/count/crosstab statements found: \(resolved[0])")
        #expect(resolved[1] >= Self.generatedStatements * 9 / 10, "generated statements that resolve: \(resolved[1])")

        for engine in Engines.names {
            let dialect = try #require(SQLDialect.named(engine))
            var jobs: [Engines.Job] = []
            var positions: [[Int]] = []
            for (w, workload) in workloads.enumerated() {
                let folder = directory.appendingPathComponent("\(engine)-\(w)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let setup = try Self.export(workload.loaded, dialect: dialect, to: folder)
                let compiler = StatementCompiler(workload.loaded, dialect: dialect)
                var queries: [String] = [], kept: [Int] = []
                for (i, statement) in workload.statements.enumerated() where expected[w][i] != nil && Self.runs(engine, workload: w, statement: i) {
                    queries.append(try compiler.compile(statement).joined())
                    kept.append(i)
                }
                jobs.append(Engines.Job(setup: setup, queries: queries))
                positions.append(kept)
            }
            let started = Date()
            let answers = try engines.run(engine, jobs: jobs, in: directory)
            var agreed = 0, failures: [String] = []
            for (w, kept) in positions.enumerated() {
                for (q, i) in kept.enumerated() {
                    let statement = workloads[w].statements[i]
                    switch answers[w][q] {
                    case .success(let rows) where rows == expected[w][i]!:
                        agreed += 1
                    case .success(let rows):
                        failures.append("\(statement)\n  caseql: \(expected[w][i]!.prefix(4))\n  \(engine): \(rows.prefix(4))")
                    case .failure(let error):
                        failures.append("\(statement)\n  \(engine) error: \(error)\n  sql: \(jobs[w].queries[q])")
                    }
                }
            }
            let total = positions.map(\.count).reduce(0, +)
            print("cross-engine \(engine): \(agreed) of \(total) queries agree with caseql "
                  + "(\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
            #expect(failures.isEmpty, "\(engine): \(failures.count) disagree; first:\n\(failures.prefix(5).joined(separator: "\n"))")
        }
    }

    /// A table's rows as the compiled SQL gives them: a matrix (crosstab) in long form, one
    /// (row, column, value) per cell, reading order, totals included.
    static func rows(_ table: ResultTable) -> [[String]] {
        guard table.isMatrix else { return table.rows.map { $0.map(normalized) } }
        return table.rows.flatMap { row in
            table.columns.indices.dropFirst().map { j in [normalized(row[0]), table.columns[j].name, normalized(row[j])] }
        }
    }

    /// The export each engine loads: CSV files with a loader, or (SQLite) the SQL script.
    static func export(_ loaded: LoadedStudy, dialect: SQLDialect, to folder: URL) throws -> String {
        let rows = StudyRows(loaded)
        if dialect.bulkLoad == .sqliteImport {
            var script = ""
            SQLScript(rows: rows, dialect: dialect).write { script += $0 }
            let path = folder.appendingPathComponent("study.sql")
            try script.write(to: path, atomically: false, encoding: .utf8)
            return path.path
        }
        return try CSVExport(rows: rows, dialect: dialect).write(to: folder.path)
    }

    /// A cell as the runner prints an engine's: a list joined by "; ", numbers as whole numbers where whole.
    static func normalized(_ cell: Cell) -> String {
        switch cell {
        case .list(let names): return names.joined(separator: "; ")
        case .integer(let i): return String(i)
        case .number(let d): return number(d)
        case .empty: return ""
        case .text(let s):
            let numeric = !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isNumber || "-.eE+".contains($0)) }
            if numeric, let d = Double(s), s.first != "+" { return number(d) }
            return s
        }
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : "\(d)"
    }
}
