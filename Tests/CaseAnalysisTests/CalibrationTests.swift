import CaseAnalysis
import Testing

/// R's QCA `calibrate()` (reference manual, `calibrate`: direct method with exclusion, crossover and
/// inclusion anchors, `idm = 0.95`; crisp with one threshold) on the raw Lipset data (QCA's `LR`,
/// column DEV: GNP per capita, Lipset 1959), figures as R QCA 3.25.1 prints them.
struct CalibrationTests {
    /// `LR$DEV`, in the order of the cases AU … UK.
    static let dev: [Double] = [720, 1098, 586, 468, 590, 983, 795, 390, 424, 662, 517, 1008, 350, 320, 331, 367, 897, 1038]

    @Test func directMethodIncreasing() throws {
        // calibrate(LR$DEV, thresholds = "e=350, c=550, i=900")
        let fuzzy = try Calibration.direct(Self.dev, exclusion: 350, crossover: 550, inclusion: 900)
        let expected = [0.8069256329873919, 0.9901477095566077, 0.5751406827697905, 0.2301933127896624,
                        0.5833418585509367, 0.9744862192906145, 0.8870651459672333, 0.0866255450880922,
                        0.1352873106305616, 0.7195479643948025, 0.3808758305299199, 0.9792249515739643,
                        0.0500000000000001, 0.0327325567299382, 0.0382665685722701, 0.0633187430712500,
                        0.9487874863961309, 0.9837837009356190]
        for (got, want) in zip(fuzzy, expected) { #expect(abs(got - want) < 1e-12) }
        // The anchors land on 0.05, 0.5, 0.95.
        let anchors = try Calibration.direct([350, 550, 900], exclusion: 350, crossover: 550, inclusion: 900)
        #expect(anchors.map(r3) == [0.05, 0.5, 0.95])
    }

    @Test func directMethodDecreasing() throws {
        // calibrate(LR$DEV, thresholds = "i=350, c=550, e=900"): exclusion above inclusion.
        let fuzzy = try Calibration.direct(Self.dev, exclusion: 900, crossover: 550, inclusion: 350)
        let expected = [0.19307436701260805, 0.00985229044339231, 0.42485931723020953, 0.76980668721033763,
                        0.41665814144906332, 0.02551378070938548, 0.11293485403276671, 0.91337445491190783,
                        0.86471268936943846, 0.28045203560519749, 0.61912416947008009, 0.02077504842603572,
                        0.94999999999999996, 0.96726744327006176, 0.96173343142772982, 0.93668125692874993,
                        0.05121251360386914, 0.01621629906438105]
        for (got, want) in zip(fuzzy, expected) { #expect(abs(got - want) < 1e-12) }
    }

    @Test func crispThreshold() throws {
        // calibrate(LR$DEV, type = "crisp", thresholds = 550)
        #expect(try Calibration.crisp(Self.dev, thresholds: [550]) == [1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 1])
    }

    @Test func badAnchors() {
        #expect(throws: AnalysisError.self) { try Calibration.direct(Self.dev, exclusion: 350, crossover: 900, inclusion: 550) }
        #expect(throws: AnalysisError.self) { try Calibration.direct(Self.dev, exclusion: 350, crossover: 350, inclusion: 900) }
        #expect(throws: AnalysisError.self) { try Calibration.crisp(Self.dev, thresholds: [2000]) }
        #expect(throws: AnalysisError.self) { try Calibration.direct([.nan], exclusion: 1, crossover: 2, inclusion: 3) }
    }
}
