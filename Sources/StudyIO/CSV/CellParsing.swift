import CaseModel
/// Reading cell bytes as memberships and numbers without making a String per cell.
enum CellParsing {
    /// The cell without surrounding spaces and tabs (spreadsheets pad numbers now and then).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e, bytes[s] == ASCII.space || bytes[s] == ASCII.tab { s += 1 }
        while e > s, bytes[e - 1] == ASCII.space || bytes[e - 1] == ASCII.tab { e -= 1 }
        return (s, e)
    }

    /// A set membership: `1`/`0`, `true`/`false`, `yes`/`no`, `x`/empty (any case), or a degree in
    /// [0, 1] such as `0.67` or `.5`. Nil for anything else (`2`, `maybe`, `-0.1`).
    static func membership(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let (s, e) = trimmed(bytes, start, end)
        switch e - s {
        case 0: return 0
        case 1:
            switch bytes[s] {
            case UInt8(ascii: "1"), UInt8(ascii: "x"), UInt8(ascii: "X"): return 1
            case UInt8(ascii: "0"): return 0
            default: return nil
            }
        default:
            if matches(bytes, s, e, "true") || matches(bytes, s, e, "yes") { return 1 }
            if matches(bytes, s, e, "false") || matches(bytes, s, e, "no") { return 0 }
            guard let value = number(bytes, s, e), value >= 0, value <= 1 else { return nil }
            return value
        }
    }

    /// Case-insensitive comparison with an ASCII word.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ word: StaticString) -> Bool {
        guard e - s == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<(e - s) where bytes[s + i] | 0x20 != w[i] { return false }
        return true
    }

    /// A decimal number (`-12`, `3.5`, `.5`, `1e3`); nil for anything else, including `nan` and
    /// `inf`, which no researcher means as a value.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let (s, e) = trimmed(bytes, start, end)
        guard s < e else { return nil }
        var i = s
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0
        var sawDigit = false
        while i < e, let d = digit(bytes[i]) {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); if mantissa > 0 { digits += 1 } } else { return slowNumber(bytes, s, e) }
            sawDigit = true
            i += 1
        }
        if i < e, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < e, let d = digit(bytes[i]) {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); if mantissa > 0 { digits += 1 }; fractionDigits += 1 } else { return slowNumber(bytes, s, e) }
                sawDigit = true
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < e {
            // An exponent, or not a number at all: let the standard library decide.
            guard bytes[i] | 0x20 == UInt8(ascii: "e") else { return nil }
            return slowNumber(bytes, s, e)
        }
        // Exact: a mantissa below 2^53 divided by an exactly representable power of ten rounds once.
        guard mantissa < (1 << 53), fractionDigits <= 22 else { return slowNumber(bytes, s, e) }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static func digit(_ b: UInt8) -> UInt8? {
        b &- UInt8(ascii: "0") < 10 ? b &- UInt8(ascii: "0") : nil
    }

    private static func slowNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Double? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        // Double() also accepts hexadecimal floats; a CSV number is decimal.
        guard text.utf8.allSatisfy({ $0 < 0x80 && ($0 | 0x20 != UInt8(ascii: "x")) }) else { return nil }
        return value
    }

    private static let powersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }

    /// A band `LOW~HIGH` with LOW <= HIGH, or a single number as a band of one value.
    static func range(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (low: Double, high: Double)? {
        var tilde = start
        while tilde < end, bytes[tilde] != UInt8(ascii: "~") { tilde += 1 }
        if tilde == end {
            guard let v = number(bytes, start, end) else { return nil }
            return (v, v)
        }
        guard let low = number(bytes, start, tilde), let high = number(bytes, tilde + 1, end), low <= high else { return nil }
        return (low, high)
    }
}
