import CaseAnalysis
import Testing

/// The crisp Lipset data (LC) as in R's QCA reference manual, `minimize` examples: `ttLC <-
/// truthTable(LC, SURV, sort.by = "incl, n")`, the conservative solution (Rihoux & De Meur 2009,
/// p. 57), the negated outcome, and the parsimonious solutions; figures as R QCA 3.25.1 prints them.
struct LipsetCrispTests {
    let lc: MembershipData
    let table: TruthTable

    init() throws {
        lc = try QCAData.lc()
        table = try TruthTable(lc)
    }

    @Test func truthTableSortedByInclusionThenCases() {
        let rows = table.sorted(by: [.inclusion, .cases])
        #expect(rowNumbers(rows.map(\.configuration)) == [32, 22, 24, 1, 2, 5, 6, 23, 31])
        #expect(rows.map(\.cases.count) == [4, 2, 2, 3, 2, 2, 1, 1, 1])
        #expect(rows.map { $0.output.rawValue } == ["1", "1", "1", "0", "0", "0", "0", "0", "0"])
    }

    @Test func conservativeSolution() throws {
        let solution = try #require(try Minimization(table).solutions.first)
        #expect(solution.models.map(\.expression) == ["DEV*~URB*LIT*STB + DEV*LIT*IND*STB"])
        #expect(solution.terms.map(line) == [[1, 1, 0.5, 0.25], [1, 1, 0.75, 0.5]])
        #expect(solution.terms.map { cases($0, lc) } == ["FI,IE; FR,SE", "FR,SE; BE,CZ,NL,UK"])
    }

    @Test func parsimoniousSolution() throws {
        let solution = try #require(try Minimization(table, options: MinimizationOptions(includeRemainders: true)).solutions.first)
        #expect(solution.models.map(\.expression) == ["DEV*STB"])
        #expect(solution.terms.map(line) == [[1, 1, 1, nil]])
        #expect(rowNumbers(solution.simplifyingAssumptions[0]) == [18, 20, 26, 28, 30])
    }

    @Test func intermediateSolutionAllPresent() throws {
        let options = MinimizationOptions(includeRemainders: true, expectations: Array(repeating: .present, count: 5))
        let solution = try #require(try Minimization(table, options: options).solutions.first)
        #expect(solution.models.map(\.expression) == ["DEV*LIT*STB"])
    }

    @Test func negatedOutcome() throws {
        let negated = try TruthTable(lc.negatingOutcome())
        let conservative = try #require(try Minimization(negated).solutions.first)
        #expect(conservative.models.map(\.expression) == ["~DEV*~URB*~IND + DEV*LIT*IND*~STB"])
        #expect(conservative.terms.map(line) == [[1, 1, 0.8, 0.8], [1, 1, 0.2, 0.2]])
        let parsimonious = try #require(try Minimization(negated, options: MinimizationOptions(includeRemainders: true)).solutions.first)
        #expect(parsimonious.models.map(\.expression) == ["~DEV + ~STB"])
        #expect(parsimonious.terms.map(line) == [[1, 1, 0.8, 0.3], [1, 1, 0.7, 0.2]])
        #expect(parsimonious.terms.map { cases($0, lc) } == ["GR,PT,ES; IT,RO; HU,PL; EE", "GR,PT,ES; HU,PL; AU; DE"])
    }
}
