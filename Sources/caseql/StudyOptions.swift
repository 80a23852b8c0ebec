import ArgumentParser
import CaseModel
import CaseShell
import StudyIO

/// `--data` and `--taxonomy`, shared by the shell and `export-study`.
struct StudyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load this study instead of the built-in one (a JSON study, a CSV case matrix, a REFI-QDA project, or postgresql://USER@HOST:PORT/DB).",
                                            valueName: "FILE|URL"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("With a CSV case matrix: the taxonomy (JSON) its code columns belong to.",
                                            valueName: "FILE"))
    var taxonomy: String?

    @Option(name: .long, help: ArgumentHelp("With a case matrix: the field separator (default: read off the file; , ; tab |).",
                                            valueName: "C"))
    var delimiter: String?

    /// The study to query, or an exit with the loader's message.
    func load() throws -> LoadedStudy {
        try StudySelection(data: data, taxonomy: taxonomy, delimiter: delimiter).load()
    }
}

/// `--data`, `--taxonomy` and `--delimiter` as plain values (the fast start makes them without
/// ArgumentParser), and the one place they turn into a loaded study.
struct StudySelection {
    var data: String?
    var taxonomy: String?
    var delimiter: String?

    /// The study to query, or an exit with the loader's message.
    func load() throws -> LoadedStudy {
        try open().loaded
    }

    /// The study with the engine that answers its queries where it lives in a database.
    func open() throws -> OpenedStudy {
        guard let data else {
            if taxonomy != nil {
                Diagnostics.print("caseql: error: --taxonomy needs --data with a CSV case matrix")
                throw ExitCode(64)
            }
            return OpenedStudy(StudyLoader.builtin())
        }
        var options = StudyLoader.Options(taxonomyPath: taxonomy)
        if let delimiter {
            let named: [String: UInt8] = ["tab": 0x09, "\\t": 0x09, "\t": 0x09, ",": 0x2C, ";": 0x3B, "|": 0x7C]
            guard let separator = named[delimiter.lowercased()] ?? (delimiter.utf8.count == 1 ? delimiter.utf8.first : nil) else {
                Diagnostics.print("caseql: error: --delimiter takes one character (or 'tab'), found '\(delimiter)'")
                throw ExitCode(64)
            }
            options.separator = separator
        }
        do {
            let opened = try StudySource.open(data, options: options)
            opened.loaded.notes.forEach { Diagnostics.print("note: \($0)") }
            return opened
        } catch {
            Diagnostics.print(error.rendered)
            throw ExitCode(1)
        }
    }
}
