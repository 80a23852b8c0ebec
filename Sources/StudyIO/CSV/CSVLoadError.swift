import CaseModel
/// Why a CSV case matrix was rejected, and where: the file, the 1-based line and column (in
/// characters, not bytes), and the text of that line so a caller can draw a caret under it.
public struct CSVLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 0 when the error concerns the file as a whole (it cannot be read).
    public var line: Int
    public var column: Int
    public var message: String
    /// The offending line as text, without its line break; empty when `line` is 0.
    public var lineText: String

    public init(file: String, line: Int, column: Int, message: String, lineText: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.lineText = lineText
    }

    /// `file:line:col: error: message`, the form every caseql diagnostic takes.
    public var description: String {
        line == 0 ? "\(file): error: \(message)" : "\(file):\(line):\(column): error: \(message)"
    }
}

/// Turns byte offsets into line/column positions. Only errors need positions, so this walks the
/// buffer on demand instead of tracking columns while parsing.
struct SourceLocator {
    let bytes: UnsafeBufferPointer<UInt8>
    let fileName: String

    /// An error at `offset`, given the start of its line when the caller knows it.
    func error(at offset: Int, line: Int, lineStart: Int, _ message: String) -> CSVLoadError {
        let end = min(max(offset, lineStart), bytes.count)
        var column = 1
        for i in lineStart..<end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return CSVLoadError(file: fileName, line: line, column: column, message: message,
                            lineText: text(ofLineAt: lineStart))
    }

    /// An error at `offset` when the line is not known: counts line breaks from the start.
    func error(at offset: Int, _ message: String) -> CSVLoadError {
        var line = 1, lineStart = 0, i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == ASCII.lf || (b == ASCII.cr && (i + 1 >= bytes.count || bytes[i + 1] != ASCII.lf)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return error(at: offset, line: line, lineStart: lineStart, message)
    }

    func text(ofLineAt start: Int) -> String {
        var end = start
        while end < bytes.count, bytes[end] != ASCII.lf, bytes[end] != ASCII.cr { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[min(start, end)..<end]), as: UTF8.self)
    }
}
