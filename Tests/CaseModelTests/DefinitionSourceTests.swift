import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

/// The format's `definitionSource`: read, written back only when it is a paraphrase, and a misspelt
/// value is an error at its place.
@Suite("Definition sources")
struct DefinitionSourceTests {
    static let taxonomy = """
    {"dimensions": [{"id": "org", "labels": "organisation", "definition": "d", "categories": [
        {"id": "a", "labels": "a", "definition": {"zh": "释义"}, "definitionSource": "paraphrase"},
        {"id": "b", "labels": "b", "definition": "quoted", "definitionSource": "verbatim"}]}]}
    """

    @Test func aParaphraseIsReadAndWrittenBackAndVerbatimIsTheDefault() throws {
        let study = try StudyFormat.decode(Array(studyJSON(taxonomy: Self.taxonomy, cases: "[]").utf8), fileName: "test.json")
        let dimension = try #require(study.taxonomy.dimensions.first)
        #expect(dimension.definitionSource == .verbatim)
        #expect(dimension.categories.map(\.definitionSource) == [.paraphrase, .verbatim])
        let export = StudyFormat.encode(study)
        #expect(export.contains(#""definitionSource": "paraphrase""#))
        #expect(!export.contains(#""verbatim""#), "verbatim is the default and left out")
        #expect(try StudyFormat.decode(Array(export.utf8), fileName: "export.json") == study)
    }

    @Test func anUnknownSourceIsAnErrorAtItsPlace() {
        let marked = MarkedSource(studyJSON(taxonomy: Self.taxonomy.replacing("\"paraphrase\"", with: "1️⃣\"paraphrased\""),
                                            cases: "[]"))
        #expect(diagnostics(of: marked) == [marked.diagnostic("1️⃣", "taxonomy.dimensions[0].categories[0].definitionSource: "
                                                                + "unknown definition source 'paraphrased' (did you mean 'paraphrase'?)")])
    }
}
