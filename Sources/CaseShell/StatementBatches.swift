import CaseQL
import LineEditor

/// The 1 MiB limit is per statement, not per line or chunk: a chunk longer than that (a million
/// `count firms;` on one line) runs in batches cut after a `;` outside strings and comments, each
/// parsed on its own, so only a statement that is itself too long is refused, and Ctrl-C is
/// answered between batches.
struct StatementBatches: Sequence, IteratorProtocol {
    /// A piece of the chunk and where it starts in it (offset in scalars, line and column from 1).
    struct Batch {
        var text: String
        var start: SourcePosition
    }

    /// A batch ends at the first statement end past this many scalars.
    static let batchScalars = 64 << 10

    private let scalars: String.UnicodeScalarView
    private var index: String.UnicodeScalarView.Index
    private var position = SourcePosition(offset: 0, line: 1, column: 1)

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    mutating func next() -> Batch? {
        guard index < scalars.endIndex else { return nil }
        let start = position
        let startIndex = index
        var quote: Unicode.Scalar?
        var inComment = false
        var previous: Unicode.Scalar = " "
        var length = 0
        while index < scalars.endIndex {
            let c = scalars[index]
            index = scalars.index(after: index)
            length += 1
            position.offset += 1
            if c == "\n" {
                position.line += 1
                position.column = 1
                // Strings and comments end with their line, as the lexer reads them.
                quote = nil
                inComment = false
                previous = c
                continue
            }
            position.column += 1
            if inComment {
            } else if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "-", previous == "-" {
                inComment = true
            } else if c == ";", length >= Self.batchScalars {
                break
            }
            previous = c
        }
        return Batch(text: String(String.UnicodeScalarView(scalars[startIndex..<index])), start: start)
    }
}

extension Session {
    /// Runs a chunk too long to parse at once, batch by batch (see `StatementBatches`). Errors name
    /// their line and column in the whole chunk and show the batch's part of the line.
    func runLongStatements(_ text: String, origin: String, lineOffset: Int) -> Bool {
        var ok = true
        for batch in StatementBatches(text) {
            if Interrupt.wasRequested || outputGone { return false }
            let batchOrigin = BatchOrigin(origin: origin, lineOffset: lineOffset, start: batch.start)
            if !runStatementList(batch.text, origin: origin, lineOffset: lineOffset + batch.start.line - 1, batch: batchOrigin) {
                ok = false
                if settings.bail { break }
            }
        }
        return ok
    }
}

/// Where a batch of a long chunk starts, to give its diagnostics the chunk's columns.
struct BatchOrigin {
    var origin: String
    var lineOffset: Int
    var start: SourcePosition

    /// The rendered diagnostic with the column of its first line moved to the whole line's.
    func shifted(_ rendered: String, _ d: Diagnostic) -> String {
        guard d.range.start.line == 1, start.column > 1 else { return rendered }
        let line = lineOffset + start.line
        let old = "\(origin):\(line):\(d.range.start.column):"
        guard rendered.hasPrefix(old) else { return rendered }
        return "\(origin):\(line):\(d.range.start.column + start.column - 1):" + rendered.dropFirst(old.count)
    }
}
