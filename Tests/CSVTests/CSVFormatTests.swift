import CaseModel
@testable import StudyIO
import Testing
import TestSupport

/// RFC 4180 details, attribute typing, and the header rules of docs/csv-format.md.
struct CSVFormatTests {
    @Test func bomCRLFAndQuotedFields() throws {
        let text = "\u{FEFF}case,a.x,note\r\n\"Case \"\"A\"\", Ltd.\",1,\"two\r\nlines\"\r\nB,0,\"\"\r\n"
        let loaded = try Fixtures.parse(text)
        #expect(loaded.index.names == ["Case \"A\", Ltd.", "B"])
        guard case .text(let codes, let dictionary) = loaded.index.columns[0] else {
            Issue.record("note should be text")
            return
        }
        #expect(codes == [0, -1])
        #expect(dictionary == [LocalizedText(en: "two\r\nlines")])
        #expect(loaded.index.directSets[0].members == [0])
    }

    @Test func membershipSpellings() throws {
        let text = "case,a.x\nA,1\nB,0\nC,true\nD,FALSE\nE,yes\nF,No\nG,x\nH,\nI,X\nJ, 1 \n"
        let loaded = try Fixtures.parse(text)
        #expect(Fixtures.names(loaded, loaded.index.directSets[0]) == ["A", "C", "E", "G", "I", "J"])
        #expect(loaded.memberships.isEmpty)
    }

    @Test func fuzzyColumnsKeepEarlierCrispValues() throws {
        let loaded = try Fixtures.parse("case,a.x\nA,1\nB,0\nC,0.5\nD,0.51\nE,.2\n")
        #expect(loaded.memberships[0] == [1, 0, 0.5, 0.51, 0.2])
        #expect(Fixtures.names(loaded, loaded.index.directSets[0]) == ["A", "D"], "0.5 is the crossover: neither in nor out")
    }

    @Test func attributeKindsAreInferred() throws {
        let text = "case,year,size,zip,label,blank\nA,1999,11~50,007,x,\nB,,50,12,\"y, z\",\nC,2001.5,,A13,,\n"
        let loaded = try Fixtures.parse(text)
        #expect(loaded.study.attributes.map(\.kind) == [.number, .range, .text, .text, .number])
        let cases = loaded.study.cases
        #expect(cases[0].attributes["year"] == .number(1999))
        #expect(cases[1].attributes["year"] == nil)
        #expect(cases[2].attributes["year"] == .number(2001.5))
        #expect(cases[0].attributes["size"] == .range(low: 11, high: 50, text: "11~50"))
        #expect(cases[1].attributes["size"] == .range(low: 50, high: 50, text: "50"))
        // Once a value is not a number, earlier values are text as written: 007 stays 007.
        #expect(cases[0].attributes["zip"] == .text(LocalizedText(en: "007")))
        #expect(cases[1].attributes["zip"] == .text(LocalizedText(en: "12")))
        #expect(cases[1].attributes["label"] == .text(LocalizedText(en: "y, z")))
    }

    @Test func freeTextHeadersBecomeIdentifiersWithTheirLabel() throws {
        let loaded = try Fixtures.parse("case,Year founded,国家\nA,1999,德国\n")
        #expect(loaded.study.attributes.map(\.id) == ["Year_founded", "column3"])
        #expect(loaded.study.attributes[1].labels == LocalizedText(zh: "国家"))
        #expect(loaded.study.cases[0].attributes["column3"] == .text(LocalizedText(zh: "德国")))
    }

    @Test func dottedHeadersBuildTheHierarchy() throws {
        let text = "case,financing.public.grant,financing.public.research_funding,financing.society.crowdfunding,age\nA,1,0,0,3\nB,0,1,1,4\nC,0,0,0,5\n"
        let loaded = try Fixtures.parse(text)
        let financing = try #require(loaded.study.taxonomy.dimensions.first)
        #expect(financing.categories.map(\.id) == ["public", "society"])
        #expect(financing.categories[0].children.map(\.id) == ["grant", "research_funding"])
        let publicNode = try #require(Fixtures.node(loaded, "public"))
        #expect(Fixtures.names(loaded, loaded.index.categorySets[publicNode]) == ["A", "B"])
        #expect(loaded.index.directSets[publicNode].isEmpty)
        #expect(loaded.study.attributes.map(\.id) == ["age"], "undotted headers are attributes in a dotted file")
    }

