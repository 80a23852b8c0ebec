import QueryResult

/// The human-readable form: a title, a box-drawn table aligned by display width, a row count and
/// the notes. Every piece of data passes through `VisibleEscaping` before it is measured or printed.
struct BoxTableRenderer {
    let options: RenderOptions

    /// Text columns are never wrapped narrower than this (unless their content is narrower).
    static let minimumWrapWidth = 8

    private struct PreparedCell {
        var text: String
        /// Matrix shading level for colour, 0 for none.
        var level: Int
        /// Measured once: display width is the costly part of rendering big tables.
        var width: Int

        init(text: String, level: Int = 0) {
            self.text = text
            self.level = level
            self.width = displayWidth(text)
        }
    }

    func render(_ table: ResultTable) -> String {
        TextStream.collect { render(table, to: $0) }
    }

    func render(_ table: ResultTable, to stream: TextStream) {
        let shape = TableShape(table, maxRows: options.maxRows, forPeople: true)
        // A single value (`count firms`) is the answer itself, as in sqlite's shell: no box.
        if table.title == nil, !table.isMatrix, shape.columns.count == 1, shape.rows.count == 1, shape.hiddenRows == 0 {
            let only = shape.rows[0]
            if only.count == 1, only[0].isNumeric {
                stream.write(VisibleEscaping.cell(only[0].plainText) + "\n")
                for note in table.notes {
                    stream.write(VisibleEscaping.text(note.labelled) + "\n")
                }
                return
            }
        }
        if let title = table.title {
            stream.write(VisibleEscaping.cell(title) + "\n")
        }
        if !shape.columns.isEmpty {
            box(shape, isMatrix: table.isMatrix, hasTotals: table.hasTotals, to: stream)
            if stream.stopped { return }
        }
        stream.write(footer(shape) + "\n")
        for note in table.notes {
            stream.write(VisibleEscaping.text(note.labelled) + "\n")
        }
    }

    private func footer(_ shape: TableShape) -> String {
        if let hidden = shape.hiddenRowsMessage {
            return hidden
        }
        switch shape.rows.count {
        case 0: return "(0 rows)"
        case 1: return "1 row"
        case let n: return "\(n) rows"
        }
    }

    /// Two passes over the rows: the first measures every cell (and learns which columns hold only
    /// numbers), the second makes each row again, lays it out and writes it. No rendered row is
    /// kept, so a table of a million rows takes no more memory than one of ten.
    private func box(_ shape: TableShape, isMatrix: Bool, hasTotals: Bool, to stream: TextStream) {
        let rowCount = shape.rows.count
        // Totals would always be the largest values and leave every inner cell pale. A matrix is
        // a crosstab, small by its cell limit: its cells are read once more for the maximum.
        let shading = isMatrix
            ? MatrixShading(rows: shape.rows.prefix(hasTotals ? rowCount - 1 : rowCount).map { hasTotals ? Array($0.dropLast()) : $0 })
            : nil
        func prepared(_ r: Int, _ row: [Cell]) -> [PreparedCell] {
            row.enumerated().map { c, cell in
                let isTotal = hasTotals && (r == rowCount - 1 || c == row.count - 1)
                if let shading, !isTotal, let shaded = shading.shade(cell) {
                    return PreparedCell(text: shaded.text, level: shaded.level)
                }
                return PreparedCell(text: VisibleEscaping.cell(cell.plainText))
            }
        }
        let header = shape.columns.map { PreparedCell(text: VisibleEscaping.cell($0.name)) }
        var natural = header.map(\.width)
        var alignment = ColumnAlignment(shape.columns)
        for r in 0..<rowCount {
            let row = shape.rows[r]
            for (c, cell) in row.enumerated() { alignment.add(cell, column: c) }
            for (c, cell) in prepared(r, row).enumerated() { natural[c] = max(natural[c], cell.width) }
        }
        let rightAligned = alignment.rightAligned
        if isMatrix, let maxWidth = options.maxWidth {
            // A matrix is small by its cell limit, so it is laid out in memory: it may need a legend
            // or panels to fit, which only a look at all of it can decide.
            let body = (0..<rowCount).map { prepared($0, shape.rows[$0]) }
            stream.write(matrix(header: header, body: body, rightAligned: rightAligned, hasTotals: hasTotals, maxWidth: maxWidth))
            return
        }
        let widths = columnWidths(natural: natural, header: header, rowCount: rowCount, cells: { prepared($0, shape.rows[$0]) },
                                  rightAligned: rightAligned)

        stream.write(rule("┌", "┬", "┐", widths))
        stream.write(rowLines(header, widths: widths, rightAligned: rightAligned))
        if rowCount > 0 {
            stream.write(rule("├", "┼", "┤", widths))
            for r in 0..<rowCount {
                if stream.stopped { return }
                stream.write(rowLines(prepared(r, shape.rows[r]), widths: widths, rightAligned: rightAligned))
            }
        }
        stream.write(rule("└", "┴", "┘", widths))
    }

