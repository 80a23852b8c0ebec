import ArgumentParser
import CaseModel
import StudyIO
import SystemIO
import CaseShell
import Foundation
import REFIQDA
import CaseSQL
#if canImport(Glibc)
import Glibc
#endif

struct ExportStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-study",
        abstract: "Write the loaded study (the built-in one by default) in the JSON study format, as a CSV case matrix, as REFI-QDA or as SQL.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, qdpx, qde, qdc, sql
    }

    @OptionGroup var study: StudyOptions

    @Option(help: "json: the study format, with evidence; csv: the case matrix that --data reads (codes and attributes only); qdpx (a REFI-QDA project), qde (its XML alone, texts inline), qdc (the codebook); sql (the relational layout of docs/sql.md, with --dialect).")
    var format: Format = .json

    @Option(name: .long, help: ArgumentHelp("With --format sql: duckdb, postgres, sqlite or spark.", valueName: "DIALECT"))
    var dialect: String?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write to this file (through a temporary file renamed into place, so a failed export never looks complete).",
        valueName: "FILE"))
    var output: String?

    func validate() throws {
        if format == .sql {
            guard let dialect else { throw ValidationError("--format sql needs --dialect duckdb|postgres|sqlite|spark") }
            if SQLDialect.named(dialect) == nil { throw ValidationError("unknown dialect '\(dialect)'; expected duckdb, postgres, sqlite or spark") }
        } else if dialect != nil {
            throw ValidationError("--dialect goes with --format sql")
        }
    }

    func run() throws {
        var loaded = try study.load()
        if format == .sql, let dialect = dialect.flatMap(SQLDialect.named) {
            signal(SIGPIPE, SIG_IGN)
            try SQLExportOptions.export(loaded, dialect: dialect, directory: output)
            return
        }
        if format == .csv, output == nil {
            signal(SIGPIPE, SIG_IGN)
            // Streamed: a million-case matrix is never one string.
            var bytes = ByteOutput(fileDescriptor: 1)
            CaseMatrixWriter.write(loaded, to: &bytes)
            bytes.flush()
            if let failure = bytes.failure, !failure.isBrokenPipe {
                Diagnostics.print("caseql: error: cannot write to stdout: \(failure.reason)")
                throw ExitCode(1)
            }
            return
        }
        if [.json, .qde, .qdpx].contains(format), loaded.study.cases.count != loaded.index.count {
            // A large study loaded straight to columns (a big matrix, or a big JSON study of plain
            // cases) has no records; its cases are rebuilt from the index, which holds everything
            // such a study had: names, attribute values, codes (none of them had evidence).
            loaded.study.cases = loaded.makeCases()
        }
        // One SIGPIPE policy for every subcommand: a closed pipe ends the write quietly.
        signal(SIGPIPE, SIG_IGN)
        let text: String
        switch format {
        case .json: text = StudyFormat.encode(loaded.study)
        case .csv:
            var bytes = ByteOutput()
            CaseMatrixWriter.write(loaded, to: &bytes)
            text = String(decoding: bytes.bytes, as: UTF8.self)
        case .qde: text = REFIQDA.encodeProject(loaded.study)
        case .qdc: text = REFIQDA.encodeCodebook(loaded.study.taxonomy)
        case .qdpx: return try writeArchive(try REFIQDA.encodeArchive(loaded.study))
        case .sql: return  // written above
        }
        if let output {
            do {
                try FileWriting.replaceFile(at: output) { write throws(FileWriteError) in try write(text) }
            } catch {
                Diagnostics.print("caseql: error: cannot write to '\(error.destination)': \(error.reason); nothing was written")
                throw ExitCode(1)
            }
            return
        }
        if let problem = OutputSink().write(text) {
            Diagnostics.print("caseql: error: " + problem)
            throw ExitCode(1)
        }
    }

    /// A `.qdpx` is bytes, not text: to stdout, or to `--output` written atomically (a temporary file
    /// renamed into place, as for the text formats).
    private func writeArchive(_ bytes: [UInt8]) throws {
        if let output {
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Diagnostics.print("caseql: error: cannot write to '\(output)': \(error.localizedDescription); nothing was written")
                throw ExitCode(1)
            }
            return
        }
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
        } catch {
            // A closed pipe (`… | head -c 100`) ends the write quietly, as for text.
            if (error as NSError).code == Int(EPIPE) { return }
            Diagnostics.print("caseql: error: cannot write to stdout: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
