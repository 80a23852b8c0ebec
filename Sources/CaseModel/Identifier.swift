/// Ids for things named in free text (a CSV header, a REFI-QDA code): study ids are ASCII
/// identifiers (`[A-Za-z_][A-Za-z0-9_]*`) so every id can be typed in a query; the name itself stays
/// the label. One home for both readers, which differ only in `Style`.
public enum Identifier {
    public enum Style: Sendable {
        /// As written, with `_` kept as part of a word (a CSV header `Year_founded` stays itself).
        case keepCase
        /// Lower case, with `_` a separator like a space (`Health _ care` → `health_care`), as
        /// REFI-QDA names are labels, not identifiers someone typed.
        case lowercased
    }

    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, !isDigit(first) else { return false }
        return text.utf8.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "_") }
    }

    /// `Year founded` → `Year_founded`, `2nd wave` → `_2nd_wave` (`.lowercased`: `year_founded`);
    /// nil when no ASCII letter or digit is left (a name written only in Chinese needs another
    /// source for its id: a taxonomy, a GUID).
    public static func make(from text: String, style: Style = .keepCase) -> String? {
        if style == .keepCase, isValid(text) { return text }
        var bytes: [UInt8] = []
        var pendingSeparator = false
        for b in text.utf8 {
            let isWord = isLetterOrDigit(b) || (style == .keepCase && b == UInt8(ascii: "_"))
            if isWord {
                if pendingSeparator, !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
                pendingSeparator = false
                bytes.append(style == .lowercased && isUpper(b) ? b | 0x20 : b)
            } else {
                pendingSeparator = true
            }
        }
        guard let first = bytes.first else { return nil }
        if isDigit(first) { bytes.insert(UInt8(ascii: "_"), at: 0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }

    private static func isLetterOrDigit(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
    }
}
