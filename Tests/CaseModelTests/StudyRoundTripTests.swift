import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

@Suite("Study export round trip")
struct StudyRoundTripTests {
    private func miniStudyText() throws -> String {
        let bytes = try #require(Environment.bytes(of: PackagePaths.miniStudy), "cannot read \(PackagePaths.miniStudy)")
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func theFixtureIsInCanonicalForm() throws {
        let text = try miniStudyText()
        let study = try StudyFormat.decode(Array(text.utf8), fileName: "mini-study.json")
        #expect(StudyFormat.encode(study) == text)
    }

    @Test func decodingAnExportGivesTheSameStudy() throws {
        let study = try StudyFormat.decode(Array(try miniStudyText().utf8), fileName: "mini-study.json")
        let exported = StudyFormat.encode(study)
        let reloaded = try StudyFormat.decode(Array(exported.utf8), fileName: "export.json")
        #expect(reloaded == study)
        #expect(StudyFormat.encode(reloaded) == exported)
        #expect(exported.hasSuffix("}\n"))
    }

    /// A study built in code with every optional feature of the format.
    static let everyFeature: Study = {
        let section = SectionRef(number: "3.3", title: "社会融资渠道")
        let evidence = Evidence(quote: "以NOVA INNOVATION公司为例", gloss: "Take NOVA INNOVATION", section: section)
        let taxonomy = Taxonomy(dimensions: [
            Dimension(id: "financing", labels: LocalizedText(en: "financing", zh: "融资渠道"), aliases: ["funding"],
                      definition: LocalizedText(zh: "筹集资金的方式"), section: SectionRef(number: "3", title: "融资"),
                      categories: [
                        Category(id: "society", labels: LocalizedText(en: "society"), children: [
                            Category(id: "crowdfunding", labels: LocalizedText(en: "crowdfunding", zh: "互联网众筹"),
                                     aliases: ["众筹"], definition: LocalizedText(en: "raising money online"), section: section),
                        ]),
                      ]),
        ])
        let attributes = [
            AttributeDefinition(id: "country", labels: LocalizedText(en: "country"), kind: .enumeration,
                                description: LocalizedText(en: "ISO code"),
                                values: [AttributeValueDefinition(id: "GB", labels: LocalizedText(en: "UK", zh: "英国"), aliases: ["Britain"])]),
            AttributeDefinition(id: "founded", labels: LocalizedText(zh: "创立年份"), aliases: ["year"], kind: .number),
            AttributeDefinition(id: "employees", labels: LocalizedText(en: "employees"), kind: .range),
            AttributeDefinition(id: "field", labels: LocalizedText(en: "field"), kind: .text),
        ]
        let kase = Case(
            name: "NOVA INNOVATION", aliases: ["NOVA"],
            attributes: ["country": .value("GB"), "founded": .number(2010.5), "employees": .range(low: 11, high: 50, text: "11-50"),
                         "field": .text(LocalizedText(zh: "潮汐能"))],
            codes: [Code(category: "crowdfunding", membership: 0.75, evidence: [evidence])],
            candidates: [Candidate(category: "society", reason: "fits the definition", evidence: [evidence])],
            facts: [
                Fact(id: "raised", label: LocalizedText(en: "raised", zh: "筹资"), value: 1_250_000, unit: "GBP",
                     text: "125万英镑左右", evidence: evidence, sourceRequested: true),
                Fact(id: "patent", label: LocalizedText(en: "patent"), value: nil, unit: "", text: "CN101283359A",
                     evidence: Evidence(quote: "专利", gloss: "", section: section), sourceRequested: false),
            ],
            notes: [Note(kind: .inconsistency, text: LocalizedText(en: "two dates"), evidence: [evidence])])
        return Study(title: LocalizedText(en: "Every feature", zh: "全部功能"), source: "a test \"citation\"\nwith a line break",
                     caseNoun: "firms", attributes: attributes, taxonomy: taxonomy,
                     cases: [kase, Case(name: "Empty firm")],
                     notes: [Note(kind: .editorial, text: LocalizedText(zh: "编辑意见"), evidence: [])])
    }()

    @Test func everyFeatureSurvivesTheRoundTrip() throws {
        let exported = StudyFormat.encode(Self.everyFeature)
        let reloaded = try StudyFormat.decode(Array(exported.utf8), fileName: "export.json")
        #expect(reloaded == Self.everyFeature)
        #expect(StudyFormat.encode(reloaded) == exported)
    }

    @Test func exportUsesTheDocumentedKeyOrder() throws {
        let exported = try JSONParser.parse(Array(StudyFormat.encode(Self.everyFeature).utf8))
        guard case .object(let members) = exported.content else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["format", "title", "source", "caseNoun", "attributes", "taxonomy", "cases", "notes"])
        let text = StudyFormat.encode(Self.everyFeature)
        // Attribute values by kind: a range as printed, an enumeration by id, text as an object.
        #expect(text.contains(#""employees": "11-50""#))
        #expect(text.contains(#""country": "GB""#))
        #expect(text.contains("\"field\": {\n          \"zh\": \"潮汐能\"\n        }"))
        #expect(text.contains(#""founded": 2010.5"#))
        #expect(text.contains(#""membership": 0.75"#))
        #expect(text.contains(#""sourceRequested": true"#))
    }

    @Test func shorthandsAreNormalisedOnExport() throws {
        // A plain-string label and a numeric range are accepted, and exported in the canonical form.
        let source = studyJSON(cases: TestStudy.cases(#""attributes": {"employees": 7, "field": "能源"}, "codes": []"#))
        let study = try StudyFormat.decode(Array(source.utf8), fileName: "test.json")
        #expect(study.attributes[1].labels == LocalizedText(en: "founded"))
        #expect(study.cases[0].attributes["field"] == .text(LocalizedText(zh: "能源")))
        let exported = StudyFormat.encode(study)
        #expect(exported.contains(#""employees": "7""#))
        let again = try StudyFormat.decode(Array(exported.utf8), fileName: "export.json")
        #expect(again == study)
        #expect(StudyFormat.encode(again) == exported)
    }
}
