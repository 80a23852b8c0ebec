import CaseModel
@testable import StudyIO
import Testing

/// Generated studies are reproducible from the seed, and reading back what the writers stream
/// gives the index the generator builds directly.
struct GeneratorTests {
    private func generated(_ cases: Int, seed: UInt64 = 7) -> GeneratedStudy {
        StudyGenerator.generate(cases: cases, seed: seed, taxonomy: Fixtures.taxonomy, attributes: Fixtures.attributes)
    }

    private func csv(_ study: GeneratedStudy) -> [UInt8] {
        var output = ByteOutput()
        study.writeCSV(to: &output)
        return output.bytes
    }

    private func json(_ study: GeneratedStudy) -> [UInt8] {
        var output = ByteOutput()
        study.writeJSON(to: &output)
        return output.bytes
    }

    @Test func theSameSeedGivesTheSameBytes() {
        #expect(csv(generated(500)) == csv(generated(500)))
        #expect(json(generated(500)) == json(generated(500)))
        #expect(csv(generated(500)) != csv(generated(500, seed: 8)))
    }

    @Test func theHeaderNamesAttributesThenLeafPaths() throws {
        let text = String(decoding: csv(generated(3)), as: UTF8.self)
        let header = try #require(text.split(separator: "\n").first)
        #expect(header.hasPrefix("name,country,founded,employees,field,org.inventor_executive,org.rnd_department,"))
        #expect(header.contains(",financing.public.grant.direct_grant,"))
        #expect(!header.contains(",financing.public.grant,"), "only leaves are code columns")
        #expect(text.split(separator: "\n").count == 4)
    }

    @Test func aReloadedCSVGivesTheGeneratedIndex() throws {
        let study = generated(3_000)
        let direct = study.loadedStudy()
        let reloaded = try CSVStudy.parse(csv(study), fileName: "gen.csv", taxonomy: Fixtures.taxonomy,
                                          attributes: Fixtures.attributes)
        #expect(reloaded.index.names == direct.index.names)
        #expect(reloaded.index.directSets == direct.index.directSets)
        #expect(reloaded.index.categorySets == direct.index.categorySets)
        #expect(reloaded.study.cases == direct.study.cases, "same attribute values and codes, case by case")

        // Without a taxonomy file the paths in the header rebuild the same hierarchy.
        let untyped = try CSVStudy.parse(csv(study), fileName: "gen.csv", taxonomy: nil)
        for (node, info) in direct.index.taxonomy.nodes.enumerated() {
            let other = try #require(untyped.index.taxonomy.index(of: info.category.id))
            #expect(untyped.index.categorySets[other] == direct.index.categorySets[node], "\(info.category.id)")
        }
    }

    @Test func theJSONDecodesToTheSameStudy() throws {
        let study = generated(2_000)
        let direct = study.loadedStudy()
        let decoded = try StudyFormat.decode(json(study), fileName: "gen.json")
        #expect(decoded.cases.count == 2_000)
        let index = CaseIndex(study: decoded)
        #expect(index.names == direct.index.names)
        #expect(index.categorySets == direct.index.categorySets)
        #expect(index.dimensionSets == direct.index.dimensionSets)
        for (i, kase) in decoded.cases.enumerated() {
            #expect(kase.attributes == direct.study.cases[i].attributes)
            if kase.attributes != direct.study.cases[i].attributes { break }
        }
    }

    @Test func someCategoriesAreCommonAndSomeRare() {
        let loaded = generated(20_000).loadedStudy()
        let shares = loaded.index.directSets.filter { !$0.isEmpty }.map { Double($0.cardinality) / 20_000 }
        #expect(shares.contains { $0 > 0.4 })
        #expect(shares.contains { $0 < 0.06 })
        #expect(loaded.study.cases.isEmpty, "above the case-list limit only the index is built")
    }

    @Test func zeroCasesIsAStudyToo() throws {
        let study = generated(0)
        #expect(study.loadedStudy().index.count == 0)
        #expect(try CSVStudy.parse(csv(study), fileName: "gen.csv", taxonomy: nil).index.count == 0)
        #expect(try StudyFormat.decode(json(study), fileName: "gen.json").cases.isEmpty)
    }
}
