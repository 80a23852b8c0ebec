#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `~/.caseqlrc`: statements and dot-commands run when the interactive shell starts (`--no-rc`
/// skips it). Its errors are reported with its path and line, like any script's, and never stop
/// the shell.
enum RCFile {
    static let fileName = ".caseqlrc"

    /// The rc file's path, or nil when there is no home directory.
    static func path(home: String? = getenv("HOME").map { String(cString: $0) }) -> String? {
        guard let home, !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + fileName
    }

    /// Runs the rc file in `session` if it exists; a file that exists but cannot be read is a warning.
    static func run(in session: Session, path: String) {
        guard access(path, F_OK) == 0 else { return }
        switch SourceFile.read(path) {
        case .success(let text):
            session.run(script: text, origin: path)
        case .failure(let problem):
            Diagnostics.print("caseql: warning: skipping \(problem.description)")
        }
    }
}
