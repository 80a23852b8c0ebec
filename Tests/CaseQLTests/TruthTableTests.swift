import Foundation
import Testing
import CaseModel
@testable import StudyIO
import QueryResult
@testable import CaseQL
import TestSupport

/// The truth table against the published one for the fuzzy Lipset data (Ragin 2009; the same table
/// R's QCA package prints for `truthTable(LF, outcome = "SURV", incl.cut = 0.8)`).
@Suite struct TruthTableTests {
    func interpreter(_ sample: String) throws -> Interpreter {
        let loaded = try CSVStudy.load(path: PackagePaths.sample(sample), taxonomy: nil)
        return Interpreter(study: loaded.study, index: loaded.index, memberships: loaded.memberships)
    }

    func table(_ interpreter: Interpreter, _ statement: String) throws -> ResultTable {
        guard case .table(let t) = try interpreter.run(statement).last else { throw CancellationError() }
        return t
    }

    @Test func fuzzyLipsetMatchesThePublishedTable() throws {
        let t = try table(try interpreter("lipset-fuzzy.csv"), "truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8")
        let configurations = t.rows.map { $0[0..<5].map(\.plainText).joined() }
        #expect(configurations == ["00000", "00001", "00100", "00101", "10101", "10110", "10111", "11110", "11111"])
        #expect(t.rows.map { $0[7] } == [0.216, 0.278, 0.521, 0.529, 0.804, 0.378, 0.709, 0.445, 0.904].map { .number($0) })
        #expect(t.rows.map { $0[8] } == [0, 0, 0.113, 0.228, 0.719, 0.04, 0.634, 0.05, 0.886].map { .number($0) })
        #expect(t.rows.map { $0[5] } == [0, 0, 0, 0, 1, 0, 0, 0, 1].map { .integer($0) })
        #expect(t.rows.map { $0[6] } == [3, 2, 2, 1, 2, 1, 2, 1, 4].map { .integer($0) })
        #expect(t.rows.last?[9] == .list(["BE", "CZ", "NL", "UK"]))
    }

    @Test func crispLipsetIsPerfectlyConsistent() throws {
        let t = try table(try interpreter("lipset-crisp.csv"), "truthtable SURV by DEV, URB, LIT, IND, STB")
        #expect(t.rows.count == 9)
        // Survival is 1 exactly in the configurations of FI/IE, FR/SE and BE/CZ/NL/UK.
        #expect(t.rows.filter { $0[5] == .integer(1) }.map { $0[9] }
                == [.list(["FI", "IE"]), .list(["FR", "SE"]), .list(["BE", "CZ", "NL", "UK"])])
        #expect(t.rows.map { $0[6] }.reduce(0) { $0 + (Int($1.plainText) ?? 0) } == 18)
    }

    @Test func whereNarrowsTheCases() throws {
        let t = try table(try interpreter("lipset-crisp.csv"), "truthtable SURV by DEV, STB where conditions includes LIT")
        // Columns: DEV, STB, OUT, n, incl, PRI, cases.
        #expect(t.rows.map { $0[3] }.reduce(0) { $0 + (Int($1.plainText) ?? 0) } == 13)
    }

    @Test func codesOfTheBuiltInStudyAreCrispAndClosedWorld() throws {
        let t = try table(TestStudy.interpreter, "truthtable crowdfunding by procurement, debt")
        // Columns: procurement, debt, OUT, n, incl, PRI, firms; rows 00, 01, 10.
        #expect(t.rows.count == 3)
        #expect(t.rows.map { $0[2] } == [.integer(0), .integer(0), .integer(1)])
        #expect(t.rows.last?[6] == .list(["BETA TIDAL"]))
        #expect(t.notes.contains { $0.kind == .closedWorld } == false)
    }

    @Test func mistakesAreDiagnosed() {
        #expect(throws: Diagnostic.self) { try TestStudy.interpreter.run("truthtable crowdfunding by crowdfunding") }
        #expect(throws: Diagnostic.self) { try TestStudy.interpreter.run("truthtable crowdfunding by debt cutoff 2") }
        #expect(throws: Diagnostic.self) { try TestStudy.interpreter.run("truthtable crowdfundng by debt") }
        let many = (0..<21).map { "c\($0)" }.joined(separator: ", ")
        #expect(throws: Diagnostic.self) { try Parser.parse("truthtable x by \(many)") }
    }
}
