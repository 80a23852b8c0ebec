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
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        func excerpt(_ range: SourceRange) -> String {
            guard range.start.line - 1 < lines.count, range.start.line >= 1 else { return "" }
            let line = String(lines[range.start.line - 1])
            // A range that runs past its line is underlined to the line's end.
            let endColumn = range.end.line == range.start.line ? range.end.column : line.unicodeScalars.count + 1
            return caretLines(line, column: range.start.column, endColumn: endColumn)
        }
        var out = "\(origin):\(d.range.start.line + lineOffset):\(d.range.start.column): \(d.severity.rawValue): \(d.message)\n"
        out += excerpt(d.range)
        for note in d.notes { out += note + "\n" }
        // Each second place gets its own position, line and caret, in the script's own numbering.
        for label in d.labels {
            out += "\(origin):\(label.range.start.line + lineOffset):\(label.range.start.column): note: \(label.message)\n"
            out += excerpt(label.range)
        }
        return out
    }

    /// A problem in a data file: `file[:line:col]: error: message`, the line and a caret where the
    /// reader kept the line's text, then the notes. Study loaders' diagnostics render through this.
    public static func render(file: String, line: Int?, column: Int?, lineText: String?, message: String,
                              notes: [String] = []) -> String {
        var out = file
        if let line, let column { out += ":\(line):\(column)" }
        out += ": error: \(message)\n"
        if let lineText, let column { out += caretLines(lineText, column: column, endColumn: nil) }
        for note in notes { out += note + "\n" }
        return out
    }

    /// The line (cut to a window around the column on very long lines) and a caret under
    /// `column`..<`endColumn`, aligned by display width.
    static func caretLines(_ line: String, column: Int, endColumn: Int?) -> String {
        let text = Array(line.unicodeScalars)
        let startColumn = column - 1
        let endColumn = endColumn.map { max(startColumn + 1, $0 - 1) } ?? (startColumn + 1)
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
        var out = prefix + visible.joined() + suffix + "\n"
        let padding = visible.prefix(max(0, startColumn - from)).map { displayWidth($0) }.reduce(0, +)
            + displayWidth(prefix)
        let underlined = visible.dropFirst(max(0, startColumn - from)).prefix(max(1, endColumn - startColumn))
        let width = max(1, underlined.map { displayWidth($0) }.reduce(0, +))
        out += String(repeating: " ", count: padding) + "^" + String(repeating: "~", count: width - 1) + "\n"
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
