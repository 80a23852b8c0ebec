import ArgumentParser
import CaseModel
import CaseShell

@main
struct CaseQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseql",
        abstract: "Query a coded multi-case study: an interactive shell and a small query language.",
        discussion: """
            With no FILE and no -c, caseql starts an interactive shell on the study (the built-in study of \
            20 innovative SMEs unless --data names another); statements piped on stdin run without a prompt.
            """,
        version: CaseQLVersion.string,
        subcommands: [RunCommand.self, ExportStudyCommand.self, GenerateStudyCommand.self, SQLCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// A plain one-shot command line starts without ArgumentParser (FastStart.swift).
    /// `caseql --help` shows the default command's options too (-c, --data, --format …): they are what
    /// most people type, and ArgumentParser's root help lists only the subcommands.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let options = FastStart.options(arguments) { FastStart.run(options) }
        guard arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] else {
            main(nil)
            return
        }
        var run = helpMessage(for: RunCommand.self).replacing("USAGE: caseql run ", with: "USAGE: caseql ", maxReplacements: 1)
        // Its overview repeats the subcommand list's line; start at its usage.
        if let usage = run.firstRange(of: "USAGE:") { run = String(run[usage.lowerBound...]) }
        print(helpMessage())
        print("\nWITHOUT A SUBCOMMAND (the same as 'caseql run'):\n")
        print(run)
    }
}
