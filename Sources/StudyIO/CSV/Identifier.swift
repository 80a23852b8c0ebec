import CaseModel
/// Ids for columns named in free text: the study format wants ASCII identifiers
/// (`[A-Za-z_][A-Za-z0-9_]*`) so every id can be typed in a query; the header itself stays the label.
enum Identifier {
    static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, !isDigit(first) else { return false }
        return text.utf8.allSatisfy(isWordByte)
    }

    /// `Year founded` → `Year_founded`, `2nd wave` → `_2nd_wave`; nil when nothing usable is left
    /// (a header written only in Chinese needs a taxonomy to give it an id).
    static func make(from text: String) -> String? {
        if isValid(text) { return text }
        var bytes: [UInt8] = []
        var pendingSeparator = false
        for b in text.utf8 {
            if isWordByte(b) {
                if pendingSeparator, !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
                pendingSeparator = false
                bytes.append(b)
            } else {
                pendingSeparator = true
            }
        }
        guard let first = bytes.first else { return nil }
        if isDigit(first) { bytes.insert(UInt8(ascii: "_"), at: 0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "_")
    }
}
