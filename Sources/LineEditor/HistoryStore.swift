#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO
import SystemPackage

/// The persistent history file: where it lives, how many entries it keeps, loading and saving.
/// Independent of libedit, so its rules are testable.
public struct HistoryStore: Sendable, Equatable {
    public static let defaultCapacity = 2000
    /// The file and any directory the store creates are private to the user.
    static let fileMode: FilePermissions = .ownerReadWrite
    static let directoryMode: FilePermissions = .ownerReadWriteExecute

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
        let store = standardPath(environment: environment, fileExists: FileSystem.exists)
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
        /// False when the file may not be written: it exists but could not be read, is not
        /// caseql's, is not a regular file, or is read-only (mode without the owner's write bit).
        public var canSave: Bool
    }

    /// Reads the history, and removes the temporary files that saves killed before their rename
    /// left behind.
    public func load() -> Contents {
        let file = target
        let bytes: [UInt8]?
        do {
            bytes = try FileReading.regularFileIfPresent(file)
        } catch {
            return Contents(entries: [], warnings: ["caseql: cannot read \(error.path): \(error.reason); history will not be saved"],
                            canSave: false)
        }
        TemporaryFileName.removeStale(besides: file)
        guard let bytes else { return Contents(entries: [], warnings: [], canSave: true) }
        let decoded = HistoryFileFormat.decode(bytes)
        guard decoded.isCaseqlHistory else {
            return Contents(entries: [], warnings: [
                "caseql: \(path) is not a caseql history file (no '\(HistoryFileFormat.header)' line); it is left alone and history will not be saved",
            ], canSave: false)
        }
        var warnings: [String] = []
        if decoded.undecodableLines > 0 {
            let lines = decoded.undecodableLines == 1 ? "1 line" : "\(decoded.undecodableLines) lines"
            warnings.append("caseql: \(lines) of \(path) are not valid UTF-8; they cannot be recalled but are kept in the file")
        }
        let readOnly = Self.isReadOnly(file)
        if readOnly {
            warnings.append("caseql: \(path) is read-only; history will not be saved")
        }
        let list = HistoryList(entries: decoded.entries, capacity: capacity)
        return Contents(entries: list.entries, warnings: warnings, canSave: !readOnly)
    }

    /// Adds `newEntries` (already normalized, oldest first) to the end of the file as it is now,
    /// so that shells sharing one history keep each other's statements: under a lock on
    /// `PATH.lock`, re-read the file, append, keep the newest `capacity` records, and replace the
    /// file atomically (0600). Lines that are not valid UTF-8 are written back unchanged. A
    /// symlinked file is written through the link. Creates the directory (0700) if needed.
    /// Throws a message for stderr; the file is then unchanged.
    public func append(_ newEntries: [String]) throws(SaveError) {
        guard capacity > 0, !newEntries.isEmpty else { return }
        let file = target
        do {
            try FileSystem.createDirectories(FileSystem.parentDirectory(of: file), permissions: Self.directoryMode)
            try FileLock.withExclusiveLock(on: file + ".lock", permissions: Self.fileMode) { () throws(FileWriteError) in
                let decoded = HistoryFileFormat.decode(try Self.bytesUnderLock(file))
                guard decoded.isCaseqlHistory else {
                    throw FileWriteError(destination: file, reason: "it is not a caseql history file")
                }
                // It may have been made read-only since the shell started.
                if Self.isReadOnly(file) {
                    throw FileWriteError(destination: file, reason: "it is read-only")
                }
                let records = Self.merge(decoded.records, newEntries, capacity: capacity)
                // The temporary file's name says whose it is, so a later load can remove a killed save's.
                try FileWriting.replaceAtomically(file, with: HistoryFileFormat.encode(records),
                                                  temporaryName: TemporaryFileName(for: FileSystem.lastComponent(of: file)).text,
                                                  permissions: Self.fileMode)
            }
        } catch {
            throw SaveError(message: "caseql: cannot save history: cannot \(error.operation) \(error.destination): \(error.reason)")
        }
    }

    public struct SaveError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The file's records with `newEntries` after them, an entry that repeats the record before
    /// it left out (as `HistoryList` does), the newest `capacity` kept.
    static func merge(
        _ records: [HistoryFileFormat.Record], _ newEntries: [String], capacity: Int
    ) -> [HistoryFileFormat.Record] {
        var merged = records
        for entry in newEntries where merged.last != .entry(entry) {
            merged.append(.entry(entry))
        }
        return Array(merged.suffix(capacity))
    }

    /// The file a save writes: a symlinked history file (dotfile managers do this) is saved
    /// through the link, not replaced, even when the link's target does not exist yet.
    private var target: String { FileSystem.followingLinks(path) }

    /// The file as it is now, re-read under the lock before the merge: failing to read it fails the save.
    private static func bytesUnderLock(_ file: String) throws(FileWriteError) -> [UInt8] {
        do {
            return try FileReading.regularFileIfPresent(file) ?? []
        } catch {
            throw FileWriteError(destination: error.path, reason: error.reason, operation: "read")
        }
    }

    /// A history file its owner made read-only says "do not write me"; root could write it anyway.
    private static func isReadOnly(_ path: String) -> Bool {
        guard case .regular(let permissions) = FileSystem.kind(of: path) else { return false }
        return !permissions.contains(.ownerWrite)
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
