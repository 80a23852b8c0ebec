#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the history needs, with errno kept for messages. Plain POSIX rather
/// than Foundation because an atomic save needs `fsync` and exact modes.
enum PosixFile {
    struct Failure: Error, Equatable {
        var operation: String
        var path: String
        var code: Int32

        var message: String {
            "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        }
    }

    /// The whole file, or nil when it does not exist.
    static func readIfPresent(_ path: String) throws(Failure) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw Failure(operation: "read", path: path, code: errno)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "read", path: path, code: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Replaces `path` with `bytes` so that a crash leaves either the old or the new file, never a
    /// torn one: write a temporary file in the same directory, fsync it, rename it over `path`.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t) throws(Failure) {
        let directory = parentDirectory(of: path)
        let temporary = directory + "/." + lastComponent(of: path) + ".tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if descriptor < 0 { throw Failure(operation: "create", path: temporary, code: errno) }
        var failure: Failure?
        // open() filters the mode through the umask; the history must be exactly 0600.
        if fchmod(descriptor, mode) != 0 {
            failure = Failure(operation: "set the mode of", path: temporary, code: errno)
        }
        if failure == nil { failure = writeAll(bytes, to: descriptor, path: temporary) }
        if failure == nil, fsync(descriptor) != 0 {
            failure = Failure(operation: "sync", path: temporary, code: errno)
        }
        if close(descriptor) != 0, failure == nil {
            failure = Failure(operation: "close", path: temporary, code: errno)
        }
        if failure == nil, rename(temporary, path) != 0 {
            failure = Failure(operation: "replace", path: path, code: errno)
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        // Make the rename itself durable; failing here loses nothing already written.
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Creates `path` and any missing parents with `mode`; existing directories are left alone.
    static func createDirectories(_ path: String, mode: mode_t) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, mode) != 0 && errno != EEXIST {
                throw Failure(operation: "create directory", path: prefix, code: errno)
            }
        }
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> Failure? {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return Failure(operation: "write", path: path, code: errno)
            }
            written += count
        }
        return nil
    }
}
