import Testing
@testable import CaseModel
@testable import StudyIO

@Suite("JSON writer")
struct JSONWriterTests {
    @Test func prettyLayout() {
        let value = JSONValue.object([
            ("b", .array([.number(1), .string("中文/ok"), .object([])])),
            ("a", .object([("x", .null), ("y", .bool(false))])),
            ("e", .array([])),
        ])
        #expect(JSONWriter.pretty(value) == """
            {
              "b": [
                1,
                "中文/ok",
                {}
              ],
              "a": {
                "x": null,
                "y": false
              },
              "e": []
            }
            """)
    }

    @Test func escapes() {
        #expect(JSONWriter.quoted("a\"b\\c\n\t\r\u{08}\u{0C}\u{01}\u{1F}é/") == #""a\"b\\c\n\t\r\b\f\u0001\u001fé/""#)
    }

    @Test func numbers() {
        #expect(JSONWriter.format(2010) == "2010")
        #expect(JSONWriter.format(-3) == "-3")
        #expect(JSONWriter.format(0.5) == "0.5")
        #expect(JSONWriter.format(0.1) == "0.1")
        #expect(JSONWriter.format(1e-7) == "1e-07")
        #expect(JSONWriter.format(1250000) == "1250000")
        #expect(JSONWriter.format(.nan) == "null")
        for d in [0.1, 1.0 / 3, 1e300, .leastNonzeroMagnitude, 123456789.125, 9007199254740992, 1e22, -2.5e-10] {
            #expect(Double(JSONWriter.format(d)) == d, "\(d) must read back exactly")
        }
    }

    @Test func roundTrip() throws {
        let text = #"{"k": [1, 2.5, -1e-300, "\u00e9\u4e2d\ud83d\ude00", "tab\there", true, null, {"n": {"m": []}}], "z": {}}"#
        let value = try JSONParser.parse(Array(text.utf8)).value
        let written = JSONWriter.pretty(value)
        #expect(try JSONParser.parse(Array(written.utf8)).value == value)
        #expect(JSONWriter.pretty(try JSONParser.parse(Array(written.utf8)).value) == written)
    }
}
