/// What one SQL engine needs to differ in. Everything else is the one generic SQL the compiler and
/// the exporter write; a dialect only answers these questions (as prqlc's `dialect.rs` does).
public struct SQLDialect: Sendable, Hashable {
    public enum StringEscape: Sendable, Hashable {
        /// `'it''s'`: the standard, which PostgreSQL, DuckDB and SQLite follow.
        case doubledQuote
        /// `'it\'s'`: Spark SQL reads a backslash as an escape and joins adjacent literals, so a
        /// doubled quote would silently vanish.
        case backslash
    }

    /// How the names of a group's members are joined into one text cell, in study order.
    public enum StringAggregation: Sendable, Hashable {
        /// `string_agg(x, sep ORDER BY k)`.
        case stringAgg
        /// `group_concat(x, sep)` over rows already in order: SQLite before 3.44 has no ORDER BY in
        /// aggregates, and keeps a subquery's order through a plain aggregate.
        case groupConcatOfOrderedRows
        /// `array_join` over a sorted `collect_list` of (key, value) structs.
        case sortedCollectList
    }

    public enum BulkLoad: Sendable, Hashable {
        /// `COPY t FROM 'file' (HEADER)`.
        case copyFrom
        /// psql's client-side `\copy t FROM 'file' WITH (FORMAT csv, HEADER true)`.
        case psqlCopy
        /// `CREATE TEMPORARY VIEW t (…) USING csv OPTIONS (path …)`.
        case csvView
        /// sqlite3's `.import --csv --skip 1`.
        case sqliteImport
    }

    public var name: String
    public var identifierQuote: Character
    public var stringEscape: StringEscape
    public var textType: String
    public var doubleType: String
    public var integerType: String
    /// `f(haystack, needle)` giving the 1-based position of needle, 0 when absent.
    public var positionFunction: String
    /// Appended to a text sort key so text orders by code point, as caseql does (PostgreSQL
    /// otherwise sorts by the database's locale).
    public var binaryCollation: String?
    public var stringAggregation: StringAggregation
    /// Code tests as correlated `EXISTS` rather than `case_no IN (subquery)`: Spark 4.3 answered
    /// `not (… or case_no IN (…))` inside a grouped query with no rows at all (found by the
    /// cross-engine test), while EXISTS is two-valued by definition.
    public var correlatedExists = false
    public var bulkLoad: BulkLoad
    /// Appended to `CREATE TABLE (…)` (Spark needs a data source).
    public var tableSuffix: String
    /// Words this engine will not take as a bare identifier, beyond the common ones.
    public var extraKeywords: Set<String>

    public static let all: [SQLDialect] = [.duckdb, .postgres, .sqlite, .spark]

    public static func named(_ name: String) -> SQLDialect? {
        all.first { $0.name == name.lowercased() } ?? (name.lowercased() == "postgresql" ? .postgres : nil)
    }
}

extension SQLDialect {
    /// An identifier, quoted when it is not a plain lower-case word or is a keyword.
    public func identifier(_ name: String) -> String {
        if SQLDialect.isPlain(name), !SQLDialect.commonKeywords.contains(name), !extraKeywords.contains(name) {
            return name
        }
        let q = String(identifierQuote)
        return q + name.replacing(q, with: q + q) + q
    }

    public func string(_ text: String) -> String {
        switch stringEscape {
        case .doubledQuote:
            return "'" + text.replacing("'", with: "''") + "'"
        case .backslash:
            return "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
        }
    }

    /// A number literal every engine reads as the same value: whole numbers without a point,
    /// others in the shortest form that round-trips.
    public func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    public func literal(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let i): return String(i)
        case .double(let d): return d.isFinite ? number(d) : "NULL"
        case .text(let s): return string(s)
        }
    }

    public func type(_ type: SQLColumnType) -> String {
        switch type {
        case .text: return textType
        case .double: return doubleType
        case .integer: return integerType
        }
    }

    /// `CREATE INDEX` for the layout's join columns; none for Spark, which has no indexes.
    func createIndexes() -> String {
        guard bulkLoad != .csvView else { return "" }
        return RelationalLayout.indexes.map { index in
            "CREATE INDEX \(identifier(index.table + "_" + index.column)) ON \(identifier(index.table)) (\(identifier(index.column)));\n"
        }.joined()
    }

    /// `expr` as a text sort key in code-point order.
    func textSortKey(_ expr: String) -> String {
        binaryCollation.map { "lower(\(expr)) \($0)" } ?? "lower(\(expr))"
    }

    static func isPlain(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Reserved in at least one of the four engines (and names that mean something in a query).
    static let commonKeywords: Set<String> = [
        "all", "and", "any", "array", "as", "asc", "between", "both", "by", "case", "cast", "check", "collate",
        "column", "constraint", "create", "cross", "current_date", "current_time", "current_user", "default",
        "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists", "false", "fetch", "for",
        "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner", "insert", "intersect",
        "interval", "into", "is", "join", "key", "left", "like", "limit", "natural", "not", "null", "of",
        "offset", "on", "only", "or", "order", "outer", "primary", "references", "right", "row", "rows",
        "select", "set", "some", "table", "then", "to", "true", "union", "unique", "update", "user", "using",
        "values", "when", "where", "window", "with", "year", "month", "day", "hour", "minute", "second",
    ]
}

/// A value as the exporter writes it.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int)
    case double(Double)
    case text(String)
}

public enum SQLColumnType: Sendable, Hashable {
    case text, double, integer
}
