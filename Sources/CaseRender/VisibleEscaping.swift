/// Makes data safe to print on a terminal: control characters become visible escapes (`\n`, `\t`,
/// `\u{1B}`), so a cell can neither break a table's layout nor send escape sequences to the terminal.
enum VisibleEscaping {
    /// Escapes every control character, line break and bidi override: for one-line table cells.
    static func cell(_ s: String) -> String {
        escape(s, keepingLineBreaks: false)
    }

    /// Keeps newlines and tabs (CRLF becomes LF) but escapes everything else: for prose output.
    static func text(_ s: String) -> String {
        escape(s, keepingLineBreaks: true)
    }

    private static func escape(_ s: String, keepingLineBreaks: Bool) -> String {
        guard !s.isPrintableASCII, s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = String.UnicodeScalarView()
        var scalars = s.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\n" where keepingLineBreaks, "\t" where keepingLineBreaks:
                out.append(scalar)
            case "\r" where keepingLineBreaks && pending == "\n":
                continue // the LF that follows ends the line
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": out.append(contentsOf: #"\t"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case _ where needsEscape(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F {
            return false
        }
        return value < 0x20 || (value >= 0x7F && value < 0xA0) // C0, DEL, C1 (CSI is U+009B)
            || value == 0x2028 || value == 0x2029 // line and paragraph separators
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) // bidi overrides
    }
}
