/// A problem found in a statement: where it is and what is wrong. Rendering it for people (the
/// source line and a caret) is the shell's job; the language only identifies it.
public struct Diagnostic: Error, Sendable, Hashable {
    public var message: String
    public var range: SourceRange
    /// What would have been accepted at this point ("expected one of: …").
    public var expected: [String]
    /// Follow-up lines: "did you mean 'crowdfunding'?", the valid names, an explanation.
    public var notes: [String]

    public init(_ message: String, at range: SourceRange, expected: [String] = [], notes: [String] = []) {
        self.message = message
        self.range = range
        self.expected = expected
        self.notes = notes
    }
}

/// Hard limits that turn hostile input into errors instead of crashes or hangs.
public enum Limits {
    /// Parenthesis and `not` nesting; recursion deeper than this is refused.
    public static let maxNesting = 256
    /// Bytes in one statement.
    public static let maxStatementBytes = 1 << 20
    /// Characters in one string literal or name.
    public static let maxStringLength = 4096
    /// Items in one `in (…)`/`includes any (…)` list.
    public static let maxListItems = 10_000
    /// The largest number a query may write: 2^53 − 1, the last integer whose neighbours are exact
    /// in a Double (a larger literal would be silently rounded).
    public static let maxNumber: Double = 9_007_199_254_740_991
    public static let maxLimit = 1_000_000_000
}
