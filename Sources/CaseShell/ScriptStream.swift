import LineEditor

/// A script run chunk by chunk as it is split, so that a quiz can take the lines after its statement
/// as answers and the script goes on after the last one, and so that nothing waits for the whole
/// script to be split (Ctrl-C in a million-statement `.read` is answered at the next chunk).
final class ScriptStream: QuizAnswerSource {
    private var lines: ScriptLines

    init(_ text: String) {
        lines = ScriptLines(text)
    }

    var echoesAnswers: Bool { true }

    func nextChunk() -> Chunk? {
        ScriptSplitter.nextChunk(&lines)
    }

    func reply(prompt: String, completions: [String]) -> QuizReply {
        while Interrupt.wasRequested == false, let raw = lines.next() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("--") { continue }
            return isQuizExit(String(trimmed)) ? .stop(line) : .line(line)
        }
        return .stop(nil)
    }
}
