#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO
import SystemPackage
import CLibedit

/// Line editing, history and completion for the interactive shell, over libedit's readline
/// emulation. libedit keeps global state, so a process has one editor; it is used from one thread.
///
/// Use it only when stdin and stdout are terminals (`LineEditor.isInteractive`); piped input
/// should be read plainly, without prompt or history.
public final class LineEditor {
    private var history: HistoryList
    private let store: HistoryStore?
    private var savesHistory: Bool
    private var hasWarnedAboutSaving = false
    /// Entries added since the last save that succeeded, tried again with the next one.
    private var unsaved: [String] = []

    /// Prepares libedit, installs the Ctrl-C handler (`Interrupt.install()`) and the terminal's
    /// other signal handlers (`TerminalSignals`), removes what killed saves left and loads the history
    /// from `store` (nil: history in memory only, up to `HistoryStore.defaultCapacity` entries).
    /// Problems with the history file are printed to stderr once; they never stop the editor.
    public init(history store: HistoryStore?) {
        TerminalLocale.adoptUTF8()
        Interrupt.install()
        // libedit's handlers would re-send every signal to the whole process group.
        TerminalSignals.install()
        caseql_rl_set_catch_signals(0)
        caseql_rl_set_readline_name_caseql()
        rl_initialize()
        using_history()
        CompletionBridge.install(nil)

        self.store = store
        if let store {
            let contents = store.load()
            contents.warnings.forEach(Self.warn)
            history = HistoryList(entries: contents.entries, capacity: store.capacity)
            savesHistory = contents.canSave
        } else {
            history = HistoryList(capacity: HistoryStore.defaultCapacity)
            savesHistory = false
        }
        clear_history()  // a second editor in the process starts from its own history
        stifle_history(Int32(clamping: history.capacity))
        for entry in history.entries {
            add_history(HistoryList.recallForm(of: entry))
        }
    }

    /// Whether stdin and stdout are both terminals, i.e. whether line editing makes sense.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Shows `prompt` and reads one line with editing, history (Up/Down) and completion (Tab).
    /// Ctrl-C abandons the line (`.interrupted`, after moving to a fresh line); Ctrl-D on an empty
    /// line or closed input gives `.endOfInput`. The line is not added to the history: the shell
    /// adds whole statements with `addToHistory(_:)`.
    public func readLine(prompt: String) -> ReadResult {
        Interrupt.reset()
        caseql_flush_stdout()
        errno = 0
        guard let raw = TerminalSignals.whileEditing({ readline(prompt) }) else {
            if errno == EINTR || Interrupt.wasRequested {
                Interrupt.reset()
                // libedit leaves the cursor on the abandoned line; the next prompt starts below it.
                Self.writeToStandardError("\n")
                return .interrupted
            }
            // Ctrl-D leaves the cursor after the prompt; end that line so the shell's next
            // output does not continue it.
            if isatty(STDIN_FILENO) == 1 { Self.writeToStandardError("\n") }
            return .endOfInput
        }
        defer { free(raw) }
        return .line(String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self))
    }

    /// Adds a statement (possibly several lines) to the history and appends it to the history
    /// file at once, after whatever other shells have saved meanwhile. Blank entries and repeats
    /// of the newest entry are ignored; the text is trimmed. Up recalls a multi-line entry as one
    /// line (see `HistoryList.recallForm(of:)`), and recalls this shell's statements, not those
    /// other shells save while it runs.
    public func addToHistory(_ entry: String) {
        guard history.add(entry), let added = history.entries.last else { return }
        add_history(HistoryList.recallForm(of: added))
        guard savesHistory, let store else { return }
        unsaved.append(added)
        do {
            try store.append(unsaved)
            unsaved.removeAll()
        } catch {
            // Once is enough: the same failure would repeat after every statement.
            if !hasWarnedAboutSaving { Self.warn(error.message) }
            hasWarnedAboutSaving = true
            unsaved = Array(unsaved.suffix(store.capacity))
        }
    }

    /// The history, oldest first, multi-line entries with their line breaks.
    public var historyEntries: [String] { history.entries }

    /// Sets what Tab offers. The completer gets the line up to the cursor and returns the word to
    /// replace (a UTF-8 offset) and its candidates; `WordAtCursor(in:)` finds the word the way
    /// the query language splits words, and `FileNameCompletion` lists files for `.read`/`.open`.
    /// Without a completer, Tab does nothing.
    public func setCompleter(_ completer: @escaping @Sendable (String) -> Completion) {
        CompletionBridge.install(completer)
    }

    private static func warn(_ message: String) {
        writeToStandardError(message + "\n")
    }

    /// A warning that cannot be written (stderr closed) has nowhere else to go: it is dropped.
    private static func writeToStandardError(_ text: String) {
        try? FileWriting.writeAll(text, to: .standardError, destination: "stderr")
    }
}
