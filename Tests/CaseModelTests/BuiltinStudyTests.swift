import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

/// The embedded study: that it loads, that it is the repository's file, and that its data agrees
/// with the paper it codes.
@Suite("Built-in study")
struct BuiltinStudyTests {
    static let sampleMissing = "Samples/smart-specialization.json is not there yet (run Scripts/embed-study.sh once it is)"
    /// Locally a missing file skips these tests; in CI it fails them, since CI must check the real data.
    static let sampleAvailable = Environment.exists(PackagePaths.builtinStudy) || PackagePaths.isCI

    @Test func theEmbeddedJSONLoads() throws {
        let study = try StudyFormat.decode(Array(BuiltinStudy.json.utf8), fileName: BuiltinStudy.embeddedFileName)
        #expect(BuiltinStudy.load() == study)
        #expect(!study.cases.isEmpty)
    }

    /// The data file is kept in the layout `caseql export-study` writes, so an export of the built-in
    /// study is the file itself and a hand edit can be normalised by exporting.
    @Test func theEmbeddedJSONIsInTheCanonicalLayout() {
        #expect(StudyFormat.encode(BuiltinStudy.load()) == BuiltinStudy.json)
    }

    @Test(.enabled(if: sampleAvailable, Comment(rawValue: sampleMissing)))
    func theEmbeddedJSONIsTheSampleFile() throws {
        let bytes = try #require(Environment.bytes(of: PackagePaths.builtinStudy), "cannot read \(PackagePaths.builtinStudy)")
        #expect(Array(BuiltinStudy.json.utf8) == bytes,
                "BuiltinStudyData.swift is out of date: run Scripts/embed-study.sh")
        #expect(BuiltinStudy.embeddedFileName == "Samples/smart-specialization.json")
    }

    @Test(.enabled(if: sampleAvailable, Comment(rawValue: sampleMissing)))
    func twentyFirmsAsInTable1() throws {
        let study = BuiltinStudy.load()
        #expect(study.caseNoun == "firms")
        #expect(study.cases.count == 20)
        guard let paper = PaperText.load() else { return }
        let rows = PaperText.table1(paper)
        #expect(rows.count == 20, "Table 1 of the paper has 20 rows")
        let country = try #require(study.attribute("country"))
        for row in rows {
            guard let kase = study.cases.first(where: { $0.name == row.name }) else {
                Issue.record("no case named \(row.name) (Table 1)")
                continue
            }
            #expect(kase.attributes["founded"] == .number(Double(row.founded) ?? .nan), "\(row.name) founded")
            if case .range(_, _, let text) = kase.attributes["employees"] {
                #expect(text == row.employees, "\(row.name) employees")
            } else {
                Issue.record("\(row.name) has no employees band")
            }
            if case .value(let id) = kase.attributes["country"] {
                let value = country.values.first { $0.id == id }
                #expect(value?.labels.zh == row.country, "\(row.name) country")
            } else {
                Issue.record("\(row.name) has no country")
            }
            if case .text(let field) = kase.attributes["field"] {
                #expect(PaperText.withoutNotes(field.zh) == PaperText.withoutNotes(row.field), "\(row.name) field")
            } else {
                Issue.record("\(row.name) has no field")
            }
        }
    }

    @Test(.enabled(if: sampleAvailable, Comment(rawValue: sampleMissing)))
    func everyCodeHasEvidenceFromANamedSection() {
        let study = BuiltinStudy.load()
        let flat = FlatTaxonomy(study.taxonomy)
        for kase in study.cases {
            for code in kase.codes {
                #expect(flat.index(of: code.category) != nil, "\(kase.name): unknown category \(code.category)")
                #expect(!code.evidence.isEmpty, "\(kase.name) \(code.category) has no evidence")
                for evidence in code.evidence {
                    #expect(!evidence.quote.isEmpty, "\(kase.name) \(code.category): empty quote")
                    #expect(!evidence.section.number.isEmpty && !evidence.section.title.isEmpty,
                            "\(kase.name) \(code.category): evidence without a section")
                }
            }
        }
    }

    @Test(.enabled(if: sampleAvailable, Comment(rawValue: sampleMissing)))
    func everyQuoteIsInThePaper() {
        guard let paper = PaperText.load() else { return }
        let searchable = PaperText.normalised(paper)
        let study = BuiltinStudy.load()
        var quotes: [(where: String, quote: String)] = []
        for kase in study.cases {
            quotes += kase.codes.flatMap { code in code.evidence.map { ("\(kase.name) \(code.category)", $0.quote) } }
            quotes += kase.candidates.flatMap { c in c.evidence.map { ("\(kase.name) candidate \(c.category)", $0.quote) } }
            quotes += kase.facts.map { ("\(kase.name) fact \($0.id)", $0.evidence.quote) }
            quotes += kase.notes.flatMap { note in note.evidence.map { ("\(kase.name) note", $0.quote) } }
        }
        quotes += study.notes.flatMap { note in note.evidence.map { ("study note", $0.quote) } }
        #expect(!quotes.isEmpty)
        for (place, quote) in quotes {
            #expect(searchable.contains(PaperText.normalised(quote)), "\(place): quote not in the paper: \(quote)")
        }
    }
}

