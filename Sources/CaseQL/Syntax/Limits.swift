/// Hard limits that turn hostile input into errors instead of crashes or hangs.
public enum Limits {
    /// Parenthesis and `not` nesting; recursion deeper than this is refused.
    public static let maxNesting = 256
    /// Bytes in one statement.
    public static let maxStatementBytes = 1 << 20
    /// Characters in one string literal or name.
    public static let maxStringLength = 4096
    /// Items in one `in (…)`/`includes any (…)` list.
    public static let maxListItems = 10_000
    /// The largest number a query may write: 2^53 − 1, the last integer whose neighbours are exact
    /// in a Double (a larger literal would be silently rounded).
    public static let maxNumber: Double = 9_007_199_254_740_991
    public static let maxLimit = 1_000_000_000
    /// Keys of one `order by`.
    public static let maxSortKeys = 32
    /// Conditions of a truth table: 2^12 configurations stay readable and fast.
    public static let maxConditions = 12
    /// Cells of one crosstab (rows × columns, the totals aside). A matrix beyond this is no longer
    /// something to read, and its table would not fit in memory (100,000 categories crossed with
    /// themselves are 10^10 cells): it is refused with an error at the statement (`CrosstabLimit`).
    public static let maxCrosstabCells = 1_000_000
    /// With `show NOUN` each cell lists up to 100 names, so a hundredth as many cells.
    public static let maxCrosstabNameCells = 10_000
}