    // MARK: matrices on narrow terminals

    /// A matrix never breaks to fit: its row labels and counts are not wrapped. First its value
    /// columns get short headers (A, B, …) explained in a legend under the table; if it is still too
    /// wide, it is shown in panels of columns, each with the row labels.
    private static func naturalWidths(header: [PreparedCell], body: [[PreparedCell]]) -> [Int] {
        var natural = header.map(\.width)
        for row in body {
            for (index, cell) in row.enumerated() { natural[index] = max(natural[index], cell.width) }
        }
        return natural
    }

    /// Replaces the headers of the value columns (not the row labels, not `total`) by letters where
    /// they are wider than the column's cells; returns the legend.
    private func abbreviateColumns(_ header: inout [PreparedCell], body: [[PreparedCell]], maxWidth: Int, hasTotals: Bool) -> String {
        let values = 1..<(hasTotals ? header.count - 1 : header.count)
        var entries: [String] = []
        for (n, column) in values.enumerated() {
            let code = Self.letters(n)
            entries.append("\(code) = \(header[column].text)")
            header[column] = PreparedCell(text: code)
        }
        // The legend wraps at the terminal's width between entries; an entry is never split.
        var lines: [String] = []
        var line = "columns:"
        for (n, entry) in entries.enumerated() {
            let piece = " " + entry + (n < entries.count - 1 ? "," : "")
            if line != "columns:", line != " ", displayWidth(line + piece) > maxWidth {
                lines.append(line)
                line = " "
            }
            line += piece
        }
        lines.append(line)
        return lines.map { VisibleEscaping.text($0) + "\n" }.joined()
    }

    /// A, B, …, Z, AA, AB, …
    static func letters(_ n: Int) -> String {
        let scalars = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return n < 26 ? String(scalars[n]) : letters(n / 26 - 1) + String(scalars[n % 26])
    }

    /// The column indices of each panel: the row labels (column 0) and as many following columns as
    /// fit; one panel when everything fits (or nothing but one column would).
    private func matrixPanels(header: [PreparedCell], body: [[PreparedCell]], maxWidth: Int) -> [[Int]] {
        let natural = Self.naturalWidths(header: header, body: body)
        guard natural.reduce(3 * natural.count + 1, +) > maxWidth, natural.count > 2 else { return [Array(natural.indices)] }
        var panels: [[Int]] = []
        var current = [0]
        var used = 1 + natural[0] + 3
        for column in 1..<natural.count {
            if used + natural[column] + 3 > maxWidth, current.count > 1 {
                panels.append(current)
                current = [0]
                used = 1 + natural[0] + 3
            }
            current.append(column)
            used += natural[column] + 3
        }
        panels.append(current)
        return panels
    }

    /// The matrix laid out to fit `maxWidth`: short headers with a legend, then panels.
    private func matrix(header: [PreparedCell], body: [[PreparedCell]], rightAligned: [Bool], hasTotals: Bool,
                        maxWidth: Int) -> String {
        var header = header
        var legend = ""
        if header.count > 2, Self.naturalWidths(header: header, body: body).reduce(3 * header.count + 1, +) > maxWidth {
            legend = abbreviateColumns(&header, body: body, maxWidth: maxWidth, hasTotals: hasTotals)
        }
        let panels = matrixPanels(header: header, body: body, maxWidth: maxWidth)
        guard panels.count > 1 else { return box(header: header, body: body, rightAligned: rightAligned) + legend }
        // Panels line up: the narrower ones get a wider label column.
        let parts = panels.map { columns in
            (header: columns.map { header[$0] }, body: body.map { row in columns.map { row[$0] } },
             rightAligned: columns.map { rightAligned[$0] })
        }
        let widths = parts.map { fitted(header: $0.header, body: $0.body, rightAligned: $0.rightAligned) }
        let widest = widths.map { $0.reduce(3 * $0.count + 1, +) }.max() ?? 0
        return zip(parts, widths).map { part, widths in
            var widths = widths
            widths[0] += widest - widths.reduce(3 * widths.count + 1, +)
            return box(header: part.header, body: part.body, rightAligned: part.rightAligned, widths: widths)
        }.joined() + legend
    }

