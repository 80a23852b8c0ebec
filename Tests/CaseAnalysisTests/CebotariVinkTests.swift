import CaseAnalysis
import Testing

/// Cebotari & Vink (2013) fuzzy data (CVF), R's QCA reference manual `minimize` examples:
/// `ttCVF <- truthTable(CVF, outcome = PROTEST, incl.cut = 0.8, sort.by = "incl, n")` and
/// `pCVF <- minimize(ttCVF, include = "?", details = TRUE)`, which has four equally good models;
/// figures as R QCA 3.25.1 prints them.
@Suite(.enabled(if: QCAData.cvfAvailable, "CVF.csv not found next to the package (../shared/data/qca); skipped"))
struct CebotariVinkTests {
    let cvf: MembershipData
    let table: TruthTable

    init() throws {
        cvf = try QCAData.cvf()
        table = try TruthTable(cvf, options: TruthTableOptions(inclusionCut: 0.8))
    }

    @Test func truthTable() {
        let rows = table.sorted(by: [.inclusion, .cases])
        #expect(rowNumbers(rows.map(\.configuration)) == [31, 29, 27, 15, 30, 24, 32, 5, 16, 28, 8, 10, 6, 22, 20, 14, 2])
        #expect(rows.prefix(9).allSatisfy { $0.output == .positive })
        #expect(rows.map { r3($0.inclusion!) }.prefix(4) == [0.959, 0.957, 0.938, 0.929])
    }

    @Test func allEquallyGoodParsimoniousModels() throws {
        let solution = try #require(try Minimization(table, options: MinimizationOptions(includeRemainders: true)).solutions.first)
        #expect(solution.models.map(\.expression) == [
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + ~DEMOC*ETHFRACT*POLDIS + DEMOC*ETHFRACT*GEOCON",
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + ~DEMOC*ETHFRACT*POLDIS + DEMOC*ETHFRACT*~POLDIS",
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + DEMOC*ETHFRACT*GEOCON + ETHFRACT*GEOCON*POLDIS",
            "~NATPRIDE + DEMOC*GEOCON*POLDIS + DEMOC*ETHFRACT*~POLDIS + ETHFRACT*GEOCON*POLDIS",
        ])
        #expect(solution.terms.map(\.expression) == ["~NATPRIDE", "DEMOC*GEOCON*POLDIS", "~DEMOC*ETHFRACT*POLDIS",
                                                     "DEMOC*ETHFRACT*GEOCON", "DEMOC*ETHFRACT*~POLDIS",
                                                     "ETHFRACT*GEOCON*POLDIS"])
        #expect(solution.terms.map(\.essential) == [true, true, false, false, false, false])
        #expect(solution.terms.map(line) == [[0.899, 0.807, 0.597, 0.121], [0.906, 0.805, 0.342, 0.065],
                                             [0.842, 0.718, 0.299, 0.000], [0.935, 0.826, 0.480, 0.000],
                                             [0.932, 0.773, 0.417, 0.000], [0.869, 0.786, 0.365, 0.005]])
        #expect(solution.models.map(line) == [[0.877, 0.777, 0.805], [0.877, 0.777, 0.805],
                                              [0.879, 0.782, 0.810], [0.879, 0.782, 0.810]])
        // Unique coverage within each model: the (M1) … (M4) columns.
        #expect(solution.models.map { $0.covU.map { r3($0!) } } == [[0.132, 0.065, 0.040, 0.085],
                                                                   [0.122, 0.070, 0.040, 0.085],
                                                                   [0.136, 0.065, 0.085, 0.045],
                                                                   [0.126, 0.065, 0.085, 0.045]])
        #expect(cases(solution.terms[1], cvf) == "HungariansRom,CatholicsNIreland; AlbaniansFYROM; RussiansEstonia")
    }

    @Test func conservativeSolution() throws {
        let solution = try #require(try Minimization(table).solutions.first)
        #expect(solution.models.map(\.expression) == [
            "DEMOC*ETHFRACT*GEOCON + ETHFRACT*GEOCON*POLDIS + DEMOC*ETHFRACT*POLDIS*~NATPRIDE + "
                + "DEMOC*GEOCON*POLDIS*NATPRIDE + ~DEMOC*~ETHFRACT*GEOCON*~POLDIS*~NATPRIDE",
        ])
        #expect(solution.terms.map(line) == [[0.935, 0.826, 0.480, 0.134], [0.869, 0.786, 0.365, 0.109],
                                             [0.964, 0.914, 0.271, 0.033], [0.909, 0.778, 0.300, 0.066],
                                             [0.874, 0.584, 0.269, 0.021]])
        #expect(line(solution.models[0]) == [0.899, 0.808, 0.712])
    }
}
