/// Reads one element of a study's `cases` array straight from the file's bytes, for the columnar
/// load of large JSON studies (`ColumnarJSONStudy`). It recognises only the plain shape a large
/// study has — `{"name": …, "attributes": {…}, "codes": [{"category": …, "evidence": []}, …]}`,
/// keys in any order, any JSON whitespace — and stops with `.giveUp` at anything else (another
/// key, evidence, a membership, a value it cannot place, a syntax error): the whole file is then
/// read by the full decoder, which keeps every rule and reports every problem with its position.
/// So this reader never has to be right about an error, only about what it accepts.
struct CaseScanner {
    enum Stop: Error {
        /// The element runs past the bytes read so far.
        case needMore
        /// Not the plain shape: the full decoder must read the file.
        case giveUp
    }

    /// What one element says, as positions in the buffer and the loader's table entries.
    struct Element {
        /// The name's token, quotes included, and whether it is plain ASCII without escapes.
        var name: Range<Int> = 0..<0
        var nameIsPlainASCII = false
        /// Per attribute (the study's order): the raw token of its value, if the case has one.
        var values: [Range<Int>?]
        /// The category tokens of the codes, in file order.
        var categories: [Range<Int>] = []

        init(attributeCount: Int) {
            values = Array(repeating: nil, count: attributeCount)
        }

        mutating func reset() {
            for a in values.indices { values[a] = nil }
            categories.removeAll(keepingCapacity: true)
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int
    /// The attribute ids as bytes, in the study's order (a study has a handful: a linear search).
    let attributeKeys: [[UInt8]]

    /// Reads the element starting at `index` (whitespace first) into `element`, leaving `index`
    /// just after its closing brace.
    mutating func scan(into element: inout Element) throws(Stop) {
        element.reset()
        try expect(ASCII.openBrace)
        var seen = (name: false, attributes: false, codes: false)
        try skipWhitespace()
        if bytes[index] == ASCII.closeBrace { throw .giveUp }
        while true {
            let key = try plainKey()
            try expect(ASCII.colon)
            try skipWhitespace()
            if matches(key, Self.nameKey) {
                guard !seen.name else { throw .giveUp }
                seen.name = true
                let (token, plainASCII) = try string()
                element.name = token
                element.nameIsPlainASCII = plainASCII
            } else if matches(key, Self.attributesKey) {
                guard !seen.attributes else { throw .giveUp }
                seen.attributes = true
                try attributes(into: &element)
            } else if matches(key, Self.codesKey) {
                guard !seen.codes else { throw .giveUp }
                seen.codes = true
                try codes(into: &element)
            } else {
                throw .giveUp
            }
            if try endOfMember(closing: ASCII.closeBrace) { break }
        }
        guard seen.name, seen.attributes, seen.codes else { throw .giveUp }
    }

    private mutating func attributes(into element: inout Element) throws(Stop) {
        if try isEmpty(opening: ASCII.openBrace, closing: ASCII.closeBrace) { return }
        while true {
            let key = try plainKey()
            guard let a = attributeKeys.firstIndex(where: { matches(key, $0) }), element.values[a] == nil else { throw .giveUp }
            try expect(ASCII.colon)
            try skipWhitespace()
            let b = bytes[index]
            if b == ASCII.quote {
                element.values[a] = try string().token
            } else if b == ASCII.minus || (b >= ASCII.zero && b <= ASCII.nine) {
                element.values[a] = try number()
            } else if b == ASCII.openBrace {
                // A text in both languages, `{"en": …, "zh": …}`: the full parser reads the token.
                element.values[a] = try object()
            } else {
                throw .giveUp
            }
            if try endOfMember(closing: ASCII.closeBrace) { return }
        }
    }

    private mutating func codes(into element: inout Element) throws(Stop) {
        if try isEmpty(opening: ASCII.openBracket, closing: ASCII.closeBracket) { return }
        while true {
            try expect(ASCII.openBrace)
            var category: Range<Int>?
            var evidence = false
            while true {
                let key = try plainKey()
                try expect(ASCII.colon)
                try skipWhitespace()
                if matches(key, Self.categoryKey), category == nil {
                    category = try string().token
                } else if matches(key, Self.evidenceKey), !evidence {
                    // Evidence is what a large study does not have; a quote means the full decoder.
                    evidence = true
                    try expect(ASCII.openBracket)
                    try expect(ASCII.closeBracket)
                } else {
                    throw .giveUp
                }
                if try endOfMember(closing: ASCII.closeBrace) { break }
            }
            guard let category, evidence else { throw .giveUp }
            element.categories.append(category)
            if try endOfMember(closing: ASCII.closeBracket) { return }
        }
    }

    // MARK: Tokens

    /// Reads the opening byte of an object or array; true (and past it) when the closing byte follows.
    private mutating func isEmpty(opening: UInt8, closing: UInt8) throws(Stop) -> Bool {
        try expect(opening)
        try skipWhitespace()
        guard bytes[index] == closing else { return false }
        index += 1
        return true
    }

    /// After a member or element: true at the closing byte (consumed), false after a comma.
    private mutating func endOfMember(closing: UInt8) throws(Stop) -> Bool {
        try skipWhitespace()
        let b = bytes[index]
        index += 1
        if b == closing { return true }
        guard b == ASCII.comma else { throw .giveUp }
        try skipWhitespace()
        return false
    }

    /// A key without escapes or non-ASCII bytes (the format's keys are ASCII identifiers); the
    /// range is its content, without quotes.
    private mutating func plainKey() throws(Stop) -> Range<Int> {
        try skipWhitespace()
        let (token, plain) = try string()
        guard plain else { throw .giveUp }
        return (token.lowerBound + 1)..<(token.upperBound - 1)
    }

    /// A string token at `index` (its quote), quotes included; `plainASCII` when it has neither an
    /// escape nor a byte above 0x7F, so its bytes are its text.
    mutating func string() throws(Stop) -> (token: Range<Int>, plainASCII: Bool) {
        guard bytes[index] == ASCII.quote else { throw .giveUp }
        let start = index
        var plain = true
        var i = index + 1
        // Eight bytes at a time while none is a quote, a backslash, a control character or above
        // 0x7F (the word tests may flag a byte wrongly, never miss one: a flagged word is read
        // byte by byte below). Names and values are mostly such runs.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let quote = w ^ 0x2222_2222_2222_2222, backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
                let flagged = ((quote &- 0x0101_0101_0101_0101) & ~quote) | ((backslash &- 0x0101_0101_0101_0101) & ~backslash)
                    | ((w &- 0x2020_2020_2020_2020) & ~w) | w
                if flagged & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == ASCII.quote {
                index = i + 1
                return (start..<index, plain)
            }
            if b == ASCII.backslash {
                plain = false
                i += 2
                continue
            }
            // A raw control character is not JSON; the full parser says where.
            if b < 0x20 { throw .giveUp }
            if b >= 0x80 { plain = false }
            i += 1
        }
        throw .needMore
    }

