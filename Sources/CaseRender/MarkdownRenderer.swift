import QueryResult

/// A GitHub-flavoured Markdown pipe table, padded by display width so the source reads well too.
/// In cells `|` becomes `\|`, line breaks become `<br>` and other control characters visible
/// escapes. Numeric columns are right-aligned (`---:`). The title is a bold line above; the
/// hidden-row count and the notes follow as italic paragraphs. Pre-formatted text is written as is.
enum MarkdownRenderer {
    static func render(_ table: ResultTable, maxRows: Int?) -> String {
        TextStream.collect { render(table, maxRows: maxRows, to: $0) }
    }

    /// Paragraphs are separated by a blank line; the table is written a row at a time.
    static func render(_ table: ResultTable, maxRows: Int?, to stream: TextStream) {
        let shape = TableShape(table, maxRows: maxRows, forPeople: true)
        var paragraphs = 0
        func paragraph(_ text: String) {
            stream.write(paragraphs == 0 ? text : "\n" + text)
            paragraphs += 1
        }
        if let title = table.title {
            paragraph("**" + inline(title) + "**\n")
        }
        if !shape.columns.isEmpty {
            if paragraphs > 0 { stream.write("\n") }
            paragraphs += 1
            pipeTable(shape, to: stream)
        }
        if let hidden = shape.hiddenRowsMessage {
            paragraph("*" + inline(hidden) + "*\n")
        }
        for note in table.notes {
            paragraph("*" + inline(note.labelled) + "*\n")
        }
        if paragraphs == 0 { stream.write("\n") }
    }

    static func render(text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }

    /// Two passes over the rows: the first measures every cell (and learns which columns hold only
    /// numbers), the second makes the cells again and writes them, so no rendered text is held.
    private static func pipeTable(_ shape: TableShape, to stream: TextStream) {
        let header = shape.columns.map { cell($0.name) }
        var widths = header.map { max(3, displayWidth($0)) }
        var alignment = ColumnAlignment(shape.columns)
        for i in shape.rows.indices {
            for (index, value) in shape.rows[i].enumerated() {
                alignment.add(value, column: index)
                widths[index] = max(widths[index], displayWidth(cell(value.plainText)))
            }
        }
        let rightAligned = alignment.rightAligned
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
        stream.write(line(header))
        stream.write("| " + delimiter.joined(separator: " | ") + " |\n")
        for i in shape.rows.indices {
            if stream.stopped { return }
            stream.write(line(shape.rows[i].map { cell($0.plainText) }))
        }
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
