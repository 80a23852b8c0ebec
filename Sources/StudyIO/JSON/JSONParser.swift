import CaseModel
/// A strict JSON parser (RFC 8259) over UTF-8 bytes that keeps every value's position.
///
/// It is iterative (an explicit stack of open containers), so no input can exhaust the call stack,
/// and it works on the byte buffer directly, so a 200 MB study parses in seconds.
public enum JSONParser {
    /// Containers nested deeper than this are rejected rather than parsed.
    public static let maximumDepth = 512

    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
        let result: Result<JSONNode, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = ByteParser(buffer)
            do throws(JSONParseError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses a document like `parse`, but the array that is the value of the root object's member
    /// `key` is only checked, not kept: the node returned for it is an empty array at its position,
    /// and `DeferredArray` says where its elements are, so `forEachElement` can read them one at a
    /// time. A million-case study then never holds the nodes of all its cases at once.
    static func parse(_ bytes: [UInt8], deferring key: String) throws(JSONParseError) -> (JSONNode, DeferredArray?) {
        let result: Result<(JSONNode, DeferredArray?), JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = ByteParser(buffer)
            parser.deferredKey = key
            do throws(JSONParseError) {
                let root = try parser.parseDocument()
                return .success((root, parser.deferred))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Calls `body` with each element of a deferred array, in order, as a node with its positions
    /// in the document. The document was checked when it was parsed, so the elements parse again
    /// without error; should they not (other bytes than those parsed), the reading stops.
    static func forEachElement(of array: DeferredArray, in bytes: [UInt8], _ body: (Int, JSONNode) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = ByteParser(buffer)
            parser.index = array.contentStart
            parser.line = array.line
            parser.lineStart = array.lineStart
            parser.columnCursor = array.lineStart
            for i in 0..<array.count {
                guard let element = try? parser.parseValue() else { return }
                body(i, element)
                parser.skipWhitespace()
                if parser.peek() == UInt8(ascii: ",") { parser.index += 1 }
            }
        }
    }
}

/// Where the elements of an array parsed but not kept are (see `JSONParser.parse(_:deferring:)`).
struct DeferredArray {
    /// The array's own position (its `[`), as its node has it.
    var position: JSONPosition
    /// The offset just after the `[`, and the line it is on with that line's starting offset.
    var contentStart: Int
    var line: Int
    var lineStart: Int
    var count: Int
}

/// An array or object still open while its elements are being parsed.
struct OpenContainer {
    var isObject: Bool
    var position: JSONPosition
    var elements: [JSONNode] = []
    var members: [JSONMember] = []
    /// The key whose value is being parsed (objects only).
    var pendingKey = ""
    var pendingKeyPosition = OpenContainer.noKey
    static let noKey = JSONPosition(line: 0, column: 0)
    /// Keys seen so far, built only once an object is large enough for a linear search to hurt.
    var keyIndex: Set<String>?
    /// The deferred array (see `JSONParser.parse(_:deferring:)`): elements are counted, not kept.
    var discardsElements = false
    var discardedCount = 0
    var contentStart = 0
    var contentLine = 0
    var contentLineStart = 0
}

struct ByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// The line being read, and the offset where it starts (strings cannot hold a raw line break,
    /// so line breaks are only ever met while skipping whitespace).
    var line = 1
    var lineStart = 0
    /// Columns are counted incrementally from the last position asked for: positions are asked
    /// for in increasing order, so every byte is counted at most once.
    var columnCursor = 0
    var columnAtCursor = 1
    var stack: [OpenContainer] = []
    /// Reused for strings with escapes.
    var scratch: [UInt8] = []
    /// The root object's member whose array is checked but not kept, and where it was found.
    var deferredKey: String?
    var deferred: DeferredArray?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
            columnCursor = 3
        }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeByte(at: index)) after the JSON value")
        }
        return value
    }

    /// Parses one value from the current offset, leaving the offset just after it.
    mutating func parseValue() throws(JSONParseError) -> JSONNode {
        while true {
            guard var finished = try parseScalarOrOpen() else { continue }
            // Attach the finished value to its container; closing containers may finish more values.
            while true {
                guard !stack.isEmpty else { return finished }
                let top = stack.count - 1
                if stack[top].isObject {
                    let member = JSONMember(key: stack[top].pendingKey, keyPosition: stack[top].pendingKeyPosition,
                                            value: finished)
                    stack[top].members.append(member)
                    stack[top].keyIndex?.insert(member.key)
                    stack[top].pendingKeyPosition = OpenContainer.noKey
                    skipWhitespace()
                    if peek() == UInt8(ascii: ",") {
                        index += 1
                        try parseKey(afterComma: true)
                        break
                    } else if peek() == UInt8(ascii: "}") {
                        index += 1
                        let closed = stack.removeLast()
                        finished = JSONNode(.object(closed.members), at: closed.position)
                    } else {
                        throw error("expected ',' or '}' after object member")
                    }
                } else {
                    if stack[top].discardsElements {
                        stack[top].discardedCount += 1
                    } else {
                        stack[top].elements.append(finished)
                    }
                    skipWhitespace()
                    if peek() == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        if peek() == UInt8(ascii: "]") { throw error("trailing comma before ']'", atContainer: true) }
                        break
                    } else if peek() == UInt8(ascii: "]") {
                        index += 1
                        let closed = stack.removeLast()
                        finished = JSONNode(.array(closed.elements), at: closed.position)
                        if closed.discardsElements {
                            deferred = DeferredArray(position: closed.position, contentStart: closed.contentStart,
                                                     line: closed.contentLine, lineStart: closed.contentLineStart,
                                                     count: closed.discardedCount)
                        }
                    } else {
                        throw error("expected ',' or ']' after array element", atContainer: true)
                    }
                }
            }
        }
    }

    /// Parses a scalar, an empty container, or opens a container (then returns nil: its first value
    /// comes next).
    private mutating func parseScalarOrOpen() throws(JSONParseError) -> JSONNode? {
        skipWhitespace()
        guard index < bytes.count else {
            throw error(stack.isEmpty ? "expected a JSON value, found end of input" : "unexpected end of input")
        }
        let start = position(at: index)
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try checkDepth()
            index += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                index += 1
                return JSONNode(.object([]), at: start)
            }
            stack.append(OpenContainer(isObject: true, position: start))
            try parseKey(afterComma: false)
            return nil
        case UInt8(ascii: "["):
            try checkDepth()
            index += 1
            var container = OpenContainer(isObject: false, position: start)
            if let deferredKey, stack.count == 1, stack[0].isObject, stack[0].pendingKey == deferredKey {
                container.discardsElements = true
                container.contentStart = index
                container.contentLine = line
                container.contentLineStart = lineStart
            }
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                index += 1
                return JSONNode(.array([]), at: start)
            }
            stack.append(container)
            return nil
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, at: start)
        case UInt8(ascii: "'"):
            throw error("strings must be in double quotes")
        default:
            throw error("expected a JSON value, found \(describeWord(at: index))")
        }
    }

    private mutating func checkDepth() throws(JSONParseError) {
        if stack.count >= JSONParser.maximumDepth {
            throw error("arrays and objects nested deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    /// Reads `"key":` into the innermost (object) container, rejecting a key it already has.
    private mutating func parseKey(afterComma: Bool) throws(JSONParseError) {
        skipWhitespace()
        guard peek() == UInt8(ascii: "\"") else {
            if afterComma, peek() == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
            if index >= bytes.count { throw error("unexpected end of input") }
            throw error("expected a string key, found \(describeByte(at: index))")
        }
        let keyPosition = position(at: index)
        let key = try parseString()
        let top = stack.count - 1
        if let first = firstPosition(ofKey: key, in: stack[top]) {
            throw JSONParseError(position: keyPosition, path: currentPath(),
                                 message: "duplicate key '\(key)' (first at \(first))")
        }
        if stack[top].keyIndex == nil, stack[top].members.count >= 16 {
            stack[top].keyIndex = Set(stack[top].members.map(\.key))
        }
        stack[top].pendingKey = key
        stack[top].pendingKeyPosition = keyPosition
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after object key") }
        index += 1
    }

    private func firstPosition(ofKey key: String, in container: OpenContainer) -> JSONPosition? {
        if let keys = container.keyIndex, !keys.contains(key) { return nil }
        return container.members.first { $0.key == key }?.keyPosition
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else {
            throw error("expected a JSON value, found \(describeWord(at: index))")
        }
        index += count
    }

    // MARK: Whitespace and positions

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    mutating func position(at offset: Int) -> JSONPosition {
        if columnCursor < lineStart || columnCursor > offset {
            columnCursor = lineStart
            columnAtCursor = 1
        }
        var column = columnAtCursor
        var i = columnCursor
        let end = min(offset, bytes.count)
        while i < end {
            // Continuation bytes (10xxxxxx) belong to the scalar already counted.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnCursor = end
        columnAtCursor = column
        return JSONPosition(line: line, column: column)
    }

    /// An error at the current byte.
    /// `atContainer` names the innermost array rather than its next element, for errors between elements.
    mutating func error(_ message: String, atContainer: Bool = false) -> JSONParseError {
        var path = currentPath()
        if atContainer, !path.components.isEmpty { path.components.removeLast() }
        return JSONParseError(position: position(at: index), path: path, message: message)
    }

    /// Where in the document the parser is: the path of the value being parsed.
    func currentPath() -> JSONPath {
        var components: [JSONPath.Component] = []
        for container in stack {
            if container.isObject {
                // Before the first key is read the pending key is empty: the path ends at the object.
                guard container.pendingKeyPosition != OpenContainer.noKey else { break }
                components.append(.key(container.pendingKey))
            } else {
                components.append(.index(container.elements.count + container.discardedCount))
            }
        }
        return JSONPath(components)
    }

    // MARK: Describing unexpected input

    func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let b = bytes[offset]
        if b >= 0x80 {
            guard let length = utf8SequenceLength(at: offset) else {
                return "invalid UTF-8 byte 0x" + hex(b)
            }
            let scalarText = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]),
                                    as: UTF8.self)
            return "'\(scalarText)'"
        }
        if b < 0x20 || b == 0x7F { return "control character U+00" + hex(b) }
        return "'\(Character(Unicode.Scalar(b)))'"
    }

    /// A run of letters (`NaN`, `True`, `undefined`) reads better as a word than as its first letter.
    func describeWord(at offset: Int) -> String {
        var end = offset
        while end < bytes.count, end - offset < 20, isWordByte(bytes[end]) { end += 1 }
        guard end > offset + 1 else { return describeByte(at: offset) }
        return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) + "'"
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F
    }

    func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }
}
