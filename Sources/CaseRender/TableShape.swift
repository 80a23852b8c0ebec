import QueryResult

/// A result table as renderers see it: rows after the row cap, every row as wide as the header,
/// and an honest count of what was left out.
struct TableShape {
    let columns: [Column]
    let rows: [[Cell]]
    /// Rows not shown: cut by `RenderOptions.maxRows` plus those the evaluator already left out.
    let hiddenRows: Int

    /// `forPeople`: a table or Markdown (the columns for people), else CSV or JSON (those for programs).
    init(_ table: ResultTable, maxRows: Int?, forPeople: Bool) {
        let table = table.columns.contains(where: { $0.audience != .everyone }) ? table.only(forPeople: forPeople) : table
        let shownCount = min(table.rows.count, max(0, maxRows ?? Int.max))
        // A row longer than the header would otherwise lose cells silently: give it unnamed columns.
        let width = table.rows.reduce(table.columns.count) { max($0, $1.count) }
        var columns = table.columns
        while columns.count < width {
            columns.append(Column(""))
        }
        self.columns = columns
        self.rows = table.rows.prefix(shownCount).map { row in
            row.count == width ? row : row + Array(repeating: Cell.empty, count: width - row.count)
        }
        self.hiddenRows = (table.rows.count - shownCount) + max(0, table.hiddenRows)
    }

    var totalRows: Int { rows.count + hiddenRows }

    /// "… 20 of 23 rows hidden", or nil when every row is shown.
    var hiddenRowsMessage: String? {
        guard hiddenRows > 0 else { return nil }
        return "… \(hiddenRows) of \(totalRows) \(totalRows == 1 ? "row" : "rows") hidden"
    }

    /// Right-align a column the evaluator marked numeric, or one whose every non-empty cell is a number.
    func isRightAligned(_ column: Int) -> Bool {
        if columns[column].isNumeric {
            return true
        }
        var sawNumber = false
        for row in rows {
            switch row[column] {
            case .integer, .number: sawNumber = true
            case .empty: continue
            case .text, .list: return false
            }
        }
        return sawNumber
    }
}

extension ResultTable {
    /// The table without the columns meant for the other audience.
    func only(forPeople: Bool) -> ResultTable {
        let excluded: Column.Audience = forPeople ? .programs : .people
        let kept = columns.indices.filter { columns[$0].audience != excluded }
        var copy = self
        copy.columns = kept.map { columns[$0] }
        copy.rows = rows.map { row in kept.filter { $0 < row.count }.map { row[$0] } }
        return copy
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
