import Foundation
import Testing
import CaseModel
@testable import StudyIO
import QueryResult
@testable import CaseQL
import TestSupport

/// The QCA statements, run as a user types them, against R's QCA reference manual. The figures are
/// those pinned for CaseAnalysis (Tests/CaseAnalysisTests), as R QCA 3.25.1 prints them for the
/// manual's examples; here they must come out of the statements unchanged.
@Suite struct QCAStatementTests {
    static let cvfPath = URL(fileURLWithPath: PackagePaths.qca("CVF.csv")).standardized.path
    static let cvfAvailable = FileManager.default.fileExists(atPath: cvfPath)

    static func interpreter(_ path: String) throws -> Interpreter {
        let loaded = try CSVStudy.load(path: path, taxonomy: nil)
        return Interpreter(loaded)
    }

    static func sample(_ name: String) throws -> Interpreter {
        try interpreter(PackagePaths.sample(name))
    }

    func document(_ interpreter: Interpreter, _ statement: String) throws -> Document {
        guard case .document(let d) = try interpreter.run(statement).last else { throw CancellationError() }
        return d
    }

    func table(_ interpreter: Interpreter, _ statement: String) throws -> ResultTable {
        guard case .table(let t) = try interpreter.run(statement).last else { throw CancellationError() }
        return t
    }

    /// Each table row as its cells' text: "DEV*~IND", "0.815", …
    func rows(_ t: ResultTable) -> [[String]] { t.rows.map { $0.map(\.plainText) } }

