import Foundation
import Testing
import TestSupport

/// A plain command line (`caseql -c …`) is read by the fast start, not by ArgumentParser; `caseql run
/// …` always goes through ArgumentParser. Both must do exactly the same, errors and exit statuses
/// included.
@Suite("Fast start")
struct FastStartTests {
    static let lines: [[String]] = [
        ["-c", "count firms where financing includes crowdfunding"],
        ["-c", "count firms", "-c", "select firms where has org limit 2", "--format", "csv"],
        ["--command", "select firms limit 1", "--format", "json", "--lang", "zh"],
        ["--lang", "en", "--bail", "-c", "count firms; why navya; count firms"],
        ["-c", "count firms; why navya; count firms"],
        ["--data", "Samples/lipset-crisp.csv", "-c", "count cases where SURV"],
        ["--data", "Samples/lipset-crisp.csv", "--delimiter", ",", "-c", "count cases"],
        ["--data", "no-such-file.json", "-c", "count cases"],
        ["Samples/lipset-fuzzy.csv", "-c", "show study"],
        ["Samples/lipset-fuzzy.csv", "--data", "Samples/lipset-crisp.csv"],
        ["--no-rc", "--format", "markdown", "-c", "crosstab financing by country"],
        ["-c", "select firms wher has org"],
        ["--format", "xml", "-c", "count firms"],
        ["--lang", "fr", "-c", "count firms"],
        ["--taxonomy", "x.json", "-c", "count firms"],
    ]

    @Test(arguments: lines)
    func theFastStartDoesWhatArgumentParserDoes(_ arguments: [String]) throws {
        let fast = try CaseQLBinary.run(arguments)
        let parsed = try CaseQLBinary.run(["run"] + arguments)
        #expect(fast.status == parsed.status)
        #expect(fast.stdout == parsed.stdout)
        #expect(fast.stderr == parsed.stderr)
    }

    @Test func aScriptFileAndStdinRunAsWithArgumentParser() throws {
        let script = "count firms\nselect firms where has org limit 1\n"
        let file = NSTemporaryDirectory() + "caseql-fast-\(getpid()).cql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        for arguments in [[file], ["-"], ["--format", "csv", file]] {
            let fast = try CaseQLBinary.run(arguments, stdin: Data(script.utf8))
            let parsed = try CaseQLBinary.run(["run"] + arguments, stdin: Data(script.utf8))
            #expect(fast.status == parsed.status && fast.stdout == parsed.stdout && fast.stderr == parsed.stderr, "\(arguments)")
            #expect(fast.stdout.contains("20\n"))
        }
    }
}
