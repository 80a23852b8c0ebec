#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the history needs, with errno kept for messages. Plain POSIX rather
/// than Foundation because an atomic save needs `fsync`, `flock` and exact modes.
enum PosixFile {
    struct Failure: Error, Equatable {
        var operation: String
        var path: String
        var reason: String

        init(operation: String, path: String, code: Int32) {
            self.init(operation: operation, path: path, reason: String(cString: strerror(code)))
        }

        init(operation: String, path: String, reason: String) {
            self.operation = operation
            self.path = path
            self.reason = reason
        }

        var message: String { "cannot \(operation) \(path): \(reason)" }
    }

    /// What is at a path, following symbolic links.
    enum Kind: Equatable {
        case missing
        case regular(mode: mode_t)
        /// A FIFO, device, socket or directory: reading it could block or never end.
        case other(String)
    }

    static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        return kind(status)
    }

    /// The whole regular file, or nil when it does not exist. Anything else is refused before a
    /// byte is read: the open does not wait for a FIFO's writer, nor the read for a device.
    static func readIfPresent(_ path: String) throws(Failure) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw Failure(operation: "read", path: path, code: errno)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(operation: "read", path: path, code: errno) }
        if case .other(let what) = kind(status) {
            throw Failure(operation: "read", path: path, reason: "it is \(what), not a regular file")
        }
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
    /// A crash before the rename leaves the temporary file; `TemporaryFileName` finds it later.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t) throws(Failure) {
        let directory = parentDirectory(of: path)
        let temporary = directory + "/" + TemporaryFileName(for: lastComponent(of: path)).text
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

    /// `path` with every symbolic link in its last component followed, also to a file that does
    /// not exist yet (a dotfile manager's link to a history not yet written). Unlike `realpath`,
    /// a dangling link resolves to where it points. After 32 links the path is returned as it
    /// stands, and opening it reports the loop.
    static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : parentDirectory(of: current) + "/" + target
        }
        return current
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func kind(_ status: stat) -> Kind {
        switch status.st_mode & S_IFMT {
        case S_IFREG: .regular(mode: status.st_mode & 0o7777)
        case S_IFIFO: .other("a FIFO")
        case S_IFCHR: .other("a character device")
        case S_IFBLK: .other("a block device")
        case S_IFSOCK: .other("a socket")
        case S_IFDIR: .other("a directory")
        default: .other("of an unknown kind")
        }
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
