import CaseModel
import CaseQL
import CaseRender
import LineEditor
import QueryResult
#if canImport(Glibc)
import Glibc
#endif

/// One running shell: the loaded study, the settings, where output goes, and whether anything
/// failed. The REPL, scripts, `-c` and piped input all run through `run(_:origin:)`.
public final class Session {
    public private(set) var loaded: LoadedStudy
    public private(set) var interpreter: Interpreter
    public var settings: Settings
    public let output = OutputSink()
    /// Set by the first error; the exit status of a script.
    public internal(set) var failed = false
    /// `.quit` was given.
    public private(set) var quitRequested = false
    /// The history, for `.history`; supplied by the REPL.
    public var historyProvider: (() -> [String])?
    /// Files being read by `.read`, to refuse a script that reads itself.
    var readStack: [String] = []
    /// Where a quiz reads its answers: the script being run, or the REPL's prompt.
    var quizAnswers: QuizAnswerSource?
    /// What the last Ctrl-C stopped (a script, a long write), for the REPL's message.
    var interruption: String?
    /// The last result shown, for `.last`.
    var lastResult: StatementOutput?
    /// Where `.once` sends the next result.
    var onceTarget: OnceTarget?
    /// The tour step last opened (`tour N`, or paged to at the prompt), which `tour run` runs.
    var tourStep: Int?

    public init(study: LoadedStudy, settings: Settings = Settings()) {
        loaded = study
        self.settings = settings
        interpreter = Interpreter(study, language: settings.language)
    }

    /// A session on a study that may live in a database, whose engine then answers its queries.
    public convenience init(opened: OpenedStudy, settings: Settings = Settings()) {
        self.init(study: opened.loaded, settings: settings)
        interpreter.backend = opened.backend
    }

    public func replaceStudy(_ study: LoadedStudy, backend: (any QueryBackend)? = nil) {
        loaded = study
        interpreter = Interpreter(study, language: settings.language)
        interpreter.backend = backend
    }

    public func setLanguage(_ language: LocalizedText.Language) {
        settings.language = language
        interpreter.language = language
    }

    public func markFailed() {
        failed = true
    }

    /// Runs a whole script; `origin` names it in messages (`-c`, `<stdin>`, a path).
    /// Returns false when something failed.
    @discardableResult
    public func run(script text: String, origin: String) -> Bool {
        var ok = true
        let reader = ScriptStream(text)
        let outer = quizAnswers
        quizAnswers = reader
        defer { quizAnswers = outer }
        while let chunk = reader.nextChunk() {
            // Ctrl-C in the shell (a `.read` script, the rc file) stops between chunks; the REPL says so.
            if Interrupt.wasRequested {
                noteInterruption("\(origin) stopped before line \(chunk.line)")
                return false
            }
            if !run(chunk, origin: origin) {
                ok = false
                if settings.bail { break }
            }
            if quitRequested || outputGone { break }
        }
        return ok
    }

    /// Runs one chunk; returns false on an error (already reported on stderr).
    @discardableResult
    public func run(_ chunk: Chunk, origin: String) -> Bool {
        if settings.echo { echo(chunk) }
        switch chunk.kind {
        case .dotCommand(let line):
            return runDotCommand(line, origin: origin, line: chunk.line)
        case .statements(let text):
            return runStatements(text, origin: origin, lineOffset: chunk.line - 1)
        }
    }

    /// Runs the statements of a chunk one by one, in order, whatever line they share: a statement
    /// that fails to parse is reported where it stands and the others still run (unless `--bail`).
    func runStatements(_ text: String, origin: String, lineOffset: Int) -> Bool {
        // The statement limit holds per statement: a longer chunk runs in batches.
        if text.utf8.count > Limits.maxStatementBytes {
            return runLongStatements(text, origin: origin, lineOffset: lineOffset)
        }
        return runStatementList(text, origin: origin, lineOffset: lineOffset)
    }

