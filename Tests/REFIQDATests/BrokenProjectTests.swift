import Testing
@testable import REFIQDA

/// Every broken project is refused with its file, line:column and element path; nothing is loaded.
@Suite struct BrokenProjectTests {
    private func failure(_ path: String) -> String {
        do {
            _ = try REFIQDA.loadStudy(path: path)
            return "loaded"
        } catch {
            return error.description
        }
    }

    @Test func malformedXML() {
        let path = Fixture.path("broken/malformed.qde")
        #expect(failure(path) == path + ":20:7: error: Project/Sources/TextSource/PlainTextSelection: "
            + "XML is not well formed: end tag </PlainTextSelectio> does not match <PlainTextSelection>")
    }

    /// Found by FuzzREFIQDA in CI: a NUL byte in a coded text was read, but XML cannot hold it,
    /// so the export lost it. Not well-formed XML is an error at its place.
    @Test func controlCharactersAreNotXML() {
        let path = Fixture.path("broken/nul-in-text.qde")
        #expect(failure(path) == path + ":21:78: error: XML is not well formed: character U+0000 is not allowed in XML")
    }

    @Test func missingGUIDReference() {
        let path = Fixture.path("broken/missing-guid.qde")
        let lines = failure(path).split(separator: "\n").map(String.init)
        #expect(lines.first == "\(path):26:65: error: Project/Sources/TextSource[1]/PlainTextSelection[2]/Coding[1]/CodeRef: "
            + "no code has the GUID d0000009-0000-4000-8000-000000000009")
        #expect(lines.count == 2)
    }

    @Test func selectionOutsideItsText() {
        let path = Fixture.path("broken/outside.qde")
        #expect(failure(path) == path + ":25:7: error: Project/Sources/TextSource[1]/PlainTextSelection[2]: "
            + "the selection 29–52 lies outside its text (50 characters)")
    }

    @Test func missingSourceFile() {
        let path = Fixture.path("broken/missing-source/project.qde")
        let message = failure(path)
        #expect(message.hasPrefix(path + ":53:5: error: Project/Sources/TextSource[1]: the source file "))
        #expect(message.hasSuffix("7D2E1F0A-3B4C-4D5E-8F60-718293A4B5C6.txt (plainTextPath internal://7D2E1F0A-3B4C-4D5E-8F60-718293A4B5C6.txt) is missing"))
    }

    @Test func notAZip() {
        let path = Fixture.path("broken/not-a-zip.qdpx")
        #expect(failure(path).hasPrefix(path + ": error: not a valid zip archive"))
    }

    @Test func xmlParserRefusals() {
        let cases: [(String, String)] = [
            ("", "1:1: the document has no root element"),
            ("<Project>", "1:1: element <Project> is not closed before the end of the file"),
            ("<Project a='1' a='2'/>", "1:16: attribute a appears twice"),
            ("<Project>&nbsp;</Project>", "1:10: unknown entity &nbsp;"),
            ("<Project/><Project/>", "1:11: a second root element"),
            ("<Project x='<'/>", "1:13: '<' in an attribute value"),
            ("<P>\n  <Q>&#0;</Q></P>", "2:6: invalid character reference &#0;"),
            (String(repeating: "<a>", count: 300), "1:769: elements nested deeper than 256"),
        ]
        for (xml, expected) in cases {
            do {
                _ = try XMLParser.parse(Array(xml.utf8))
                Issue.record("parsed: \(xml)")
            } catch {
                let position = XMLPosition(offset: error.offset, in: Array(xml.utf8))
                #expect("\(position): \(error.message)" == expected)
            }
        }
    }

    @Test func lineEndsAndReferencesInText() throws {
        let root = try XMLParser.parse(Array("\u{FEFF}<a>x\r\ny\rz&#13;&#x1F600;<![CDATA[<&>]]></a>".utf8))
        #expect(root.text == "x\ny\nz\r😀<&>")
    }
}
