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

/// The typed result of a statement: columns, rows and notes, independent of how it is rendered.
public struct ResultTable: Sendable, Hashable {
    public var title: String?
    public var columns: [Column]
    public var rows: [[Cell]]
    public var notes: [ResultNote]
    /// Rows that exist but were not included (a row cap); renderers must say so.
    public var hiddenRows: Int
    /// A crosstab's cells may be shaded by value; renderers that can show it do.
    public var isMatrix: Bool
    /// In a matrix, the last row and the last column are totals: shown plain, and left out of the
    /// largest value that the shading is relative to.
    public var hasTotals: Bool

    public init(title: String? = nil, columns: [Column], rows: [[Cell]] = [], notes: [ResultNote] = [],
                hiddenRows: Int = 0, isMatrix: Bool = false, hasTotals: Bool = false) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.hiddenRows = hiddenRows
        self.isMatrix = isMatrix
        self.hasTotals = hasTotals
    }
}

/// What a statement produces: a table, a document (explain, describe, why, show, tour), or text
/// meant for people (help, until it too is a document).
public enum StatementOutput: Sendable, Hashable {
    case table(ResultTable)
    case document(Document)
    /// Pre-formatted text (already in the output language); machine formats wrap it as a single value.
    case text(String)
}
