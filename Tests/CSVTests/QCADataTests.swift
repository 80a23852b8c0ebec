import CaseModel
@testable import StudyIO
import Testing
import TestSupport

/// The public QCA benchmark tables load as sets in the `conditions` dimension, with the file's
/// own memberships: checked cell by cell against a naive reading of the same file.
@Suite(.enabled(if: Fixtures.qcaAvailable, "QCA data sets not found next to the package (../shared/data/qca); skipped"))
struct QCADataTests {
    @Test func crispLipsetLoadsEveryCaseAndCondition() throws {
        let loaded = try CSVStudy.load(path: PackagePaths.qca("LC.csv"), taxonomy: nil)
        #expect(loaded.index.count == 18)
        #expect(loaded.study.cases.count == 18)
        #expect(loaded.study.taxonomy.dimensions.map(\.id) == ["conditions"])
        #expect(loaded.study.taxonomy.dimensions[0].categories.map(\.id) == ["DEV", "URB", "LIT", "IND", "STB", "SURV"])
        #expect(loaded.study.attributes.isEmpty)
        #expect(loaded.memberships.isEmpty, "a crisp table keeps no degrees")

        let rows = try Fixtures.naiveRows(PackagePaths.qca("LC.csv"))
        let header = rows[0]
        for row in rows.dropFirst() {
            let r = try #require(loaded.index.names.firstIndex(of: row[0]))
            for (k, cell) in row.enumerated().dropFirst() {
                let node = try #require(Fixtures.node(loaded, header[k]))
                #expect(loaded.index.directSets[node][r] == (cell == "1"), "\(row[0]) \(header[k])")
            }
        }
    }

    @Test func crispLipsetAnswersAConditionQuery() throws {
        // select cases where conditions includes DEV and not conditions includes URB
        let loaded = try CSVStudy.load(path: PackagePaths.qca("LC.csv"), taxonomy: nil)
        let dev = try #require(Fixtures.node(loaded, "DEV")), urb = try #require(Fixtures.node(loaded, "URB"))
        let answer = loaded.index.categorySets[dev].intersection(loaded.index.categorySets[urb].complement())
        #expect(Fixtures.names(loaded, answer) == ["AU", "FI", "FR", "IE", "SE"])
        #expect(loaded.index.dimensionSets[0].cardinality == 15, "GR, PT and ES are in no set")
    }

    @Test func fuzzyLipsetKeepsDegreesAndCutsAtTheCrossover() throws {
        let loaded = try CSVStudy.load(path: PackagePaths.qca("LF.csv"), taxonomy: nil)
        #expect(loaded.index.count == 18)
        let rows = try Fixtures.naiveRows(PackagePaths.qca("LF.csv"))
        let header = rows[0]
        for row in rows.dropFirst() {
            let r = try #require(loaded.index.names.firstIndex(of: row[0]))
            for (k, cell) in row.enumerated().dropFirst() {
                let node = try #require(Fixtures.node(loaded, header[k]))
                let degree = try #require(Double(cell))
                #expect(loaded.membership(case: r, node: node) == degree, "\(row[0]) \(header[k])")
                #expect(loaded.index.directSets[node][r] == (degree > 0.5), "\(row[0]) \(header[k])")
            }
        }
        let dev = try #require(Fixtures.node(loaded, "DEV"))
        #expect(Fixtures.names(loaded, loaded.index.directSets[dev]) == ["AU", "BE", "CZ", "FI", "FR", "DE", "IE", "NL", "SE", "UK"])
        let au = try #require(loaded.study.cases.first { $0.name == "AU" })
        #expect(au.codes.first { $0.category == "URB" }?.membership == 0.12, "degrees survive as written")
    }

    @Test func cebotariVinkLoadsAllFuzzyColumns() throws {
        let loaded = try CSVStudy.load(path: PackagePaths.qca("CVF.csv"), taxonomy: nil)
        let rows = try Fixtures.naiveRows(PackagePaths.qca("CVF.csv"))
        #expect(loaded.index.count == rows.count - 1)
        #expect(loaded.index.count == 29)
        #expect(loaded.memberships.count == 6)
        let protest = try #require(Fixtures.node(loaded, "PROTEST"))
        let kosovo = try #require(loaded.index.names.firstIndex(of: "KosovoAlbanians"))
        #expect(loaded.membership(case: kosovo, node: protest) == 0.98)
        let expected = rows.dropFirst().filter { (Double($0[6]) ?? 0) > 0.5 }.map { $0[0] }
        #expect(Fixtures.names(loaded, loaded.index.directSets[protest]) == expected)
    }

    @Test func theLipsetSampleIsTheCrispTable() throws {
        let sample = try CSVStudy.load(path: PackagePaths.sample("lipset-crisp.csv"), taxonomy: nil)
        let original = try CSVStudy.load(path: PackagePaths.qca("LC.csv"), taxonomy: nil)
        #expect(sample.index.names == original.index.names)
        #expect(sample.index.directSets == original.index.directSets)
    }
}
