import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

@Suite("Taxonomy, bitsets and the case index")
struct TaxonomyAndIndexTests {
    private let study: Study
    private let index: CaseIndex

    init() throws {
        study = try StudyFormat.load(path: PackagePaths.miniStudy)
        index = CaseIndex(study: study)
    }

    private func node(_ id: String) throws -> Int {
        try #require(index.taxonomy.index(of: id), "no category \(id)")
    }

    private func caseNumber(_ name: String) throws -> Int {
        try #require(study.cases.firstIndex { $0.name == name })
    }

    @Test func flatTaxonomyWalks() throws {
        let flat = index.taxonomy
        let procurement = try node("procurement"), publicSector = try node("public")
        #expect(flat.lineage(of: procurement) == [procurement, publicSector])
        #expect(flat.path(of: procurement) == ["financing", "public", "procurement"])
        #expect(flat.subtree(of: publicSector) == [publicSector, procurement])
        #expect(flat.children(of: publicSector) == [procurement])
        #expect(flat.roots(ofDimension: 1) == [publicSector, try node("society")])
        #expect(flat.nodes[procurement].depth == 1)
        #expect(flat.index(of: "financing") == nil, "dimensions are not nodes")
    }

    @Test func aCodeMakesTheCaseAMemberOfItsAncestors() throws {
        let nova = try caseNumber("NOVA INNOVATION")
        #expect(index.directSets[try node("procurement")][nova])
        #expect(!index.directSets[try node("public")][nova])
        #expect(index.categorySets[try node("public")][nova])
        let financing = try #require(study.taxonomy.dimensions.firstIndex { $0.id == "financing" })
        #expect(index.dimensionSets[financing][nova])
        // TESVOLT is coded in `org` only.
        let tesvolt = try caseNumber("TESVOLT")
        #expect(!index.dimensionSets[financing][tesvolt])
        #expect(index.categorySets[try node("inventor_executive")].members == [tesvolt])
        // A candidate is never counted.
        #expect(!index.categorySets[try node("crowdfunding")][try caseNumber("ABBERIOR")])
    }

    @Test func fuzzyCodesCountAboveTheCrossover() throws {
        var study = self.study
        study.cases[1].codes = [Code(category: "crowdfunding", membership: 0.5), Code(category: "procurement", membership: 0.6)]
        let index = CaseIndex(study: study)
        #expect(!index.categorySets[try node("crowdfunding")][1])
        #expect(index.categorySets[try node("procurement")][1])
    }

    @Test func attributeColumns() throws {
        let byID = Dictionary(uniqueKeysWithValues: zip(index.attributes.map(\.id), index.columns))
        guard case .enumeration(let countries) = byID["country"],
              case .number(let founded) = byID["founded"],
              case .range(let low, let high, let codes, let dictionary) = byID["employees"],
              case .text(let fieldCodes, let fields) = byID["field"] else {
            Issue.record("unexpected column kinds")
            return
        }
        #expect(countries == [1, 0, 0])
        #expect(founded == [2010, 2014, 2012])
        #expect(low == [11, 51, 51] && high == [50, 200, 200])
        #expect(codes == [0, 1, 1] && dictionary == ["11~50", "51~200"])
        #expect(fieldCodes == [0, 1, -1])
        #expect(fields.map(\.zh) == ["潮汐能", "能源储存"])
    }

    @Test func bitsetOperations() {
        var a = Bitset(count: 130, members: [0, 63, 64, 129])
        let b = Bitset(count: 130, members: [63, 100])
        #expect(a.cardinality == 4)
        #expect(a.intersection(b).members == [63])
        #expect(a.union(b).members == [0, 63, 64, 100, 129])
        #expect(a.complement().cardinality == 126, "the bits past the count stay clear")
        #expect(Bitset.all(130).cardinality == 130)
        #expect(Bitset.all(130).complement().isEmpty)
        a.remove(0)
        #expect(!a[0] && a[129])
        #expect(Bitset(count: 0).isEmpty && Bitset.all(0).members.isEmpty)
    }
}
