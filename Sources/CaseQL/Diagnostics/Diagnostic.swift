/// A problem found in a statement, as data: an id, a severity, where it is (the primary range and
/// labelled secondary ranges: "the parenthesis opened here"), notes, and help with an optional
/// fix-it (the did-you-mean replacement). Rendering it for people — the line, carets under every
/// range — is `DiagnosticRenderer`'s job; the language only identifies it.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// A second place the message points at.
    public struct Label: Sendable, Hashable {
        public var range: SourceRange
        public var message: String

        public init(_ message: String, at range: SourceRange) {
            self.range = range
            self.message = message
        }
    }

    /// A line under the message: a fact about the problem, or what to do about it.
    public struct Note: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case note, help }
        public var kind: Kind
        public var text: String
    }

    /// Text that would repair the input: `replacement` in place of `range`.
    public struct FixIt: Sendable, Hashable {
        public var range: SourceRange
        public var replacement: String
    }

    /// What kind of problem, for tools and tests (`syntax`, `unknown-name`, `limit`, …).
    public var id: String
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var labels: [Label]
    /// What would have been accepted at this point ("expected one of: …").
    public var expected: [String]
    public var annotations: [Note]
    public var fixIt: FixIt?

    public init(_ message: String, at range: SourceRange, id: String = "error", expected: [String] = [],
                notes: [String] = [], labels: [Label] = []) {
        self.id = id
        self.severity = .error
        self.message = message
        self.range = range
        self.labels = labels
        self.expected = expected
        self.annotations = []
        self.notes = notes
    }

    /// The notes as text lines, `help: …` or `note: …`; setting them reads those prefixes back.
    public var notes: [String] {
        get { annotations.map { "\($0.kind.rawValue): \($0.text)" } }
        set {
            annotations = newValue.map { line in
                for kind in [Note.Kind.help, .note] where line.hasPrefix(kind.rawValue + ": ") {
                    return Note(kind: kind, text: String(line.dropFirst(kind.rawValue.count + 2)))
                }
                return Note(kind: .note, text: line)
            }
        }
    }

    /// The first help line, if any.
    public var help: String? { annotations.first { $0.kind == .help }?.text }

    /// "did you mean 'X'?" as help with its fix-it: `X` in place of the misspelt name.
    public mutating func suggest(_ replacement: String, at range: SourceRange) {
        annotations.insert(Note(kind: .help, text: "did you mean '\(replacement)'?"), at: 0)
        fixIt = FixIt(range: range, replacement: replacement)
    }
}
