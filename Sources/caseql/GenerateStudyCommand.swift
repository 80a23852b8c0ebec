import ArgumentParser
import CaseModel
import StudyIO
import CaseShell
#if canImport(Glibc)
import Glibc
#endif

struct GenerateStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-study",
        abstract: "Write a synthetic study with the built-in taxonomy, reproducible from a seed.")

    @Option(name: .long, parsing: .unconditional, help: "How many cases.")
    var cases: Int

    @Option(name: .long, help: "Seed of the generator: the same seed gives the same study.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "csv (a case matrix) or json (the study format).")
    var format: String = "csv"

    func validate() throws {
        guard (0...100_000_000).contains(cases) else { throw ValidationError("--cases must be a whole number from 0 to 100000000, found \(cases)") }
        guard format == "csv" || format == "json" else { throw ValidationError("--format must be csv or json") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let builtin = BuiltinStudy.load()
        if let failure = GeneratedStudyWriter.write(cases: cases, seed: seed, format: format, taxonomy: builtin.taxonomy,
                                                    attributes: builtin.attributes), !failure.isBrokenPipe {
            Diagnostics.print("caseql: error: cannot write to \(failure.destination): \(failure.reason)")
            throw ExitCode(1)
        }
    }
}
