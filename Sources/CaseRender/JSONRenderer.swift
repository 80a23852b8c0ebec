import QueryResult

/// One JSON document: an array with one object per row, keys in column order, one object per line.
/// Numbers are numbers (non-finite ones, which JSON cannot express, are null), lists are arrays of
/// strings, empty cells are null. Non-ASCII text is written as UTF-8, not escaped. Data only: no
/// title, notes or counts (see `Renderer.sideNotes`).
enum JSONRenderer {
    static func render(_ table: ResultTable, maxRows: Int?) -> String {
        TextStream.collect { render(table, maxRows: maxRows, to: $0) }
    }

    /// Object by object, as the rows are produced.
    static func render(_ table: ResultTable, maxRows: Int?, to stream: TextStream) {
        let shape = TableShape(table.dataOnly, maxRows: maxRows, forPeople: false)
        guard !shape.rows.isEmpty else { return stream.write("[]\n") }
        let keys = uniqueKeys(shape.columns.map(\.name)).map(string)
        for i in shape.rows.indices {
            if stream.stopped { return }
            let object = zip(keys, shape.rows[i]).map { "\($0): \(value($1))" }.joined(separator: ", ")
            stream.write((i == 0 ? "[\n  {" : ",\n  {") + object + "}")
        }
        stream.write("\n]\n")
    }

    /// The rows as data, for a table inside a document.
    static func objects(_ table: ResultTable) -> [DataValue] {
        let shape = TableShape(table, maxRows: nil, forPeople: false)
        let keys = uniqueKeys(shape.columns.map(\.name))
        return shape.rows.map { row in .object(zip(keys, row).map { DataField($0, $1.dataValue) }) }
    }

    /// Pre-formatted text: `{"text": "…"}`.
    static func render(text: String) -> String {
        "{\"text\": \(string(text))}\n"
    }

    /// Object keys must be distinct and non-empty to be usable: `name`, `name_2`, `column3`.
    static func uniqueKeys(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { index, name in
            let base = name.isEmpty ? "column\(index + 1)" : name
            var key = base
            var suffix = 2
            while used.contains(key) {
                key = "\(base)_\(suffix)"
                suffix += 1
            }
            used.insert(key)
            return key
        }
    }

    private static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return string(s)
        case .integer(let i): return String(i)
        case .number(let d): return d.isFinite ? Cell.format(d) : "null"
        case .list(let items): return "[" + items.map(string).joined(separator: ", ") + "]"
        case .empty: return "null"
        }
    }

    static func string(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: #"\""#.unicodeScalars)
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": out.append(contentsOf: #"\t"#.unicodeScalars)
            case "\u{08}": out.append(contentsOf: #"\b"#.unicodeScalars)
            case "\u{0C}": out.append(contentsOf: #"\f"#.unicodeScalars)
            // Controls must be escaped; DEL, C1 and U+2028/2029 may not, but escaping them keeps
            // the output safe to print on a terminal and to embed in JavaScript.
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }
}
