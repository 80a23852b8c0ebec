import CaseModel

/// Which character separates fields, read off the file as DuckDB's sniffer does: the candidate
/// (`,` `;` tab `|`) that splits the header into more than one field and gives the first rows the
/// same number of fields as the header. Excel writes `;` in many locales; a comma is assumed when
/// nothing decides.
public enum Delimiter {
    public static let candidates: [UInt8] = [ASCII.comma, UInt8(ascii: ";"), ASCII.tab, UInt8(ascii: "|")]

    /// The separator of `buffer`; a `.tsv` file name means tab unless the text says otherwise.
    static func sniff(_ buffer: UnsafeBufferPointer<UInt8>, fileName: String) -> UInt8 {
        let preferred = fileName.lowercased().hasSuffix(".tsv") ? ASCII.tab : ASCII.comma
        let lines = firstLines(buffer, count: 6)
        guard !lines.isEmpty else { return preferred }
        var best: (separator: UInt8, score: Int)?
        for candidate in [preferred] + candidates where candidate != preferred || best == nil {
            let fields = lines.map { fieldCount($0, candidate) }
            guard fields[0] > 1 else { continue }
            // Rows that agree with the header, weighted by how many fields they split into.
            let agreeing = fields.dropFirst().filter { $0 == fields[0] }.count
            let score = (agreeing + 1) * 1000 + fields[0]
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        return best?.separator ?? preferred
    }

    /// The name of a separator in messages.
    public static func name(_ separator: UInt8) -> String {
        switch separator {
        case ASCII.comma: return "comma"
        case ASCII.tab: return "tab"
        case UInt8(ascii: ";"): return "semicolon"
        case UInt8(ascii: "|"): return "vertical bar"
        default: return "'\(Character(Unicode.Scalar(separator)))'"
        }
    }

    private static func firstLines(_ buffer: UnsafeBufferPointer<UInt8>, count: Int) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        let limit = min(buffer.count, 1 << 16)
        var start = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
        var inQuotes = false
        var i = start
        let bytes = Array(buffer[0..<limit])
        while i < limit, lines.count < count {
            let b = bytes[i]
            if b == ASCII.quote { inQuotes.toggle() }
            if !inQuotes, b == ASCII.lf {
                var end = i
                if end > start, bytes[end - 1] == ASCII.cr { end -= 1 }
                if end > start { lines.append(bytes[start..<end]) }
                start = i + 1
            }
            i += 1
        }
        if lines.count < count, start < limit, limit == buffer.count { lines.append(bytes[start..<limit]) }
        return lines
    }

    private static func fieldCount(_ line: ArraySlice<UInt8>, _ separator: UInt8) -> Int {
        var count = 1
        var inQuotes = false
        for b in line {
            if b == ASCII.quote { inQuotes.toggle() } else if b == separator, !inQuotes { count += 1 }
        }
        return count
    }
}
