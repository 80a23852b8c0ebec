import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

@Suite("JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8)).value
    }

    /// The error for `source`, with its position checked against the marker in it.
    private func expectError(_ source: String, _ message: String, path: String = "",
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let marked = MarkedSource(source)
        do {
            let value = try JSONParser.parse(marked.bytes)
            Issue.record("parsed as \(value.value)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.message == message, sourceLocation: sourceLocation)
            #expect(error.position == marked.position("1️⃣"), sourceLocation: sourceLocation)
            #expect(error.path.description == path, sourceLocation: sourceLocation)
        }
    }

    @Test func scalarsAndContainers() throws {
        #expect(try parse("null") == .null)
        #expect(try parse(" true ") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse("-12.5e1") == .number(-125))
        #expect(try parse("0") == .number(0))
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\u4e2d\ud83d\ude00""#) == .string("a\"b\\c/d\n\té中😀"))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object([]))
        #expect(try parse(#"{"b": [1, {"c": null}], "a": "x"}"#)
            == .object([("b", .array([.number(1), .object([("c", .null)])])), ("a", .string("x"))]))
    }

    @Test func objectKeysKeepTheirOrder() throws {
        guard case .object(let members) = try parse(#"{"z": 1, "a": 2, "m": 3}"#) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "m"])
    }

    @Test func positionsCountLinesAndCharacters() throws {
        let marked = MarkedSource("{\n  \"名称\": 1️⃣\"中文\",\n\t\"b\": [2️⃣true, 3️⃣{}]\n}")
        let root = try JSONParser.parse(marked.bytes)
        guard case .object(let members) = root.content, case .array(let elements) = members[1].value.content else {
            Issue.record("unexpected shape")
            return
        }
        #expect(root.position == JSONPosition(line: 1, column: 1))
        #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3))
        #expect(members[0].value.position == marked.position("1️⃣"))
        #expect(elements[0].position == marked.position("2️⃣"))
        #expect(elements[1].position == marked.position("3️⃣"))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)
        let node = try JSONParser.parse(bytes)
        #expect(node.value == .array([.number(1)]))
        #expect(node.position == JSONPosition(line: 1, column: 1))
    }

    @Test func structuralErrors() {
        expectError(#"{"a": 1 1️⃣"b": 2}"#, "expected ',' or '}' after object member")
        expectError("[1, 2 1️⃣3]", "expected ',' or ']' after array element")
        expectError(#"{"a" 1️⃣1}"#, "expected ':' after object key", path: "a")
        expectError(#"{1️⃣a: 1}"#, "expected a string key, found 'a'")
        expectError(#"{"a": 1,1️⃣}"#, "trailing comma before '}'")
        expectError("[1,1️⃣]", "trailing comma before ']'")
        expectError("1️⃣", "expected a JSON value, found end of input")
        expectError("[1, 1️⃣", "unexpected end of input", path: "[1]")
        expectError("{\"cases\": [{\"name\": 1️⃣NaN}]}", "expected a JSON value, found 'NaN'", path: "cases[0].name")
        expectError("[1️⃣'x']", "strings must be in double quotes", path: "[0]")
        expectError("[1️⃣tru]", "expected a JSON value, found 'tru'", path: "[0]")
    }

    @Test func trailingGarbageIsRejected() {
        expectError("{} 1️⃣x", "unexpected 'x' after the JSON value")
        expectError("1 1️⃣2", "unexpected '2' after the JSON value")
    }

    @Test func duplicateKeysAreRejected() {
        expectError("{\"a\": 1,\n \"b\": 2, 1️⃣\"a\": 3}", "duplicate key 'a' (first at 1:2)")
        // Past 16 keys the parser switches to a set; the rule must not change.
        let many = (0..<40).map { "\"k\($0)\": \($0),\n" }.joined()
        expectError("{\n\(many)1️⃣\"k7\": 0}", "duplicate key 'k7' (first at 9:1)")
    }

    @Test func stringErrors() {
        expectError("[1️⃣\"abc", "unterminated string", path: "[0]")
        expectError("[\"a1️⃣\nb\"]", "line break in a string (a missing closing '\"'?)", path: "[0]")
        expectError("[\"a1️⃣\u{01}\"]", "control character U+0001 in a string must be escaped", path: "[0]")
        expectError(#"["1️⃣\q"]"#, "invalid escape '\\q'", path: "[0]")
        expectError(#"["1️⃣\ud800"]"#, "lone surrogate \\uD800 (a high surrogate needs a low one after it)", path: "[0]")
        expectError(#"["1️⃣\udc00x"]"#, "lone surrogate \\uDC00 (a low surrogate without a high one)", path: "[0]")
        expectError(#"["1️⃣\ud800\u0041"]"#, "lone surrogate \\uD800 (followed by \\u0041, not a low surrogate)", path: "[0]")
        expectError(#"["\u121️⃣G4"]"#, "expected 4 hexadecimal digits after \\u", path: "[0]")
    }

    @Test func invalidUTF8IsRejected() {
        for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                             [0xE4, 0xB8], [0x80]] {
            let bytes = Array("[\"ok".utf8) + bad + Array("\"]".utf8)
            #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
            do {
                _ = try JSONParser.parse(bytes)
            } catch {
                #expect(error.message.hasPrefix("invalid UTF-8 byte 0x"))
                #expect(error.position == JSONPosition(line: 1, column: 5))
            }
        }
        // Outside strings too.
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0xFE]) }
    }

    @Test func numbers() throws {
        #expect(try parse("123456789012345678901234567890") == .number(1.2345678901234568e29))
        #expect(try parse("1.7976931348623157e308") == .number(.greatestFiniteMagnitude))
        #expect(try parse("-0.000001") == .number(-0.000001))
        #expect(try parse("9007199254740993") == .number(9007199254740992))
        expectError("[1️⃣1e400]", "number 1e400 is out of range", path: "[0]")
        expectError("[1️⃣-1e999]", "number -1e999 is out of range", path: "[0]")
        expectError("[1️⃣01]", "numbers cannot have leading zeros", path: "[0]")
        expectError("[1.1️⃣]", "expected a digit after the decimal point", path: "[0]")
        expectError("[-1️⃣x]", "expected a digit after '-'", path: "[0]")
        expectError("[1e1️⃣]", "expected a digit in the exponent", path: "[0]")
        expectError("[1️⃣+1]", "expected a JSON value, found '+'", path: "[0]")
    }

    @Test func depthLimit() throws {
        let limit = JSONParser.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(throws: Never.self) { try JSONParser.parse(Array(deepest.utf8)) }
        let tooDeep = String(repeating: "[", count: limit) + "1️⃣[" + String(repeating: "]", count: limit + 1)
        expectError(tooDeep, "arrays and objects nested deeper than 512 levels",
                    path: String(repeating: "[0]", count: limit))
        // Far deeper input must fail the same way, not overflow the stack.
        let huge = Array(repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(huge) }
    }
}
