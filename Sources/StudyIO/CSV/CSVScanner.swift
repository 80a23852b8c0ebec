import CaseModel
/// One field of a record, as positions in the buffer: nothing is copied until a caller needs text.
struct CSVField {
    /// The content: inside the quotes for a quoted field.
    var start: Int
    var end: Int
    /// A quoted field holding `""`, which stands for one quote and must be unescaped for its text.
    var hasEscapedQuote: Bool
    /// Where the field begins (its opening quote, if any), for error positions.
    var offset: Int
    var line: Int
    var lineStart: Int

    var isEmpty: Bool { start == end }
}

/// Reads RFC 4180 records from a UTF-8 buffer: comma- (or tab-) separated fields, optionally in double quotes
/// (which may span lines and double a quote to escape it); records end with LF, CRLF or a lone CR.
/// A quote inside an unquoted field, or text after a closing quote, is an error rather than a guess.
struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let locator: SourceLocator
    /// A comma, or a tab for `.tsv` files.
    let separator: UInt8
    private(set) var position: Int
    private(set) var line = 1
    private(set) var lineStart: Int

    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String, start: Int, separator: UInt8 = ASCII.comma) {
        self.bytes = bytes
        self.separator = separator
        self.locator = SourceLocator(bytes: bytes, fileName: fileName)
        self.position = start
        self.lineStart = start
    }

    /// Skips empty lines (a spreadsheet's trailing newlines); false at the end of the input.
    mutating func skipBlankLines() -> Bool {
        while position < bytes.count {
            let b = bytes[position]
            guard b == ASCII.lf || b == ASCII.cr else { return true }
            consumeLineBreak()
        }
        return false
    }

    /// Reads one field and the separator after it; `endsRecord` is set when a line break or the
    /// end of the input followed it.
    mutating func nextField(endsRecord: inout Bool) throws(CSVLoadError) -> CSVField {
        let fieldLine = line, fieldLineStart = lineStart, offset = position
        var field = CSVField(start: position, end: position, hasEscapedQuote: false,
                             offset: offset, line: fieldLine, lineStart: fieldLineStart)
        if position < bytes.count, bytes[position] == ASCII.quote {
            try scanQuoted(&field)
        } else {
            while position < bytes.count {
                let b = bytes[position]
                if b == separator || b == ASCII.lf || b == ASCII.cr { break }
                if b == ASCII.quote {
                    throw locator.error(at: position, line: fieldLine, lineStart: fieldLineStart,
                                        "quote inside an unquoted field; enclose the field in quotes and double the quote (\"\")")
                }
                position += 1
            }
            field.end = position
        }
        if position >= bytes.count {
            endsRecord = true
        } else if bytes[position] == separator {
            position += 1
            endsRecord = false
        } else {
            consumeLineBreak()
            endsRecord = true
        }
        return field
    }

    /// The fast path for the bulk of a large matrix: a bare `0` or `1` cell, consumed with its
    /// separator. Nil (and nothing consumed) for any other cell, which then goes through `nextField`.
    mutating func crispCell(endsRecord: inout Bool) -> Bool? {
        guard position < bytes.count else { return nil }
        let digit = bytes[position]
        guard digit == UInt8(ascii: "0") || digit == UInt8(ascii: "1") else { return nil }
        let next = position + 1
        if next >= bytes.count {
            position = next
            endsRecord = true
        } else if bytes[next] == separator {
            position = next + 1
            endsRecord = false
        } else if bytes[next] == ASCII.lf || bytes[next] == ASCII.cr {
            position = next
            consumeLineBreak()
            endsRecord = true
        } else {
            return nil
        }
        return digit == UInt8(ascii: "1")
    }

    /// Reads a whole record, handing each field to `body` with its column number; returns how
    /// many fields the record had.
    mutating func readRecord(_ body: (Int, CSVField) throws(CSVLoadError) -> Void) throws(CSVLoadError) -> Int {
        var column = 0
        var ends = false
        repeat {
            let field = try nextField(endsRecord: &ends)
            try body(column, field)
            column += 1
        } while !ends
        return column
    }

    private mutating func scanQuoted(_ field: inout CSVField) throws(CSVLoadError) {
        let open = position
        position += 1
        field.start = position
        while true {
            guard position < bytes.count else {
                throw locator.error(at: open, line: field.line, lineStart: field.lineStart,
                                    "unterminated quoted field: no closing quote before the end of the file")
            }
            let b = bytes[position]
            if b == ASCII.quote {
                if position + 1 < bytes.count, bytes[position + 1] == ASCII.quote {
                    field.hasEscapedQuote = true
                    position += 2
                    continue
                }
                field.end = position
                position += 1
                break
            }
            if b == ASCII.lf || b == ASCII.cr {
                consumeLineBreak()
            } else {
                position += 1
            }
        }
        if position < bytes.count {
            let b = bytes[position]
            if b != separator, b != ASCII.lf, b != ASCII.cr {
                throw locator.error(at: position, line: line, lineStart: lineStart,
                                    "unexpected text after a closing quote; a quoted field must end at a separator or line break")
            }
        }
    }

    private mutating func consumeLineBreak() {
        if bytes[position] == ASCII.cr, position + 1 < bytes.count, bytes[position + 1] == ASCII.lf {
            position += 2
        } else {
            position += 1
        }
        line += 1
        lineStart = position
    }

    /// The field's text, with doubled quotes unescaped.
    func text(of field: CSVField) -> String {
        let content = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.hasEscapedQuote else { return String(decoding: content, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescape(field, into: &unescaped)
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Writes the field's content into `buffer` with every `""` turned into `"`.
    func unescape(_ field: CSVField, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        var i = field.start
        while i < field.end {
            let b = bytes[i]
            buffer.append(b)
            i += (b == ASCII.quote) ? 2 : 1
        }
    }

    func error(_ field: CSVField, _ message: String) -> CSVLoadError {
        locator.error(at: field.offset, line: field.line, lineStart: field.lineStart, message)
    }
}
