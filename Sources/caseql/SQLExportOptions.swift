import ArgumentParser
import CaseModel
import CaseShell
import CaseSQL

/// `export-study --format sql --dialect D [--output DIR]`: the study in the relational layout of
/// docs/sql.md, as one script (stdout) or as CSV files with a loader (DIR/load.sql).
struct SQLExportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("json (the study format) or sql.", valueName: "FORMAT"))
    var format: String = "json"

    @Option(name: .long, help: ArgumentHelp("With --format sql: duckdb, postgres, sqlite or spark.", valueName: "DIALECT"))
    var dialect: String?

    @Option(name: .long, help: ArgumentHelp("With --format sql: write CSV files and load.sql into this folder (duckdb, postgres, spark).",
                                            valueName: "DIR"))
    var output: String?

    func validate() throws {
        guard format == "json" || format == "sql" else { throw ValidationError("--format must be json or sql") }
        if format == "json", dialect != nil || output != nil { throw ValidationError("--dialect and --output go with --format sql") }
        if format == "sql" {
            guard let dialect else { throw ValidationError("--format sql needs --dialect duckdb|postgres|sqlite|spark") }
            if SQLDialect.named(dialect) == nil { throw ValidationError("unknown dialect '\(dialect)'; expected duckdb, postgres, sqlite or spark") }
        }
    }

    /// Writes the SQL export; false when the format is JSON, which the caller writes.
    func export(_ loaded: LoadedStudy) throws -> Bool {
        guard format == "sql", let dialect = dialect.flatMap(SQLDialect.named) else { return false }
        let rows = StudyRows(loaded)
        if let output {
            do {
                let loader = try CSVExport(rows: rows, dialect: dialect).write(to: output)
                Diagnostics.print("caseql: wrote \(loader) and one CSV file per table")
            } catch {
                Diagnostics.print("caseql: error: \(error.description)")
                throw ExitCode(1)
            }
        } else {
            let sink = OutputSink()
            SQLScript(rows: rows, dialect: dialect).write { sink.write($0) }
        }
        return true
    }
}
