import CaseQL
import LineEditor
import QueryResult
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive shell: a prompt with libedit line editing, persistent history and completion,
/// statements that continue over lines while they are visibly unfinished, and dot-commands.
/// Ctrl-C abandons the input being typed (or stops a running script between statements);
/// Ctrl-D on an empty line, `.quit` or `.exit` leave.
public struct REPL {
    static let prompt = "caseql> "
    static let continuationPrompt = "   ...> "
    static let tourPrompt = "Press Enter to continue, q to stop "
    /// Input typed at the prompt is named like piped input in error messages.
    static let origin = "<stdin>"

    let session: Session
    let runRC: Bool
    let version: String?

    /// `version` goes into the banner; `runRC` runs `~/.caseqlrc` first.
    public init(session: Session, runRC: Bool, version: String? = nil) {
        self.session = session
        self.runRC = runRC
        self.version = version
    }

    public func run() {
        let (store, warnings) = HistoryStore.standard()
        warnings.forEach { Diagnostics.print($0) }
        let editor = LineEditor(history: store)
        session.historyProvider = { editor.historyEntries }
        let completion = CompletionState(Self.completer(for: session.interpreter))
        editor.setCompleter { line in completion.complete(line) }
        session.quizAnswers = PromptQuizAnswers(editor: editor, completion: completion)
        session.settings.maxRows = Self.defaultMaxRows

        // As in sqlite, the rc file runs before the banner, so its `.lang` applies to the title.
        if runRC, let path = RCFile.path() {
            adaptOutputToTerminal()
            RCFile.run(in: session, path: path)
            completion.replaceCompleter(Self.completer(for: session.interpreter))
        }
        if !session.quitRequested {
            session.emitText(Banner.text(version: version, study: session.loaded, language: session.settings.language))
        }
        readLoop(editor, completion)
        // Errors at the prompt were shown where they happened; leaving the shell is a success.
        session.failed = false
    }

    private func readLoop(_ editor: LineEditor, _ completion: CompletionState) {
        var pending = ""  // the lines of an unfinished statement
        var continuation = Parser.Continuation()
        while !session.quitRequested, !session.outputGone {
            completion.setPending(pending)
            switch editor.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .endOfInput:
                return  // a half-typed statement is dropped, as sqlite does
            case .interrupted:
                pending = ""
            case .line(let line):
                if pending.isEmpty {
                    if let command = Completer.dotCommandLine(line) {
                        editor.addToHistory(String(command))
                        run(.dotCommand(String(command)))
                        if command.lowercased().hasPrefix(".open") {
                            completion.replaceCompleter(Self.completer(for: session.interpreter))
                        }
                        continue
                    }
                    if line.allSatisfy(\.isWhitespace) { continue }
                    pending = line
                    continuation = Parser.Continuation()
                } else {
                    pending += "\n" + line
                }
                if continuation.feed(line) { continue }
                let statement = pending
                pending = ""
                // Into the history (and its file) before running: a statement with an error, or one
                // that is interrupted, is as worth recalling as any.
                editor.addToHistory(statement)
                if Self.isTour(statement) {
                    pageTour(editor, completion, statement: statement)
                } else {
                    run(.statements(statement))
                }
            }
        }
    }

    private func run(_ kind: Chunk.Kind) {
        Interrupt.reset()
        adaptOutputToTerminal()
        session.run(Chunk(kind: kind, line: 1), origin: Self.origin)
        if Interrupt.wasRequested {
            Interrupt.reset()
            Diagnostics.print("interrupted" + (session.interruption.map { ": " + $0 } ?? ""))
        }
        session.interruption = nil
    }

    // MARK: tour

    static func isTour(_ text: String) -> Bool {
        guard let parsed = try? Parser.parse(text), parsed.count == 1 else { return false }
        // `tour N` and `tour run` run as any statement; only the whole tour is paged.
        guard let tour = parsed[0].statement.as(TourStatement.self) else { return false }
        return tour.step == nil && !tour.run
    }

    /// `tour` at a terminal shows one step at a time; elsewhere it prints every step at once.
    private func pageTour(_ editor: LineEditor, _ completion: CompletionState, statement: String) {
        guard session.output.path == nil, session.settings.format == .table else {
            run(.statements(statement))
            return
        }
        adaptOutputToTerminal()
        let steps = Tour.steps(for: session.interpreter)
        completion.pause()
        defer { completion.setPending("") }
        for (number, step) in steps.enumerated() {
            session.emit(.document(step))
            session.tourStep = number + 1
            guard number < steps.count - 1 else { return }
            guard case .line(let answer) = editor.readLine(prompt: Self.tourPrompt),
                  answer.filter({ !$0.isWhitespace }).lowercased() != "q"
            else { return }
        }
    }

    // MARK: terminal

    /// Colour and the terminal's width when results go to the terminal (checked before every
    /// statement: the window may have been resized, `.output` may have redirected results).
    /// `NO_COLOR` and `TERM=dumb` turn colour off (`Settings.colourAllowed`).
    private func adaptOutputToTerminal() {
        let toTerminal = session.output.path == nil && isatty(STDOUT_FILENO) == 1
        session.settings.color = toTerminal && Settings.colourAllowed { getenv($0).map { String(cString: $0) } }
        session.settings.maxWidth = toTerminal ? Self.terminalColumns() : nil
        session.settings.textWidth = Settings.textWidthFromEnvironment(terminal: toTerminal)
    }

    /// Rows shown per result at the prompt unless `.maxrows` says otherwise.
    static let defaultMaxRows = 100

    static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func completer(for interpreter: Interpreter) -> Completer {
        Completer(vocabulary: interpreter.vocabulary, helpTopics: interpreter.helpBook.topicNames)
    }
}
