import CaseModel
import CaseRender

/// The shell's dot-commands, each declared once, in one row of `spec`: its arguments as usage shows
/// them, its two help messages, and what completes its argument. `.help`, `help dot-commands`, the
/// completer and the README test read this list; the shell gives each command its action in an
/// exhaustive switch (CaseShell/DotCommands.swift), so a command added here cannot lack one. It lives
/// in CaseQL, not in the shell, because `help` is a statement and its book must list the commands.
public enum DotCommand: String, CaseIterable, Sendable {
    case help, mode, headers, read, open, output, once, print, echo, timer, bail, lang, maxrows, last, history, show,
         sql, version, quit, exit

    /// What completes a command's arguments at the prompt.
    public enum ArgumentCompletion: Sendable, Hashable {
        case none
        /// File names for the first `count` arguments.
        case files(count: Int)
        /// One word from a fixed list.
        case choices([String])
        /// A file name, after optional flags (`.once -x FILE`).
        case flagsThenFile([String])
        /// The help book's topics.
        case helpTopics
    }

    public struct Spec: Sendable {
        /// As usage shows them after the name (`[FORMAT]`, `on|off`); empty for none.
        public let arguments: String
        public let summary: Message
        public let more: Message
        public let completion: ArgumentCompletion
    }

    public var spec: Spec {
        let onOff = ArgumentCompletion.choices(["on", "off"])
        switch self {
        case .help: return Spec(arguments: "[TOPIC]", summary: .dotHelp, more: .dotHelpMore, completion: .helpTopics)
        case .mode: return Spec(arguments: "[FORMAT]", summary: .dotMode, more: .dotModeMore,
                                completion: .choices(OutputFormat.allCases.map(\.rawValue)))
        case .headers: return Spec(arguments: "on|off", summary: .dotHeaders, more: .dotHeadersMore, completion: onOff)
        case .read: return Spec(arguments: "FILE", summary: .dotRead, more: .dotReadMore, completion: .files(count: 1))
        // `.open STUDY.csv TAXONOMY.json`: both are files.
        case .open: return Spec(arguments: "[STUDY]", summary: .dotOpen, more: .dotOpenMore, completion: .files(count: 2))
        case .output: return Spec(arguments: "[FILE]", summary: .dotOutput, more: .dotOutputMore, completion: .files(count: 1))
        case .once: return Spec(arguments: "-x | FILE", summary: .dotOnce, more: .dotOnceMore, completion: .flagsThenFile(["-x"]))
        case .print: return Spec(arguments: "TEXT", summary: .dotPrint, more: .dotPrintMore, completion: .none)
        case .echo: return Spec(arguments: "on|off", summary: .dotEcho, more: .dotEchoMore, completion: onOff)
        case .timer: return Spec(arguments: "on|off", summary: .dotTimer, more: .dotTimerMore, completion: onOff)
        case .bail: return Spec(arguments: "on|off", summary: .dotBail, more: .dotBailMore, completion: onOff)
        case .lang: return Spec(arguments: "en|zh", summary: .dotLang, more: .dotLangMore,
                                completion: .choices(LocalizedText.Language.allCases.map(\.rawValue)))
        case .maxrows: return Spec(arguments: "[N|off]", summary: .dotMaxrows, more: .dotMaxrowsMore,
                                   completion: .choices(["off", "0", "20", "100", "1000"]))
        case .last: return Spec(arguments: "", summary: .dotLast, more: .dotLastMore, completion: .none)
        case .history: return Spec(arguments: "[N]", summary: .dotHistory, more: .dotHistoryMore, completion: .none)
        case .show: return Spec(arguments: "", summary: .dotShow, more: .dotShowMore, completion: .none)
        case .sql: return Spec(arguments: "[--dialect D] STATEMENT", summary: .dotSql, more: .dotSqlMore,
                               completion: .none)
        case .version: return Spec(arguments: "", summary: .dotVersion, more: .dotVersionMore, completion: .none)
        case .quit: return Spec(arguments: "", summary: .dotQuit, more: .dotQuitMore, completion: .none)
        case .exit: return Spec(arguments: "", summary: .dotExit, more: .dotExitMore, completion: .none)
        }
    }

    /// `.name` as typed.
    public var name: String { "." + rawValue }

    /// `.name ARGUMENTS`, as help shows it.
    public var usage: String { spec.arguments.isEmpty ? name : name + " " + spec.arguments }

    /// The command a line names (`.MODE csv` → mode), by its first word without the dot.
    public init?(named word: String) {
        guard word.hasPrefix(".") else { return nil }
        self.init(rawValue: String(word.dropFirst()).lowercased())
    }

    /// Commands of sqlite3's and DuckDB's shells that caseql does differently, and what to use
    /// instead: an unknown command another shell has is answered with caseql's way of doing it.
    public static let otherShells: [String: String] = [
        "schema": "show taxonomy", "tables": "show study", "fullschema": "show taxonomy",
        "columns": "show study", "indexes": "show taxonomy", "indices": "show taxonomy",
        "databases": ".show", "dump": "caseql export-study", "save": "caseql export-study -o FILE",
        "backup": "caseql export-study -o FILE", "import": ".open FILE.csv", "load": ".open FILE",
        "excel": ".once -x", "separator": ".mode csv", "width": ".maxrows", "nullvalue": ".mode csv",
        "header": ".headers on|off", "changes": ".show", "stats": ".timer on",
        "shell": "the terminal: leave with .quit", "system": "the terminal: leave with .quit",
        "cd": "paths relative to the directory caseql started in", "log": ".output FILE",
    ]
}
