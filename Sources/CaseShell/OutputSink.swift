import SystemIO
import SystemPackage

/// Where results go: stdout, or a file chosen with `.output`. Writes go straight to the file
/// descriptor so nothing is lost in a buffer when the process is interrupted, and every failed
/// write is reported: a full disk, a closed descriptor or a vanished reader is never silent.
public final class OutputSink {
    private var fd: FileDescriptor = .standardOutput
    public private(set) var path: String?
    /// Standard output's reader has gone (`caseql … | head -1`): the run should end quietly, as
    /// other shells do. The executable decides; a library never exits the process.
    public private(set) var stdoutClosed = false
    /// Standard output failed for another reason (ENOSPC, EBADF): reported once, then writes stop.
    public private(set) var stdoutFailed = false

    public init() {}

    /// Redirects results to `path` (created or truncated); on failure results stay on stdout.
    public func redirect(to path: String) -> String? {
        let newFD: FileDescriptor
        do {
            newFD = try FileDescriptor.open(FilePath(path), .writeOnly, options: [.create, .truncate, .closeOnExec],
                                            permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            return "cannot write to '\(path)': \(FileReading.describe(error)); results stay on stdout"
        }
        reset()
        fd = newFD
        self.path = path
        return nil
    }

    public func reset() {
        if path != nil { try? fd.close() }
        fd = .standardOutput
        path = nil
    }

    /// Nothing more can be written: results go to stdout and its reader has gone or it failed.
    public var isGone: Bool { path == nil && (stdoutClosed || stdoutFailed) }

    /// Writes `text` where results go. Nil when it was written; else the message to report (the
    /// destination and the reason). A failed `.output` file is closed and results return to the
    /// screen; a failed stdout stops further writes.
    public func write(_ text: String) -> String? {
        if isGone { return nil }
        do {
            try FileWriting.writeAll(text, to: fd, destination: path ?? "stdout")
            return nil
        } catch {
            if let path {
                reset()
                return "cannot write to '\(path)': \(error.reason); the file is incomplete, results go to the screen again"
            }
            if error.isBrokenPipe {
                stdoutClosed = true
                return nil
            }
            stdoutFailed = true
            return "cannot write to stdout: \(error.reason)"
        }
    }
}

/// Messages for people: errors, warnings, notes of data formats. If stderr itself cannot be
/// written there is nobody left to tell; the exit status still says so.
public enum Diagnostics {
    public static func print(_ text: String) {
        try? FileWriting.writeAll(text.hasSuffix("\n") ? text : text + "\n", to: .standardError, destination: "stderr")
    }
}
