import QueryResult

/// RFC 4180 CSV: a header row, then one record per row. Records end with "\n" rather than the RFC's
/// "\r\n", which is what Unix tools expect and every CSV reader (spreadsheets, Python, R, pandas,
/// DuckDB) accepts. Fields containing `,` `"` CR or LF are quoted with quotes doubled, so embedded
/// line breaks survive unchanged. Lists are joined with "; ". Data only: no title, notes or counts
/// (see `Renderer.sideNotes`). Values are written as they are: a spreadsheet may interpret a field
/// that starts with `=`.
enum CSVRenderer {
    static func render(_ table: ResultTable, maxRows: Int?) -> String {
        TextStream.collect { render(table, maxRows: maxRows, to: $0) }
    }

    /// Record by record, as the rows are produced.
    static func render(_ table: ResultTable, maxRows: Int?, to stream: TextStream) {
        let shape = TableShape(table.dataOnly, maxRows: maxRows, forPeople: false)
        guard !shape.columns.isEmpty else { return }
        stream.write(record(shape.columns.map(\.name)))
        for i in shape.rows.indices {
            if stream.stopped { return }
            stream.write(record(shape.rows[i].map(field)))
        }
    }

    /// Pre-formatted text becomes a one-column table with the header `text`.
    static func render(text: String) -> String {
        record(["text"]) + record([text])
    }

    private static func field(_ cell: Cell) -> String {
        switch cell {
        case .list(let items): return items.joined(separator: "; ")
        default: return cell.plainText
        }
    }

    private static func record(_ fields: [String]) -> String {
        // A lone empty field would be an empty line, which readers skip: quote it.
        if fields.count == 1 && fields[0].isEmpty {
            return "\"\"\n"
        }
        return fields.map(quoted).joined(separator: ",") + "\n"
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Scalar-wise replacement (no Foundation): `"` inside a grapheme such as `"\u{301}` still counts.
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
