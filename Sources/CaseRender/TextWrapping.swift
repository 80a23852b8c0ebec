/// Breaks one-line text into lines of at most `width` display columns, preferring to break after a
/// space and otherwise between graphemes (Chinese has no spaces). Every grapheme is kept except
/// the spaces a line is broken at. A grapheme wider than `width` gets a line of its own.
func wrapLines(_ text: String, width: Int) -> [String] {
    guard width > 0, displayWidth(text) > width else { return [text] }
    var lines: [String] = []
    var line: [Character] = []
    var lineWidth = 0
    /// Index in `line` just after its last space: where a soft break can go.
    var breakIndex: Int?

    func flush(upTo end: Int) {
        var finished = line[..<end]
        while finished.last == " " {
            finished.removeLast()
        }
        lines.append(String(finished))
        line.removeFirst(end)
        lineWidth = line.reduce(0) { $0 + graphemeWidth($1) }
        breakIndex = nil
    }

    for character in text {
        let characterWidth = graphemeWidth(character)
        if lineWidth + characterWidth > width && !line.isEmpty {
            if character == " " {
                flush(upTo: line.count)
                continue // the space the line breaks at
            }
            if let index = breakIndex {
                flush(upTo: index)
            }
            if lineWidth + characterWidth > width && !line.isEmpty {
                flush(upTo: line.count)
            }
        }
        line.append(character)
        lineWidth += characterWidth
        if character == " " {
            breakIndex = line.count
        }
    }
    if !line.isEmpty || lines.isEmpty {
        lines.append(String(line))
    }
    return lines
}
