/// One cell of a result. Renderers decide how each kind looks (numbers right-aligned in tables,
/// unquoted in JSON); the evaluator never formats.
public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    /// A list of names (the firms of a group); joined in tables, an array in JSON.
    case list([String])
    case empty

    /// Plain text for renderers that have no richer form (CSV, table cells).
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return Cell.format(d)
        case .list(let items): return items.joined(separator: ", ")
        case .empty: return ""
        }
    }

    public var isNumeric: Bool {
        switch self {
        case .integer, .number: return true
        default: return false
        }
    }

    /// Whole numbers print without a fraction; others with up to 6 significant decimals.
    public static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var s = String(d)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}

public struct Column: Sendable, Hashable {
    /// Who a column is for: a terminal table can hold only so much, a CSV file wants everything.
    public enum Audience: Sendable, Hashable {
        case everyone
        /// Only in tables for people (a category indented to show its depth).
        case people
        /// Only in CSV and JSON (definitions, paths, parents).
        case programs
    }

    public var name: String
    /// Right-align in tables (counts, years).
    public var isNumeric: Bool
    public var audience: Audience

    public init(_ name: String, isNumeric: Bool = false, audience: Audience = .everyone) {
        self.name = name
        self.isNumeric = isNumeric
        self.audience = audience
    }
}

/// A note printed under a human-readable result, never part of the data (not in CSV or JSON rows).
public struct ResultNote: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// "not coded" means "not reported in the source": printed when a negation shapes the answer.
        case closedWorld
        case info
        case warning
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A table's rows: held, or produced one at a time on demand. A query's answer is produced (a
/// row from a case, when a renderer asks for it), so a million rows are never all in memory at
/// once; statements that build small tables by hand hold theirs.
public struct Rows: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case held([[Cell]])
        /// Every produced row has exactly one cell per column of its table.
        case produced(count: Int, row: @Sendable (Int) -> [Cell])
    }

    private let storage: Storage

    public init(_ rows: [[Cell]]) { storage = .held(rows) }

    /// `count` rows, row `i` made by `row(i)` each time it is asked for; it must give the same
    /// row every time, one cell per column.
    public init(count: Int, row: @escaping @Sendable (Int) -> [Cell]) {
        storage = .produced(count: Swift.max(0, count), row: row)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .held(let rows): return rows.count
        case .produced(let count, _): return count
        }
    }

    public subscript(i: Int) -> [Cell] {
        switch storage {
        case .held(let rows): return rows[i]
        case .produced(_, let row): return row(i)
        }
    }

    /// Produced rows are as wide as the header by construction; held ones may not be.
    public var isProduced: Bool {
        if case .produced = storage { return true }
        return false
    }

    /// Every row, in memory: for small tables and tests.
    public var held: [[Cell]] {
        switch storage {
        case .held(let rows): return rows
        case .produced: return Array(self)
        }
    }
}

/// The typed result of a statement: columns, rows and notes, independent of how it is rendered.
public struct ResultTable: Sendable, Hashable {
    public var title: String?
    public var columns: [Column]
    /// The rows, produced on demand where the table was made so (`select`); renderers read them
    /// through `rowList` one at a time.
    public var rowList: Rows
    /// Every row in memory (produced ones are made here); setting it holds the rows given.
    public var rows: [[Cell]] {
        get { rowList.held }
        set { rowList = Rows(newValue) }
        // In place, so `table.rows[r].append(…)` in a loop does not copy every row each time.
        _modify {
            var held = rowList.held
            rowList = Rows([])
            defer { rowList = Rows(held) }
            yield &held
        }
    }
    public var notes: [ResultNote]
    /// Rows that exist but were not included (a row cap); renderers must say so.
    public var hiddenRows: Int
    /// A crosstab's cells may be shaded by value; renderers that can show it do.
    public var isMatrix: Bool
    /// In a matrix, the last row and the last column are totals: shown plain, and left out of the
    /// largest value that the shading is relative to.
    public var hasTotals: Bool
    /// The totals row is for people only: CSV and JSON leave it out (the totals column is marked
    /// `.people`), so `matrix --format csv` is the case matrix itself, loadable with `--data`.
    public var totalsRowForPeople = false

    /// The rows data formats write: without a totals row that is for people only.
    public var dataOnly: ResultTable {
        guard hasTotals, totalsRowForPeople, !rowList.isEmpty else { return self }
        var table = self
        table.rows.removeLast()
        table.hasTotals = false
        return table
    }

    public init(title: String? = nil, columns: [Column], rows: [[Cell]] = [], notes: [ResultNote] = [],
                hiddenRows: Int = 0, isMatrix: Bool = false, hasTotals: Bool = false) {
        self.init(title: title, columns: columns, rowList: Rows(rows), notes: notes, hiddenRows: hiddenRows,
                  isMatrix: isMatrix, hasTotals: hasTotals)
    }

    public init(title: String? = nil, columns: [Column], rowList: Rows, notes: [ResultNote] = [],
                hiddenRows: Int = 0, isMatrix: Bool = false, hasTotals: Bool = false) {
        self.title = title
        self.columns = columns
        self.rowList = rowList
        self.notes = notes
        self.hiddenRows = hiddenRows
        self.isMatrix = isMatrix
        self.hasTotals = hasTotals
    }

    // Equal tables have equal rows, however they are stored (tests compare a produced answer
    // with a written-out one); the hash leaves rows out so it never produces them.
    public static func == (a: ResultTable, b: ResultTable) -> Bool {
        a.title == b.title && a.columns == b.columns && a.notes == b.notes && a.hiddenRows == b.hiddenRows
            && a.isMatrix == b.isMatrix && a.hasTotals == b.hasTotals && a.totalsRowForPeople == b.totalsRowForPeople
            && a.rowList.elementsEqual(b.rowList)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(columns)
        hasher.combine(rowList.count)
        hasher.combine(notes)
        hasher.combine(hiddenRows)
        hasher.combine(isMatrix)
        hasher.combine(hasTotals)
        hasher.combine(totalsRowForPeople)
    }
}

/// What a statement produces: a table, a document (explain, describe, why, show, tour, help), or
/// text that is already what it is for (a quiz's answer sheet, the queries of `tour N run`).
public enum StatementOutput: Sendable, Hashable {
    case table(ResultTable)
    case document(Document)
    /// Pre-formatted text (already in the output language); machine formats wrap it as a single value.
    case text(String)
}
