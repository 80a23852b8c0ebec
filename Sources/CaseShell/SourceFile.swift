import LineEditor
import SystemIO

/// Reading script files and standard input as UTF-8 text, with a positioned error for bytes that
/// are not UTF-8 instead of silently replacing them.
public enum SourceFile {
    /// Why a script could not be read, in the form of every caseql diagnostic:
    /// `PATH: error: no such file`, `PATH:3:5: error: invalid UTF-8 (byte 0xFF) …`.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var origin: String
        public var position: (line: Int, column: Int)?
        public var message: String

        public var description: String {
            let place = position.map { "\(origin):\($0.line):\($0.column)" } ?? origin
            return "\(place): error: \(message)"
        }
    }

    /// Scripts larger than this are refused rather than read into memory.
    static let maxBytes = 64 << 20

    /// A script file ("-" is standard input) as text. Ctrl-C stops a read that waits on an idle FIFO.
    public static func read(_ path: String) -> Result<String, Problem> {
        switch readAll(path) {
        case .failure(let p): return .failure(p)
        case .success(let bytes): return decode(bytes, origin: path == "-" ? "<stdin>" : path)
        }
    }

    /// The bytes of a script file or of standard input ("-"), through SystemIO's one reader.
    public static func readAll(_ path: String) -> Result<[UInt8], Problem> {
        do {
            return .success(try FileReading.contents(of: path, limit: maxBytes, interrupted: { Interrupt.wasRequested }))
        } catch {
            return .failure(Problem(origin: path == "-" ? "<stdin>" : path, message: error.reason))
        }
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
                return .failure(Problem(origin: origin, message: "invalid UTF-8"))
            case .error:
                let byte = offset < body.endIndex ? body[offset] : 0
                let hex = String(byte, radix: 16, uppercase: true)
                return .failure(Problem(origin: origin, position: (line, column),
                    message: "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); the input must be UTF-8 text"))
            }
        }
    }
}
