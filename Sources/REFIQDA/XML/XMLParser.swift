/// A small non-validating XML parser over UTF-8 bytes, enough for REFI-QDA documents: elements,
/// attributes, character data, CDATA, comments, processing instructions, a DOCTYPE without entity
/// declarations, the predefined and numeric character references. It builds the element tree with
/// an explicit stack (no recursion, so deep nesting cannot overflow the call stack) and keeps each
/// element's byte offset for positioned messages. Line ends are normalised as XML requires
/// (CR LF and a lone CR read as LF); `&#13;` stays a CR.
struct XMLParser {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Deeper documents are refused: REFI-QDA nests codes, never hundreds deep.
    static let depthLimit = 256

    private let bytes: [UInt8]
    private var i: Int

    private struct Frame {
        var element: XMLElement
        var text: [UInt8] = []
        var textIsBlank = true
    }

    private var stack: [Frame] = []

    static func parse(_ bytes: [UInt8]) throws(XMLSyntaxError) -> XMLElement {
        // XML 1.0 allows no C0 control but tab, LF and CR, not even as a character reference: a
        // document holding one is not well formed (and no export could write it back).
        if let k = bytes.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            let hex = String(bytes[k], radix: 16, uppercase: true)
            throw XMLSyntaxError(offset: k, path: "", message: "character U+\(String(repeating: "0", count: 4 - hex.count) + hex) is not allowed in XML")
        }
        var parser = XMLParser(bytes: bytes)
        return try parser.document()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        i = bytes.starts(with: XMLParser.byteOrderMark) ? XMLParser.byteOrderMark.count : 0
    }

    private mutating func document() throws(XMLSyntaxError) -> XMLElement {
        var root: XMLElement?
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                if try markup(closedRoot: root != nil) { continue }
                if let element = try startTag(closedRoot: root != nil) {
                    root = element
                }
            } else if stack.isEmpty {
                guard isSpace(b) else {
                    throw fail(root == nil ? "expected '<' to start the document's root element"
                               : "text after the root element")
                }
                i += 1
            } else {
                try characterData()
            }
            if let closed = popIfClosed() {
                root = closed
            }
        }
        if let open = stack.last {
            throw XMLSyntaxError(offset: open.element.offset, path: path,
                                 message: "element <\(open.element.name)> is not closed before the end of the file")
        }
        guard let root else { throw fail("the document has no root element") }
        return root
    }

    // MARK: markup other than elements

    /// Comments, processing instructions, the XML declaration, CDATA and DOCTYPE; false when the
    /// `<` starts an element tag.
    private mutating func markup(closedRoot: Bool) throws(XMLSyntaxError) -> Bool {
        if starts("<!--") {
            try skip(past: "-->", what: "comment")
        } else if starts("<?") {
            try skip(past: "?>", what: "processing instruction")
        } else if starts("<![CDATA[") {
            guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
            let start = i + 9
            try skip(past: "]]>", what: "CDATA section")
            appendText(bytes[start..<(i - 3)])
        } else if starts("<!DOCTYPE") {
            guard stack.isEmpty, !closedRoot else { throw fail("DOCTYPE inside the document") }
            try doctype()
        } else if starts("<!") {
            throw fail("unknown markup declaration")
        } else {
            return false
        }
        return true
    }

    private mutating func doctype() throws(XMLSyntaxError) {
        let start = i
        var depth = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0:
                i += 1
                return
            default: break
            }
            i += 1
        }
        i = start
        throw fail("DOCTYPE is not closed")
    }

    // MARK: tags

    /// A start tag (pushed, or returned when it is an empty root element) or an end tag (checked).
    private mutating func startTag(closedRoot: Bool) throws(XMLSyntaxError) -> XMLElement? {
        let tagStart = i
        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
            i += 2
            let name = try self.name()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw fail("expected '>' to end </\(name)>") }
            guard let open = stack.last else {
                i = tagStart
                throw fail("end tag </\(name)> without a start tag")
            }
            guard open.element.name == localName(name) else {
                i = tagStart
                throw fail("end tag </\(name)> does not match <\(open.element.name)>")
            }
            i += 1
            markClosed = true
            return nil
        }
        if closedRoot, stack.isEmpty { throw fail("a second root element") }
        if stack.count >= XMLParser.depthLimit {
            throw fail("elements nested deeper than \(XMLParser.depthLimit)")
        }
        i += 1
        let name = try self.name()
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipSpace()
            guard i < bytes.count else { throw fail("the tag <\(name)> is not closed") }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                stack.append(Frame(element: XMLElement(name: localName(name), attributes: attributes,
                                                       children: [], text: "", offset: tagStart)))
                return nil
            }
            if starts("/>") {
                i += 2
                let element = XMLElement(name: localName(name), attributes: attributes, children: [], text: "",
                                         offset: tagStart)
                if stack.isEmpty { return element }
                stack[stack.count - 1].element.children.append(element)
                return nil
            }
            guard hadSpace else { throw fail("expected a space, '>' or '/>' in <\(name)>") }
            let attributeStart = i
            let attributeName = try self.name()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
                throw fail("expected '=' after the attribute \(attributeName)")
            }
            i += 1
            skipSpace()
            let value = try attributeValue()
            let local = localName(attributeName)
            if attributes.contains(where: { $0.name == local }) {
                i = attributeStart
                throw fail("attribute \(attributeName) appears twice")
            }
            attributes.append((local, value))
        }
    }

    /// Set by an end tag; the element is popped once the tag is consumed.
    private var markClosed = false

    private mutating func popIfClosed() -> XMLElement? {
        guard markClosed else { return nil }
        markClosed = false
        var frame = stack.removeLast()
        if !(frame.textIsBlank && !frame.element.children.isEmpty) {
            frame.element.text = String(decoding: frame.text, as: UTF8.self)
        }
        if stack.isEmpty { return frame.element }
        stack[stack.count - 1].element.children.append(frame.element)
        return nil
    }

    private mutating func name() throws(XMLSyntaxError) -> String {
        let start = i
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        guard i > start else { throw fail("expected a name") }
        guard let name = String(validating: bytes[start..<i], as: UTF8.self) else {
            i = start
            throw fail("a name that is not valid UTF-8")
        }
        return name
    }

    private func localName(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    private mutating func attributeValue() throws(XMLSyntaxError) -> String {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
            throw fail("expected a quoted attribute value")
        }
        let quote = bytes[i]
        let start = i
        i += 1
        var value: [UInt8] = []
        while true {
            guard i < bytes.count else {
                i = start
                throw fail("attribute value is not closed")
            }
            let b = bytes[i]
            if b == quote { break }
            switch b {
            case UInt8(ascii: "<"): throw fail("'<' in an attribute value")
            case UInt8(ascii: "&"): try reference(into: &value)
            case 0x0D:
                // Attribute-value normalisation: CR LF, CR, LF and tab each become one space.
                value.append(0x20)
                i += (i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? 2 : 1
            case 0x0A, 0x09:
                value.append(0x20)
                i += 1
            default:
                value.append(b)
                i += 1
            }
        }
        i += 1
        guard let text = String(validating: value, as: UTF8.self) else {
            i = start
            throw fail("an attribute value that is not valid UTF-8")
        }
        return text
    }

    // MARK: character data

    private mutating func characterData() throws(XMLSyntaxError) {
        var run: [UInt8] = []
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") {
            let b = bytes[i]
            if b == UInt8(ascii: "&") {
                try reference(into: &run)
                continue
            }
            if b == 0x0D {
                run.append(0x0A)
                i += (i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            if b == UInt8(ascii: ">"), run.count >= 2, run.suffix(2) == [0x5D, 0x5D] {
                throw fail("']]>' in character data")
            }
            run.append(b)
            i += 1
        }
        guard String(validating: run, as: UTF8.self) != nil else {
            i = start
            throw fail("text that is not valid UTF-8")
        }
        appendText(run[...])
    }

    private mutating func appendText(_ run: ArraySlice<UInt8>) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        if stack[top].textIsBlank, !run.allSatisfy(isSpace) { stack[top].textIsBlank = false }
        stack[top].text.append(contentsOf: run)
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#N;` `&#xH;`, appended as UTF-8.
    private mutating func reference(into out: inout [UInt8]) throws(XMLSyntaxError) {
        let start = i
        i += 1
        while i < bytes.count, bytes[i] != UInt8(ascii: ";"), i - start < 12 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ";") else {
            i = start
            throw fail("'&' that starts no entity reference (write &amp;)")
        }
        let body = Array(bytes[(start + 1)..<i])
        i += 1
        switch String(decoding: body, as: UTF8.self) {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case let text where text.hasPrefix("#"):
            let digits = text.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            // XML's Char production: no C0 control but tab, LF, CR, by reference either.
            guard let value, value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D,
                  let scalar = Unicode.Scalar(value) else {
                i = start
                throw fail("invalid character reference &\(text);")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        case let text:
            i = start
            throw fail("unknown entity &\(text);")
        }
    }

    // MARK: helpers

    private func starts(_ literal: String) -> Bool {
        var j = i
        for b in literal.utf8 {
            guard j < bytes.count, bytes[j] == b else { return false }
            j += 1
        }
        return true
    }

    private mutating func skip(past terminator: String, what: String) throws(XMLSyntaxError) {
        let start = i
        let end = Array(terminator.utf8)
        i += 2
        while i + end.count <= bytes.count {
            if bytes[i] == end[0], bytes[i..<(i + end.count)].elementsEqual(end) {
                i += end.count
                return
            }
            i += 1
        }
        i = start
        throw fail("\(what) is not closed")
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = i
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        return i > start
    }

    private func isNameByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "<"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&"):
            return false
        default:
            return true
        }
    }

    private func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    private var path: String {
        stack.map(\.element.name).joined(separator: "/")
    }

    private func fail(_ message: String) -> XMLSyntaxError {
        XMLSyntaxError(offset: i, path: path, message: message)
    }
}
