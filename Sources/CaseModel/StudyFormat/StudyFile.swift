#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a study file's bytes with POSIX calls (Foundation would cost every start of the tool).
enum StudyFile {
    struct ReadError: Error {
        var message: String
    }

    /// Files above this are refused before reading: no real study comes near it.
    static let sizeLimit = 2 << 30

    static func contents(of path: String) throws(ReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(message: describe(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(message: describe(errno: errno)) }
        let mode = info.st_mode & S_IFMT
        if mode == S_IFDIR { throw ReadError(message: "is a directory") }
        let expected = Int(info.st_size)
        if expected > sizeLimit { throw tooLarge(expected) }
        // Pipes and devices report no size: read them in chunks until the end.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(mode == S_IFREG ? expected + 1 : 1 << 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: describe(errno: errno))
            }
            if count == 0 { break }
            if bytes.count + count > sizeLimit { throw tooLarge(bytes.count + count) }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    private static func tooLarge(_ size: Int) -> ReadError {
        ReadError(message: "file is too large (\(size) bytes; the limit is 2 GB)")
    }

    /// The words every loader uses for a file it cannot read.
    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "no such file (a part of the path is not a directory)"
        default:
            guard let text = strerror(code) else { return "cannot be read (error \(code))" }
            return "cannot be read: " + String(cString: text)
        }
    }
}
