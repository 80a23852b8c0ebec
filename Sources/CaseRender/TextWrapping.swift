/// Breaks one-line text into lines of at most `width` display columns, preferring to break after a
/// space and otherwise between graphemes (Chinese has no spaces). Every grapheme is kept except
/// the spaces a line is broken at. A grapheme wider than `width` gets a line of its own.
///
/// `prose` is for running text rather than table cells: a line may also break after a wide
/// (Chinese) character, a break is taken only in the second half of the line (a Latin name in a
/// Chinese sentence must not leave a stub of a line), and Chinese closing punctuation never starts
/// a line: it stays on the line it closes, even one character over.
func wrapLines(_ text: String, width: Int, prose: Bool = false) -> [String] {
    guard width > 0, displayWidth(text) > width else { return [text] }
    var lines: [String] = []
    var line: [Character] = []
    var lineWidth = 0
    /// Index in `line` just after its last space: where a soft break can go.
    var breakIndex: Int?
    /// The soft break before that one, for when a separator takes the last one back.
    var earlierBreak: Int?

    func flush(upTo end: Int) {
        var finished = line[..<end]
        while finished.last == " " {
            finished.removeLast()
        }
        lines.append(String(finished))
        line.removeFirst(end)
        lineWidth = line.reduce(0) { $0 + graphemeWidth($1) }
        breakIndex = nil
        earlierBreak = nil
    }

    let characters = Array(text)
    for (position, character) in characters.enumerated() {
        let characterWidth = graphemeWidth(character)
        // In prose, "financing › society": the space before a separator does not break, so a
        // line never starts with one.
        let breakable = character == " "
            && !(prose && position + 1 < characters.count && separators.contains(characters[position + 1]))
        if prose, closingPunctuation.contains(character) {
            line.append(character)
            lineWidth += characterWidth
            (earlierBreak, breakIndex) = (breakIndex, line.count) // the break goes after it, not before
            continue
        }
        if lineWidth + characterWidth > width && !line.isEmpty {
            if breakable {
                flush(upTo: line.count)
                continue // the space the line breaks at
            }
            // Not between a word and the separator after it: the break before that one.
            let soft = character == " " && breakIndex == line.count ? earlierBreak : breakIndex
            if let index = soft, !prose || 2 * line[..<index].reduce(0, { $0 + graphemeWidth($1) }) > width {
                flush(upTo: index)
            }
            if lineWidth + characterWidth > width && !line.isEmpty {
                flush(upTo: line.count)
            }
        }
        line.append(character)
        lineWidth += characterWidth
        // Chinese may break after any character, so a Latin word or number that follows one
        // moves to the next line whole rather than being split.
        if breakable || (prose && characterWidth == 2 && !openingPunctuation.contains(character)) {
            (earlierBreak, breakIndex) = (breakIndex, line.count)
        } else if character == " ", breakIndex == line.count - 1 {
            // "数微秒 — source": no break between a word and the separator that follows it.
            breakIndex = earlierBreak
        }
    }
    if !line.isEmpty || lines.isEmpty {
        lines.append(String(line))
    }
    return lines
}

/// Chinese punctuation that closes what precedes it: never the first thing on a line. (Latin
/// punctuation needs no rule: it belongs to its word, which moves whole to the next line.)
private let closingPunctuation: Set<Character> = ["。", "，", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "…"]

/// Chinese punctuation that opens what follows it: a line never ends with it.
private let openingPunctuation: Set<Character> = ["（", "「", "『", "“", "‘", "《"]

/// Separators that belong to what precedes them in prose: a path's `›`, a dash.
private let separators: Set<Character> = ["›", "—", "·"]
