import CaseQL
import CaseRender

/// Renders a diagnostic for people, compiler style:
///
///     -c:1:39: error: unknown category of financing 'crowdfundng'
///     select firms where financing includes crowdfundng
///                                           ^~~~~~~~~~~
///     help: did you mean 'crowdfunding'?
public enum DiagnosticRenderer {
    /// Columns of context shown around the error on very long lines.
    static let window = 70

    /// `lineOffset` shifts line numbers when `source` is one chunk of a larger script.
    public static func render(_ d: Diagnostic, source: String, origin: String, lineOffset: Int = 0) -> String {
        let line = d.range.start.line + lineOffset
        var out = "\(origin):\(line):\(d.range.start.column): error: \(d.message)\n"
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if d.range.start.line - 1 < lines.count {
            let text = Array(String(lines[d.range.start.line - 1]).unicodeScalars)
            let startColumn = d.range.start.column - 1
            let endColumn = d.range.end.line == d.range.start.line ? max(startColumn + 1, d.range.end.column - 1) : text.count
            var from = 0
            var prefix = ""
            if startColumn > window {
                from = startColumn - window / 2
                prefix = "…"
            }
            let to = min(text.count, max(endColumn, from) + window)
            let suffix = to < text.count ? "…" : ""
            let shown = text.indices.contains(from) ? Array(text[from..<to]) : []
            let visible = shown.map(visibleScalar)
            out += prefix + visible.joined() + suffix + "\n"
            let padding = visible.prefix(max(0, startColumn - from)).map { displayWidth($0) }.reduce(0, +)
                + displayWidth(prefix)
            let underlined = visible.dropFirst(max(0, startColumn - from)).prefix(max(1, endColumn - startColumn))
            let width = max(1, underlined.map { displayWidth($0) }.reduce(0, +))
            out += String(repeating: " ", count: padding) + "^" + String(repeating: "~", count: width - 1) + "\n"
        }
        for note in d.notes { out += note + "\n" }
        return out
    }

    /// Source shown under an error never carries raw control characters to the terminal.
    static func visibleScalar(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\t": return " "
        case "\r": return ""
        default:
            if s.value < 0x20 || s.value == 0x7F || (0x80..<0xA0).contains(s.value) {
                return "?"
            }
            return String(Character(s))
        }
    }
}
