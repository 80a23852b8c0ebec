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
        let shape = TableShape(table, maxRows: options.maxRows, forPeople: true)
        var out = ""
        // A single value (`count firms`) is the answer itself, as in sqlite's shell: no box.
        if table.title == nil, !table.isMatrix, shape.columns.count == 1, shape.rows.count == 1,
           shape.hiddenRows == 0, shape.rows[0].count == 1, shape.rows[0][0].isNumeric {
            out = VisibleEscaping.cell(shape.rows[0][0].plainText) + "\n"
            for note in table.notes {
                out += VisibleEscaping.text(note.labelled) + "\n"
            }
            return out
        }
        if let title = table.title {
            out += VisibleEscaping.cell(title) + "\n"
        }
        if !shape.columns.isEmpty {
            out += box(shape, isMatrix: table.isMatrix, hasTotals: table.hasTotals)
        }
        out += footer(shape) + "\n"
        for note in table.notes {
            out += VisibleEscaping.text(note.labelled) + "\n"
        }
        return out
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

    private func box(_ shape: TableShape, isMatrix: Bool, hasTotals: Bool) -> String {
        // Totals would always be the largest values and leave every inner cell pale.
        let inner = hasTotals ? shape.rows.dropLast().map { Array($0.dropLast()) } : shape.rows
        let shading = isMatrix ? MatrixShading(rows: inner) : nil
        let header = shape.columns.map { PreparedCell(text: VisibleEscaping.cell($0.name)) }
        let body: [[PreparedCell]] = shape.rows.enumerated().map { r, row in
            row.enumerated().map { c, cell in
                let isTotal = hasTotals && (r == shape.rows.count - 1 || c == row.count - 1)
                if let shading, !isTotal, let shaded = shading.shade(cell) {
                    return PreparedCell(text: shaded.text, level: shaded.level)
                }
                return PreparedCell(text: VisibleEscaping.cell(cell.plainText))
            }
        }
        let rightAligned = shape.columns.indices.map(shape.isRightAligned)
        let widths = columnWidths(header: header, body: body, rightAligned: rightAligned)

        var out = rule("┌", "┬", "┐", widths)
        out += rowLines(header, widths: widths, rightAligned: rightAligned)
        if !body.isEmpty {
            out += rule("├", "┼", "┤", widths)
            for row in body {
                out += rowLines(row, widths: widths, rightAligned: rightAligned)
            }
        }
        out += rule("└", "┴", "┘", widths)
        return out
    }

    private func columnWidths(header: [PreparedCell], body: [[PreparedCell]], rightAligned: [Bool]) -> [Int] {
        var natural = header.map(\.width)
        for row in body {
            for (index, cell) in row.enumerated() {
                natural[index] = max(natural[index], cell.width)
            }
        }
        guard let maxWidth = options.maxWidth else { return natural }
        let frame = 3 * natural.count + 1
        guard natural.reduce(frame, +) > maxWidth else { return natural }
        // Numbers never wrap; text columns keep room for their widest grapheme.
        let floors = natural.indices.map { index -> Int in
            if rightAligned[index] {
                return natural[index]
            }
            var widestGrapheme = 1
            for cell in [header[index]] + body.map({ $0[index] }) {
                for character in cell.text {
                    widestGrapheme = max(widestGrapheme, graphemeWidth(character))
                }
            }
            return min(natural[index], max(Self.minimumWrapWidth, widestGrapheme))
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
