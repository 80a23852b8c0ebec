/// The word being completed, split the way the query language splits words.
///
/// Words end at whitespace and at `( ) , ; = < >`. `_` and `.` belong to words (dot-commands start
/// with `.`). A quote (`"` or `'`) that is still open at the cursor starts the word, so a firm name
/// with spaces completes as one word: in `describe "NOVA IN` the word is `"NOVA IN`.
public struct WordAtCursor: Sendable, Equatable {
    public static let breakCharacters: Set<Character> = ["(", ")", ",", ";", "=", "<", ">"]
    public static let quoteCharacters: Set<Character> = ["\"", "'"]

    /// UTF-8 offset in the line where the word starts (at its opening quote, if it has one).
    public var start: Int
    /// The word without its quotes.
    public var text: String
    /// The quote the word starts with, if any.
    public var quote: Character?
    /// Whether the quoted word's closing quote is already typed.
    public var isQuoteClosed: Bool

    /// Finds the word that ends at the end of `line` (the text up to the cursor).
    public init(in line: String) {
        // Quotes are tracked from the start of the line: whether a break character ends a word
        // depends on whether it sits inside a string. A doubled quote inside a string closes and
        // reopens it, which leaves the string open, as SQL's '' escape should.
        var wordStart = line.startIndex
        var openQuote: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if let quote = openQuote {
                if character == quote { openQuote = nil }
            } else if Self.quoteCharacters.contains(character) {
                openQuote = character
            } else if Self.isBreak(character) {
                wordStart = next
            }
            index = next
        }
        let word = line[wordStart...]
        start = line.utf8.distance(from: line.startIndex, to: wordStart)
        if let first = word.first, Self.quoteCharacters.contains(first) {
            quote = first
            var inner = word.dropFirst()
            isQuoteClosed = openQuote == nil && inner.last == first && !inner.isEmpty
            if isQuoteClosed { inner = inner.dropLast() }
            text = String(inner)
        } else {
            quote = nil
            isQuoteClosed = false
            text = String(word)
        }
    }

    private static func isBreak(_ character: Character) -> Bool {
        character.isWhitespace || breakCharacters.contains(character)
    }
}
