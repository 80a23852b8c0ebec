import CaseAnalysis
import Testing

/// `pof` and `superSubset` as in R's QCA reference manual examples (`pof`: "using a SOP expression";
/// `superSubset`: "Lipset binary crisp sets" and "Cebotari & Vink (2013) fuzzy data"), figures as
/// R QCA 3.25.1 prints them.
struct FitTests {
    @Test(.enabled(if: QCAData.cvfAvailable)) func sufficiencyOfAnExpression() throws {
        // pof(~NATPRIDE + GEOCON -> PROTEST, data = CVF)
        let cvf = try QCAData.cvf()
        let report = try SufficiencyReport(SumOfProducts.parse("~NATPRIDE + GEOCON"), in: cvf)
        #expect(report.terms.map(\.expression) == ["~NATPRIDE", "GEOCON"])
        #expect(report.terms.map { [r3($0.fit.inclS), r3($0.fit.pri), r3($0.fit.covS), r3($0.covU!)] }
            == [[0.899, 0.807, 0.597, 0.042], [0.624, 0.449, 0.904, 0.349]])
        #expect([r3(report.expression.inclS), r3(report.expression.pri), r3(report.expression.covS)] == [0.633, 0.462, 0.946])

        // pof(~NATPRIDE + GEOCON -> ~PROTEST, data = CVF)
        let negated = try SufficiencyReport(SumOfProducts.parse("~NATPRIDE + GEOCON"), in: cvf.negatingOutcome())
        #expect(negated.terms.map { [r3($0.fit.inclS), r3($0.fit.pri), r3($0.fit.covS), r3($0.covU!)] }
            == [[0.561, 0.156, 0.381, 0.018], [0.529, 0.309, 0.784, 0.421]])
        #expect([r3(negated.expression.inclS), r3(negated.expression.pri), r3(negated.expression.covS)] == [0.524, 0.303, 0.803])
    }

    @Test(.enabled(if: QCAData.cvfAvailable)) func necessityOfAnExpression() throws {
        // pof(~NATPRIDE + GEOCON <- PROTEST, data = CVF)
        let report = try NecessityReport(SumOfProducts.parse("~NATPRIDE + GEOCON"), in: QCAData.cvf())
        #expect(report.terms.map { [r3($0.fit.inclN), r3($0.fit.ron), r3($0.fit.covN)] }
            == [[0.597, 0.952, 0.899], [0.904, 0.492, 0.624]])
        #expect([r3(report.expression.inclN), r3(report.expression.ron), r3(report.expression.covN)] == [0.946, 0.468, 0.633])
    }

    @Test(.enabled(if: QCAData.cvfAvailable)) func necessityOfEachCondition() throws {
        // pof(CVF[, 1:5], CVF$PROTEST): necessity is pof's default relation.
        let rows = Necessity.ofConditions(try QCAData.cvf()).filter { !$0.expression.hasPrefix("~") }
        #expect(rows.map(\.expression) == ["DEMOC", "ETHFRACT", "GEOCON", "POLDIS", "NATPRIDE"])
        #expect(rows.map { [r3($0.fit.inclN), r3($0.fit.ron), r3($0.fit.covN)] }
            == [[0.741, 0.758, 0.713], [0.680, 0.830, 0.755], [0.904, 0.492, 0.624], [0.518, 0.878, 0.744],
                [0.708, 0.523, 0.539]])
    }

    @Test func sufficiencyOnLipsetFuzzy() throws {
        // pof("DEV*~IND + URB*STB -> SURV", data = LF): the parsimonious solution's fit.
        let report = try SufficiencyReport(SumOfProducts.parse("DEV*~IND + URB*STB"), in: QCAData.lf())
        #expect(report.terms.map { r3($0.covU!) } == [0.194, 0.430])
        #expect([r3(report.expression.inclS), r3(report.expression.pri), r3(report.expression.covS)] == [0.850, 0.819, 0.714])
    }

    @Test func superSubsetLipsetCrisp() throws {
        // superSubset(LC, "SURV")
        let found = try Necessity.superSubset(QCAData.lc())
        #expect(found.map(\.expression) == ["DEV", "LIT", "STB", "DEV*LIT", "DEV*STB", "LIT*STB", "DEV*LIT*STB",
                                            "~URB + IND"])
        #expect(found.map { [r3($0.fit.inclN), r3($0.fit.ron), r3($0.fit.covN)] }
            == [[1, 0.8, 0.8], [1, 0.5, 0.615], [1, 0.7, 0.727], [1, 0.8, 0.8], [1, 1, 1], [1, 0.9, 0.889],
                [1, 1, 1], [1, 0, 0.444]])
    }

    @Test(.enabled(if: QCAData.cvfAvailable)) func superSubsetCebotariVink() throws {
        // superSubset(CVF, outcome = "PROTEST", incl.cut = 0.90, cov.cut = 0.6)
        let cvf = try QCAData.cvf()
        let found = try Necessity.superSubset(cvf, inclusionCut: 0.9, coverageCut: 0.6)
        #expect(found.map(\.expression) == [
            "GEOCON", "DEMOC + ETHFRACT + ~GEOCON", "DEMOC + ~ETHFRACT + POLDIS", "DEMOC + ETHFRACT + POLDIS",
            "DEMOC + ~ETHFRACT + ~NATPRIDE", "DEMOC + ETHFRACT + ~NATPRIDE", "DEMOC + ~GEOCON + POLDIS",
            "DEMOC + ~GEOCON + ~NATPRIDE", "DEMOC + POLDIS + ~NATPRIDE", "~ETHFRACT + POLDIS + ~NATPRIDE",
            "~DEMOC + ETHFRACT + POLDIS + ~NATPRIDE", "ETHFRACT + ~GEOCON + POLDIS + ~NATPRIDE",
        ])
        #expect(found.map { [r3($0.fit.inclN), r3($0.fit.ron), r3($0.fit.covN)] }
            == [[0.904, 0.492, 0.624], [0.930, 0.470, 0.626], [0.918, 0.506, 0.637], [0.906, 0.502, 0.630],
                [0.905, 0.527, 0.641], [0.935, 0.530, 0.656], [0.920, 0.539, 0.654], [0.908, 0.584, 0.671],
                [0.916, 0.596, 0.682], [0.911, 0.554, 0.657], [0.913, 0.532, 0.647], [0.911, 0.613, 0.688]])

        // The same restrictions for the negated outcome.
        let negated = try Necessity.superSubset(cvf.negatingOutcome(), inclusionCut: 0.9, coverageCut: 0.6)
        #expect(negated.map(\.expression) == ["NATPRIDE", "~DEMOC + ~ETHFRACT", "~ETHFRACT + ~POLDIS"])
        #expect(negated.map { [r3($0.fit.inclN), r3($0.fit.ron), r3($0.fit.covN)] }
            == [[0.932, 0.622, 0.693], [0.951, 0.548, 0.663], [0.927, 0.443, 0.603]])
    }

    @Test func ronCutoffFilters() throws {
        let found = try Necessity.superSubset(QCAData.lc(), ronCut: 0.9)
        #expect(found.map(\.expression) == ["DEV*STB", "LIT*STB", "DEV*LIT*STB"])
    }
}
