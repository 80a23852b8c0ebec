import Testing
import CaseModel
@testable import StudyIO
import QueryResult
@testable import CaseQL

@Suite struct DescribeTests {
    let it = Paper.interpreter

    @Test func novaInnovationShowsItsAttributesCodesAndEvidence() throws {
        // Wide enough that no quote wraps: the test reads the paper's sentences whole.
        let text = try it.text("describe 'NOVA INNOVATION'", width: 400)
        #expect(text.hasPrefix("NOVA INNOVATION\n"))
        #expect(text.contains("founded:   2010"))
        #expect(text.contains("country:   United Kingdom"))
        #expect(text.contains("SEEDRS"))
        #expect(text.contains("“以NOVA INNOVATION公司为例，2019年11月，该企业决定在股权众筹平台SEEDRS上进行融资”"))
        #expect(text.contains("§3.3 社会融资渠道"))
        for code in ["customization", "research_funding", "procurement", "crowdfunding"] {
            #expect(text.contains("    \(code) — "), "missing code \(code)")
        }
        #expect(text.contains("Codes: 4, in 2 of 5 dimensions"))
        #expect(text.contains("source requested by the editor"))
        #expect(text.contains("ambiguity: The SEEDRS raise was equity crowdfunding"))
        #expect(text.contains("Candidates"))
    }

    @Test func aliasesResolveToTheCanonicalName() throws {
        let text = try it.text("describe INOVO")
        #expect(text.hasPrefix("IN OVO\n"))
        #expect(text.contains("CN104704360A"))
        #expect(try it.text("describe nova") == it.text("describe 'NOVA INNOVATION'"))
    }

    @Test func aFirmWithNoCodeSaysSoInTheClosedWorldWay() throws {
        let text = try it.text("describe FILTRINE")
        #expect(text.contains("Codes: 0, in 0 of 5 dimensions"))
        #expect(text.contains("not the same as \"does not\""))
    }

    @Test func everyFirmDescribesAndItsSuggestionsRun() throws {
        for name in it.index.names {
            let text = try it.text("describe \(Interpreter.quotedName(name))")
            #expect(text.hasPrefix(name))
            for query in text.suggestedQueries {
                #expect(it.diagnostic(query) == nil, "describe \(name) suggests '\(query)', which fails")
            }
        }
    }

    @Test func unknownFirmsSuggestTheClosestName() throws {
        let d = try #require(it.diagnostic("describe TESVOLTT"))
        #expect(d.notes.contains("help: did you mean 'TESVOLT'?"))
    }

    @Test func aStudyWithoutEvidenceFallsBackToTheIndex() throws {
        // The same index, but no case records: as when a study comes from a CSV matrix.
        var bare = Paper.study
        bare.cases = []
        let indexOnly = Interpreter(study: bare, index: CaseIndex(study: Paper.study))
        let text = try indexOnly.text("describe 'NOVA INNOVATION'")
        #expect(text.contains("country:   United Kingdom"))
        #expect(text.contains("    crowdfunding — Crowdfunding · 互联网众筹"))
        #expect(text.contains("no evidence text"))
        let why = try indexOnly.text("why 'NOVA INNOVATION' crowdfunding")
        #expect(why.contains("is coded for crowdfunding"))
        #expect(try indexOnly.text("explain crowdfunding").contains("NOVA INNOVATION"))
    }
}

@Suite struct WhyTests {
    let it = Paper.interpreter

    @Test func aDirectCodeShowsItsEvidenceVerbatim() throws {
        let text = try it.text("why 'NOVA INNOVATION' crowdfunding", width: 400)
        #expect(text.hasPrefix("NOVA INNOVATION is coded for crowdfunding"))
        #expect(text.contains("“以NOVA INNOVATION公司为例，2019年11月，该企业决定在股权众筹平台SEEDRS上进行融资”"))
        #expect(text.contains("= Take NOVA INNOVATION"))
        #expect(text.contains("§3.3 社会融资渠道"))
    }

    @Test func aCodeOnASubCategorySaysSoAndShowsThatEvidence() throws {
        let text = try it.text("why NOVA society", width: 400)
        #expect(text.contains("through its sub-category crowdfunding"))
        #expect(text.contains("股权众筹平台SEEDRS"))
    }

    @Test func noCodeSaysTheClosedWorldMeaning() throws {
        let text = try it.text("why 'NOVA INNOVATION' debt")
        #expect(text.hasPrefix("not coded: the paper does not name NOVA INNOVATION for debt"))
        #expect(text.contains("not reported in the paper"))
    }

    @Test func noCodeShowsTheCandidateSentence() throws {
        let text = try it.text("why TESVOLT executives")
        #expect(text.hasPrefix("not coded:"))
        #expect(text.contains("Candidate"))
        #expect(text.contains("Hannemann于柏林管理学院获得计算机科学和可持续发展管理相关学位"))
    }

    @Test func aDimensionShowsEveryCodeInIt() throws {
        let text = try it.text("why nova 融资渠道")
        #expect(text.hasPrefix("NOVA INNOVATION has 3 codes in financing"))
    }

    @Test func everyFirmAndCategoryAnswers() throws {
        for name in it.index.names {
            for node in it.index.taxonomy.nodes {
                let text = try it.text("why \(Interpreter.quotedName(name)) \(node.category.id)")
                #expect(!text.isEmpty)
            }
        }
    }
}
