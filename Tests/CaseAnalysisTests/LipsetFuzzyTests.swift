import CaseAnalysis
import Testing

/// The fuzzy Lipset data (LF) minimised as in R's QCA reference manual, `minimize` examples
/// ("Lipset fuzzy sets data (Ragin 2009, p.112)": `ttLF <- truthTable(LF, SURV, incl.cut = 0.8,
/// sort.by = "incl", show.cases = TRUE)`, then `minimize(ttLF, details = TRUE)`, with
/// `include = "?"`, and with `dir.exp = c(DEV, URB, LIT, IND, STB)`); the same analysis is the worked
/// example of Dusa (2019), "QCA with R", ch. 7–8. The figures are R QCA 3.25.1's printed output.
struct LipsetFuzzyTests {
    let lf: MembershipData
    let table: TruthTable

    init() throws {
        lf = try QCAData.lf()
        table = try TruthTable(lf, options: TruthTableOptions(inclusionCut: 0.8))
    }

    @Test func truthTableSortedByInclusion() {
        let rows = table.sorted(by: [.inclusion])
        #expect(rowNumbers(rows.map(\.configuration)) == [32, 22, 24, 6, 5, 31, 23, 2, 1])
        #expect(rows.map { $0.output.rawValue } == ["1", "1", "0", "0", "0", "0", "0", "0", "0"])
        #expect(rows.map(\.cases.count) == [4, 2, 2, 1, 2, 1, 1, 2, 3])
        #expect(rows.map { r3($0.inclusion!) } == [0.904, 0.804, 0.709, 0.529, 0.521, 0.445, 0.378, 0.278, 0.216])
        #expect(rows.map { r3($0.pri!) } == [0.886, 0.719, 0.634, 0.228, 0.113, 0.050, 0.040, 0.000, 0.000])
        #expect(rows[0].cases.map { lf.caseNames[$0] } == ["BE", "CZ", "NL", "UK"])
        #expect(table.unobservedConfigurations.count == 23)
    }

    @Test func conservativeSolution() throws {
        let solution = try #require(try Minimization(table).solutions.first)
        #expect(solution.models.map(\.expression) == ["DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB"])
        #expect(solution.terms.map(line) == [[0.904, 0.886, 0.454, 0.393], [0.804, 0.719, 0.265, 0.204]])
        #expect(line(solution.models[0]) == [0.870, 0.843, 0.658])
        #expect(solution.terms.map { cases($0, lf) } == ["BE,CZ,NL,UK", "FI,IE"])
    }

    @Test func parsimoniousSolution() throws {
        let solution = try #require(try Minimization(table, options: MinimizationOptions(includeRemainders: true)).solutions.first)
        #expect(solution.models.map(\.expression) == ["DEV*~IND + URB*STB"])
        #expect(solution.terms.map(line) == [[0.815, 0.721, 0.284, 0.194], [0.874, 0.845, 0.520, 0.430]])
        #expect(line(solution.models[0]) == [0.850, 0.819, 0.714])
        #expect(solution.terms.map { cases($0, lf) } == ["FI,IE", "BE,CZ,NL,UK"])
        // `pLF$SA$M1`: the twelve remainders the model assumes positive.
        #expect(rowNumbers(solution.simplifyingAssumptions[0]) == [10, 12, 14, 16, 17, 18, 21, 25, 26, 28, 29, 30])
    }

    @Test func intermediateSolutionAllPresent() throws {
        let options = MinimizationOptions(includeRemainders: true, expectations: Array(repeating: .present, count: 5))
        let solution = try #require(try Minimization(table, options: options).solutions.first)
        #expect(solution.label == "C1P1")
        #expect(solution.models.map(\.expression) == ["DEV*URB*LIT*STB + DEV*LIT*~IND*STB"])
        #expect(solution.terms.map(line) == [[0.901, 0.879, 0.468, 0.378], [0.814, 0.721, 0.282, 0.191]])
        #expect(line(solution.models[0]) == [0.866, 0.839, 0.660])
        // `i.sol$C1P1$EC`: one easy counterfactual (row 30); the other eleven are difficult.
        #expect(rowNumbers(solution.easyCounterfactuals) == [30])
        #expect(rowNumbers(solution.difficultCounterfactuals) == [10, 12, 14, 16, 17, 18, 21, 25, 26, 28, 29])
    }

    @Test func negatedOutcome() throws {
        let negated = try TruthTable(lf.negatingOutcome(), options: TruthTableOptions(inclusionCut: 0.8))
        #expect(negated.data.outcomeName == "~SURV")
        let rows = negated.sorted(by: [.inclusion])
        #expect(rowNumbers(rows.map(\.configuration)) == [1, 2, 23, 31, 6, 5, 22, 24, 32])
        #expect(rows.map { r3($0.inclusion!) } == [1.000, 0.982, 0.974, 0.971, 0.861, 0.855, 0.498, 0.495, 0.250])

        let conservative = try #require(try Minimization(negated).solutions.first)
        #expect(conservative.models.map(\.expression) == ["~DEV*~URB*~IND + DEV*LIT*IND*~STB"])
        #expect(conservative.terms.map(line) == [[0.886, 0.854, 0.678, 0.582], [0.981, 0.973, 0.220, 0.124]])
        #expect(line(conservative.models[0]) == [0.897, 0.871, 0.803])
        #expect(conservative.terms.map { cases($0, lf) } == ["GR,PT,ES; IT,RO; HU,PL; EE", "AU; DE"])

        let parsimonious = try #require(try Minimization(negated, options: MinimizationOptions(includeRemainders: true)).solutions.first)
        #expect(parsimonious.models.map(\.expression) == ["~DEV + ~STB"])
        #expect(parsimonious.terms.map(line) == [[0.837, 0.798, 0.783, 0.231], [0.902, 0.871, 0.657, 0.105]])
        #expect(line(parsimonious.models[0]) == [0.849, 0.816, 0.888])
    }
}
