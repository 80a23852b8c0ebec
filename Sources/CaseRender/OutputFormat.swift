import QueryResult

/// How results are written: aligned box tables for people, CSV/JSON/Markdown for other programs.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown

    /// Parses a user-typed name (`--format`, `.mode`): case-insensitive, with the aliases `box`
    /// (table) and `md` (markdown).
    public init(parsing text: String) throws(OutputFormatError) {
        let name = text.trimmingSpaces.lowercased()
        if let format = OutputFormat(rawValue: name) {
            self = format
            return
        }
        switch name {
        case "box": self = .table
        case "md": self = .markdown
        default: throw OutputFormatError(given: text)
        }
    }
}

public struct OutputFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the user typed.
    public var given: String

    /// The closest format name, if the input looks like a misspelling of one.
    public var suggestion: OutputFormat? {
        let name = given.trimmingSpaces.lowercased()
        let ranked = OutputFormat.allCases.map { ($0, editDistance(name, $0.rawValue)) }
        guard let best = ranked.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < name.count else { return nil }
        return best.0
    }

    public var description: String {
        let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        var message = "unknown output format '\(VisibleEscaping.cell(given))'; expected one of: \(names)"
        if let suggestion {
            message += " (did you mean '\(suggestion.rawValue)'?)"
        }
        return message
    }
}

/// Levenshtein distance over characters; the inputs here are short names.
private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        previous = current
    }
    return previous[b.count]
}
