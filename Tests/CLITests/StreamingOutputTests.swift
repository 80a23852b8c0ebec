import Foundation
import Testing
import TestSupport

/// A big answer streams (issue: every row was rendered into memory before the first was written,
/// 352 MB for a million rows as CSV, and `| head -1` waited for all of them): printing all cases
/// costs no more memory than loading them, and a reader that goes away ends the run at once.
@Suite(.serialized) struct StreamingOutputTests {
    static let cases = 100_000

    /// A generated study of `cases` cases, written once for the suite.
    static let study: String? = {
        let path = NSTemporaryDirectory() + "caseql-streaming-\(getpid()).csv"
        guard let generated = try? CaseQLBinary.run(["generate-study", "--cases", String(cases), "--seed", "7", "--format", "csv"],
                                                    timeout: 300),
              generated.status == 0,
              FileManager.default.createFile(atPath: path, contents: generated.stdoutBytes) else { return nil }
        return path
    }()

    /// Peak resident memory in KB of caseql run by the shell with `arguments`, its output dropped.
    func peakKB(_ arguments: String, study: String) throws -> Int? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
        let result = try CaseQLBinary.run(executable: "/bin/sh", ["-c", "/usr/bin/time -f 'peak %M' \"$CASEQL\" --data \"$STUDY\" \(arguments) > /dev/null"],
                                          environment: ["CASEQL": CaseQLBinary.path, "STUDY": study], timeout: 300)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let line = result.stderr.split(separator: "\n").last { $0.hasPrefix("peak ") }
        return line.flatMap { Int($0.dropFirst(5)) }
    }

    @Test(arguments: ["--format csv", "--format table"])
    func printingEveryCaseCostsNoMoreThanLoadingThem(_ format: String) throws {
        let study = try #require(Self.study, "cannot generate the study")
        guard let loaded = try peakKB("-c 'count cases'", study: study),
              let printed = try peakKB("\(format) -c 'select cases'", study: study) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("/usr/bin/time is needed") }
            return
        }
        // Held in memory, 100,000 rows took 35 MB as CSV and 60 MB as a table above the loaded
        // study; streamed, they take the chunk being written.
        #expect(printed - loaded < 10_000, "\(format): \(printed) KB printing, \(loaded) KB loading")
    }

    @Test(arguments: ["--format csv", "--format table"])
    func aReaderThatStopsEndsTheRunQuietly(_ format: String) throws {
        let study = try #require(Self.study, "cannot generate the study")
        let result = try CaseQLBinary.run(executable: "/bin/bash",
                                          ["-c", "set -o pipefail; \"$CASEQL\" --data \"$STUDY\" \(format) -c 'select cases' | head -1"],
                                          environment: ["CASEQL": CaseQLBinary.path, "STUDY": study], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(format == "--format csv" ? "name," : "┌"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }
}
