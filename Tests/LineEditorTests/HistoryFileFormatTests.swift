import Testing
@testable import LineEditor

@Suite struct HistoryFileFormatTests {
    @Test func escapingKeepsOneEntryPerLine() {
        #expect(HistoryFileFormat.escape("a\\b\nc\rd") == #"a\\b\nc\rd"#)
        let encoded = HistoryFileFormat.encode([.entry("x\ny"), .entry(#"C:\n"#)])
        #expect(encoded == Array(("#caseql-history v1\n" + #"x\ny"# + "\n" + #"C:\\n"# + "\n").utf8))
    }

    @Test func entriesRoundTrip() {
        let entries = [
            "select firms\n  where financing includes 众筹;",
            #"describe "NOVA INNOVATION""#,
            #"a backslash \ and a literal \n"#,
            "trailing backslash \\",
            "crlf\r\ninside",
            "emoji 👩‍💻 and 中文",
        ]
        let decoded = HistoryFileFormat.decode(HistoryFileFormat.encode(entries.map { .entry($0) }))
        #expect(decoded == .init(records: entries.map { .entry($0) }, isCaseqlHistory: true))
    }

    @Test func unknownEscapesAndLoneBackslashesAreKeptAsWritten() {
        #expect(HistoryFileFormat.unescape(#"\t\q"#) == #"\t\q"#)
        #expect(HistoryFileFormat.unescape(#"end\"#) == #"end\"#)
    }

    @Test func invalidUTF8LinesAreKeptByteForByteButNotRecalled() {
        let bytes = Array("#caseql-history v1\ngood one\n".utf8) + [0xFF, 0xFE, 0x0A] + Array("bad ".utf8) + [0xE4, 0xB8]
            + [0x0D, 0x0A] + Array("good 二\n".utf8)
        let decoded = HistoryFileFormat.decode(bytes)
        #expect(decoded.entries == ["good one", "good 二"])
        #expect(decoded.undecodableLines == 2)
        #expect(HistoryFileFormat.encode(decoded.records) == bytes)
    }

    @Test func crlfLineEndsAndEmptyLinesAreTolerated() {
        let decoded = HistoryFileFormat.decode(Array("#caseql-history v1\r\none\r\n\r\ntwo".utf8))
        #expect(decoded.entries == ["one", "two"])
    }

    @Test func aFileWithoutTheHeaderIsNotOurs() {
        #expect(!HistoryFileFormat.decode(Array("_HiStOrY_V2_\ncount\\040firms\n".utf8)).isCaseqlHistory)
        #expect(HistoryFileFormat.decode([]).isCaseqlHistory)
    }
}
