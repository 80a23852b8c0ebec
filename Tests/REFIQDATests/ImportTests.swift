import CaseModel
import Testing
@testable import REFIQDA

/// The shapes exporters write: MAXQDA (cases, `internal://` text files with BOM and CR LF, upper-case
/// braced GUIDs), ATLAS.ti (no cases, lower-case GUIDs, CR LF counted as one), QualCoder (prefixed
/// elements, inline text with character references, PDF and audio selections).
@Suite struct ImportTests {
    private func evidence(_ study: Study, _ kase: String, _ category: String) -> [Evidence] {
        study.cases.first { $0.name == kase }?.codes.first { $0.category == category }?.evidence ?? []
    }

    @Test func maxqdaShapeArchive() throws {
        let study = try REFIQDA.loadStudy(path: try Fixture.archive("maxqda-style"))
        #expect(study.title.en == "SME financing interviews")
        #expect(study.taxonomy.dimensions.map(\.id) == ["financing", "dimension_c0de0005", "codes"])
        #expect(study.taxonomy.dimensions[1].labels.zh == "创新投入")
        let financing = study.taxonomy.dimensions[0]
        #expect(financing.categories.map(\.id) == ["crowdfunding", "debt"])
        #expect(financing.categories[1].children.map(\.id) == ["bank_loan"])
        #expect(financing.aliases == ["c0de0001-0000-4000-8000-000000000001"])
        #expect(financing.categories[0].definition.en == "Money from many small backers over a platform")
        #expect(study.taxonomy.dimensions[2].categories.map(\.id) == ["enthusiasm"])
        #expect(study.cases.map(\.name) == ["Alice Ltd", "王氏科技"])

        // Positions are code points of the text after its BOM; the emoji is one, CR LF two.
        let alice = "Alice Ltd"
        #expect(evidence(study, alice, "crowdfunding").map(\.quote) == ["crowdfunding 🎉"])
        #expect(evidence(study, alice, "crowdfunding").first?.section == SectionRef(number: "46–60", title: "Interview Alice"))
        #expect(evidence(study, alice, "enthusiasm").map(\.quote) == ["money through crowdfunding"])
        #expect(evidence(study, alice, "enthusiasm").first?.gloss == "Said with a big smile")
        #expect(evidence(study, alice, "bank_loan").map(\.quote) == ["The bank loan was refused."])
        #expect(evidence(study, "王氏科技", "crowdfunding").map(\.quote) == ["众筹平台融资"])
        #expect(evidence(study, "王氏科技", "code_c0de0006").map(\.quote) == ["与大学合作研发"])

        let ids = study.attributes.map(\.id)
        #expect(ids == ["country", "founded", "revenue_m", "listed", "first_contact", "interviewed"])
        #expect(study.attributes.map(\.kind) == [.text, .number, .number, .enumeration, .text, .text])
        let a = study.cases[0].attributes
        #expect(a["country"] == .text(LocalizedText(en: "United Kingdom")))
        #expect(a["founded"] == .number(2014))
        #expect(a["revenue_m"] == .number(1.25))
        #expect(a["listed"] == .value("true"))
        #expect(a["first_contact"] == .text(LocalizedText(en: "2019-11-05")))
        #expect(a["interviewed"] == .text(LocalizedText(en: "2020-01-02T10:00:00Z")))
        #expect(study.cases[1].attributes["country"] == .text(LocalizedText(zh: "中国")))
        #expect(study.cases[1].attributes["revenue_m"] == nil)
        #expect(study.notes.contains { $0.text.en.contains("coded by Ana (2), an unnamed user (3)") })
    }

    @Test func bareProjectBesideItsSourcesFolder() throws {
        let study = try REFIQDA.loadStudy(path: Fixture.path("maxqda-style/project.qde"))
        #expect(study.cases.count == 2)
        #expect(evidence(study, "Alice Ltd", "crowdfunding").map(\.quote) == ["crowdfunding 🎉"])
    }

    @Test func atlasShapeWithoutCases() throws {
        let study = try REFIQDA.loadStudy(path: try Fixture.archive("atlas-style"))
        #expect(study.cases.map(\.name) == ["Visit 1", "Visit 2"])
        #expect(study.notes.contains { $0.text.en == "The project has no <Cases>: each of its 2 sources is a case." })
        // ATLAS.ti counts CR LF as one position.
        #expect(evidence(study, "Visit 1", "angel_investment").map(\.quote) == ["angel investors"])
        #expect(evidence(study, "Visit 1", "public_grant").map(\.quote) == ["public grant"])
        #expect(study.cases[0].notes.map(\.text.en) == ["Memo: grant: Check which programme funded it."])
        #expect(study.cases[0].notes[0].evidence.map(\.quote) == ["public grant"])
        #expect(study.notes.contains { $0.text.en == "Code 'Public grant': Code comment: Only state and EU programmes." })
        #expect(study.cases.allSatisfy { $0.attributes["sets"] == .text(LocalizedText(en: "Berlin")) })
        #expect(study.notes.contains { $0.text.en == "Set 'Money codes' groups angel_investment." })
        #expect(study.notes.contains { $0.text.en.contains("<Links> (1)") })
    }

    @Test func inlineTextSelectionsAndMedia() throws {
        let study = try REFIQDA.loadStudy(path: Fixture.path("inline-text.qde"))
        #expect(study.title.zh == "补贴与专利")
        // The second case has no name: it is named by its GUID, and `&#13;&#10;` are two code points.
        #expect(study.cases.map(\.name) == ["NAVYA", "e0000002-0000-4000-8000-000000000002"])
        #expect(evidence(study, "NAVYA", "code_d0000001").map(\.quote) == ["政府补贴😀"])
        #expect(evidence(study, "e0000002-0000-4000-8000-000000000002", "patent").map(\.quote) == ["a patent was granted"])
        let figure = evidence(study, "NAVYA", "figure")
        #expect(figure == [Evidence(quote: "", gloss: "", section: SectionRef(number: "p. 3 (10,20)–(300,400)", title: "annual report.pdf"))])
        #expect(study.notes.contains { $0.text.en.contains("1 coded source(s) belong to no case") && $0.text.en.contains("call.m4a") })
        #expect(study.notes.contains { $0.text.en.contains("<Graphs> (1)") })
    }

    @Test func codebookAlone() throws {
        let taxonomy = try REFIQDA.loadTaxonomy(path: Fixture.path("codebook.qdc"))
        #expect(taxonomy.dimensions.map(\.id) == ["topics", "values"])
        #expect(taxonomy.dimensions[0].categories.map(\.id) == ["economy", "health_care"])
        // Two codes named Economy: ids and labels stay unique, the second qualified by its parent.
        #expect(taxonomy.dimensions[1].categories.map(\.id) == ["economy_2"])
        #expect(taxonomy.dimensions[1].categories[0].labels.en == "Economy (Values)")
    }
}
