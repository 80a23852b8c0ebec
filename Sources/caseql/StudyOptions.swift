import ArgumentParser
import CaseModel
import CaseShell

/// `--data` and `--taxonomy`, shared by the shell and `export-study`.
struct StudyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load this study instead of the built-in one (a JSON study, a CSV case matrix or a REFI-QDA project).",
                                            valueName: "FILE"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("With a CSV case matrix: the taxonomy (JSON) its code columns belong to.",
                                            valueName: "FILE"))
    var taxonomy: String?

    /// The study to query, or an exit with the loader's message.
    func load() throws -> LoadedStudy {
        guard let data else {
            if taxonomy != nil {
                Diagnostics.print("caseql: error: --taxonomy needs --data with a CSV case matrix")
                throw ExitCode(2)
            }
            return .builtin()
        }
        do {
            return try LoadedStudy.load(path: data, taxonomyPath: taxonomy)
        } catch {
            Diagnostics.print(error.description)
            throw ExitCode(1)
        }
    }
}