    // R QCA manual, `minimize`, "Lipset fuzzy sets data (Ragin 2009, p.112)":
    // ttLF <- truthTable(LF, SURV, incl.cut = 0.8); minimize(ttLF, details = TRUE).
    @Test func lipsetFuzzyConservative() throws {
        let d = try document(try Self.sample("lipset-fuzzy.csv"), "minimize SURV by DEV, URB, LIT, IND, STB cutoff 0.8")
        #expect(rows(d.tables[0]) == [["M1", "DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB", "0.87", "0.843", "0.658"]])
        #expect(rows(d.tables[1]) == [["DEV*URB*LIT*IND*STB", "0.904", "0.886", "0.454", "0.393", "BE,CZ,NL,UK"],
                                      ["DEV*~URB*LIT*~IND*STB", "0.804", "0.719", "0.265", "0.204", "FI,IE"]])
    }

    // The same manual example with include = "?": the parsimonious solution and pLF$SA$M1.
    @Test func lipsetFuzzyParsimonious() throws {
        let d = try document(try Self.sample("lipset-fuzzy.csv"),
                             "minimize SURV by DEV, URB, LIT, IND, STB cutoff 0.8 include remainders")
        #expect(rows(d.tables[0]) == [["M1", "DEV*~IND + URB*STB", "0.85", "0.819", "0.714"]])
        #expect(rows(d.tables[1]).map { Array($0.prefix(5)) } == [["DEV*~IND", "0.815", "0.721", "0.284", "0.194"],
                                                                  ["URB*STB", "0.874", "0.845", "0.52", "0.43"]])
        #expect(d.tables[2].rows.map { $0[1] } == [10, 12, 14, 16, 17, 18, 21, 25, 26, 28, 29, 30].map { Cell.integer($0) })
    }

    // The same manual example with dir.exp = c(DEV, URB, LIT, IND, STB): i.sol C1P1 and its one easy counterfactual.
    @Test func lipsetFuzzyIntermediate() throws {
        let d = try document(try Self.sample("lipset-fuzzy.csv"),
                             "minimize SURV by DEV, URB, LIT, IND, STB cutoff 0.8 expect DEV, URB, LIT, IND, STB")
        #expect(rows(d.tables[0]) == [["M1", "DEV*URB*LIT*STB + DEV*LIT*~IND*STB", "0.866", "0.839", "0.66"]])
        #expect(rows(d.tables[1]).map { Array($0.prefix(5)) } == [["DEV*URB*LIT*STB", "0.901", "0.879", "0.468", "0.378"],
                                                                  ["DEV*LIT*~IND*STB", "0.814", "0.721", "0.282", "0.191"]])
        #expect(d.tables[2].rows.map { $0[0] } == [.integer(30)])
    }

    // The negated outcome, truthTable(LF, "~SURV", incl.cut = 0.8): conservative and parsimonious.
    @Test func lipsetFuzzyNegatedOutcome() throws {
        let it = try Self.sample("lipset-fuzzy.csv")
        let conservative = try document(it, "minimize ~SURV by DEV, URB, LIT, IND, STB cutoff 0.8")
        #expect(rows(conservative.tables[0]) == [["M1", "~DEV*~URB*~IND + DEV*LIT*IND*~STB", "0.897", "0.871", "0.803"]])
        #expect(rows(conservative.tables[1]).map(\.last) == ["GR,PT,ES; IT,RO; HU,PL; EE", "AU; DE"])
        let parsimonious = try document(it, "minimize ~SURV by DEV, URB, LIT, IND, STB cutoff 0.8 include remainders")
        #expect(rows(parsimonious.tables[0]) == [["M1", "~DEV + ~STB", "0.849", "0.816", "0.888"]])
        let t = try table(it, "truthtable ~SURV by DEV, URB, LIT, IND, STB cutoff 0.8 sort by incl")
        #expect(t.rows.map { $0[7] } == [1.000, 0.982, 0.974, 0.971, 0.861, 0.855, 0.498, 0.495, 0.250].map { Cell.number($0) })
    }

    // Crisp Lipset (LC), the manual's crisp counterpart: conservative and parsimonious.
    @Test func lipsetCrisp() throws {
        let it = try Self.sample("lipset-crisp.csv")
        let conservative = try document(it, "minimize SURV by DEV, URB, LIT, IND, STB")
        #expect(rows(conservative.tables[0]).map { $0[1] } == ["DEV*~URB*LIT*STB + DEV*LIT*IND*STB"])
        #expect(rows(conservative.tables[1]).map(\.last) == ["FI,IE; FR,SE", "FR,SE; BE,CZ,NL,UK"])
        let parsimonious = try document(it, "minimize SURV by DEV, URB, LIT, IND, STB include remainders")
        #expect(rows(parsimonious.tables[0]) == [["M1", "DEV*STB", "1", "1", "1"]])
        #expect(parsimonious.tables[2].rows.map { $0[1] } == [18, 20, 26, 28, 30].map { Cell.integer($0) })
    }

    // R QCA manual, `minimize`, "Cebotari & Vink (2013) fuzzy data": four equally good models, all listed.
    @Test(.enabled(if: QCAStatementTests.cvfAvailable, "CVF.csv not found (../shared/data/qca)"))
    func cebotariVinkAllModels() throws {
        let it = try Self.interpreter(Self.cvfPath)
        let d = try document(it, "minimize PROTEST by DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE cutoff 0.8 include remainders")
        #expect(rows(d.tables[0]).map { $0[0] } == ["M1", "M2", "M3", "M4"])
        #expect(rows(d.tables[0]).map { $0[1] } == [
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + ~DEMOC*ETHFRACT*POLDIS + DEMOC*ETHFRACT*GEOCON",
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + ~DEMOC*ETHFRACT*POLDIS + DEMOC*ETHFRACT*~POLDIS",
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + DEMOC*ETHFRACT*GEOCON + ETHFRACT*GEOCON*POLDIS",
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + DEMOC*ETHFRACT*~POLDIS + ETHFRACT*GEOCON*POLDIS",
        ])
        #expect(rows(d.tables[0]).map { Array($0.suffix(3)) } == [["0.877", "0.777", "0.805"], ["0.877", "0.777", "0.805"],
                                                                  ["0.879", "0.782", "0.81"], ["0.879", "0.782", "0.81"]])
        // The terms table has a covU column per model, as QCA's (M1) … (M4).
        #expect(d.tables[1].columns.map(\.name).contains("(M4)"))
        // JSON: one entry per model.
        guard case .object(let fields) = d.data, case .array(let solutions)? = fields.first(where: { $0.key == "solutions" })?.value
        else { Issue.record("no solutions in the JSON"); return }
        #expect(solutions.count == 4)
    }

    // R QCA manual, `pof`: pof("DEV*~IND + URB*STB -> SURV", data = LF) and pof(~NATPRIDE + GEOCON <- PROTEST, data = CVF).
    @Test func fitReproducesPof() throws {
        let t = try table(try Self.sample("lipset-fuzzy.csv"), "fit DEV*~IND + URB*STB -> SURV")
        #expect(rows(t) == [["DEV*~IND", "0.815", "0.721", "0.284", "0.194"], ["URB*STB", "0.874", "0.845", "0.52", "0.43"],
                            ["expression", "0.85", "0.819", "0.714", ""]])
    }

    @Test(.enabled(if: QCAStatementTests.cvfAvailable, "CVF.csv not found (../shared/data/qca)"))
    func fitNecessityReproducesPof() throws {
        let t = try table(try Self.interpreter(Self.cvfPath), "fit ~NATPRIDE + GEOCON <- PROTEST")
        #expect(rows(t) == [["~NATPRIDE", "0.597", "0.952", "0.899"], ["GEOCON", "0.904", "0.492", "0.624"],
                            ["expression", "0.946", "0.468", "0.633"]])
    }

    // R QCA manual, `superSubset`: superSubset(LC, "SURV") (depth 3 here covers all it finds).
    @Test func necessityReproducesSuperSubset() throws {
        let d = try document(try Self.sample("lipset-crisp.csv"), "necessity SURV by DEV, URB, LIT, IND, STB")
        #expect(rows(d.tables[1]).map { $0[0] } == ["DEV", "LIT", "STB", "DEV*LIT", "DEV*STB", "LIT*STB", "DEV*LIT*STB",
                                                    "~URB + IND"])
        #expect(rows(d.tables[1])[0] == ["DEV", "1", "0.8", "0.8"])
    }

    @Test(.enabled(if: QCAStatementTests.cvfAvailable, "CVF.csv not found (../shared/data/qca)"))
    func necessityCebotariVinkNegated() throws {
        // superSubset(CVF, outcome = "~PROTEST", incl.cut = 0.90, cov.cut = 0.6)
        let d = try document(try Self.interpreter(Self.cvfPath),
                             "necessity ~PROTEST by DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE cutoff 0.9 cov 0.6")
        #expect(rows(d.tables[1]) == [["NATPRIDE", "0.932", "0.622", "0.693"], ["~DEMOC + ~ETHFRACT", "0.951", "0.548", "0.663"],
                                      ["~ETHFRACT + ~POLDIS", "0.927", "0.443", "0.603"]])
    }

    @Test func calibrateMakesACategoryEveryStatementSees() throws {
        let it = Interpreter(study: BuiltinStudy.load())
        let outputs = try it.run("calibrate founded as recent threshold 2010; count firms where recent; show categories calibrated")
        guard outputs.count == 3, case .table(let t) = outputs[0], case .table(let count) = outputs[1],
              case .table(let shown) = outputs[2] else { throw CancellationError() }
        #expect(t.rows.filter { $0[2] == .number(1) }.count == 13)
        #expect(count.rows.first?.first == .integer(13))
        #expect(shown.rows.map { $0[0] } == [.text("recent")])
        // The calibration lasted to the end of that script: the interpreter itself is unchanged.
        #expect(throws: Diagnostic.self) { try it.run("count firms where recent") }
        // Through `execute` (the shell's way) it lasts for the session.
        _ = try it.execute(try Parser.parse("calibrate founded as recent threshold 2010")[0].statement)
        #expect(throws: Diagnostic.self) { try it.run("calibrate founded as recent threshold 2000") }
        _ = try it.run("count firms where recent")
        // Direct method: the anchors get 0.05, 0.5 and 0.95 (R's calibrate, Ragin's log-odds ±3 at idm 0.95).
        let fuzzy = try table(it, "calibrate founded as young thresholds (2001, 2008, 2015)")
        let byName = Dictionary(uniqueKeysWithValues: fuzzy.rows.map { ($0[0].plainText, $0[2]) })
        #expect(byName["MOSTKOM"] == .number(0.05))
        #expect(byName["AXELSPACE"] == .number(0.5))
        #expect(byName["BLUEYE ROBOTICS"] == .number(0.95))
    }

    @Test func builtInStudyMinimisesWithOneCaution() throws {
        let d = try document(Interpreter(study: BuiltinStudy.load()),
                             "minimize patents by with_academia, research_funding, rnd_department")
        #expect(d.notes.filter { $0.kind == .closedWorld }.count == 1)
        #expect(rows(d.tables[0]).map { $0[1] } == ["with_academia*research_funding*~rnd_department"])
    }

    @Test func whyTermListsCasesAndDeviants() throws {
        let d = try document(try Self.sample("lipset-crisp.csv"), "why DEV*STB -> SURV")
        guard case .object(let fields) = d.data, case .array(let terms)? = fields.first(where: { $0.key == "terms" })?.value,
              case .object(let term)? = terms.first,
              case .array(let deviant)? = term.first(where: { $0.key == "deviant" })?.value else {
            Issue.record("no term data"); return
        }
        // DEV*STB is sufficient in LC (inclS 1): no deviant case.
        #expect(deviant.isEmpty)
        #expect(term.first(where: { $0.key == "inclS" })?.value == .number(1))
    }

    // truthTable(LF, SURV, incl.cut = c(0.8, 0.7)): the row of FR, SE (inclusion 0.709) is a contradiction;
    // n.cut = 3 makes every row with fewer than three cases a remainder.
    @Test func truthTableCutoffsAndN() throws {
        let it = try Self.sample("lipset-fuzzy.csv")
        let t = try table(it, "truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8, 0.7")
        #expect(t.rows.filter { $0[5] == .text("C") }.map { $0[9] } == [.list(["FR", "SE"])])
        #expect(t.notes.contains { $0.kind == .warning && $0.text.contains("contradictory") })
        let n = try table(it, "truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8 n 3")
        #expect(n.rows.filter { $0[5] != .text("?") }.map { $0[6] } == [.integer(3), .integer(4)])
        let complete = try table(it, "truthtable SURV by DEV, URB, LIT, IND, STB complete")
        #expect(complete.rows.count == 32)
    }

    // The sweep: the conservative solution at 0.75 and 0.8 is the manual's; from 0.85 only BE,CZ,NL,UK's row is left.
    @Test func sweepMarksChanges() throws {
        let t = try table(try Self.sample("lipset-fuzzy.csv"),
                          "minimize SURV by DEV, URB, LIT, IND, STB sweep cutoff 0.75 to 0.9 by 0.05")
        #expect(rows(t).map { $0[0] } == ["0.75", "0.8", "0.85", "0.9"])
        #expect(rows(t).map { $0[1] } == ["DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB", "DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB",
                                          "DEV*URB*LIT*IND*STB", "DEV*URB*LIT*IND*STB"])
        #expect(rows(t).map { $0[5] } == ["", "", "*", ""])
        #expect(rows(t).map { $0[6] } == ["", "0.75", "", "0.85"])
    }

    @Test func completionKnowsTheClauses() throws {
        let it = try Self.sample("lipset-fuzzy.csv")
        func slot(_ text: String) throws -> CompletionSlot {
            CompletionSlot(statement: try Lexer.tokenize(text).filter { $0.kind != .end }, vocabulary: it.vocabulary)
        }
        #expect(try slot("minimize SURV by DEV include") == .keywords(["remainders"]))
        #expect(try slot("truthtable SURV by DEV sort by") == .keywords(["incl", "n"]))
        #expect(try slot("minimize SURV by DEV show") == .keywords(["evidence"]))
        #expect(try slot("minimize SURV by DEV expect") == .categories(dimensions: nil, then: []))
        #expect(try slot("fit DEV*~") == .categories(dimensions: nil, then: []))
        #expect(try slot("minimize ~") == .categories(dimensions: nil, then: []))
    }

    @Test func malformedStatementsArePositioned() {
        let cases: [(String, Int)] = [
            ("fit DEV** -> SURV", 8), ("minimize SURV by DEV, DEV", 22), ("truthtable SURV by DEV cutoff 2", 30),
            ("minimize SURV by " + (0..<30).map { "c\($0)" }.joined(separator: ", "), 17 + 20 * 4 + 10 * 1),
        ]
        for (source, column) in cases {
            do {
                _ = try Parser.parse(source)
                Issue.record("'\(source)' parsed")
            } catch {
                #expect(error.range.start.offset == column, "\(source): \(error.message)")
            }
        }
    }
}