    /// An object token's bytes, its strings skipped whole so a brace inside one does not count.
    private mutating func object() throws(Stop) -> Range<Int> {
        let start = index
        var depth = 0
        while index < bytes.count {
            let b = bytes[index]
            if b == ASCII.quote {
                _ = try string()
                continue
            }
            index += 1
            if b == ASCII.openBrace || b == ASCII.openBracket {
                depth += 1
            } else if b == ASCII.closeBrace || b == ASCII.closeBracket {
                depth -= 1
                if depth == 0 { return start..<index }
            }
        }
        throw .needMore
    }

    /// A number token's bytes. Its grammar is checked when its value is first decoded (by the full
    /// parser); here it only has to end where JSON says a number ends.
    private mutating func number() throws(Stop) -> Range<Int> {
        let start = index
        var i = index
        while i < bytes.count {
            switch bytes[i] {
            case ASCII.zero...ASCII.nine, ASCII.minus, ASCII.plus, ASCII.dot, ASCII.lowerE, ASCII.upperE:
                i += 1
            default:
                index = i
                return start..<i
            }
        }
        throw .needMore
    }

    @inline(__always)
    mutating func skipWhitespace() throws(Stop) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
        throw .needMore
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws(Stop) {
        try skipWhitespace()
        guard bytes[index] == byte else { throw .giveUp }
        index += 1
    }

    private func matches(_ range: Range<Int>, _ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { matches(range, $0) }
    }

    private func matches(_ range: Range<Int>, _ key: StaticString) -> Bool {
        matches(range, UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    }

    private func matches(_ range: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == key.count else { return false }
        var i = range.lowerBound
        for k in key {
            if bytes[i] != k { return false }
            i += 1
        }
        return true
    }

    // StaticStrings: their bytes are constants, where static arrays are lazily made globals
    // checked on every use.
    private static let nameKey: StaticString = "name", attributesKey: StaticString = "attributes",
                       codesKey: StaticString = "codes", categoryKey: StaticString = "category",
                       evidenceKey: StaticString = "evidence"
}