    @Test func aQCATableSeparatesSetsFromAttributes() throws {
        let text = "country,DEV,URB,population,region\nAU,1,0,8.5,west\nBE,1,1,10.1,west\nGR,0,,9,south\n"
        let loaded = try Fixtures.parse(text)
        #expect(loaded.study.taxonomy.dimensions.map(\.id) == ["conditions"])
        #expect(loaded.study.taxonomy.dimensions[0].categories.map(\.id) == ["DEV", "URB"])
        #expect(loaded.study.attributes.map(\.id) == ["population", "region"])
    }

    @Test func aTaxonomyResolvesIdsAliasesAndLabels() throws {
        let text = "case,众筹,financing.private.equity.strategic_equity,Organization.inventor_executive,field\nA,1,0,1,optics\nB,0,1,0,robots\n"
        let loaded = try Fixtures.parse(text, taxonomy: Fixtures.taxonomy)
        #expect(loaded.study.taxonomy == Fixtures.taxonomy)
        let crowd = try #require(Fixtures.node(loaded, "crowdfunding"))
        let privateNode = try #require(Fixtures.node(loaded, "private"))
        #expect(Fixtures.names(loaded, loaded.index.directSets[crowd]) == ["A"])
        #expect(Fixtures.names(loaded, loaded.index.categorySets[privateNode]) == ["B"])
        #expect(loaded.study.attributes.map(\.id) == ["field"])
        #expect(loaded.index.dimensionSets[0].members == [0], "org: A only")
    }

    @Test func declaredAttributesFixKindsAndResolveValues() throws {
        let text = "name,country,founded,employees\nA,Germany,1999,11~50\nB,gb,2001,7\n"
        let loaded = try Fixtures.parse(text, attributes: Fixtures.attributes)
        #expect(loaded.study.attributes.map(\.id) == ["country", "founded", "employees", "field"])
        #expect(loaded.study.cases[0].attributes["country"] == .value("DE"))
        #expect(loaded.study.cases[1].attributes["country"] == .value("GB"))
        #expect(loaded.study.cases[1].attributes["employees"] == .range(low: 7, high: 7, text: "7"))
        #expect(loaded.study.cases[0].attributes["field"] == nil)
        let error = Fixtures.errorWithAttributes("name,country\nA,Germny\n")
        #expect(error?.description == "bad.csv:2:3: error: unknown country 'Germny'")
        let year = Fixtures.errorWithAttributes("name,founded\nA,soon\n")
        #expect(year?.description == "bad.csv:2:3: error: 'soon' is not a number; attribute 'founded' is numeric")
    }

    @Test func tabSeparatedFiles() throws {
        let loaded = try CSVStudy.parse(Array("case\ta.x\tnote\nA\t1\tx, y\n".utf8), fileName: "m.tsv", taxonomy: nil)
        #expect(loaded.index.names == ["A"])
        #expect(loaded.study.cases[0].attributes["note"] == .text(LocalizedText(en: "x, y")))
    }

    @Test func theInnovationSampleLoadsWithAndWithoutTheTaxonomy() throws {
        let path = PackagePaths.sample("innovation-matrix.csv")
        let plain = try CSVStudy.load(path: path, taxonomy: nil)
        let typed = try CSVStudy.load(path: path, taxonomy: Fixtures.taxonomy, attributes: Fixtures.attributes)
        #expect(plain.index.count == 8 && typed.index.count == 8)
        #expect(plain.study.title == LocalizedText(en: "innovation-matrix.csv"))
        for id in ["public", "equity", "crowdfunding", "patents", "target"] {
            let a = try #require(Fixtures.node(plain, id)), b = try #require(Fixtures.node(typed, id))
            #expect(plain.index.categorySets[a] == typed.index.categorySets[b], "\(id)")
        }
        #expect(typed.study.cases[2].attributes["field"] == .text(LocalizedText(en: "robotics, industrial")))
        #expect(typed.study.cases[0].attributes["country"] == .value("DE"))
    }
}
