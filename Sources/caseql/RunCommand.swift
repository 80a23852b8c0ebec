import ArgumentParser
import CaseModel
import CaseQL
import CaseRender
import CaseShell
#if canImport(Glibc)
import Glibc
#endif

/// The shell: a script, `-c` statements, piped statements, or the interactive prompt.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run statements or start the shell (the default).")

    @Argument(help: ArgumentHelp("A script of statements and dot-commands to run.", valueName: "FILE"))
    var file: String?

    @Option(name: [.customShort("c"), .long], help: ArgumentHelp("Run these statements and exit.", valueName: "STATEMENTS"))
    var command: [String] = []

    @OptionGroup var study: StudyOptions

    @Option(name: .long, help: ArgumentHelp("Output format: table, csv, json or markdown.", valueName: "FORMAT"))
    var format: String = "table"

    @Option(name: .long, help: ArgumentHelp("Language of the interface and labels: en or zh (default: from the locale).",
                                            valueName: "LANG"))
    var lang: String?

    @Flag(name: .long, help: "Stop at the first error.")
    var bail = false

    @Flag(name: .long, help: "Do not run ~/.caseqlrc at interactive start-up.")
    var noRc = false

    func validate() throws {
        if file != nil, !command.isEmpty {
            throw ValidationError("give either a script FILE or -c STATEMENTS, not both")
        }
        do { _ = try OutputFormat(parsing: format) } catch { throw ValidationError(error.description) }
        if let lang, LocalizedText.Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("unknown language '\(lang)'; expected en or zh")
        }
    }

    func run() throws {
        // A closed pipe must end the program quietly, not kill it with a signal mid-write.
        signal(SIGPIPE, SIG_IGN)
        var settings = Settings()
        settings.format = (try? OutputFormat(parsing: format)) ?? .table
        settings.language = lang.flatMap { LocalizedText.Language(rawValue: $0.lowercased()) }
            ?? Localized.language(fromLocale: ["LC_ALL", "LC_MESSAGES", "LANG"].map { (name: String) in getenv(name).map { String(cString: $0) } })
        settings.bail = bail
        let session = Session(study: try study.load(), settings: settings)
        if !command.isEmpty {
            for statements in command {
                session.run(script: statements, origin: "-c")
                if session.quitRequested || (bail && session.failed) { break }
            }
        } else if let file {
            switch SourceFile.read(file) {
            case .success(let text): session.run(script: text, origin: file)
            case .failure(let problem):
                Diagnostics.print(problem.description)
                throw ExitCode(1)
            }
        } else if isatty(0) == 0 {
            switch SourceFile.readAll(0, origin: "<stdin>").flatMap({ SourceFile.decode($0, origin: "<stdin>") }) {
            case .success(let text): session.run(script: text, origin: "<stdin>")
            case .failure(let problem):
                Diagnostics.print(problem.description)
                throw ExitCode(1)
            }
        } else {
            REPL(session: session, runRC: !noRc, version: CaseQLVersion.string).run()
        }
        if session.failed { throw ExitCode(1) }
    }
}
