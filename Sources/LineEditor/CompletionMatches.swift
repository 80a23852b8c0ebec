/// What libedit is handed for one completion: the text that replaces the whole line up to the
/// cursor, and the candidates it lists when there are several.
///
/// libedit replaces exactly the word it found itself. The editor tells it that no character breaks
/// words, so its "word" is the entire line before the cursor, and hands back that line with the
/// completer's word replaced. This keeps quoting, case-insensitive matches and CJK text under the
/// completer's control instead of libedit's word rules.
struct CompletionMatches: Equatable {
    /// The new line up to the cursor.
    var replacement: String
    /// The candidates to list; empty when there is a single one (it is inserted instead).
    var listed: [String]
    /// Whether libedit should append a space after a unique candidate.
    var appendsSpace: Bool

    init(replacement: String, listed: [String], appendsSpace: Bool) {
        self.replacement = replacement
        self.listed = listed
        self.appendsSpace = appendsSpace
    }

    init?(line: String, completion: Completion) {
        // Listed names pair with candidates only when there is one per candidate.
        let names = completion.listedNames.flatMap { $0.count == completion.candidates.count ? $0 : nil }
            ?? completion.candidates
        var seen = Set<String>()
        let pairs = zip(completion.candidates, names).filter { !$0.0.isEmpty && seen.insert($0.0).inserted }
        let candidates = pairs.map(\.0)
        guard !candidates.isEmpty else { return nil }

        let wordStart = Self.index(atUTF8Offset: completion.replaceFrom, in: line)
        let kept = String(line[..<wordStart])
        let typed = line[wordStart...]
        if candidates.count == 1 {
            replacement = kept + candidates[0]
            listed = []
            appendsSpace = completion.appendsSpace && !candidates[0].hasSuffix("/")
            return
        }
        let common = Self.commonPrefix(of: candidates)
        // A common prefix shorter than what was typed (say "N" for candidates "Nova" and "NOVA"
        // after typing "nov") would delete the user's text; keep the line as it is then.
        replacement = common.count >= typed.count ? kept + common : line
        // An empty name would list as nothing at all; show the candidate instead.
        listed = pairs.map { $0.1.isEmpty ? $0.0 : $0.1 }
        appendsSpace = false
    }

    /// The index at `offset` UTF-8 bytes into `line`, clamped to the line and moved back to the
    /// start of the character it falls in.
    static func index(atUTF8Offset offset: Int, in line: String) -> String.Index {
        guard offset < line.utf8.count else { return line.endIndex }
        var characterStart = line.startIndex
        var consumed = 0
        for character in line {
            let width = character.utf8.count
            if consumed + width > offset { break }
            consumed += width
            characterStart = line.index(after: characterStart)
        }
        return characterStart
    }

    static func commonPrefix(of strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = Substring(first)
        for string in strings.dropFirst() {
            prefix = prefix.prefix(zip(prefix, string).prefix { $0 == $1 }.count)
        }
        return String(prefix)
    }
}
