import CaseQL
import LineEditor

/// What a quiz is told by whoever feeds it answers.
enum QuizReply: Equatable {
    case line(String)
    /// Ctrl-C, `.quit` (the line, to echo), the end of the input: leave the quiz (not the shell)
    /// with the score so far.
    case stop(String?)
}

/// Where a running quiz reads its answers: the prompt at a terminal, the following lines of a
/// script or of piped input.
protocol QuizAnswerSource: AnyObject {
    /// A script's answers are shown after their prompt, so the transcript reads like a session.
    var echoesAnswers: Bool { get }
    func reply(prompt: String, completions: [String]) -> QuizReply
}

extension Session {
    /// Asks the quiz's questions one at a time, answers read from `quizAnswers`.
    func runQuiz(_ statement: QuizStatement) throws(Diagnostic) {
        var quiz = try interpreter.quiz(statement, seed: statement.seed ?? .random(in: 1...99_999))
        switch settings.format {
        case .markdown:
            // A handout: every question and the answers, no answers read.
            emit(.document(quiz.handout))
            return
        case .json:
            runQuizAsJSON(&quiz)
            return
        case .table, .csv: break
        }
        emitText(quiz.opening)
        while let question = quiz.current, let source = quizAnswers {
            let prompt = quiz.prompt
            let reply = source.reply(prompt: prompt, completions: question.completions)
            switch reply {
            case .line(let line), .stop(let line?):
                if source.echoesAnswers { emitText(prompt + line + "\n") }
            case .stop(nil): break
            }
            guard case .line(let line) = reply else { break }
            emitText(quiz.answer(line))
        }
        emitText("\n" + quiz.summary)
    }
}

extension Session {
    /// One JSON object per event: the quiz, each question, each hint or feedback, the score. The
    /// answers are not echoed; each feedback object carries the answer it judges.
    private func runQuizAsJSON(_ quiz: inout QuizRun) {
        emit(.document(quiz.openingDocument))
        emit(.document(quiz.questionDocument(0)))
        while let question = quiz.current, let source = quizAnswers {
            guard case .line(let line) = source.reply(prompt: quiz.prompt, completions: question.completions) else { break }
            for document in quiz.answerDocuments(line) { emit(.document(document)) }
        }
        emit(.document(quiz.summaryDocument))
    }
}

/// Leaving the quiz: `.quit` and `.exit` end the quiz there, not the shell.
func isQuizExit(_ line: String) -> Bool {
    let word = line.split(separator: " ").first.map { $0.lowercased() }
    return word == ".quit" || word == ".exit"
}

/// A quiz at the prompt: its own prompt (`quiz 3/10> `), Tab completing the possible answers.
final class PromptQuizAnswers: QuizAnswerSource {
    let editor: LineEditor
    let completion: CompletionState

    init(editor: LineEditor, completion: CompletionState) {
        self.editor = editor
        self.completion = completion
    }

    var echoesAnswers: Bool { false }

    func reply(prompt: String, completions: [String]) -> QuizReply {
        completion.setQuizAnswers(completions)
        defer { completion.setPending("") }
        switch editor.readLine(prompt: prompt) {
        case .line(let line): return isQuizExit(line) ? .stop(line) : .line(line)
        case .interrupted:
            Interrupt.reset()  // Ctrl-C ends the quiz only; the shell goes on without "interrupted"
            return .stop(nil)
        case .endOfInput: return .stop(nil)
        }
    }
}

/// A script read chunk by chunk, so that a quiz can take the lines after its statement as answers
/// and the script goes on after the last one.
final class ScriptReader: QuizAnswerSource {
    private let lines: [String]
    /// The first line not yet read (from 0).
    private var nextLine = 0
    private var chunks: [Chunk] = []
    private var chunkIndex = 0
    /// A quiz read lines past the chunks split so far.
    private var linesTaken = false

    init(_ text: String) {
        lines = ScriptSplitter.lines(of: text)
        resplit()
    }

    var echoesAnswers: Bool { true }

    /// The next chunk, its line counted from the script's start.
    func nextChunk() -> Chunk? {
        if linesTaken { resplit() }
        guard chunkIndex < chunks.count else { return nil }
        let chunk = chunks[chunkIndex]
        chunkIndex += 1
        nextLine = chunk.line + chunk.lineCount - 1
        return chunk
    }

    func reply(prompt: String, completions: [String]) -> QuizReply {
        while nextLine < lines.count, Interrupt.wasRequested == false {
            let line = lines[nextLine].hasSuffix("\r") ? String(lines[nextLine].dropLast()) : lines[nextLine]
            nextLine += 1
            linesTaken = true
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("--") { continue }
            return isQuizExit(String(trimmed)) ? .stop(line) : .line(line)
        }
        return .stop(nil)
    }

    /// The chunks of what is left, after a quiz has read some lines.
    private func resplit() {
        chunks = ScriptSplitter.split(lines[nextLine...].joined(separator: "\n")).map {
            Chunk(kind: $0.kind, line: $0.line + nextLine)
        }
        chunkIndex = 0
        linesTaken = false
    }
}

extension Chunk {
    /// How many lines of the script the chunk spans.
    var lineCount: Int {
        switch kind {
        case .dotCommand: return 1
        case .statements(let text): return 1 + text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        }
    }
}
