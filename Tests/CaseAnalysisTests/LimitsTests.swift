import CaseAnalysis
import Testing

/// What the analysis refuses, with a message that says why.
struct LimitsTests {
    private func data(conditions k: Int, cases: Int = 3) throws(AnalysisError) -> MembershipData {
        try MembershipData(caseNames: (0..<cases).map { "c\($0)" }, conditions: (0..<k).map { "X\($0)" },
                           memberships: (0..<k).map { c in (0..<cases).map { Double(($0 + c) % 2) } },
                           outcomeName: "Y", outcome: (0..<cases).map { Double($0 % 2) })
    }

    @Test func atMostTwentyConditions() throws {
        #expect(try data(conditions: 20).conditions.count == 20)
        do {
            _ = try data(conditions: 30)
            Issue.record("30 conditions were accepted")
        } catch {
            #expect(error.message == "30 conditions are too many: QCA here takes at most 20 (2^30 configurations)")
        }
    }

    @Test func badDataIsRefused() {
        #expect(throws: AnalysisError("condition 'A' is given twice")) {
            try MembershipData(caseNames: ["x"], conditions: ["A", "A"], memberships: [[1], [0]], outcomeName: "Y", outcome: [1])
        }
        #expect(throws: AnalysisError("case 'x' has a membership of 1.5 in 'A': memberships are in [0, 1]")) {
            try MembershipData(caseNames: ["x"], conditions: ["A"], memberships: [[1.5]], outcomeName: "Y", outcome: [1])
        }
        #expect(throws: AnalysisError.self) {
            try MembershipData(caseNames: ["x"], conditions: ["A"], memberships: [[.nan]], outcomeName: "Y", outcome: [1])
        }
        #expect(throws: AnalysisError.self) {
            try MembershipData(caseNames: ["x"], conditions: ["Y"], memberships: [[1]], outcomeName: "Y", outcome: [1])
        }
    }

    @Test func badCutoffsAreRefused() throws {
        let lf = try QCAData.lf()
        #expect(throws: AnalysisError("the inclusion cutoff 2.0 is not between 0 and 1")) {
            try TruthTable(lf, options: TruthTableOptions(inclusionCut: 2))
        }
        #expect(throws: AnalysisError.self) {
            try TruthTable(lf, options: TruthTableOptions(inclusionCut: 0.7, contradictionCut: 0.8))
        }
        #expect(throws: AnalysisError.self) { try TruthTable(lf, options: TruthTableOptions(minimumCases: 0)) }
    }

    @Test func nothingToExplain() throws {
        let table = try TruthTable(QCAData.lf(), options: TruthTableOptions(inclusionCut: 0.95))
        #expect(throws: AnalysisError.self) { try Minimization(table) }
    }

    @Test func expectationsNeedRemainders() throws {
        let table = try TruthTable(QCAData.lf(), options: TruthTableOptions(inclusionCut: 0.8))
        #expect(throws: AnalysisError.self) {
            try Minimization(table, options: MinimizationOptions(expectations: Array(repeating: .present, count: 5)))
        }
        #expect(throws: AnalysisError.self) {
            try Minimization(table, options: MinimizationOptions(includeRemainders: true, expectations: [.present]))
        }
    }
}
