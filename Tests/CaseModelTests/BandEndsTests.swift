import CaseModel
import Testing

/// Band ends kept per dictionary entry read case by case as the array of doubles would.
struct BandEndsTests {
    @Test func endsByCodeReadAsPerCaseValues() {
        let ends = BandEnds(codes: [1, -1, 0, 1], ends: [11, 51])
        #expect(ends.count == 4)
        #expect(ends[0] == 51 && ends[1].isNaN && ends[2] == 11 && ends[3] == 51)
        #expect(Array(ends).filter { !$0.isNaN } == [51, 11, 51])
        #expect(BandEnds(codes: [0, 1], ends: [1, 2]) == [1, 2])
        #expect(BandEnds([3, 4]) == BandEnds(codes: [1, 0], ends: [4, 3]))
        #expect("\(BandEnds(codes: [0], ends: [7]))" == "\([7.0])")
    }

    /// An index built from `Case` values keeps a range column's bounds per band.
    @Test func anIndexOfCasesKeepsTheBoundsOfEachBand() {
        let employees = AttributeDefinition(id: "employees", labels: LocalizedText(en: "Employees"), kind: .range)
        let cases = [("A", 11.0, 50.0, "11~50"), ("B", 51, 200, "51~200"), ("C", 11, 50, "11~50")].map {
            Case(name: $0.0, attributes: ["employees": .range(low: $0.1, high: $0.2, text: $0.3)])
        }
        let index = CaseIndex(study: Study(title: LocalizedText(en: "t"), caseNoun: "cases", attributes: [employees],
                                           taxonomy: Taxonomy(dimensions: []), cases: cases + [Case(name: "D")]))
        guard case .range(let lows, let highs, let codes, let dictionary) = index.columns[0] else {
            Issue.record("employees is \(index.columns[0])")
            return
        }
        #expect(Array(lows.prefix(3)) == [11, 51, 11] && lows[3].isNaN)
        #expect(Array(highs.prefix(3)) == [50, 200, 50] && highs[3].isNaN)
        #expect(codes == [0, 1, 0, -1] && dictionary == ["11~50", "51~200"])
    }
}
