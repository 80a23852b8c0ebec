import Testing
@testable import CaseModel
@testable import StudyIO

/// The root's `cases` array is checked but not kept by the parser and read again one element at a
/// time: each element must come back as the whole-document parse gives it, positions included.
@Suite("Deferred cases array")
struct DeferredCasesTests {
    private let document = """
        {"format": 1, "cases": [{"name": "甲乙", "codes": [1, 2]},
           {"name": "b", "nested": {"cases": [3]}}, "x",
        [null, true]], "after": {"cases": [4]}}
        """

    /// Every node with its position, flattened, so two trees can be compared.
    private func flatten(_ node: JSONNode) -> [String] {
        var lines = ["\(node.position) \(node.kindDescription)"]
        switch node.content {
        case .array(let elements): lines += elements.flatMap(flatten)
        case .object(let members):
            for member in members { lines += ["\(member.keyPosition) key \(member.key)"] + flatten(member.value) }
        default: break
        }
        return lines
    }

    @Test func elementsComeBackAsTheWholeParseHasThem() throws {
        let bytes = Array(document.utf8)
        let whole = try JSONParser.parse(bytes)
        let (root, deferred) = try JSONParser.parse(bytes, deferring: "cases")
        let array = try #require(deferred)
        guard case .object(let members) = whole.content, case .array(let expected) = members[1].value.content,
              case .object(let deferredMembers) = root.content, case .array(let kept) = deferredMembers[1].value.content
        else { Issue.record("unexpected shape"); return }
        #expect(kept.isEmpty)
        #expect(array.count == 4)
        #expect(array.position == members[1].value.position)
        var read: [JSONNode] = []
        JSONParser.forEachElement(of: array, in: bytes) { i, element in
            #expect(i == read.count)
            read.append(element)
        }
        #expect(read.map(flatten) == expected.map(flatten))
        #expect(read.map(\.value) == expected.map(\.value))
        // Only the root's own member is deferred: a nested "cases" is kept.
        #expect(deferredMembers[2].value.value == members[2].value.value)
    }

    @Test func syntaxErrorsInsideTheDeferredArrayNameTheirElement() {
        let bytes = Array(#"{"cases": [1, 2, {"a": [1,]}]}"#.utf8)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes, deferring: "cases") }
        do {
            _ = try JSONParser.parse(bytes, deferring: "cases")
        } catch {
            #expect(error.path.description == "cases[2].a")
            #expect(error.position == JSONPosition(line: 1, column: 27))
        }
    }

    @Test func anEmptyOrMissingArrayIsNotDeferred() throws {
        #expect(try JSONParser.parse(Array(#"{"cases": []}"#.utf8), deferring: "cases").1 == nil)
        #expect(try JSONParser.parse(Array(#"{"other": [1]}"#.utf8), deferring: "cases").1 == nil)
        #expect(try JSONParser.parse(Array(#"[{"cases": [1]}]"#.utf8), deferring: "cases").1 == nil)
    }
}
