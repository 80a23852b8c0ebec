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
