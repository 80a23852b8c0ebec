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
public enum ScriptSplitter {
    public static func split(_ text: String) -> [Chunk] {
        var chunks: [Chunk] = []
        var buffer = ""
        var bufferLine = 0
        var lineNumber = 0
        var continuation = Parser.Continuation()
        // A finished statement waits for the next line: one that starts with a clause word
        // (`and`, `where`, `order` …) continues it, as SQL scripts are laid out.
        var finished = false
        for raw in lines(of: text) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if finished {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || trimmed.hasPrefix("--") { buffer += "\n" + line; continue }
                let word = trimmed.prefix { $0.isLetter }.lowercased()
                if !Token.continuationWords.contains(word) {
                    chunks.append(Chunk(kind: .statements(buffer), line: bufferLine))
                    buffer = ""
                }
                finished = false
            }
            if buffer.isEmpty {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix(".") {
                    chunks.append(Chunk(kind: .dotCommand(String(trimmed)), line: lineNumber))
                    continue
                }
                if trimmed.isEmpty { continue }
                bufferLine = lineNumber
                buffer = line
                continuation = Parser.Continuation()
            } else {
                buffer += "\n" + line
            }
            if !continuation.feed(line) { finished = true }
        }
        if !buffer.isEmpty {
            chunks.append(Chunk(kind: .statements(buffer), line: bufferLine))
        }
        return chunks
    }

    /// The lines of a script, without their line breaks (a lone "\r" before one is kept).
    static func lines(of text: String) -> [String] {
        // "\r\n" is one Character in Swift: split on it too, or a CRLF script is one long line.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }
}
