#if canImport(Glibc)
import Glibc
#endif

/// Reading script files and standard input as UTF-8 text, with a positioned error for bytes that
/// are not UTF-8 instead of silently replacing them.
public enum SourceFile {
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Scripts larger than this are refused rather than read into memory.
    static let maxBytes = 64 << 20

    public static func read(_ path: String) -> Result<String, Problem> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failure(Problem(description: "cannot open '\(path)': \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Problem(description: "'\(path)' is a directory"))
        }
        switch readAll(fd) {
        case .failure(let p): return .failure(Problem(description: "'\(path)': \(p.description)"))
        case .success(let bytes): return decode(bytes, origin: path)
        }
    }

    public static func readAll(_ fd: Int32) -> Result<[UInt8], Problem> {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(description: String(cString: strerror(errno))))
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            if bytes.count > maxBytes {
                return .failure(Problem(description: "larger than \(maxBytes >> 20) MB"))
            }
        }
        return .success(bytes)
    }

    /// UTF-8 (a BOM is dropped), or an error naming the line and column of the first bad byte.
    public static func decode(_ bytes: [UInt8], origin: String) -> Result<String, Problem> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        // Find the first invalid sequence to say where it is.
        var line = 1, column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = body.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += s.utf8.count
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return .failure(Problem(description: "\(origin): invalid UTF-8"))
            case .error:
                let byte = offset < body.endIndex ? body[offset] : 0
                let hex = String(byte, radix: 16, uppercase: true)
                return .failure(Problem(description:
                    "\(origin):\(line):\(column): invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); the input must be UTF-8 text"))
            }
        }
    }
}
