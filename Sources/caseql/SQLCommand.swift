import ArgumentParser
import CaseModel
import CaseShell
import CaseSQL
#if canImport(Glibc)
import Glibc
#endif
import CaseQL

/// `caseql sql [--dialect D] -c STATEMENTS`: the SQL a statement compiles to, for running on an
/// engine that holds the study in the layout of docs/sql.md (`caseql export-study --format sql`).
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print the SQL that select and count statements compile to (see docs/sql.md).")

    @Option(name: [.customShort("c"), .long], help: ArgumentHelp("The statements to compile.", valueName: "STATEMENTS"))
    var command: [String] = []

    @Option(name: .long, help: ArgumentHelp("duckdb, postgres, sqlite or spark.", valueName: "DIALECT"))
    var dialect: String = "duckdb"

    @OptionGroup var study: StudyOptions

    func validate() throws {
        if SQLDialect.named(dialect) == nil { throw ValidationError("unknown dialect '\(dialect)'; expected duckdb, postgres, sqlite or spark") }
        if command.isEmpty { throw ValidationError("give the statements to compile with -c") }
    }

    func run() throws {
        let loaded = try study.load()
        let compiler = StatementCompiler(study: loaded.study, index: loaded.index, dialect: SQLDialect.named(dialect) ?? .duckdb)
        var out = ""
        for source in command {
            do {
                for statement in try compiler.compile(source) { out += statement + ";\n" }
            } catch {
                _ = OutputSink().write(out)
                Diagnostics.print(DiagnosticRenderer.render(error, source: source, origin: "-c"))
                throw ExitCode(1)
            }
        }
        signal(SIGPIPE, SIG_IGN)
        if let problem = OutputSink().write(out) {
            Diagnostics.print("caseql: error: " + problem)
            throw ExitCode(1)
        }
    }
}
