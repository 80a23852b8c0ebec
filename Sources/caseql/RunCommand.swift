import ArgumentParser
import CaseModel
import CaseQL
import CaseRender
import CaseShell
import StudyIO
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

    /// The same options as plain values, which the fast start (FastStart.swift) also makes.
    var options: RunOptions {
        RunOptions(file: file, commands: command,
                   study: StudySelection(data: study.data, taxonomy: study.taxonomy, delimiter: study.delimiter),
                   format: format, lang: lang, bail: bail, noRc: noRc)
    }

    func validate() throws {
        if let problem = options.problem { throw ValidationError(problem) }
    }

    func run() throws {
        try options.run()
    }
}

/// What `caseql [run]` was asked to do, however its command line was read: by ArgumentParser
/// (RunCommand) or by the fast start of a plain one-shot command line (FastStart).
struct RunOptions {
    var file: String?
    var commands: [String] = []
    var study = StudySelection()
    var format = "table"
    var lang: String?
    var bail = false
    var noRc = false

    /// What is wrong with the options as a whole (a usage error), or nil.
    var problem: String? {
        if let file, !commands.isEmpty, !StudyLoader.looksLikeStudy(file) {
            return "give either a script FILE or -c STATEMENTS, not both"
        }
        do { _ = try OutputFormat(parsing: format) } catch { return error.description }
        if let lang, LocalizedText.Language(rawValue: lang.lowercased()) == nil {
            return "unknown language '\(lang)'; expected en or zh"
        }
        return nil
    }

    func run() throws {
        // A closed pipe must end the program quietly, not kill it with a signal mid-write.
        signal(SIGPIPE, SIG_IGN)
        var settings = Settings()
        settings.format = (try? OutputFormat(parsing: format)) ?? .table
        settings.language = lang.flatMap { LocalizedText.Language(rawValue: $0.lowercased()) }
            ?? Localized.language(fromLocale: ["LC_ALL", "LC_MESSAGES", "LANG"].map { (name: String) in getenv(name).map { String(cString: $0) } })
        settings.bail = bail
        // A crosstab in a 70-column terminal must fit it, from `-c` as at the prompt.
        settings.maxWidth = Settings.tableWidthFromEnvironment()
        // `caseql study.json` opens the study, as `sqlite3 file.db` opens its database.
        var study = self.study
        var script = file
        if let file, StudyLoader.looksLikeStudy(file) {
            if study.data != nil {
                Diagnostics.print("caseql: error: '\(file)' is a study and --data names another; give one of them")
                throw ExitCode(64)
            }
            study.data = file
            script = nil
        }
        let session = Session(opened: try study.open(), settings: settings)
        if !commands.isEmpty {
            for statements in commands {
                session.run(script: statements, origin: "-c")
                if session.quitRequested || session.outputGone || (bail && session.failed) { break }
            }
        } else if let file = script, file != "-" {
            switch SourceFile.read(file) {
            case .success(let text): session.run(script: text, origin: file)
            case .failure(let problem):
                Diagnostics.print(problem.description)
                throw ExitCode(1)
            }
        } else if script == "-" || isatty(0) == 0 {
            // `caseql -` reads the script from stdin, as other shells do.
            switch SourceFile.read("-") {
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
