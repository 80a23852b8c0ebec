/// Plain-text lines for `help` only, which still returns text: the teaching statements produce
/// documents, which CaseRender wraps at the terminal's width. Goes when help is a document too.
enum TextLayout {
    /// Help's prose is wrapped to this many columns.
    static let width = 96

    /// Chinese punctuation that must not start a line: it stays on the line it closes.
    static let closing: Set<Character> = ["。", "，", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "…", ")", ",", ".", ";", ":"]

    /// Help is English and its examples are lines of their own: counting a wide character as
    /// two columns is only a guard for a Chinese name in a summary.
    static func columns(_ c: Character) -> Int {
        guard let s = c.unicodeScalars.first else { return 0 }
        return s.properties.isIdeographic || (0xFF00...0xFF60).contains(s.value) || (0x3000...0x303F).contains(s.value) ? 2 : 1
    }

    static func columns(_ s: String) -> Int {
        s.reduce(0) { $0 + columns($1) }
    }

    /// Greedy wrapping: English breaks at spaces, Chinese between any two characters (but not
    /// before closing punctuation). Lines start with `indent`, continuation lines with `hanging`
    /// when given.
    static func wrap(_ s: String, indent: String, hanging: String? = nil) -> [String] {
        let room = max(20, width - max(columns(indent), columns(hanging ?? indent)))
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for c in String(paragraph) {
                let w = columns(c)
                if used + w > room, !closing.contains(c) {
                    // Prefer the last space in the second half of the line as the break.
                    if c != " ", let space = line.lastIndex(of: " "), columns(String(line[..<space])) > room / 2 {
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
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

/// Lines of text built up by `help`.
struct TextBlock {
    private(set) var lines: [String] = []

    mutating func line(_ s: String = "") {
        lines.append(s.trimmingTrailingSpaces)
    }

    mutating func wrapped(_ s: String, indent: String = "", hanging: String? = nil) {
        lines.append(contentsOf: TextLayout.wrap(s, indent: indent, hanging: hanging))
    }

    /// A blank line, unless the block is empty or already ends with one.
    mutating func gap() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    var text: String {
        var copy = lines
        while copy.last?.isEmpty == true { copy.removeLast() }
        return copy.joined(separator: "\n")
    }
}
