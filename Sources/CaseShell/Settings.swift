import CaseModel
import CaseRender
#if canImport(Glibc)
import Glibc
#endif

/// What the user can change while the shell runs (`.mode`, `.lang`, `.timer`, `.bail`).
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    public var language: LocalizedText.Language = .en
    public var timer = false
    /// Stop a script at its first error.
    public var bail = false
    /// Print each statement (and in scripts each comment) before its output, as sqlite3's `.echo on`.
    public var echo = false
    /// CSV starts with its header line (`.headers off` drops it).
    public var headers = true
    /// Output is going to a terminal: shade matrices in colour.
    public var color = false
    public var maxWidth: Int?
    /// Rows shown per result in table and Markdown output (the rest are counted, never dropped
    /// silently); nil shows all. The shell sets 100 at a terminal, as DuckDB's shell caps its display;
    /// scripts and data formats are never capped.
    public var maxRows: Int?
    /// Where prose wraps: `COLUMNS` when set, else the terminal's width, else 80.
    public var textWidth = Settings.textWidthFromEnvironment(terminal: true)
    /// The dialect `.sql` compiles to (`.sql --dialect D` sets it).
    public var sqlDialect = "duckdb"

    public init() {}

    var renderOptions: RenderOptions {
        let capped = format == .table || format == .markdown
        return RenderOptions(format: format, maxRows: capped ? maxRows : nil, color: color, maxWidth: maxWidth,
                             textWidth: textWidth)
    }

    /// Whether the environment lets the shell colour a terminal: not when `NO_COLOR` is set and not
    /// empty (no-color.org), nor when `TERM` is `dumb` or unset (a terminal that cannot show escapes).
    public static func colourAllowed(_ environment: (String) -> String?) -> Bool {
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        guard let term = environment("TERM"), !term.isEmpty, term != "dumb" else { return false }
        return true
    }

    /// How wide tables may be in a script or `-c`: `COLUMNS` when set, else the terminal's width when
    /// results go to one, else unlimited (a file or pipe gets tables whole).
    public static func tableWidthFromEnvironment() -> Int? {
        if let value = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), value > 0 {
            return value
        }
        return isatty(STDOUT_FILENO) == 1 ? REPL.terminalColumns() : nil
    }

    /// `terminal`: results go to standard output, whose width counts if it is a terminal (not
    /// when `.output` sends them to a file).
    static func textWidthFromEnvironment(terminal: Bool) -> Int {
        if let value = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), value > 0 {
            return value
        }
        return (terminal ? REPL.terminalColumns() : nil) ?? RenderOptions.defaultTextWidth
    }
}
