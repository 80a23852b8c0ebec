#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The persistent history file: where it lives, how many entries it keeps, loading and saving.
/// Independent of libedit, so its rules are testable.
public struct HistoryStore: Sendable, Equatable {
    public static let defaultCapacity = 2000
    /// The file and any directory the store creates are private to the user.
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    public var path: String
    public var capacity: Int

    public init(path: String, capacity: Int = HistoryStore.defaultCapacity) {
        self.path = path
        self.capacity = max(0, capacity)
    }

    /// The store for this user, from `HOME`, `XDG_STATE_HOME` and `CASEQL_HISTSIZE`; nil when there
    /// is no home directory. Warnings (a bad `CASEQL_HISTSIZE`) are for stderr.
    public static func standard(
        environment: [String: String] = HistoryStore.processEnvironment()
    ) -> (store: HistoryStore?, warnings: [String]) {
        let (capacity, warning) = capacity(environment: environment)
        let store = standardPath(environment: environment, fileExists: PosixFile.exists)
            .map { HistoryStore(path: $0, capacity: capacity) }
        return (store, warning.map { [$0] } ?? [])
    }

    /// `~/.caseql_history` if it exists, else `$XDG_STATE_HOME/caseql/history`, where an unset,
    /// empty or relative `XDG_STATE_HOME` means `~/.local/state` (as the XDG spec says).
    public static func standardPath(
        environment: [String: String], fileExists: (String) -> Bool
    ) -> String? {
        guard let home = environment["HOME"].map(trimmingTrailingSlashes), !home.isEmpty else { return nil }
        let dotFile = home + "/.caseql_history"
        if fileExists(dotFile) { return dotFile }
        let stateHome = environment["XDG_STATE_HOME"].map(trimmingTrailingSlashes)
            .flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        return stateHome + "/caseql/history"
    }

    /// `CASEQL_HISTSIZE` when it is a whole number ≥ 0 (0 keeps no history), else the default.
    public static func capacity(environment: [String: String]) -> (capacity: Int, warning: String?) {
        guard let text = environment["CASEQL_HISTSIZE"] else { return (defaultCapacity, nil) }
        let trimmed = text.filter { !$0.isWhitespace }
        if let value = Int(trimmed), value >= 0 { return (value, nil) }
        return (defaultCapacity, "caseql: ignoring CASEQL_HISTSIZE=\(text): not a whole number ≥ 0; keeping \(defaultCapacity) entries")
    }

    /// The variables the standard store reads, from the process environment.
    public static func processEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["HOME", "XDG_STATE_HOME", "CASEQL_HISTSIZE"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// What `load()` found. Problems are warnings, never failures: the shell runs without the history.
    public struct Contents: Sendable, Equatable {
        /// The newest entries, at most `capacity`, oldest first, with their line breaks.
        public var entries: [String]
        /// One message per problem, ready for stderr.
        public var warnings: [String]
        /// False when the file exists but could not be read or is not caseql's: saving would
        /// destroy what is there.
        public var canSave: Bool
    }

    public func load() -> Contents {
        let bytes: [UInt8]?
        do {
            bytes = try PosixFile.readIfPresent(path)
        } catch {
            return Contents(entries: [], warnings: ["caseql: \(error.message); history will not be saved"], canSave: false)
        }
        guard let bytes else { return Contents(entries: [], warnings: [], canSave: true) }
        let decoded = HistoryFileFormat.decode(bytes)
        guard decoded.isCaseqlHistory else {
            return Contents(entries: [], warnings: [
                "caseql: \(path) is not a caseql history file (no '\(HistoryFileFormat.header)' line); it is left alone and history will not be saved",
            ], canSave: false)
        }
        var warnings: [String] = []
        if decoded.skippedLines > 0 {
            let lines = decoded.skippedLines == 1 ? "1 line" : "\(decoded.skippedLines) lines"
            warnings.append("caseql: skipped \(lines) of \(path) that are not valid UTF-8")
        }
        let list = HistoryList(entries: decoded.entries, capacity: capacity)
        return Contents(entries: list.entries, warnings: warnings, canSave: true)
    }

    /// Writes `entries` (the newest `capacity` of them) atomically, creating the directory (0700)
    /// if needed; the file is 0600. Throws a message for stderr.
    public func save(_ entries: [String]) throws(SaveError) {
        do {
            try PosixFile.createDirectories(PosixFile.parentDirectory(of: path), mode: Self.directoryMode)
            let kept = entries.suffix(capacity)
            try PosixFile.writeAtomically(Array(HistoryFileFormat.encode(Array(kept)).utf8), to: target, mode: Self.fileMode)
        } catch {
            throw SaveError(message: "caseql: cannot save history: \(error.message)")
        }
    }

    public struct SaveError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// A symlinked history file (dotfile managers do this) is saved through the link, not replaced.
    private var target: String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
