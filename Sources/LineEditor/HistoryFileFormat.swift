/// caseql's history file: a header line, then one entry per line, with `\` written as `\\`,
/// a line feed as `\n` and a carriage return as `\r`, so a multi-line statement stays one entry.
/// (libedit's own format differs and its `write_history` cannot save atomically.)
enum HistoryFileFormat {
    static let header = "#caseql-history v1"

    /// One line of the file after the header.
    enum Record: Equatable {
        case entry(String)
        /// A line that is not valid UTF-8 (a hand edit, another encoding): it cannot be recalled,
        /// but a save writes it back byte for byte rather than destroy it.
        case undecodable([UInt8])
    }

    struct Decoded: Equatable {
        var records: [Record]
        /// False when the file is not empty and does not start with `header`: some other program's
        /// file, which must not be overwritten.
        var isCaseqlHistory: Bool

        /// The entries that can be recalled, oldest first.
        var entries: [String] {
            records.compactMap { if case .entry(let entry) = $0 { entry } else { nil } }
        }

        var undecodableLines: Int {
            records.count { if case .undecodable = $0 { true } else { false } }
        }
    }

    static func encode(_ records: [Record]) -> [UInt8] {
        var bytes = Array((header + "\n").utf8)
        for record in records {
            switch record {
            case .entry(let entry): bytes += escape(entry).utf8
            case .undecodable(let line): bytes += line
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> Decoded {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else {
            return Decoded(records: [], isCaseqlHistory: true)
        }
        guard String(decoding: dropCarriageReturn(first), as: UTF8.self) == header else {
            return Decoded(records: [], isCaseqlHistory: false)
        }
        var records: [Record] = []
        for line in lines.dropFirst() {
            guard let text = String(validating: dropCarriageReturn(line), as: UTF8.self) else {
                records.append(.undecodable(Array(line)))
                continue
            }
            let entry = unescape(text)
            if !entry.isEmpty { records.append(.entry(entry)) }
        }
        return Decoded(records: records, isCaseqlHistory: true)
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
