/// A study as one SQL script for a dialect: the tables (dropped first, so a re-run replaces them)
/// and their rows as multi-row INSERTs in batches, inside one transaction where the engine has them.
public struct SQLScript: Sendable {
    public let rows: StudyRows
    public let dialect: SQLDialect
    /// Rows per INSERT: large enough to load quickly, small enough for every engine's parser.
    public var batchSize = 500

    public init(rows: StudyRows, dialect: SQLDialect) {
        self.rows = rows
        self.dialect = dialect
    }

    /// Calls `write` with the script a batch at a time.
    public func write(_ write: (String) -> Void) {
        let transactional = dialect.name != "spark"
        write("-- caseql study export (\(dialect.name)): see docs/sql.md for the layout\n")
        if transactional { write("BEGIN;\n") }
        for table in rows.layout.tables {
            write(createTable(table))
            var batch: [String] = []
            func flush() {
                guard !batch.isEmpty else { return }
                let columns = table.columns.map { dialect.identifier($0.name) }.joined(separator: ", ")
                write("INSERT INTO \(dialect.identifier(table.name)) (\(columns)) VALUES\n  "
                      + batch.joined(separator: ",\n  ") + ";\n")
                batch.removeAll(keepingCapacity: true)
            }
            rows.forEachRow(of: table.name) { row in
                batch.append("(" + row.map(dialect.literal).joined(separator: ", ") + ")")
                if batch.count == batchSize { flush() }
            }
            flush()
        }
        write(dialect.createIndexes())
        if transactional { write("COMMIT;\n") }
    }

    func createTable(_ table: TableSchema) -> String {
        let columns = table.columns.map { column in
            "  \(dialect.identifier(column.name)) \(dialect.type(column.type))"
                + (column.nullable || dialect.name == "spark" ? "" : " NOT NULL")
        }
        let name = dialect.identifier(table.name)
        return "DROP TABLE IF EXISTS \(name);\nCREATE TABLE \(name) (\n" + columns.joined(separator: ",\n")
            + "\n)\(dialect.tableSuffix);\n"
    }
}
