import ArgumentParser
import CaseModel
import CaseShell
import CaseSQL

/// `export-study --format sql --dialect D [-o DIR]`: the study in the relational layout of
/// docs/sql.md, as one script (stdout) or as CSV files with a loader (DIR/load.sql).
enum SQLExportOptions {
    static func export(_ loaded: LoadedStudy, dialect: SQLDialect, directory: String?) throws {
        let rows = StudyRows(loaded)
        if let directory {
            do {
                let loader = try CSVExport(rows: rows, dialect: dialect).write(to: directory)
                Diagnostics.print("caseql: wrote \(loader) and one CSV file per table")
            } catch {
                Diagnostics.print("caseql: error: \(error.description)")
                throw ExitCode(1)
            }
            return
        }
        let sink = OutputSink()
        var problem: String?
        SQLScript(rows: rows, dialect: dialect).write { text in
            if problem == nil, let p = sink.write(text) { problem = p }
        }
        if let problem {
            Diagnostics.print("caseql: error: " + problem)
            throw ExitCode(1)
        }
    }
}
