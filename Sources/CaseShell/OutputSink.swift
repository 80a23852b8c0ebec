#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where results go: stdout, or a file chosen with `.output`. Writes go straight to the file
/// descriptor so nothing is lost in a buffer when the process is interrupted.
public final class OutputSink: @unchecked Sendable {
    private var fd: Int32
    public private(set) var path: String?

    public init() {
        fd = 1
    }

    /// Redirects results to `path` (created or truncated); on failure results stay on stdout.
    public func redirect(to path: String) -> String? {
        let newFD = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard newFD >= 0 else {
            return "cannot write to '\(path)': \(String(cString: strerror(errno))); results stay on stdout"
        }
        reset()
        fd = newFD
        self.path = path
        return nil
    }

    public func reset() {
        if fd != 1 { close(fd) }
        fd = 1
        path = nil
    }

    public func write(_ text: String) {
        OutputSink.writeAll(fd, text)
    }

    /// A closed pipe (`caseql … | head -1`) ends the program quietly, as other shells do.
    static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            offset += n
        }
        _ = bytes.count
        bytes.removeAll()
    }
}

/// Messages for people: errors, warnings, notes of data formats.
public enum Diagnostics {
    public static func print(_ text: String) {
        OutputSink.writeAll(2, text.hasSuffix("\n") ? text : text + "\n")
    }
}
