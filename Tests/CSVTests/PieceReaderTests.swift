import CaseModel
@testable import StudyIO
import SystemIO
import Foundation
import Testing
import TestSupport

/// The parallel reader: a matrix cut into pieces at record boundaries, read on several cores and
/// stitched together, gives exactly what one pass gives — from memory and from a file read a
/// piece at a time. (Every test that goes through `Fixtures.parse`/`Fixtures.error` compares the
/// two as well.)
struct PieceReaderTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "caseql-pieces-\(UUID().uuidString).csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func generatedCSV(_ cases: Int) -> [UInt8] {
        var output = ByteOutput()
        StudyGenerator.generate(cases: cases, seed: 3, taxonomy: Fixtures.taxonomy, attributes: Fixtures.attributes)
            .writeCSV(to: &output)
        return output.bytes
    }

    @Test func aFileReadInPiecesGivesWhatOnePassGives() throws {
        let bytes = generatedCSV(2_000)
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try CSVStudy.parse(bytes, fileName: path, taxonomy: nil)
        for size in [1, 100, 4096] {
            let pieces = try CSVStudy.load(path: path, taxonomy: nil, pieceSize: size, wholeFileLimit: 0)
            #expect(Fixtures.fingerprint(pieces) == Fixtures.fingerprint(whole), "pieces of \(size) bytes")
        }
        let typed = try CSVStudy.load(path: path, taxonomy: Fixtures.taxonomy, attributes: Fixtures.attributes,
                                      pieceSize: 300, wholeFileLimit: 0)
        let typedWhole = try CSVStudy.parse(bytes, fileName: path, taxonomy: Fixtures.taxonomy, attributes: Fixtures.attributes)
        #expect(Fixtures.fingerprint(typed) == Fixtures.fingerprint(typedWhole))
    }

    /// A quoted field holding line breaks and separators is never cut, wherever a piece would end.
    @Test func quotedLineBreaksAreNeverCut() throws {
        let text = "case,a.x,note\n\"A\nA\",1,\"x\n,\"\"y\"\"\r\nz\"\nB,0,\"\n\n\"\r\nC,1,plain\n"
        let loaded = try Fixtures.parse(text)
        #expect(loaded.index.names == ["A\nA", "B", "C"])
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in 1...12 {
            let pieces = try CSVStudy.load(path: path, taxonomy: nil, pieceSize: size, wholeFileLimit: 0)
            #expect(pieces.index.names == loaded.index.names, "pieces of \(size) bytes")
            #expect("\(pieces.index.columns)" == "\(loaded.index.columns)")
        }
    }

    /// A column of numbers that meets text in a later piece is read again as text, spelt as
    /// written (`007`), as one pass would have it; bands widen across pieces.
    @Test func columnsChangeKindAcrossPieces() throws {
        let text = "case,a.x,code,size,late\nA,1,007,5,\nB,0,12,11~50,\nC,1,abc,7,\nD,0,,3~4,word\n"
        let path = try temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try Fixtures.parse(text, file: path)
        guard case .text(let codes, let dictionary) = loaded.index.columns[0] else {
            Issue.record("code is \(loaded.index.columns[0])")
            return
        }
        #expect(codes.map { $0 < 0 ? "" : dictionary[Int($0)].en } == ["007", "12", "abc", ""])
        guard case .range(let lows, let highs, _, let bands) = loaded.index.columns[1] else {
            Issue.record("size is \(loaded.index.columns[1])")
            return
        }
        #expect(bands == ["5", "11~50", "7", "3~4"])
        #expect(lows == [5, 11, 7, 3] && highs == [5, 50, 7, 4])
        let pieces = try CSVStudy.load(path: path, taxonomy: nil, pieceSize: 1, wholeFileLimit: 0)
        #expect(Fixtures.fingerprint(pieces) == Fixtures.fingerprint(loaded))
        guard case .range(let pieceLows, let pieceHighs, _, _) = pieces.index.columns[1] else {
            Issue.record("size in pieces is \(pieces.index.columns[1])")
            return
        }
        #expect(pieceLows == lows && pieceHighs == highs)
    }

    /// Errors keep their file positions when they are found in a later piece, also a duplicate
    /// name found once every piece is read.
    @Test func errorsInLaterPiecesKeepTheirPositions() throws {
        let rows = (1...200).map { "C\($0),\($0 % 2)" }.joined(separator: "\n")
        let bad = "case,a.x\n" + rows + "\nC201,2\n"
        let duplicate = "case,a.x\n" + rows + "\nC7,1\n"
        for (text, line, message) in [(bad, 202, "not a set membership"), (duplicate, 202, "duplicate case name 'C7' (first on line 8)")] {
            let path = try temporaryFile(Array(text.utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            for size in [1, 50, 1 << 20] {
                #expect(throws: CSVLoadError.self) {
                    _ = try CSVStudy.load(path: path, taxonomy: nil, pieceSize: size, wholeFileLimit: 0)
                }
                do {
                    _ = try CSVStudy.load(path: path, taxonomy: nil, pieceSize: size, wholeFileLimit: 0)
                } catch {
                    #expect(error.line == line, "\(error)")
                    #expect(error.message.contains(message), "\(error)")
                    #expect(error == Fixtures.error(text).map { e in var e = e; e.file = path; return e })
                }
            }
        }
    }

    /// A file that grows (or shrinks) between the reader's start and its end is reported.
    @Test func aFileThatChangesWhileReadIsAnError() throws {
        let path = try temporaryFile(Array("case,a.x\nA,1\nB,0\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try #require(try ChunkedFileReader(path: path))
        var buffer: [UInt8] = []
        try reader.read(4, appendingTo: &buffer)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("C,1\n".utf8))
        try handle.close()
        do {
            // The read past the size at opening, or else the end of the pass, reports it.
            try reader.read(1 << 10, appendingTo: &buffer)
            try reader.finish()
            Issue.record("no error")
        } catch {
            #expect(error.reason.contains("the file changed while it was read"), "\(error)")
        }
        let shrinking = try #require(try ChunkedFileReader(path: path))
        var start: [UInt8] = []
        try shrinking.read(4, appendingTo: &start)
        let truncating = try #require(FileHandle(forWritingAtPath: path))
        try truncating.truncate(atOffset: 6)
        try truncating.close()
        #expect(throws: FileReadError.self, "truncated in place: the read sees the end too early") {
            var rest: [UInt8] = []
            try shrinking.read(1 << 10, appendingTo: &rest)
            try shrinking.finish()
        }
        #expect(try ChunkedFileReader(path: "/dev/null") == nil, "not a regular file: read whole instead")
    }

    /// Record boundaries: after the last line feed outside quotes.
    @Test func cutsFallAfterTheLastLineFeedOutsideQuotes() {
        func cut(_ text: String) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { RecordBoundary.lastCut(in: $0) }
        }
        #expect(cut("a,b\nc,d\ne") == 8)
        #expect(cut("a,\"b\nc\"") == nil)
        #expect(cut("a,\"b\nc\"\nd") == 8)
        #expect(cut("a,\"\"\"\n\"\"\"") == nil)
        #expect(cut("") == nil)
        #expect(cut("\n") == 1)
    }
}

