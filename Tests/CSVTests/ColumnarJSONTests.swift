import CaseModel
@testable import StudyIO
import Foundation
import Testing

/// Large JSON studies load straight to columns (`ColumnarJSONStudy`). What that path accepts must
/// give exactly the index the full decoder builds from `Case` values; everything else (errors
/// included) must be handed back to the full decoder, which then loads or reports as before.
struct ColumnarJSONTests {
    private static let cases = 12_000

    private func generated(_ cases: Int = ColumnarJSONTests.cases, seed: UInt64 = 11) -> GeneratedStudy {
        StudyGenerator.generate(cases: cases, seed: seed, taxonomy: Fixtures.taxonomy, attributes: Fixtures.attributes)
    }

    private func json(_ study: GeneratedStudy) -> String {
        var output = ByteOutput()
        study.writeJSON(to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private func file(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "caseql-columnar-\(UUID().uuidString).json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Loads `text` by both paths, with pieces of a few hundred bytes so elements straddle piece
    /// ends; nil from the columnar path means it gave up.
    /// `parallelFrom: 0` reads every batch on several cores, `Int.max` on one.
    private func bothWays(_ text: String, pieceSize: Int = 333, parallelFrom: Int = 0) throws -> (columnar: LoadedStudy?, full: LoadedStudy) {
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let columnar = ColumnarJSONStudy.load(path: path, pieceSize: pieceSize, minimumFileSize: 0, parallelFrom: parallelFrom)
        let full = LoadedStudy(study: try StudyFormat.load(path: path))
        return (columnar, full)
    }

    /// Everything a query, a group or a `describe` reads from the index is the same.
    private func expectSameIndex(_ a: LoadedStudy, _ b: LoadedStudy) {
        #expect(a.index.count == b.index.count)
        #expect(a.index.names == b.index.names)
        #expect(a.index.directSets == b.index.directSets)
        #expect(a.index.categorySets == b.index.categorySets)
        #expect(a.index.dimensionSets == b.index.dimensionSets)
        #expect(a.index.attributes == b.index.attributes)
        #expect(a.makeCases() == b.makeCases(), "every case's attribute values and codes")
        for (x, y) in zip(a.index.columns, b.index.columns) {
            switch (x, y) {
            case (.number(let p), .number(let q)):
                #expect(p.map(\.bitPattern) == q.map(\.bitPattern))
            case (.range(let lowX, let highX, let codesX, let dictionaryX), .range(let lowY, let highY, let codesY, let dictionaryY)):
                #expect(codesX == codesY)
                #expect(dictionaryX == dictionaryY, "bands in order of first appearance")
                #expect(lowX.map(\.bitPattern) == lowY.map(\.bitPattern))
                #expect(highX.map(\.bitPattern) == highY.map(\.bitPattern))
            case (.text(let codesX, let dictionaryX), .text(let codesY, let dictionaryY)):
                #expect(codesX == codesY)
                #expect(dictionaryX == dictionaryY, "texts in order of first appearance")
            case (.enumeration(let codesX), .enumeration(let codesY)):
                #expect(codesX == codesY)
            default:
                Issue.record("different column kinds: \(x) and \(y)")
            }
        }
        #expect(a.study.title == b.study.title)
        #expect(a.study.attributes == b.study.attributes)
        #expect(a.study.taxonomy == b.study.taxonomy)
        #expect(a.study.notes == b.study.notes)
    }

    @Test func aGeneratedStudyGivesTheFullDecodersIndex() throws {
        let (columnar, full) = try bothWays(json(generated()))
        let loaded = try #require(columnar, "a generated study is the plain shape")
        expectSameIndex(loaded, full)
        #expect(loaded.study.cases.isEmpty, "above the case-list limit the index alone answers, as for a matrix")
        #expect(full.study.cases.count == Self.cases)
    }

    @Test func wholePiecesAndTinyPiecesAgree() throws {
        let text = json(generated(10_500, seed: 3))
        for size in [1, 7, 4096, 1 << 22] {
            // Batches on several cores only where a piece holds a few cases: with a byte a piece,
            // every byte would be a batch.
            for parallelFrom in size < 1024 ? [Int.max] : [0, Int.max] {
                let (columnar, full) = try bothWays(text, pieceSize: size, parallelFrom: parallelFrom)
                expectSameIndex(try #require(columnar, "piece size \(size), parallel from \(parallelFrom)"), full)
            }
        }
    }

    /// Batches are cut where an element seems to start, `},{`; names full of those bytes make the
    /// cuts fall inside strings, and the rows must still be the full decoder's.
    @Test func cutsInsideStringsAreNotBelieved() throws {
        var study = generated().loadedStudy().study
        study.cases = generated().loadedStudy().makeCases()
        for i in study.cases.indices where i % 7 == 0 { study.cases[i].name = "x}, {\"name\": \"y \(i)" }
        let text = StudyFormat.encode(study)
        for size in [1024, 4096, 65536] {
            let (columnar, full) = try bothWays(text, pieceSize: size)
            let loaded = try #require(columnar, "piece size \(size)")
            expectSameIndex(loaded, full)
            #expect(loaded.index.names[7] == "x}, {\"name\": \"y 7")
        }
    }

    /// caseql's own export is pretty-printed, with keys in another order and the study's notes
    /// after the cases; escapes and Chinese in names and values are read by the full parser's rules.
    @Test func anExportWithEscapesAndChineseLoadsTheSame() throws {
        var study = generated().loadedStudy().study
        study.cases = generated().loadedStudy().makeCases()
        study.cases[0].name = "公司 \"甲\""
        study.cases[1].name = "Tab\there"
        study.cases[2].name = "Ünïcode 🙂"
        study.notes = [Note(kind: .editorial, text: LocalizedText(en: "after the cases"), evidence: [])]
        var text = StudyFormat.encode(study)
        // An escaped spelling of a plain name is the same name.
        text = text.replacingOccurrences(of: "\"Case 00004\"", with: "\"Case \\u00300004\"")
        let (columnar, full) = try bothWays(text)
        let loaded = try #require(columnar)
        expectSameIndex(loaded, full)
        #expect(loaded.index.names[0] == "公司 \"甲\"")
        #expect(loaded.index.names[1] == "Tab\there")
        #expect(loaded.index.names[3] == "Case 00004")
        #expect(loaded.study.notes.count == 1)
    }

    /// Each of these is valid or not, but not the plain shape: the columnar path gives up and the
    /// full decoder does what it always did (loads, with per-case records, or reports).
    @Test(arguments: [
        ("evidence", "\"evidence\": []}", "\"evidence\": [{\"quote\": \"q\", \"section\": {\"number\": \"1\", \"title\": \"t\"}}]}", true),
        ("membership", "\"evidence\": []}", "\"membership\": 0.7, \"evidence\": []}", true),
        ("aliases", "\"attributes\": {", "\"aliases\": [\"x\"], \"attributes\": {", true),
        ("unknown attribute", "\"attributes\": {", "\"attributes\": {\"colour\": \"red\", ", false),
        ("unknown category", "{\"category\": \"", "{\"category\": \"nothing\"}, {\"category\": \"", false),
        ("number as text", "\"founded\": ", "\"founded\": \"x\", \"f\": ", false),
        ("a trailing comma", "\"evidence\": []}]", "\"evidence\": []},]", false),
        ("a raw control character", "\"Case 0", "\"Case\u{01} 0", false),
    ] as [(String, String, String, Bool)])
    func notThePlainShape(what: String, target: String, replacement: String, valid: Bool) throws {
        var text = json(generated())
        let range = try #require(text.range(of: target, range: text.index(text.startIndex, offsetBy: text.count / 2)..<text.endIndex),
                                 "\(what): target in the file")
        text.replaceSubrange(range, with: replacement)
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ColumnarJSONStudy.load(path: path, pieceSize: 4096, minimumFileSize: 0) == nil, "\(what)")
        if valid {
            let loaded = try StudyLoader.load(path: path)
            #expect(loaded.study.cases.count == Self.cases, "\(what): the full decoder keeps every case's record")
        } else {
            #expect(throws: StudyLoadError.self, "\(what)") { try StudyLoader.load(path: path) }
        }
    }

    @Test func namesThatDifferOnlyInCaseAreStillReported() throws {
        var text = json(generated())
        text = text.replacingOccurrences(of: "\"Case 00007\"", with: "\"CASE 00008\"")
        text = text.replacingOccurrences(of: "\"Case 00008\"", with: "\"case 00008\"")
        let path = try file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ColumnarJSONStudy.load(path: path, pieceSize: 4096, minimumFileSize: 0) == nil)
        let error = try #require(throws: StudyLoadError.self) { try StudyLoader.load(path: path) }
        #expect(error.diagnostics.first?.message.contains("differs only in case") == true, "\(error.diagnostics)")
    }

    @Test func casesBeforeTheDeclarationsAreLeftToTheFullDecoder() throws {
        let text = "{\"cases\": [], " + json(generated()).dropFirst()
        let path = try file(String(text))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ColumnarJSONStudy.load(path: path, pieceSize: 4096, minimumFileSize: 0) == nil)
    }

