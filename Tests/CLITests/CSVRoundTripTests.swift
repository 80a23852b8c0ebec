import CaseModel
import CaseQL
import CaseShell
import Foundation
import QueryResult
import StudyIO
import Testing
import TestSupport

/// `caseql export-study --format csv` writes the case matrix `--data` reads: loaded back (with
/// `--taxonomy` from the JSON export) it answers every select, count, crosstab and show statement of
/// the golden suite exactly as the study it came from, in both languages, errors included.
@Suite struct CSVRoundTripTests {
    /// The statements of every golden script that a matrix must answer alike (others need the
    /// evidence, which a matrix does not carry).
    static let statements: [String] = {
        var found: [String] = []
        for name in GoldenTests.goldenScripts {
            let text = (try? String(contentsOf: GoldenTests.goldenDir.appendingPathComponent(name), encoding: .utf8)) ?? ""
            for chunk in ScriptSplitter.split(text) {
                guard case .statements(let source) = chunk.kind else { continue }
                found.append(source)
            }
        }
        return found
    }()

    /// Whether a matrix must answer the statement alike: queries, crosstabs and `show`, except
    /// `show notes` and `show study`, which report the notes, facts and candidates, all of them
    /// quotes of the source that a matrix does not carry.
    /// Conditions on evidence (`evidence contains …`) are left out too.
    static func compares(_ statement: Statement) -> Bool {
        if let show = statement.as(ShowStatement.self) { return show.target != .notes && show.target != .study }
        if let query = statement.as(Query.self) { return !(query.condition.map(searchesEvidence) ?? false) }
        if let crosstab = statement.as(Crosstab.self) { return !(crosstab.condition.map(searchesEvidence) ?? false) }
        return false
    }

    static func searchesEvidence(_ condition: Condition) -> Bool {
        switch condition {
        case .evidenceContains: return true
        case .and(let items), .or(let items): return items.contains(where: searchesEvidence)
        case .not(let inner, _): return searchesEvidence(inner)
        default: return false
        }
    }

    /// `closedWorldNotes: false` leaves out the closed-world note: a case matrix carries no source
    /// and its 0s are data (issue 11 item 16), so it answers `not` without that note.
    static func answers(_ interpreter: Interpreter, _ source: String, closedWorldNotes: Bool = true) -> [String] {
        let parsed: [ParsedStatement]
        do { parsed = try Parser.parse(source) } catch { return ["parse error: \(error.message)"] }
        return parsed.filter { compares($0.statement) }.map { p -> String in
            do throws(Diagnostic) {
                var output = try interpreter.execute(p.statement)
                if !closedWorldNotes, case .table(var table) = output {
                    table.notes.removeAll { $0.kind == .closedWorld }
                    output = .table(table)
                }
                return String(describing: output)
            } catch {
                return "error: \(error.message) \(error.notes)"
            }
        }
    }

    /// Writes the study both ways through the real binary, loads the matrix back, and compares.
    func roundTrip(dataArguments: [String], original: LoadedStudy) throws -> Int {
        let csv = try CaseQLBinary.run(["export-study", "--format", "csv"] + dataArguments)
        let json = try CaseQLBinary.run(["export-study"] + dataArguments)
        #expect(csv.status == 0 && json.status == 0, "\(csv.stderr)\(json.stderr)")
        let csvPath = try temporaryFile("roundtrip.csv", csv.stdoutBytes)
        let jsonPath = try temporaryFile("roundtrip.json", json.stdoutBytes)
        let reloaded = try StudyLoader.load(path: csvPath, options: .init(taxonomyPath: jsonPath))
        #expect(reloaded.index.count == original.index.count)
        var compared = 0
        for language in LocalizedText.Language.allCases {
            let a = Interpreter(original, language: language), b = Interpreter(reloaded, language: language)
            for source in Self.statements {
                let expected = Self.answers(a, source, closedWorldNotes: false)
                #expect(Self.answers(b, source, closedWorldNotes: false) == expected, "\(source) (\(language))")
                compared += expected.count
            }
        }
        return compared
    }

    @Test func theBuiltinStudyAnswersTheGoldenQueriesTheSameFromItsCSV() throws {
        let compared = try roundTrip(dataArguments: [], original: StudyLoader.builtin())
        #expect(compared > 100)
    }

    @Test func aGeneratedStudyAnswersTheGoldenQueriesTheSameFromItsCSV() throws {
        let generated = try CaseQLBinary.run(["generate-study", "--cases", "400", "--seed", "5", "--format", "json"])
        let path = try temporaryFile("generated.json", generated.stdoutBytes)
        let compared = try roundTrip(dataArguments: ["--data", path], original: StudyLoader.load(path: path))
        #expect(compared > 100)
    }

    @Test func theMatrixStatementWritesWhatExportStudyWrites() throws {
        let export = try CaseQLBinary.run(["export-study", "--format", "csv"])
        let matrix = try CaseQLBinary.run(["--format", "csv", "-c", "matrix"])
        #expect(export.status == 0 && matrix.status == 0)
        #expect(export.stdout.hasPrefix("name,country,founded,employees,field,org.inventor_executive,"))
        #expect(matrix.stdout == export.stdout)
    }

    @Test func aFuzzyMatrixKeepsItsDegrees() throws {
        let matrix = "case,conditions.A,conditions.B,size\nx,0.67,1,3\ny,0.2,0,\n"
        let path = try temporaryFile("fuzzy.csv", matrix)
        let out = try CaseQLBinary.run(["export-study", "--format", "csv", "--data", path])
        #expect(out.stdout == "name,size,conditions.A,conditions.B\nx,3,0.67,1\ny,,0.2,0\n")
    }
}
