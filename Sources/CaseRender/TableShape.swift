import QueryResult

/// A result table as renderers see it: rows after the row cap, every row as wide as the header,
/// and an honest count of what was left out. Rows are made as they are read (`rows[i]`), never all
/// at once: renderers go through them one at a time and write as they go.
struct TableShape {
    let columns: [Column]
    let rows: ShapeRows
    /// Rows not shown: cut by `RenderOptions.maxRows` plus those the evaluator already left out.
    let hiddenRows: Int

    /// `forPeople`: a table or Markdown (the columns for people), else CSV or JSON (those for programs).
    init(_ table: ResultTable, maxRows: Int?, forPeople: Bool) {
        let excluded: Column.Audience = forPeople ? .programs : .people
        let kept: [Int]? = table.columns.contains(where: { $0.audience != .everyone })
            ? table.columns.indices.filter { table.columns[$0].audience != excluded } : nil
        var columns = kept.map { $0.map { table.columns[$0] } } ?? table.columns
        let source = table.rowList
        let shownCount = min(source.count, max(0, maxRows ?? Int.max))
        // A row longer than the header would otherwise lose cells silently: give it unnamed
        // columns. Produced rows are as wide as the header, so only held ones need looking at.
        var width = columns.count
        if !source.isProduced {
            for row in source {
                width = max(width, kept.map { k in k.count { $0 < row.count } } ?? row.count)
            }
        }
        while columns.count < width {
            columns.append(Column(""))
        }
        self.columns = columns
        self.rows = ShapeRows(source: source, kept: kept, width: width, count: shownCount)
        self.hiddenRows = (source.count - shownCount) + max(0, table.hiddenRows)
    }

    var totalRows: Int { rows.count + hiddenRows }

    /// "… 20 of 23 rows hidden", or nil when every row is shown.
    var hiddenRowsMessage: String? {
        guard hiddenRows > 0 else { return nil }
        return "… \(hiddenRows) of \(totalRows) \(totalRows == 1 ? "row" : "rows") hidden"
    }
}

/// The rows of a `TableShape`: the shown ones, each cut to the audience's columns and padded to
/// the header's width when it is read.
struct ShapeRows: RandomAccessCollection {
    let source: Rows
    let kept: [Int]?
    let width: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> [Cell] {
        var row = source[i]
        if let kept {
            row = kept.filter { $0 < row.count }.map { row[$0] }
        }
        if row.count < width {
            row += repeatElement(Cell.empty, count: width - row.count)
        }
        return row
    }
}

/// Which columns to right-align, learnt in the same pass that measures the cells: a column the
/// evaluator marked numeric, or one whose every non-empty cell is a number.
struct ColumnAlignment {
    private var marked: [Bool]
    private var sawNumber: [Bool]
    private var sawText: [Bool]

    init(_ columns: [Column]) {
        marked = columns.map(\.isNumeric)
        sawNumber = Array(repeating: false, count: columns.count)
        sawText = Array(repeating: false, count: columns.count)
    }

    mutating func add(_ cell: Cell, column: Int) {
        switch cell {
        case .integer, .number: sawNumber[column] = true
        case .empty: break
        case .text, .list: sawText[column] = true
        }
    }

    var rightAligned: [Bool] {
        marked.indices.map { marked[$0] || (sawNumber[$0] && !sawText[$0]) }
    }
}

extension ResultNote {
    /// "note: …" or "warning: …", as printed under a table or on stderr.
    var labelled: String {
        switch kind {
        case .closedWorld, .info: return "note: \(text)"
        case .warning: return "warning: \(text)"
        }
    }
}