/// #12 item 6: a matrix of very many columns loads in time linear in its width (a lookup per
/// header, not a scan of the headers before it): 100,000 columns of each kind.
struct WideMatrixTests {
    private func matrix(headers: [String], rows: [[String]]) -> String {
        ([["case"] + headers] + rows.enumerated().map { ["R\($0.offset)"] + $0.element })
            .map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    @Test func aHundredThousandColumnsOfEachKindLoad() throws {
        let width = 100_000
        let qca = matrix(headers: (0..<width).map { "C\($0)" }, rows: [Array(repeating: "1", count: width), Array(repeating: "0", count: width)])
        let sets = try CSVStudy.parse(Array(qca.utf8), fileName: "wide.csv", taxonomy: nil)
        #expect(sets.index.taxonomy.nodes.count == width)
        #expect(sets.index.taxonomy.dimensions.count == 1)
        #expect(sets.index.directSets.allSatisfy { $0.members == [0] })

        let dotted = matrix(headers: (0..<width).map { "d\($0 % 10).c\($0)" }, rows: [Array(repeating: "x", count: width)])
        let codes = try CSVStudy.parse(Array(dotted.utf8), fileName: "wide.csv", taxonomy: nil)
        #expect(codes.index.taxonomy.nodes.count == width)
        #expect(codes.index.taxonomy.dimensions.count == 10)

        let attributes = matrix(headers: (0..<width).map { "a\($0)" }, rows: [(0..<width).map { "v\($0)" }])
        let columns = try CSVStudy.parse(Array(attributes.utf8), fileName: "wide.csv", taxonomy: nil)
        #expect(columns.index.attributes.count == width)
        #expect(columns.index.attributes.last?.id == "a\(width - 1)")
    }

    /// Header problems are still found with the lookups: a clash of attribute ids, a repeated path.
    @Test func clashesAreStillFound() {
        #expect(Fixtures.error("case,a b,a_b\nA,5,7\n")?.message.contains("already has") == true)
        #expect(Fixtures.error("case,d.x,d.x\nA,1,0\n")?.message.contains("duplicate column") == true)
        #expect(Fixtures.error("case,d.x.y,e.y\nA,1,0\n")?.message.contains("already used") == true)
    }
}

/// #11 item 4: the separator is named when it is not a comma, and a file that yields one column
/// names the separator it likely has.
struct SeparatorNoteTests {
    @Test func aSniffedSeparatorIsNoted() throws {
        let semicolons = try Fixtures.parse("case;org.alpha;size\nA;1;3\nB;0;5\n", file: "excel.csv")
        #expect(semicolons.notes == ["excel.csv: fields are separated by semicolons, not commas (read from the first rows; --delimiter chooses another)"])
        #expect(try Fixtures.parse("case,org.alpha\nA,1\n").notes.isEmpty)
        #expect(try Fixtures.parse("case\torg.alpha\nA\t1\n", file: "m.tsv").notes.isEmpty)
        let given = try CSVStudy.parse(Array("case;org.alpha\nA;1\n".utf8), fileName: "x.csv", taxonomy: nil, separator: UInt8(ascii: ";"))
        #expect(given.notes.isEmpty, "a separator given with --delimiter is not news")
    }

    @Test func oneColumnIsAnErrorNamingTheLikelySeparator() throws {
        let forced = "case;org.alpha;size\nA;1;3\n"
        do {
            _ = try CSVStudy.parse(Array(forced.utf8), fileName: "excel.csv", taxonomy: nil, separator: ASCII.comma)
            Issue.record("loaded")
        } catch {
            #expect(error.line == 1 && error.column == 1)
            #expect(error.message.contains("the header is one column"), "\(error)")
            #expect(error.message.contains("--delimiter ';'"), "\(error)")
        }
        let names = Fixtures.error("case\nA\nB\n")
        #expect(names?.message.contains("the header is one column") == true)
        #expect(names?.message.contains("--delimiter") == false, "nothing suggests a separator")
    }
}

/// The in-place sort of the duplicate check's hashes agrees with the standard library's.
@Test func nameHashesSortInPlace() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var values: [UInt64] = (0..<200_000).map { i in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return i % 5 == 0 ? UInt64(i % 7) << 56 : state   // some buckets crowded, repeats included
    }
    var expected = values
    expected.sort()
    NameColumn.sortInPlace(&values)
    #expect(values == expected)
}
