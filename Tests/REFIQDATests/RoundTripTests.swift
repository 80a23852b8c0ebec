import CaseModel
import Foundation
import StudyIO
import Testing
@testable import REFIQDA

/// Exports validate against the REFI-QDA schema and read back as the same study, apart from what
/// REFI-QDA cannot hold (docs/refi-qda.md lists it).
@Suite struct RoundTripTests {
    let builtin = BuiltinStudy.load()

    @Test func builtinProjectValidates() throws {
        let path = try Fixture.write("builtin.qde", Array(REFIQDA.encodeProject(builtin).utf8))
        #expect(try schemaErrors(of: path) == nil)
    }

    @Test func builtinArchiveValidatesAndLoadsBack() throws {
        let path = try Fixture.write("builtin.qdpx", try REFIQDA.encodeArchive(builtin))
        let unpacked = try REFIQDA.unpack(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        let qde = try Fixture.write("builtin-from-archive.qde", unpacked.project)
        #expect(try schemaErrors(of: qde) == nil)
        #expect(unpacked.entries.count == builtin.cases.count)
        expectSameCodes(try REFIQDA.loadStudy(path: path), builtin)
    }

    @Test func inlineProjectLoadsBack() throws {
        let path = try Fixture.write("builtin-inline.qde", Array(REFIQDA.encodeProject(builtin).utf8))
        expectSameCodes(try REFIQDA.loadStudy(path: path), builtin)
    }

    /// Found by FuzzREFIQDA on its seed: a PDF selection's section (`§p. 3 (10,20)–(300,400)
    /// report.pdf`) has spaces in its number, which the `§NUMBER TITLE` name must keep apart.
    @Test func sectionsWithSpacesInTheirNumberRoundTrip() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path("pdf-section.qde"))))
        let first = try REFIQDA.decodeProject(bytes, fileName: "pdf-section.qde")
        let second = try REFIQDA.decodeProject(Array(REFIQDA.encodeProject(first).utf8), fileName: "again.qde")
        #expect(second.cases.map(\.codes) == first.cases.map(\.codes))
        let sections = first.cases.flatMap(\.codes).flatMap(\.evidence).map(\.section.number)
        #expect(sections.contains("p. 3 (10,20)–(300,400)"))
    }

    @Test func importedProjectRoundTripsExactly() throws {
        // A study that came from REFI-QDA holds only what REFI-QDA holds, so it comes back whole.
        let first = try REFIQDA.loadStudy(path: try Fixture.archive("maxqda-style"))
        let path = try Fixture.write("maxqda-again.qdpx", try REFIQDA.encodeArchive(first))
        let second = try REFIQDA.loadStudy(path: path)
        #expect(second.taxonomy == first.taxonomy)
        #expect(second.attributes == first.attributes)
        #expect(second.cases.map(\.name) == first.cases.map(\.name))
        #expect(second.cases.map(\.attributes) == first.cases.map(\.attributes))
        #expect(second.cases.map(\.codes) == first.cases.map(\.codes))
    }

    @Test func codebookRoundTrips() throws {
        let text = REFIQDA.encodeCodebook(builtin.taxonomy)
        let taxonomy = try REFIQDA.decodeTaxonomy(Array(text.utf8), fileName: "builtin.qdc")
        #expect(taxonomy.dimensions.map(\.labels.en) == builtin.taxonomy.dimensions.map(\.labels.en))
        #expect(FlatTaxonomy(taxonomy).nodes.map(\.category.labels.en)
            == FlatTaxonomy(builtin.taxonomy).nodes.map(\.category.labels.en))
    }

    /// Every case, every code (by its English label: ids are derived again from names) and every
    /// quote with its section and gloss.
    private func expectSameCodes(_ loaded: Study, _ original: Study) {
        #expect(loaded.cases.map(\.name) == original.cases.map(\.name))
        let originalLabels = FlatTaxonomy(original.taxonomy)
        let loadedLabels = FlatTaxonomy(loaded.taxonomy)
        func label(_ flat: FlatTaxonomy, _ id: String) -> String { flat.index(of: id).map { flat.nodes[$0].category.labels.en } ?? id }
        for (a, b) in zip(loaded.cases, original.cases) {
            #expect(a.codes.map { label(loadedLabels, $0.category) } == b.codes.map { label(originalLabels, $0.category) })
            #expect(a.codes.map(\.evidence) == b.codes.map(\.evidence), "evidence of \(b.name)")
            #expect(a.notes.map(\.text.en) == b.notes.map(\.text.en))
        }
        #expect(loaded.notes.prefix(original.notes.count).map(\.text.en) == original.notes.map(\.text.en))
    }
}
