/// REFI-QDA GUIDs: `{5215CC69-B628-…}` and `5215cc69-b628-…` name the same thing (exporters
/// differ in case and braces), so references are matched on a canonical key.
enum GUID {
    /// Lower case, without braces; nil when the text is not a GUID at all. On bytes: a large
    /// project holds a million references.
    static func key(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        let leading = bytes.prefix(while: isSpace).count
        var body = bytes[leading...]
        if body.first == UInt8(ascii: "{"), body.last == UInt8(ascii: "}") { body = body.dropFirst().dropLast() }
        guard body.count == 36 else { return nil }
        var lower: [UInt8] = []
        lower.reserveCapacity(36)
        for (i, b) in body.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard b == UInt8(ascii: "-") else { return nil }
                lower.append(b)
                continue
            }
            let l = (b >= 0x41 && b <= 0x46) ? b | 0x20 : b
            guard isHexDigit(l) else { return nil }
            lower.append(l)
        }
        return String(decoding: lower, as: UTF8.self)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    static func isGUID(_ text: String) -> Bool { key(text) != nil }

    /// A GUID derived from `seed` (the same seed gives the same GUID, so exports are reproducible),
    /// shaped as a version-4 UUID.
    static func derived(from seed: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in seed.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b &+ UInt64(byte)) &* 0x9e37_79b9_7f4a_7c15
            b ^= b >> 29
        }
        a = mix(a)
        b = mix(b ^ a)
        let hex = hexDigits(a) + hexDigits(b)
        var chars = Array(hex)
        chars[12] = "4"
        chars[16] = ["8", "9", "a", "b"][Int(b & 3)]
        let s = String(chars)
        func part(_ from: Int, _ to: Int) -> Substring { s.dropFirst(from).prefix(to - from) }
        return "\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private static func hexDigits(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)
    }
}
