import CaseModel
/// A band as printed in a source: `11~50`, `11-50`, `11～50` or a single number `7`.
enum RangeText {
    struct Problem: Error {
        var message: String
    }

    static let separators: Set<Character> = ["~", "～", "-", "–", "—"]

    static func parse(_ text: String) -> Result<(low: Double, high: Double), Problem> {
        // Built only when the text is not a range.
        var expected: String { "invalid range '\(text)' (expected LOW~HIGH, LOW-HIGH or a single number)" }
        var rest = Substring(text)
        guard let low = number(&rest) else { return .failure(Problem(message: expected)) }
        skipSpaces(&rest)
        if rest.isEmpty { return .success((low, low)) }
        guard let separator = rest.first, separators.contains(separator) else { return .failure(Problem(message: expected)) }
        rest.removeFirst()
        guard let high = number(&rest) else { return .failure(Problem(message: expected)) }
        skipSpaces(&rest)
        guard rest.isEmpty else { return .failure(Problem(message: expected)) }
        guard low <= high else {
            return .failure(Problem(message: "range '\(text)' has its low bound above its high bound"))
        }
        return .success((low, high))
    }

    /// An optionally negative decimal number, after optional spaces.
    private static func number(_ rest: inout Substring) -> Double? {
        skipSpaces(&rest)
        var digits = ""
        if rest.first == "-" {
            digits.append("-")
            rest.removeFirst()
        }
        var sawDigit = false, sawPoint = false
        while let c = rest.first, c.isASCII, c.isNumber || (c == "." && !sawPoint && sawDigit) {
            if c == "." { sawPoint = true } else { sawDigit = true }
            digits.append(c)
            rest.removeFirst()
        }
        guard sawDigit, digits.last != ".", let value = Double(digits), value.isFinite else { return nil }
        return value
    }

    private static func skipSpaces(_ rest: inout Substring) {
        while let c = rest.first, c == " " { rest.removeFirst() }
    }
}
