/// A completer's answer for the text of the line up to the cursor.
public struct Completion: Sendable, Equatable {
    /// Where the replaced word starts, as a UTF-8 byte offset into the text the completer was given
    /// (`text.utf8.count` means "insert at the cursor"). Everything from here to the cursor is
    /// replaced by the chosen candidate. Offsets past the end, or inside a multi-byte character,
    /// are moved back to the nearest valid position.
    public var replaceFrom: Int
    /// Full replacements for the word, e.g. `"NOVA INNOVATION"` with its quotes. One candidate is
    /// inserted; several are listed by libedit (on the second Tab) and their common prefix is
    /// inserted. Matching is the completer's business: candidates may differ in case from the word.
    public var candidates: [String]
    /// Whether a space follows a unique candidate. Candidates ending in "/" (directories) never get one.
    public var appendsSpace: Bool
    /// What libedit lists for several candidates, one per candidate (e.g. file names without their
    /// directory); nil lists the candidates themselves.
    public var listedNames: [String]?

    public init(replaceFrom: Int, candidates: [String], appendsSpace: Bool = true, listedNames: [String]? = nil) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
        self.appendsSpace = appendsSpace
        self.listedNames = listedNames
    }

    /// Candidates that replace `word`, as found by `WordAtCursor(in:)`.
    public init(replacing word: WordAtCursor, candidates: [String], appendsSpace: Bool = true, listedNames: [String]? = nil) {
        self.init(replaceFrom: word.start, candidates: candidates, appendsSpace: appendsSpace, listedNames: listedNames)
    }

    /// Nothing to offer.
    public static let none = Completion(replaceFrom: 0, candidates: [])
}
