import ArgumentParser
import CaseModel
import CaseShell
import CaseSQL

struct ExportStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-study",
        abstract: "Write the loaded study (the built-in one by default) in the JSON study format, or as SQL.")

    @OptionGroup var study: StudyOptions

    @OptionGroup var sql: SQLExportOptions

    func run() throws {
        let loaded = try study.load()
        if try sql.export(loaded) { return }
        if loaded.study.cases.count != loaded.index.count {
            Diagnostics.print("caseql: error: this study was loaded as a large case matrix without per-case records; "
                + "export it from its CSV instead")
            throw ExitCode(1)
        }
        OutputSink().write(StudyFormat.encode(loaded.study))
    }
}