    private func fitted(header: [PreparedCell], body: [[PreparedCell]], rightAligned: [Bool]) -> [Int] {
        columnWidths(natural: Self.naturalWidths(header: header, body: body), header: header, rowCount: body.count,
                     cells: { body[$0] }, rightAligned: rightAligned)
    }

    private func box(header: [PreparedCell], body: [[PreparedCell]], rightAligned: [Bool], widths given: [Int]? = nil) -> String {
        let widths = given ?? fitted(header: header, body: body, rightAligned: rightAligned)
        var out = rule("┌", "┬", "┐", widths)
        out += rowLines(header, widths: widths, rightAligned: rightAligned)
        if !body.isEmpty {
            out += rule("├", "┼", "┤", widths)
            for row in body { out += rowLines(row, widths: widths, rightAligned: rightAligned) }
        }
        return out + rule("└", "┴", "┘", widths)
    }

    /// The natural widths, or narrower ones that fit `maxWidth`. Only then are the cells read again
    /// (for their widest grapheme, which a column cannot be narrower than).
    private func columnWidths(natural: [Int], header: [PreparedCell], rowCount: Int, cells: (Int) -> [PreparedCell],
                              rightAligned: [Bool]) -> [Int] {
        guard let maxWidth = options.maxWidth else { return natural }
        let frame = 3 * natural.count + 1
        guard natural.reduce(frame, +) > maxWidth else { return natural }
        // Numbers never wrap; text columns keep room for their widest grapheme.
        var widestGrapheme = Array(repeating: 1, count: natural.count)
        func measure(_ row: [PreparedCell]) {
            for (index, cell) in row.enumerated() where !rightAligned[index] {
                for character in cell.text {
                    widestGrapheme[index] = max(widestGrapheme[index], graphemeWidth(character))
                }
            }
        }
        measure(header)
        for r in 0..<rowCount { measure(cells(r)) }
        let floors = natural.indices.map { index -> Int in
            rightAligned[index] ? natural[index] : min(natural[index], max(Self.minimumWrapWidth, widestGrapheme[index]))
        }
        return shrink(natural, floors: floors, toFit: maxWidth - frame)
    }

    /// Narrows the widest shrinkable column first, so short columns stay intact.
    private func shrink(_ natural: [Int], floors: [Int], toFit budget: Int) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) - budget
        while excess > 0 {
            let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            let nextWidest = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let step = max(1, min(excess, widths[widest] - max(nextWidest, floors[widest])))
            widths[widest] -= step
            excess -= step
        }
        return widths
    }

    private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
    }

    private func rowLines(_ cells: [PreparedCell], widths: [Int], rightAligned: [Bool]) -> String {
        let wrapped: [[(text: String, width: Int)]] = cells.indices.map { column in
            let cell = cells[column]
            if cell.width <= widths[column] {
                return [(cell.text, cell.width)]
            }
            return wrapLines(cell.text, width: widths[column]).map { ($0, displayWidth($0)) }
        }
        let height = wrapped.map(\.count).max() ?? 1
        var out = ""
        for lineIndex in 0..<height {
            out += "│"
            for column in cells.indices {
                let (text, width) = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ("", 0)
                let padding = String(repeating: " ", count: max(0, widths[column] - width))
                let content = " " + (rightAligned[column] ? padding + text : text + padding) + " "
                if options.color, let colour = MatrixShading.colour(forLevel: cells[column].level) {
                    out += colour + content + MatrixShading.reset
                } else {
                    out += content
                }
                out += "│"
            }
            out += "\n"
        }
        return out
    }
}
