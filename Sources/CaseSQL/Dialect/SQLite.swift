extension SQLDialect {
    /// SQLite: standard strings, `instr`, binary collation by default, `group_concat`.
    public static let sqlite = SQLDialect(
        name: "sqlite", identifierQuote: "\"", stringEscape: .doubledQuote,
        textType: "TEXT", doubleType: "REAL", integerType: "INTEGER",
        positionFunction: "instr", binaryCollation: nil, stringAggregation: .groupConcatOfOrderedRows,
        bulkLoad: .sqliteImport, tableSuffix: "", extraKeywords: ["glob", "regexp", "abort", "raise"])
}
