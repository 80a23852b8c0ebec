import Testing
@testable import CaseModel
@testable import StudyIO
import SystemIO
import TestSupport

/// The built-in study's trusted dump (the fast start of `caseql -c`): it must be the embedded JSON,
/// exactly, and the codec must round-trip every kind of value a study holds.
@Suite("Built-in study dump")
struct BuiltinStudyDumpTests {
    static var updating: Bool { Environment.value("CASEQL_UPDATE_GOLDEN").map { !$0.isEmpty } ?? false }

    @Test func theEmbeddedDumpIsTheEmbeddedJSON() throws {
        let fromJSON = try StudyFormat.decode(Array(BuiltinStudy.json.utf8), fileName: BuiltinStudy.embeddedFileName)
        let source = StudyDump.swiftSource(for: fromJSON, from: BuiltinStudy.embeddedFileName)
        let path = PackagePaths.root + "/Sources/StudyIO/BuiltinStudyDump.swift"
        if Self.updating {
            // The embedded dump is compiled in: checking it waits for the next build.
            try FileWriting.replaceFile(at: path) { (write) throws(FileWriteError) in try write(source) }
            return
        }
        let committed = try #require(Environment.bytes(of: path))
        // Booleans, so a failure prints one line, not two copies of a 160 KB study.
        let upToDate = String(decoding: committed, as: UTF8.self) == source
        #expect(upToDate, "BuiltinStudyDump.swift is out of date: run Scripts/embed-study.sh")
        let dumpIsTheJSON = StudyDump.decode(BuiltinStudy.embeddedDump) == fromJSON
        #expect(dumpIsTheJSON, "the embedded dump does not decode to the embedded JSON's study")
        let loadedIsTheJSON = BuiltinStudy.load() == fromJSON
        #expect(loadedIsTheJSON)
    }

    @Test func everyKindOfValueRoundTrips() throws {
        let evidence = Evidence(quote: "引文 with \"quotes\", 12: colons; and\nlines", gloss: "", section: SectionRef(number: "3.3", title: "社会融资"))
        let category = Category(id: "public", labels: LocalizedText(en: "public", zh: "公共"), aliases: ["gov"],
                                definition: LocalizedText(en: "d"), definitionSource: .paraphrase, section: nil,
                                children: [Category(id: "grant", labels: LocalizedText(zh: "补助"),
                                                    section: SectionRef(number: "3.1", title: ""))])
        let study = Study(
            title: LocalizedText(en: "T", zh: "题"), source: "###\"\"\"###", caseNoun: "firms",
            attributes: [AttributeDefinition(id: "country", labels: LocalizedText(en: "country"), kind: .enumeration,
                                             values: [AttributeValueDefinition(id: "DE", labels: LocalizedText(en: "Germany"), aliases: ["BRD"])]),
                         AttributeDefinition(id: "founded", labels: LocalizedText(en: "founded"), kind: .number)],
            taxonomy: Taxonomy(dimensions: [Dimension(id: "financing", labels: LocalizedText(en: "financing"), categories: [category]),
                                            Dimension(id: "empty", labels: LocalizedText())]),
            cases: [Case(name: "A", aliases: ["a"],
                         attributes: ["country": .value("DE"), "founded": .number(2010.5),
                                      "employees": .range(low: 11, high: 50, text: "11~50"),
                                      "field": .text(LocalizedText(en: "energy", zh: "能源"))],
                         codes: [Code(category: "grant", membership: 0.67, evidence: [evidence]), Code(category: "public")],
                         candidates: [Candidate(category: "public", reason: "why", evidence: [evidence])],
                         facts: [Fact(id: "f", label: LocalizedText(en: "amount"), value: nil, unit: "", text: "CN1", evidence: evidence,
                                      sourceRequested: true),
                                 Fact(id: "g", label: LocalizedText(), value: -1e300, unit: "£", text: "x", evidence: evidence,
                                      sourceRequested: false)],
                         notes: [Note(kind: .inconsistency, text: LocalizedText(en: "n"), evidence: [])]),
                    Case(name: "")],
            notes: [Note(kind: .editorial, text: LocalizedText(zh: "注"), evidence: [evidence, evidence])])
        var matrix = study
        matrix.codesAreData = true
        #expect(StudyDump.decode(StudyDump.encode(matrix)) == matrix)
        let dump = StudyDump.encode(study)
        #expect(StudyDump.decode(dump) == study)
        // One study, one dump, whatever order its attribute dictionaries happen to have.
        #expect(StudyDump.encode(try #require(StudyDump.decode(dump))) == dump)
        // Every truncation (at a character, as a Swift string can only be cut), and trailing bytes,
        // are refused rather than misread.
        let scalars = Array(dump.unicodeScalars)
        for cut in 0..<scalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[..<cut])
            #expect(StudyDump.decode(String(prefix)) == nil, "a dump cut after \(cut) characters decoded")
        }
        #expect(StudyDump.decode(dump + "0;") == nil)
        #expect(StudyDump.decode("caseql-dump 2;" + dump.dropFirst("caseql-dump 1;".count)) == nil)
    }
}
