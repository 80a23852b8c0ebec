import ArgumentParser
import CaseModel
import CaseShell
import Foundation
import REFIQDA

struct ExportStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-study",
        abstract: "Write the loaded study (the built-in one by default) in the JSON study format or as REFI-QDA.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, qdpx, qde, qdc
    }

    @OptionGroup var study: StudyOptions

    @Option(help: "json (the study format), qdpx (a REFI-QDA project), qde (its XML alone, texts inline) or qdc (the codebook).")
    var format: Format = .json

    func run() throws {
        let loaded = try study.load()
        if loaded.study.cases.count != loaded.index.count {
            Diagnostics.print("caseql: error: this study was loaded as a large case matrix without per-case records; "
                + "export it from its CSV instead")
            throw ExitCode(1)
        }
        switch format {
        case .json: OutputSink().write(StudyFormat.encode(loaded.study))
        case .qde: OutputSink().write(REFIQDA.encodeProject(loaded.study))
        case .qdc: OutputSink().write(REFIQDA.encodeCodebook(loaded.study.taxonomy))
        case .qdpx: FileHandle.standardOutput.write(Data(try REFIQDA.encodeArchive(loaded.study)))
        }
    }
}
