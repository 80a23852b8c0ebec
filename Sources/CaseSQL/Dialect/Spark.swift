extension SQLDialect {
    /// Spark SQL: backquoted identifiers, backslash escapes in strings, tables need a data source.
    public static let spark: SQLDialect = {
        var d = SQLDialect(
            name: "spark", identifierQuote: "`", stringEscape: .backslash,
            textType: "STRING", doubleType: "DOUBLE", integerType: "BIGINT",
            positionFunction: "instr", binaryCollation: nil, stringAggregation: .sortedCollectList,
            bulkLoad: .csvView, tableSuffix: " USING parquet", extraKeywords: ["anti", "semi", "minus", "lateral", "rlike"])
        d.correlatedExists = true
        return d
    }()
}