/// The paper the built-in study codes, and its Table 1.
enum PaperText {
    /// The paper's text; nil (after recording why) when it cannot be read. Missing it fails in CI and
    /// is a known issue elsewhere, so a checkout without shared/ can still run the other tests.
    static func load() -> String? {
        if let bytes = Environment.bytes(of: PackagePaths.paper) { return String(decoding: bytes, as: UTF8.self) }
        let message = "the paper is missing at \(PackagePaths.paper): quotes cannot be checked"
        if PackagePaths.isCI {
            Issue.record(Comment(rawValue: message))
        } else {
            withKnownIssue(Comment(rawValue: message)) { Issue.record(Comment(rawValue: message)) }
        }
        return nil
    }

    /// Without the editor's 【…】 notes and without whitespace, so a quote matches however the text
    /// was wrapped or annotated.
    static func normalised(_ text: String) -> String {
        String(withoutNotes(text).filter { !$0.isWhitespace })
    }

    /// Notes never span lines; one in the paper is never closed, so a line break ends it too.
    static func withoutNotes(_ text: String) -> String {
        var result = ""
        var inNote = false
        for character in text {
            if character == "【" {
                inNote = true
            } else if character == "】" || character == "\n" {
                if !inNote || character == "\n" { result.append(character) }
                inNote = false
            } else if !inNote {
                result.append(character)
            }
        }
        return result.trimmingWhitespace()
    }

    struct Table1Row {
        var country, name, founded, employees, field: String
    }

    /// Table 1 as printed: after its caption a header of five cells, then one block of five
    /// tab-indented cells per firm, blocks separated by blank lines.
    static func table1(_ paper: String) -> [Table1Row] {
        let lines = paper.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let caption = lines.firstIndex(where: { $0.hasPrefix("表1") }) else { return [] }
        var cells: [String] = []
        var rows: [Table1Row] = []
        var skippedHeader = false
        for line in lines[(caption + 1)...] {
            if line.hasPrefix("\t") {
                cells.append(line.trimmingWhitespace())
                continue
            }
            guard line.trimmingWhitespace().isEmpty else { break }
            if cells.count == 5 {
                if skippedHeader {
                    rows.append(Table1Row(country: cells[0], name: cells[1], founded: cells[2], employees: cells[3],
                                          field: cells[4]))
                }
                skippedHeader = true
            }
            cells = []
        }
        if cells.count == 5, skippedHeader {
            rows.append(Table1Row(country: cells[0], name: cells[1], founded: cells[2], employees: cells[3], field: cells[4]))
        }
        return rows
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
