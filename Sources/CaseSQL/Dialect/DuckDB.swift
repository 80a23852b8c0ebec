extension SQLDialect {
    /// DuckDB: standard strings, `string_agg … ORDER BY`, `COPY … FROM` a CSV file.
    public static let duckdb = SQLDialect(
        name: "duckdb", identifierQuote: "\"", stringEscape: .doubledQuote,
        textType: "VARCHAR", doubleType: "DOUBLE", integerType: "BIGINT",
        positionFunction: "strpos", binaryCollation: nil, stringAggregation: .stringAgg,
        bulkLoad: .copyFrom, tableSuffix: "", extraKeywords: ["pivot", "unpivot", "qualify", "summarize"])
}
