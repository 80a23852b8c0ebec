import CaseQL

/// One unit of input the shell runs: a dot-command line, or the text of one or more statements
/// (a statement may span lines; `a; b` on one line is one chunk).
public struct Chunk: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case dotCommand(String)
        case statements(String)
    }

    public var kind: Kind
    /// The line of the script the chunk starts on, from 1.
    public var line: Int
}

/// Splits a script the way the REPL reads it: a line starting with `.` (outside a statement) is a
/// dot-command; other lines accumulate until the statement is no longer visibly unfinished.
/// Comments after a finished statement belong to what follows them (so `.echo` shows a script's
/// comment before the query it describes), unless a continuing line follows them.
public enum ScriptSplitter {
    public static func split(_ text: String) -> [Chunk] {
        var lines = ScriptLines(text)
        var chunks: [Chunk] = []
        while let chunk = nextChunk(&lines) { chunks.append(chunk) }
        return chunks
    }

    /// The next chunk of the script, reading only as far as it needs (a script of a million
    /// statements is split as it runs, so Ctrl-C is answered between any two of them).
    static func nextChunk(_ lines: inout ScriptLines) -> Chunk? {
        var buffer = ""
        var bufferLine = 0
        var continuation = Parser.Continuation()
        // A finished statement waits for the next line: one that starts with a clause word
        // (`and`, `where`, `order` …) continues it, as SQL scripts are laid out.
        var finished = false
        var held: [String] = []
        var heldStart: ScriptLines.Mark?
        while true {
            let mark = lines.mark
            guard let line = lines.next() else { break }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if finished {
                if trimmed.isEmpty || trimmed.hasPrefix("--") {
                    if heldStart == nil { heldStart = mark }
                    held.append(line)
                    continue
                }
                let word = trimmed.prefix { $0.isLetter }.lowercased()
                if !Token.continuationWords.contains(word) {
                    // The held comments and this line start the next chunk.
                    lines.rewind(to: heldStart ?? mark)
                    return Chunk(kind: .statements(buffer), line: bufferLine)
                }
                for h in held { buffer += "\n" + h }
                held = []
                heldStart = nil
                finished = false
            }
            if buffer.isEmpty {
                if trimmed.hasPrefix(".") { return Chunk(kind: .dotCommand(String(trimmed)), line: lines.number) }
                if trimmed.isEmpty { continue }
                bufferLine = lines.number
                buffer = line
                continuation = Parser.Continuation()
            } else {
                buffer += "\n" + line
            }
            if !continuation.feed(line) { finished = true }
        }
        if let heldStart { lines.rewind(to: heldStart) }
        return buffer.isEmpty ? nil : Chunk(kind: .statements(buffer), line: bufferLine)
    }

    /// The lines of a script, without their line breaks (a lone "\r" before one is kept).
    static func lines(of text: String) -> [String] {
        var cursor = ScriptLines(text)
        var lines: [String] = []
        while let line = cursor.next() { lines.append(line) }
        return lines
    }
}

/// A script's lines one at a time, found by scanning its UTF-8 for line feeds: nothing is split
/// ahead of what runs. A CRLF's "\r" is dropped; "a\n" is the lines "a" and "".
struct ScriptLines {
    struct Mark {
        let index: String.Index
        let number: Int
        let done: Bool
    }

    private let text: String
    private var index: String.Index
    private var done = false
    /// The number of the line `next()` returned last, from 1.
    private(set) var number = 0

    init(_ text: String) {
        self.text = text
        index = text.utf8.startIndex
    }

    var mark: Mark { Mark(index: index, number: number, done: done) }

    mutating func rewind(to mark: Mark) {
        index = mark.index
        number = mark.number
        done = mark.done
    }

    mutating func next() -> String? {
        guard !done else { return nil }
        let utf8 = text.utf8
        number += 1
        guard let newline = utf8[index...].firstIndex(of: 0x0A) else {
            done = true
            return String(text[index...])
        }
        var end = newline
        if end > index, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        let line = String(text[index..<end])
        index = utf8.index(after: newline)
        return line
    }
}
