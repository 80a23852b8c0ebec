/// One element of a parsed XML document: its local name (namespace prefix dropped: REFI-QDA
/// files use one namespace, with or without a prefix), attributes, child elements and text.
struct XMLElement: Sendable {
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [XMLElement]
    /// The character data directly inside the element, entities decoded. Dropped when it is only
    /// whitespace between child elements (indentation), kept verbatim otherwise.
    var text: String
    /// Byte offset of the element's `<` in the document; turned into line:column only for messages.
    var offset: Int

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }
}

/// Where something is in an XML document: 1-based line and column, the column counted in Unicode
/// scalars as a reader counts characters.
struct XMLPosition: Sendable, Hashable, CustomStringConvertible {
    var line: Int
    var column: Int

    /// The position of byte `offset` of `bytes`; a scan from the start, so only for messages.
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        let start = bytes.starts(with: XMLParser.byteOrderMark) ? XMLParser.byteOrderMark.count : 0
        for b in bytes[min(start, offset)..<min(offset, bytes.count)] {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column)" }
}
