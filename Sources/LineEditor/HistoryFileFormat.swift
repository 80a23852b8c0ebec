/// caseql's history file: a header line, then one entry per line, with `\` written as `\\`,
/// a line feed as `\n` and a carriage return as `\r`, so a multi-line statement stays one entry.
/// (libedit's own format differs and its `write_history` cannot save atomically.)
enum HistoryFileFormat {
    static let header = "#caseql-history v1"

    struct Decoded: Equatable {
        var entries: [String]
        /// Lines that were not valid UTF-8 and were skipped.
        var skippedLines: Int
        /// False when the file is not empty and does not start with `header`: some other program's
        /// file, which must not be overwritten.
        var isCaseqlHistory: Bool
    }

    static func encode(_ entries: [String]) -> String {
        var text = header + "\n"
        for entry in entries {
            text += escape(entry) + "\n"
        }
        return text
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else {
            return Decoded(entries: [], skippedLines: 0, isCaseqlHistory: true)
        }
        guard String(decoding: dropCarriageReturn(first), as: UTF8.self) == header else {
            return Decoded(entries: [], skippedLines: 0, isCaseqlHistory: false)
        }
        var entries: [String] = []
        var skipped = 0
        for line in lines.dropFirst() {
            guard let text = String(validating: dropCarriageReturn(line), as: UTF8.self) else {
                skipped += 1
                continue
            }
            let entry = unescape(text)
            if !entry.isEmpty { entries.append(entry) }
        }
        return Decoded(entries: entries, skippedLines: skipped, isCaseqlHistory: true)
    }

    static func escape(_ entry: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The inverse of `escape`. An unknown escape or a trailing lone backslash is kept as written:
    /// a hand-edited file should lose nothing.
    static func unescape(_ line: String) -> String {
        var result = ""
        var pendingBackslash = false
        for scalar in line.unicodeScalars {
            if pendingBackslash {
                pendingBackslash = false
                switch scalar {
                case "\\": result += "\\"
                case "n": result += "\n"
                case "r": result += "\r"
                default:
                    result += "\\"
                    result.unicodeScalars.append(scalar)
                }
            } else if scalar == "\\" {
                pendingBackslash = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if pendingBackslash { result += "\\" }
        return result
    }

    /// Files edited on Windows end lines in CR LF; an entry's own CR is always escaped.
    private static func dropCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
}
