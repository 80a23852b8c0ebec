import ArgumentParser
import CaseModel
import StudyIO
import SystemIO
import CaseShell
#if canImport(Glibc)
import Glibc
#endif

struct ExportStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-study",
        abstract: "Write the loaded study (the built-in one by default) in the JSON study format.")

    @OptionGroup var study: StudyOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write to this file (through a temporary file renamed into place, so a failed export never looks complete).",
        valueName: "FILE"))
    var output: String?

    func run() throws {
        let loaded = try study.load()
        if loaded.study.cases.count != loaded.index.count {
            Diagnostics.print("caseql: error: this study was loaded as a large case matrix without per-case records; "
                + "export it from its CSV instead")
            throw ExitCode(1)
        }
        // One SIGPIPE policy for every subcommand: a closed pipe ends the write quietly.
        signal(SIGPIPE, SIG_IGN)
        let text = StudyFormat.encode(loaded.study)
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
}
