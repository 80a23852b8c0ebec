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
