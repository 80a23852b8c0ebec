import ArgumentParser
import CaseModel
import StudyIO
import CaseShell

struct ExportStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-study",
        abstract: "Write the loaded study (the built-in one by default) in the JSON study format, or as a CSV case matrix.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv
    }

    @OptionGroup var study: StudyOptions

    @Option(help: "json: the study format, with evidence; csv: the case matrix that --data reads (codes and attributes only).")
    var format: Format = .json

    func run() throws {
        let loaded = try study.load()
        if format == .csv {
            var output = ByteOutput(fileDescriptor: 1)
            CaseMatrixWriter.write(loaded, to: &output)
            if output.failed { throw ExitCode(1) }
            return
        }
        if loaded.study.cases.count != loaded.index.count {
            Diagnostics.print("caseql: error: this study was loaded as a large case matrix without per-case records; "
                + "export it from its CSV instead")
            throw ExitCode(1)
        }
        OutputSink().write(StudyFormat.encode(loaded.study))
    }
}
