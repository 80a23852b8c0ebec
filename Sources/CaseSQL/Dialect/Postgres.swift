extension SQLDialect {
    /// PostgreSQL: standard strings; text sorts by the database locale unless collated "C".
    public static let postgres = SQLDialect(
        name: "postgres", identifierQuote: "\"", stringEscape: .doubledQuote,
        textType: "TEXT", doubleType: "DOUBLE PRECISION", integerType: "BIGINT",
        positionFunction: "strpos", binaryCollation: "COLLATE \"C\"", stringAggregation: .stringAgg,
        bulkLoad: .psqlCopy, tableSuffix: "", extraKeywords: ["analyse", "analyze", "leading", "trailing", "placing"])
}
