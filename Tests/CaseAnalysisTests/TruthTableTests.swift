import CaseAnalysis
import Testing

/// Cutoffs of R's `truthTable`: contradictions between two inclusion cutoffs, `n.cut`, `pri.cut`,
/// and cases at the crossover. Figures as R QCA 3.25.1 gives them for LF.
struct TruthTableTests {
    @Test func contradictionsBetweenTwoCutoffs() throws {
        // truthTable(LF, SURV, incl.cut = c(0.8, 0.5)): rows 24, 6 and 5 (incl 0.709, 0.529, 0.521) are C.
        let table = try TruthTable(QCAData.lf(), options: TruthTableOptions(inclusionCut: 0.8, contradictionCut: 0.5))
        #expect(rowNumbers(table.configurations(.contradiction)) == [5, 6, 24])
        #expect(rowNumbers(table.configurations(.positive)) == [22, 32])
        // Contradictions are not explained, so they block remainders as negatives do.
        let solution = try #require(try Minimization(table, options: MinimizationOptions(includeRemainders: true)).solutions.first)
        #expect(solution.models.map(\.expression) == ["DEV*~IND + URB*STB"])
    }

    @Test func rowsWithTooFewCasesBecomeRemainders() throws {
        // truthTable(LF, SURV, incl.cut = 0.8, n.cut = 2): the rows with one case are remainders.
        let table = try TruthTable(QCAData.lf(), options: TruthTableOptions(inclusionCut: 0.8, minimumCases: 2))
        #expect(rowNumbers(table.configurations(.remainder)) == [6, 23, 31])
        #expect(table.sorted(by: [.inclusion]).suffix(3).allSatisfy { $0.output == .remainder })
    }

    @Test func priCutoff() throws {
        // truthTable(LF, SURV, incl.cut = 0.8, pri.cut = 0.8): row 22 (PRI 0.719) is no longer positive.
        let table = try TruthTable(QCAData.lf(), options: TruthTableOptions(inclusionCut: 0.8, priCut: 0.8))
        #expect(rowNumbers(table.configurations(.positive)) == [32])
    }

    @Test func crossoverCasesBelongToNoRow() throws {
        let data = try MembershipData(caseNames: ["a", "b", "c"], conditions: ["A"], memberships: [[0.5, 0.9, 0.1]],
                                      outcomeName: "Y", outcome: [1, 1, 0])
        let table = try TruthTable(data)
        #expect(table.casesAtCrossover == [0])
        #expect(table.rows.map(\.cases) == [[2], [1]])
        // The crossover case still counts in the sums: incl(A) = (0.5 + 0.9 + 0.1 ∧ 0) / (0.5 + 0.9 + 0.1).
        #expect(abs(table.rows[1].inclusion! - 1.4 / 1.5) < 1e-12)
    }
}