    @Test func aTruncatedFileIsReportedWithItsPosition() throws {
        let text = json(generated())
        let path = try file(String(text.prefix(text.utf8.count / 2)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ColumnarJSONStudy.load(path: path, pieceSize: 4096, minimumFileSize: 0) == nil)
        let error = try #require(throws: StudyLoadError.self) { try StudyLoader.load(path: path) }
        #expect(error.diagnostics.first?.position != nil)
    }

    @Test func smallStudiesKeepTheirRecords() throws {
        let (columnar, full) = try bothWays(json(generated(CSVStudy.caseListLimit)))
        #expect(columnar == nil, "at or below the case-list limit `describe` and exports need the records")
        #expect(full.study.cases.count == CSVStudy.caseListLimit)
    }

    /// The scanner's string token reads eight bytes at a time where it can: at every alignment and
    /// with every kind of byte that must stop it, it gives the byte-by-byte reading's answer.
    @Test func stringTokensAtEveryAlignment() {
        let special: [UInt8] = [0x22, 0x5C, 0x01, 0x1F, 0x80, 0xE4, 0x20, 0x7F, 0x21, 0x23]
        var generator = SplitMix64(seed: 5)
        for _ in 0..<4_000 {
            let lead = Int(generator.next() % 9)
            let length = Int(generator.next() % 24)
            var content: [UInt8] = (0..<length).map { _ in UInt8(ascii: "a") + UInt8(generator.next() % 26) }
            for _ in 0..<Int(generator.next() % 3) where !content.isEmpty {
                content[Int(generator.next() % UInt64(content.count))] = special[Int(generator.next() % UInt64(special.count))]
            }
            let bytes = Array(repeating: UInt8(ascii: " "), count: lead) + [0x22] + content + [0x22] + Array(repeating: UInt8(ascii: "x"), count: Int(generator.next() % 9))
            // The reading by hand: the first unescaped quote ends it; a control byte gives up.
            var expected: Result<(Range<Int>, Bool), CaseScanner.Stop> = .failure(.needMore)
            var i = lead + 1, plain = true
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 { expected = .success((lead..<(i + 1), plain)); break }
                if b == 0x5C { plain = false; i += 2; continue }
                if b < 0x20 { expected = .failure(.giveUp); break }
                if b >= 0x80 { plain = false }
                i += 1
            }
            let got: Result<(Range<Int>, Bool), CaseScanner.Stop> = bytes.withUnsafeBufferPointer { buffer in
                var scanner = CaseScanner(bytes: buffer, index: lead, attributeKeys: [])
                do throws(CaseScanner.Stop) {
                    let (token, plainASCII) = try scanner.string()
                    return .success((token, plainASCII))
                } catch {
                    return .failure(error)
                }
            }
            switch (got, expected) {
            case (.success(let a), .success(let b)): #expect(a.0 == b.0 && a.1 == b.1, "\(bytes)")
            case (.failure(let a), .failure(let b)): #expect(a == b, "\(bytes)")
            default: Issue.record("\(bytes): \(got) against \(expected)")
            }
        }
    }
}