    func runStatementList(_ text: String, origin: String, lineOffset: Int, batch: BatchOrigin? = nil) -> Bool {
        var ok = true
        for parsed in Parser.parseEach(text, language: settings.language) {
            if Interrupt.wasRequested || outputGone { return false }
            switch parsed {
            case .failure(let error):
                report(error, source: text, origin: origin, lineOffset: lineOffset, batch: batch)
                ok = false
            case .success(let parsed):
                let started = monotonicSeconds()
                do {
                    if let quiz = parsed.statement.as(QuizStatement.self) {
                        try runQuiz(quiz)
                        continue
                    }
                    if let tour = parsed.statement.as(TourStatement.self), tour.step != nil || tour.run {
                        if !(try runTour(tour, origin: origin)) { ok = false }
                        if !ok, settings.bail { break }
                        continue
                    }
                    let result = try interpreter.execute(parsed.statement)
                    emit(result)
                    if settings.timer {
                        Diagnostics.print(timing(monotonicSeconds() - started))
                    }
                } catch {
                    report(error, source: text, origin: origin, lineOffset: lineOffset, batch: batch)
                    ok = false
                }
            }
            // `.once` holds for one statement, whether it printed a result or failed.
            finishOnce()
            if !ok, settings.bail { break }
        }
        return ok
    }

    /// Shows a result where results go (or where `.once` sends it); `capped: false` shows every row.
    /// The result is rendered as it is written, in chunks (a million rows are never one string), and
    /// rendering stops at a failed write, once stdout's reader has gone, or at Ctrl-C between chunks.
    func emit(_ result: StatementOutput, capped: Bool = true) {
        lastResult = result
        var options = settings.renderOptions
        if !capped { options.maxRows = nil }
        if let once = onceTarget, once.spreadsheet {
            options.format = .csv
            options.maxRows = nil
        }
        let sink = onceTarget?.sink ?? output
        // `.headers off`: CSV without its header, the first line the renderer writes (column names
        // are single-line labels).
        var skippingHeader = options.format == .csv && !settings.headers
        var written = 0
        var problem: String?
        let stream = TextStream { chunk in
            var piece = Substring(chunk)
            if skippingHeader {
                guard let newline = piece.firstIndex(of: "\n") else { return true }
                piece = piece[piece.index(after: newline)...]
                skippingHeader = false
            }
            if written > 0, Interrupt.wasRequested {
                self.noteInterruption("output stopped after \(written) bytes")
                return false
            }
            if let failure = sink.write(String(piece)) {
                problem = failure
                return false
            }
            written += piece.utf8.count
            return !sink.isGone
        }
        Renderer.render(result, options: options, to: stream)
        stream.finish()
        if let problem {
            failed = true
            Diagnostics.print("error: " + problem)
        }
        for note in Renderer.sideNotes(for: result, options: options) {
            Diagnostics.print(note)
        }
    }

    /// Writes results; a failed write is an error of the statement (exit status 1 in scripts). A long
    /// text goes out in pieces of whole lines, so Ctrl-C stops a big result between two of them.
    func emitText(_ text: String) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var written = 0
        while start < utf8.endIndex {
            if written > 0, Interrupt.wasRequested {
                noteInterruption("output stopped after \(written) of \(utf8.count) bytes")
                return
            }
            var end = utf8.index(start, offsetBy: Self.writePiece, limitedBy: utf8.endIndex) ?? utf8.endIndex
            if end < utf8.endIndex { end = utf8[end...].firstIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.endIndex }
            if let problem = output.write(String(text[start..<end])) {
                failed = true
                Diagnostics.print("error: " + problem)
                return
            }
            written += utf8.distance(from: start, to: end)
            start = end
        }
    }

    static let writePiece = 1 << 16

    /// What Ctrl-C stopped, said by the REPL with "interrupted"; the innermost stop is the one told.
    func noteInterruption(_ what: String) {
        if interruption == nil { interruption = what }
    }

    /// Nothing more can be shown: stdout's reader has gone or stdout failed. Scripts stop here.
    public var outputGone: Bool { output.isGone }

    func report(_ d: Diagnostic, source: String, origin: String, lineOffset: Int, batch: BatchOrigin? = nil) {
        failed = true
        let rendered = DiagnosticRenderer.render(d, source: source, origin: origin, lineOffset: lineOffset)
        Diagnostics.print(batch?.shifted(rendered, d) ?? rendered)
    }

    /// A one-line error about the shell itself (a dot-command, a file), in the same `where:line:` form.
    func error(_ message: String, origin: String, line: Int) -> Bool {
        failed = true
        Diagnostics.print("\(origin):\(line):1: error: \(message)")
        return false
    }

    func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func timing(_ seconds: Double) -> String {
        let ms = (seconds * 1_000_000).rounded() / 1000
        return "Run Time: \(ms) ms"
    }

    func requestQuit() {
        quitRequested = true
    }
}
