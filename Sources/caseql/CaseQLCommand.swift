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
}

enum CaseQLVersion {
    static let string = "0.1.0"
}
