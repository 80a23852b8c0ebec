import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

/// Each rule of docs/study-format.md, broken once, with the exact message, path and position.
@Suite("Study decoding errors")
struct StudyDecodingErrorTests {
    private func expectErrors(_ source: String, _ expected: [(Character, String)],
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let marked = MarkedSource(source)
        let found = diagnostics(of: marked)
        #expect(found == expected.map { marked.diagnostic($0.0, $0.1) }, sourceLocation: sourceLocation)
    }

    @Test func theTestStudyIsValid() {
        #expect(diagnostics(of: MarkedSource(studyJSON())) == [])
    }

    @Test func jsonSyntaxErrorsCarryTheFileAndPath() {
        expectErrors(studyJSON(cases: TestStudy.cases(#""attributes": {} 1️⃣"codes": []"#)),
                     [("1️⃣", "cases[0]: expected ',' or '}' after object member")])
    }

    @Test func formatVersion() {
        expectErrors(studyJSON(head: #""format": 1️⃣2,"#),
                     [("1️⃣", "format: format 2 was written by a newer caseql; this one reads format 1")])
        expectErrors(studyJSON(head: #""format": 1️⃣0,"#),
                     [("1️⃣", "format: unsupported format 0 (this caseql reads format 1)")])
        expectErrors(studyJSON(head: #""format": 1️⃣"1","#),
                     [("1️⃣", "format: expected a number, found a string")])
        // A newer format's other problems are not reported: they would only be noise.
        expectErrors(studyJSON(cases: "[1]", head: #""format": 1️⃣3, "future": true,"#),
                     [("1️⃣", "format: format 3 was written by a newer caseql; this one reads format 1")])
    }

    @Test func requiredAndUnknownKeys() {
        expectErrors("1️⃣{\"format\": 1, \"title\": \"t\", \"caseNoun\": \"firms\", \"attributes\": [],\n 2️⃣\"taxnomy\": {\"dimensions\": []}, \"cases\": []}",
                     [("1️⃣", "missing required key 'taxonomy'"),
                      ("2️⃣", "taxnomy: unknown key 'taxnomy' (did you mean 'taxonomy'?)")])
        expectErrors(studyJSON(cases: TestStudy.cases(#""attributes": {}, "codes": [], 1️⃣"alias": ["T"]"#)),
                     [("1️⃣", "cases[0].alias: unknown key 'alias' (did you mean 'aliases'?)")])
        expectErrors(studyJSON(cases: "[1️⃣{\"name\": \"X\", \"codes\": []}]"),
                     [("1️⃣", "cases[0]: missing required key 'attributes'")])
        expectErrors("1️⃣[]", [("1️⃣", "expected an object, found an array")])
    }

    @Test func types() {
        expectErrors(studyJSON(cases: TestStudy.cases(#""attributes": {"founded": 1️⃣"2014"}, "codes": []"#)),
                     [("1️⃣", "cases[0].attributes.founded: expected a number, found a string")])
        expectErrors(studyJSON(cases: TestStudy.cases(#""attributes": {}, "codes": 1️⃣{}"#)),
                     [("1️⃣", "cases[0].codes: expected an array, found an object")])
        expectErrors(studyJSON(cases: TestStudy.cases(#""attributes": {"field": 1️⃣7}, "codes": []"#)),
                     [("1️⃣", "cases[0].attributes.field: expected text (a string or {\"en\": …, \"zh\": …}), found a number")])
        expectErrors(studyJSON(head: #""format": 1, "source": 1️⃣null,"#),
                     [("1️⃣", "source: expected a string, found null")])
    }

    @Test func localizedText() {
        let note = #"{"kind": "editorial", "text": 1️⃣{"en": "", "zh": ""}, "evidence": []}"#
        expectErrors(studyJSON(tail: ",\n  \"notes\": [" + note + "]"),
                     [("1️⃣", "notes[0].text: text needs a non-empty 'en' or 'zh'")])
        expectErrors(studyJSON(tail: ",\n  \"notes\": [{\"kind\": \"editorial\", \"text\": 1️⃣\"\", \"evidence\": []}]"),
                     [("1️⃣", "notes[0].text: text must not be empty")])
        expectErrors(studyJSON(attributes: #"[{"id": "a", "labels": {"en": "a", 1️⃣"fr": "a"}, "kind": "number"}]"#, cases: "[]"),
                     [("1️⃣", "attributes[0].labels.fr: unknown key 'fr'")])
    }

    @Test func idSyntax() {
        expectErrors(studyJSON(attributes: #"[{"id": 1️⃣"founded year", "labels": "founded", "kind": "number"}]"#, cases: "[]"),
                     [("1️⃣", "attributes[0].id: 'founded year' is not a valid id (ids are ASCII identifiers: a letter or '_', then letters, digits or '_')")])
        expectErrors(studyJSON(taxonomy: #"{"dimensions": [{"id": 1️⃣"融资", "labels": "f", "categories": []}]}"#,
                               cases: "[]"),
                     [("1️⃣", "taxonomy.dimensions[0].id: '融资' is not a valid id (ids are ASCII identifiers: a letter or '_', then letters, digits or '_')")])
    }

    @Test func duplicateCaseNames() {
        let cases = """
            [{"name": "NOVA", "attributes": {}, "codes": []},
             {"name": 1️⃣"NOVA", "attributes": {}, "codes": []},
             {"name": 2️⃣"nova", "attributes": {}, "codes": []},
             {"name": "OTHER", "aliases": [3️⃣"Nova"], "attributes": {}, "codes": []}]
            """
        expectErrors(studyJSON(cases: cases), [
            ("1️⃣", "cases[1].name: duplicate case name 'NOVA'"),
            ("2️⃣", "cases[2].name: duplicate case name 'nova' (case 'NOVA' differs only in case)"),
            ("3️⃣", "cases[3].aliases[0]: 'Nova' names both case 'NOVA' and case 'OTHER'"),
        ])
    }

    @Test func duplicateCategoryIDs() {
        let taxonomy = """
            {"dimensions": [{"id": "a", "labels": "A", "categories": [{"id": "x", "labels": "X"}]},
                            {"id": "b", "labels": "B", "categories": [{"id": 1️⃣"x", "labels": "X2"}]}]}
            """
        expectErrors(studyJSON(taxonomy: taxonomy, cases: "[]"),
                     [("1️⃣", "taxonomy.dimensions[1].categories[0].id: duplicate category id 'x'")])
    }

    @Test func namesThatNameTwoThings() {
        // Categories and dimensions share one namespace, case-insensitively.
        let taxonomy = """
            {"dimensions": [{"id": "funding", "labels": "Funding", "categories": [{"id": "grant", "labels": 1️⃣"FUNDING"},
                              {"id": "loan", "labels": "loan", "aliases": ["credit", 2️⃣"Grant"]},
                              {"id": 3️⃣"Funding", "labels": "other"}]}]}
            """
        expectErrors(studyJSON(taxonomy: taxonomy, cases: "[]"), [
            ("1️⃣", "taxonomy.dimensions[0].categories[0].labels: 'FUNDING' names both dimension 'funding' and category 'grant'"),
            ("2️⃣", "taxonomy.dimensions[0].categories[1].aliases[1]: 'Grant' names both category 'grant' and category 'loan'"),
            ("3️⃣", "taxonomy.dimensions[0].categories[2].id: 'Funding' names both dimension 'funding' and category 'Funding'"),
        ])
        // Attributes have their own namespace; so does each enumeration's list of values.
        let attributes = """
            [{"id": "country", "labels": "country", "kind": "enumeration",
              "values": [{"id": "DE", "labels": "Germany"}, {"id": "AT", "labels": "Austria", "aliases": [1️⃣"germany"]}]},
             {"id": "land", "labels": "Germany", "aliases": [2️⃣"Country"], "kind": "text"},
             {"id": "financing", "labels": "financing", "kind": "number"}]
            """
        expectErrors(studyJSON(attributes: attributes, cases: "[]"), [
            ("1️⃣", "attributes[0].values[1].aliases[0]: 'germany' names both value 'DE' and value 'AT'"),
            ("2️⃣", "attributes[1].aliases[0]: 'Country' names both attribute 'country' and attribute 'land'"),
        ])
    }

    @Test func attributeDeclarations() {
        let attributes = """
            [{"id": "size", "labels": "size", "kind": 1️⃣"rnage"},
             {"id": "kind", "labels": "kind", "kind": "number", "values": 2️⃣[]},
             3️⃣{"id": "country", "labels": "country", "kind": "enumeration"},
             {"id": 4️⃣"name", "labels": "firm name", "kind": "text"},
             {"id": 5️⃣"size", "labels": "size again", "kind": "number"}]
            """
        expectErrors(studyJSON(attributes: attributes, cases: "[]"), [
            ("1️⃣", "attributes[0].kind: unknown attribute kind 'rnage' (did you mean 'range'?)"),
            ("2️⃣", "attributes[1].values: only enumeration attributes have 'values'"),
            ("3️⃣", "attributes[2]: an enumeration attribute needs 'values'"),
            ("4️⃣", "attributes[3].id: 'name' is reserved: every case has a name"),
            ("5️⃣", "attributes[4].id: duplicate attribute id 'size'"),
        ])
    }

    @Test func unknownCategories() {
        let codes = #""attributes": {}, "codes": [{"category": 1️⃣"crowdfundng", "evidence": []}, {"category": 2️⃣"众筹", "evidence": []}, {"category": 3️⃣"financing", "evidence": []}]"#
        expectErrors(studyJSON(cases: TestStudy.cases(codes)), [
            ("1️⃣", "cases[0].codes[0].category: unknown category 'crowdfundng' (did you mean 'crowdfunding'?)"),
            ("2️⃣", "cases[0].codes[1].category: unknown category '众筹' (did you mean 'crowdfunding'? codes name categories by id)"),
            ("3️⃣", "cases[0].codes[2].category: 'financing' is a dimension, not a category"),
        ])
        let candidates = #""attributes": {}, "codes": [], "candidates": [{"category": 1️⃣"procurment", "reason": "r", "evidence": []}]"#
        expectErrors(studyJSON(cases: TestStudy.cases(candidates)),
                     [("1️⃣", "cases[0].candidates[0].category: unknown category 'procurment' (did you mean 'procurement'?)")])
    }

    @Test func duplicateCodesAndMembership() {
        let codes = """
            "attributes": {}, "codes": [{"category": "procurement", "evidence": []},
              {"category": 1️⃣"procurement", "evidence": []},
              {"category": "crowdfunding", "membership": 2️⃣1.5, "evidence": []},
              {"category": "public", "membership": 3️⃣-0.1, "evidence": []},
              {"category": "society", "membership": 0.3, "evidence": []}]
            """
        expectErrors(studyJSON(cases: TestStudy.cases(codes)), [
            ("1️⃣", "cases[0].codes[1].category: the case is already coded for 'procurement'"),
            ("2️⃣", "cases[0].codes[2].membership: membership 1.5 is outside [0, 1]"),
            ("3️⃣", "cases[0].codes[3].membership: membership -0.1 is outside [0, 1]"),
        ])
    }

    @Test func enumerationValues() throws {
        let attributes = #""attributes": {"country": 1️⃣"Germny"}, "codes": []"#
        expectErrors(studyJSON(cases: TestStudy.cases(attributes)),
                     [("1️⃣", "cases[0].attributes.country: unknown value 'Germny' for attribute 'country' (did you mean 'Germany'?)")])
        // A label or alias, in any case, stands for the value's id.
        for given in ["DE", "德国", "germany", "GERMANY"] {
            let study = try StudyFormat.decode(
                Array(studyJSON(cases: TestStudy.cases("\"attributes\": {\"country\": \"\(given)\"}, \"codes\": []")).utf8),
                fileName: "test.json")
            #expect(study.cases[0].attributes["country"] == .value("DE"), "\(given)")
        }
    }

    @Test func undeclaredAttributes() {
        let attributes = #""attributes": {1️⃣"contry": "DE", 2️⃣"name": "X"}, "codes": []"#
        expectErrors(studyJSON(cases: TestStudy.cases(attributes)), [
            ("1️⃣", "cases[0].attributes.contry: unknown attribute 'contry' (did you mean 'country'?)"),
            ("2️⃣", "cases[0].attributes.name: 'name' is not an attribute here: it is the case's own 'name' key"),
        ])
    }

    @Test func ranges() throws {
        let attributes = #""attributes": {"employees": 1️⃣"50~11"}, "codes": []"#
        expectErrors(studyJSON(cases: TestStudy.cases(attributes)),
                     [("1️⃣", "cases[0].attributes.employees: range '50~11' has its low bound above its high bound")])
        let bad = #""attributes": {"employees": 1️⃣"about 20"}, "codes": []"#
        expectErrors(studyJSON(cases: TestStudy.cases(bad)),
                     [("1️⃣", "cases[0].attributes.employees: invalid range 'about 20' (expected LOW~HIGH, LOW-HIGH or a single number)")])
        let accepted: [(String, AttributeValue)] = [
            ("\"11~50\"", .range(low: 11, high: 50, text: "11~50")),
            ("\"11-50\"", .range(low: 11, high: 50, text: "11-50")),
            ("\"201～300\"", .range(low: 201, high: 300, text: "201～300")),
            ("\"7\"", .range(low: 7, high: 7, text: "7")),
            ("7", .range(low: 7, high: 7, text: "7")),
        ]
        for (given, value) in accepted {
            let study = try StudyFormat.decode(
                Array(studyJSON(cases: TestStudy.cases("\"attributes\": {\"employees\": \(given)}, \"codes\": []")).utf8),
                fileName: "test.json")
            #expect(study.cases[0].attributes["employees"] == value)
        }
    }

    @Test func notes() {
        let note = #""notes": [{"kind": 1️⃣"ambiguty", "text": "t", "evidence": []}, {"kind": 2️⃣"remark", "text": "t", "evidence": []}]"#
        expectErrors(studyJSON(tail: ",\n  " + note), [
            ("1️⃣", "notes[0].kind: unknown note kind 'ambiguty' (did you mean 'ambiguity'?)"),
            ("2️⃣", "notes[1].kind: unknown note kind 'remark' (expected 'ambiguity', 'inconsistency', 'editorial')"),
        ])
    }

    @Test func evidenceAndFacts() {
        let members = """
            "attributes": {}, "codes": [{"category": "procurement", "evidence": [1️⃣{"quote": "q"}]}],
            "facts": [{"id": "raised", "label": "raised", "unit": "GBP", "text": "125万", "evidence": {"quote": 2️⃣"", "section": {"number": "3.3", "title": "t"}}},
                      {"id": 3️⃣"raised", "label": "again", "value": 4️⃣"1", "unit": "", "text": "x", "evidence": {"quote": "q", "section": {"number": "1", "title": ""}}}]
            """
        expectErrors(studyJSON(cases: TestStudy.cases(members)), [
            ("1️⃣", "cases[0].codes[0].evidence[0]: missing required key 'section'"),
            ("2️⃣", "cases[0].facts[0].evidence.quote: must not be empty"),
            ("3️⃣", "cases[0].facts[1].id: duplicate fact id 'raised'"),
            ("4️⃣", "cases[0].facts[1].value: expected a number, found a string"),
        ])
    }

    @Test func allErrorsAreReportedInFileOrderUpToTheLimit() {
        let many = (0..<80).map { #"{"name": "C\#($0)", "attributes": {"founded": "x"}, "codes": []}"# }
        let source = MarkedSource(studyJSON(cases: "[" + many.joined(separator: ",\n") + "]"))
        let found = diagnostics(of: source)
        #expect(found.count == StudyFormat.diagnosticLimit + 1)
        #expect(found.first?.hasSuffix("cases[0].attributes.founded: expected a number, found a string") == true)
        #expect(found.last == "test.json: error: 30 more problems not shown")
        let lines = found.dropLast().compactMap { Int($0.split(separator: ":")[1]) }
        #expect(lines == lines.sorted())
    }

    @Test func categoryNestingIsLimited() throws {
        func nested(_ depth: Int) -> String {
            var category = #"{"id": "c\#(depth)", "labels": "c\#(depth)"}"#
            for level in stride(from: depth - 1, through: 1, by: -1) {
                category = #"{"id": "c\#(level)", "labels": "c\#(level)", "children": ["# + category + "]}"
            }
            return studyJSON(taxonomy: #"{"dimensions": [{"id": "d", "labels": "d", "categories": ["# + category + "]}]}",
                             cases: "[]")
        }
        let deepest = try StudyFormat.decode(Array(nested(StudyDecoder.maximumCategoryDepth).utf8), fileName: "test.json")
        #expect(FlatTaxonomy(deepest.taxonomy).nodes.count == StudyDecoder.maximumCategoryDepth)
        let found = diagnostics(of: MarkedSource(nested(StudyDecoder.maximumCategoryDepth + 5)))
        #expect(found.count == 1)
        #expect(found.first?.hasSuffix(".children[0]: categories nested deeper than 32 levels") == true)
    }

    @Test func nothingIsHalfLoaded() {
        // One bad case among good ones: the whole study is refused.
        let cases = """
            [{"name": "A", "attributes": {}, "codes": []},
             {"name": "B", "attributes": {}, "codes": [{"category": 1️⃣"nope", "evidence": []}]}]
            """
        expectErrors(studyJSON(cases: cases), [("1️⃣", "cases[1].codes[0].category: unknown category 'nope'")])
    }
}
