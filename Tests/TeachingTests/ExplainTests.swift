import Testing
import CaseModel
@testable import StudyIO
import QueryResult
@testable import CaseQL

@Suite struct ExplainTests {
    let it = Paper.interpreter

    @Test func crowdfundingShowsLabelDefinitionSectionAndTheNamedFirm() throws {
        let text = try it.text("explain crowdfunding")
        #expect(text.contains("互联网众筹"))
        #expect(text.contains("Crowdfunding"))
        #expect(text.contains("§3.3 社会融资渠道"))
        #expect(text.contains("financing › society › crowdfunding"))
        let node = try #require(it.index.taxonomy.index(of: "crowdfunding"))
        let definition = it.index.taxonomy.nodes[node].category.definition
        #expect(text.contains(String(definition.en.prefix(40))))
        #expect(text.contains(String(definition.zh.prefix(20))))
        #expect(text.contains("NOVA INNOVATION"))
        #expect(text.contains("以NOVA INNOVATION公司为例，2019年11月"))
        #expect(text.contains("select firms where financing includes crowdfunding"))
    }

    @Test func chineseNamesExplainTheSameCategory() throws {
        #expect(try it.text("explain 众筹") == it.text("explain crowdfunding"))
        #expect(try it.text("explain 互联网众筹") == it.text("explain crowdfunding"))
    }

    @Test func customerTrainingSaysNoFirmIsNamed() throws {
        let text = try it.text("explain customer_training")
        #expect(text.contains("The paper names no firm for this category."))
        #expect(text.contains("客户培训"))
        #expect(!text.contains("coded for it:"))
    }

    @Test func parentCategoriesListFirmsThroughTheirSubCategories() throws {
        let text = try it.text("explain public")
        #expect(text.contains("Firms coded for it: 3 of 20"))
        #expect(text.contains("NOVA INNOVATION (United Kingdom, 2010) — via research_funding, procurement"))
        #expect(text.contains("grant  Government grant · 政府专项拨款  — 0"))
    }

    @Test func candidatesAreShownAndMarkedAsNotCounted() throws {
        let text = try it.text("explain executives")
        #expect(text.contains("Candidates"))
        #expect(text.contains("not counted"))
        #expect(text.contains("TESVOLT"))
        // TESVOLT is a candidate only: the count is of coded firms.
        #expect(text.contains("Firms coded for it: 1 of 20"))
    }

    @Test func dimensionsAndAttributesExplainToo() throws {
        let financing = try it.text("explain financing")
        #expect(financing.contains("融资渠道"))
        #expect(financing.contains("Firms with at least one code in it: 5 of 20"))
        let country = try it.text("explain 国家")
        #expect(country.contains("GB  United Kingdom · 英国"))
        #expect(country.contains("US  United States · 美国"))
        let name = try it.text("explain name")
        #expect(name.contains("every study has it"))
    }

    @Test func unknownNamesSuggestTheClosestOne() throws {
        let d = try #require(it.diagnostic("explain crowdfundin"))
        #expect(d.notes.contains("help: did you mean 'crowdfunding'?"))
        let firm = try #require(it.diagnostic("explain NOVA"))
        #expect(firm.message == "'NOVA' is a firm, not a category")
        #expect(firm.notes.contains("help: to see what the paper says about it: describe 'NOVA INNOVATION'"))
        let value = try #require(it.diagnostic("explain Germany"))
        #expect(value.message.contains("value of country"))
    }

    @Test func everyCategoryDimensionAndAttributeExplainsAndItsSuggestionsRun() throws {
        let taxonomy = it.index.taxonomy
        let names = taxonomy.nodes.map(\.category.id) + taxonomy.dimensions.map(\.id)
            + it.index.attributes.map(\.id) + ["name"]
        for name in names {
            let text = try it.text("explain \(name)")
            #expect(!text.suggestedQueries.isEmpty, "explain \(name) suggests nothing")
            for query in text.suggestedQueries {
                #expect(it.diagnostic(query) == nil, "explain \(name) suggests '\(query)', which fails")
            }
        }
    }

    @Test func outputLanguageSwitchesLabels() throws {
        let zh = try Paper.chinese.text("explain crowdfunding")
        #expect(zh.hasPrefix("crowdfunding — 互联网众筹 · Crowdfunding"))
        #expect(zh.contains("NOVA INNOVATION (英国, 2010)"))
        let en = try it.text("explain crowdfunding")
        #expect(en.hasPrefix("crowdfunding — Crowdfunding · 互联网众筹"))
    }
}
