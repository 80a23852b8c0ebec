import CaseModel
extension ByteParser {
    /// Parses a string starting at the opening quote. Plain strings (no escapes) are decoded straight
    /// from the buffer; only strings with escapes are assembled in the scratch buffer.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = position(at: index)
        index += 1
        let contentStart = index
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
                index += 1
                return text
            } else if b == UInt8(ascii: "\\") {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
                return try parseEscapedRest(start: start)
            } else if b < 0x80 {
                try checkNotControl(b)
                index += 1
            } else {
                index += try validUTF8Length()
            }
        }
        throw JSONParseError(position: start, path: currentPath(), message: "unterminated string")
    }

    private mutating func parseEscapedRest(start: JSONPosition) throws(JSONParseError) -> String {
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            } else if b == UInt8(ascii: "\\") {
                try parseEscape()
            } else if b < 0x80 {
                try checkNotControl(b)
                scratch.append(b)
                index += 1
            } else {
                let length = try validUTF8Length()
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                index += length
            }
        }
        throw JSONParseError(position: start, path: currentPath(), message: "unterminated string")
    }

    private mutating func checkNotControl(_ b: UInt8) throws(JSONParseError) {
        guard b < 0x20 else { return }
        if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
            throw error("line break in a string (a missing closing '\"'?)")
        }
        throw error("control character U+00\(hex(b)) in a string must be escaped")
    }

    /// Reads one escape sequence starting at the backslash.
    private mutating func parseEscape() throws(JSONParseError) {
        guard index + 1 < bytes.count else {
            index += 1
            throw error("unterminated string")
        }
        let escapeStart = index
        let e = bytes[index + 1]
        let simple: UInt8?
        switch e {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            throw error("invalid escape '\\\(describeEscaped(e))'")
        }
        if let simple {
            scratch.append(simple)
            index += 2
            return
        }
        index += 2
        let unit = try parseHex4()
        var scalarValue = UInt32(unit)
        if (0xD800...0xDBFF).contains(unit) {
            // A high surrogate must be followed at once by an escaped low surrogate.
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                index = escapeStart
                throw error("lone surrogate \\u\(hex16(unit)) (a high surrogate needs a low one after it)")
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                index = escapeStart
                throw error("lone surrogate \\u\(hex16(unit)) (followed by \\u\(hex16(low)), not a low surrogate)")
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(unit) {
            index = escapeStart
            throw error("lone surrogate \\u\(hex16(unit)) (a low surrogate without a high one)")
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            index = escapeStart
            throw error("invalid \\u escape")
        }
        scratch.append(contentsOf: String(Character(scalar)).utf8)
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw error("expected 4 hexadecimal digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }

    private func hex16(_ v: UInt16) -> String {
        hex(UInt8(v >> 8)) + hex(UInt8(v & 0xFF))
    }

    private func describeEscaped(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F ? String(Character(Unicode.Scalar(b))) : "\\u00" + hex(b)
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or an error at its first bad byte.
    private mutating func validUTF8Length() throws(JSONParseError) -> Int {
        guard let length = utf8SequenceLength(at: index) else {
            let bad = bytes[index]
            throw error("invalid UTF-8 byte 0x\(hex(bad))")
        }
        return length
    }

    /// Well-formed UTF-8 per the Unicode standard's table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF.
    func utf8SequenceLength(at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return nil }
        for i in 2..<length where bytes[offset + i] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }
}
