import CaseRender
import QueryResult
import SystemIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// caseql's version, for the banner, `--version` and `.version`.
public enum CaseQLVersion {
    public static let string = "0.1.0"
}

/// `.once FILE` / `.once -x`: where the next statement's result goes, then results go where they went.
struct OnceTarget {
    let sink: OutputSink
    let path: String
    /// `-x`: the result is CSV in a temporary file, opened in a spreadsheet afterwards.
    let spreadsheet: Bool
}

extension Session {
    func once(_ args: [String], origin: String, line: Int) -> Bool {
        let spreadsheet = args.first == "-x"
        let rest = spreadsheet ? Array(args.dropFirst()) : args
        guard spreadsheet ? rest.isEmpty : rest.count == 1 else {
            return error(".once takes a file name, or -x for a spreadsheet", origin: origin, line: line)
        }
        finishOnce()
        let path = spreadsheet ? Self.spreadsheetPath() : rest[0]
        let sink = OutputSink()
        if let problem = sink.redirect(to: path) {
            return error(problem, origin: origin, line: line)
        }
        onceTarget = OnceTarget(sink: sink, path: path, spreadsheet: spreadsheet)
        return true
    }

    /// Ends a `.once` after its statement: closes the file and, for `-x`, opens it.
    func finishOnce() {
        guard let once = onceTarget else { return }
        onceTarget = nil
        once.sink.reset()
        guard once.spreadsheet else { return }
        if let program = Self.spreadsheetOpener() {
            Self.openDetached(program, once.path)
            Diagnostics.print("note: the result is in \(once.path), opened with \(program)")
        } else {
            Diagnostics.print("note: no spreadsheet program found (xdg-open, libreoffice); the result is in \(once.path)")
        }
    }

    /// A new CSV file under `$TMPDIR` (or /tmp), named after the process so shells do not collide.
    static func spreadsheetPath() -> String {
        let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var n = 0
        var path: String
        repeat {
            n += 1
            path = "\(directory)/caseql-once-\(getpid())-\(n).csv"
        } while access(path, F_OK) == 0
        return path
    }

    /// The first program on PATH that opens a file in the desktop's spreadsheet.
    static func spreadsheetOpener() -> String? {
        #if os(macOS)
        let programs = ["open"]
        #else
        let programs = ["xdg-open", "libreoffice", "soffice"]
        #endif
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for program in programs {
            for directory in path.split(separator: ":") where access("\(directory)/\(program)", X_OK) == 0 {
                return "\(directory)/\(program)"
            }
        }
        return nil
    }

    /// Starts `program file` in the background through sh, which returns at once: the shell does not
    /// wait for the spreadsheet to close, and leaves no child behind.
    static func openDetached(_ program: String, _ file: String) {
        let args = ["/bin/sh", "-c", "\"$0\" \"$1\" </dev/null >/dev/null 2>&1 &", program, file]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    }

    /// `.echo on`: the input before its output, as typed (comments of a script included).
    func echo(_ chunk: Chunk) {
        switch chunk.kind {
        case .dotCommand(let line): emitText(line + "\n")
        case .statements(let text): emitText(text + "\n")
        }
    }
}
