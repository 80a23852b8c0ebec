import QueryResult

/// A GitHub-flavoured Markdown pipe table, padded by display width so the source reads well too.
/// In cells `|` becomes `\|`, line breaks become `<br>` and other control characters visible
/// escapes. Numeric columns are right-aligned (`---:`). The title is a bold line above; the
/// hidden-row count and the notes follow as italic paragraphs. Pre-formatted text is written as is.
enum MarkdownRenderer {
    static func render(_ table: ResultTable, maxRows: Int?) -> String {
        let shape = TableShape(table, maxRows: maxRows, forPeople: true)
        var paragraphs: [String] = []
        if let title = table.title {
            paragraphs.append("**" + inline(title) + "**\n")
        }
        if !shape.columns.isEmpty {
            paragraphs.append(pipeTable(shape))
        }
        if let hidden = shape.hiddenRowsMessage {
            paragraphs.append("*" + inline(hidden) + "*\n")
        }
        for note in table.notes {
            paragraphs.append("*" + inline(note.labelled) + "*\n")
        }
        return paragraphs.isEmpty ? "\n" : paragraphs.joined(separator: "\n")
    }

    static func render(text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }

    private static func pipeTable(_ shape: TableShape) -> String {
        let header = shape.columns.map { cell($0.name) }
        let body = shape.rows.map { row in row.map { cell($0.plainText) } }
        let rightAligned = shape.columns.indices.map(shape.isRightAligned)
        var widths = header.map { max(3, displayWidth($0)) }
        for row in body {
            for (index, text) in row.enumerated() {
                widths[index] = max(widths[index], displayWidth(text))
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { index -> String in
                let padding = String(repeating: " ", count: max(0, widths[index] - displayWidth(cells[index])))
                return rightAligned[index] ? padding + cells[index] : cells[index] + padding
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let delimiter = widths.indices.map { index in
            rightAligned[index] ? String(repeating: "-", count: widths[index] - 1) + ":" : String(repeating: "-", count: widths[index])
        }
        var out = line(header)
        out += "| " + delimiter.joined(separator: " | ") + " |\n"
        for row in body {
            out += line(row)
        }
        return out
    }

    /// A table cell: one line, pipes escaped.
    private static func cell(_ text: String) -> String {
        if text.isPrintableASCII && !text.utf8.contains(UInt8(ascii: "|")) {
            return text
        }
        let oneLine = text.replacingAll("\r\n", with: "<br>").replacingAllScalars(in: ["\n", "\r"], with: "<br>")
        return VisibleEscaping.cell(oneLine).replacingAll(Unicode.Scalar("|"), with: #"\|"#)
    }

    /// Text inside emphasis: one line, with the characters that would end the emphasis escaped.
    static func inline(_ text: String) -> String {
        var out = VisibleEscaping.cell(text.replacingAll("\r\n", with: " ").replacingAllScalars(in: ["\n"], with: " "))
        for special in ["\\", "*", "_", "`"] as [Unicode.Scalar] {
            out = out.replacingAll(special, with: "\\" + String(special))
        }
        return out
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    func replacingAllScalars(in targets: Set<Unicode.Scalar>, with replacement: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if targets.contains(scalar) {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
