/// Plain-text layout for the teaching statements: lines kept within a terminal's width, counting
/// Chinese characters as two columns. The renderers measure exactly; this only needs to be close
/// enough to wrap prose sensibly, so CaseQL does not depend on the rendering module.
enum TextLayout {
    /// Prose lines are wrapped to this many columns.
    static let width = 96
    /// One-line items (a shortened quote) may use the whole of a 100-column terminal.
    static let lineWidth = 100

    /// Chinese punctuation that must not start a line: it stays on the line it closes.
    static let closing: Set<Character> = ["。", "，", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "…", ")", ",", ".", ";", ":"]

    static func columns(_ c: Character) -> Int {
        guard let s = c.unicodeScalars.first else { return 0 }
        switch s.value {
        case 0..<0x20, 0x7F..<0xA0: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return s.properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }

    static func columns(_ s: String) -> Int {
        s.reduce(0) { $0 + columns($1) }
    }

    /// `s` on one line of at most `width` columns, ending in "…" when something was cut.
    static func shortened(_ s: String, to width: Int) -> String {
        let flat = oneLine(s)
        guard columns(flat) > width else { return flat }
        var out = ""
        var used = 0
        for c in flat {
            let w = columns(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// Line breaks and tabs of data become spaces, so one item stays on its line.
    static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Greedy wrapping: English breaks at spaces, Chinese between any two characters (but not
    /// before closing punctuation). Lines start with `indent`, continuation lines with `hanging`
    /// when given; existing line breaks are kept.
    static func wrap(_ s: String, indent: String, hanging: String? = nil, width: Int = TextLayout.width) -> [String] {
        let room = max(20, width - max(columns(indent), columns(hanging ?? indent)))
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for c in String(paragraph) {
                let w = columns(c)
                if used + w > room, !closing.contains(c) {
                    // Prefer the last space in the second half of the line as the break.
                    if c != " ", let space = line.lastIndex(of: " "),
                       columns(String(line[..<space])) > room / 2 {
                        let rest = String(line[line.index(after: space)...])
                        lines.append(String(line[..<space]))
                        line = rest
                        used = columns(rest)
                    } else {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    if c == " " { continue }
                }
                line.append(c)
                used += w
            }
            lines.append(line)
        }
        return lines.enumerated().map { n, line in
            (n == 0 ? indent : hanging ?? indent) + line.trimmingTrailingSpaces
        }
    }
}

extension String {
    func padding(toColumns n: Int) -> String {
        self + String(repeating: " ", count: max(1, n - TextLayout.columns(self)))
    }

    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

/// Lines of text built up by the teaching statements.
struct TextBlock {
    private(set) var lines: [String] = []

    mutating func line(_ s: String = "") {
        lines.append(s.trimmingTrailingSpaces)
    }

    mutating func wrapped(_ s: String, indent: String = "", hanging: String? = nil) {
        lines.append(contentsOf: TextLayout.wrap(s, indent: indent, hanging: hanging))
    }

    /// "label:    value", the value wrapped under itself.
    mutating func field(_ label: String, _ value: String) {
        let head = (label + ":").padding(toColumns: max(10, TextLayout.columns(label) + 2))
        lines.append(contentsOf: TextLayout.wrap(head + value, indent: "", hanging: String(repeating: " ", count: 10)))
    }

    /// A blank line, unless the block is empty or already ends with one.
    mutating func gap() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    mutating func append(_ other: TextBlock) {
        lines.append(contentsOf: other.lines)
    }

    /// Another block after a blank line, if it has anything.
    mutating func section(_ other: TextBlock) {
        guard !other.lines.isEmpty else { return }
        gap()
        append(other)
    }

    var text: String {
        var copy = lines
        while copy.last?.isEmpty == true { copy.removeLast() }
        return copy.joined(separator: "\n")
    }
}
