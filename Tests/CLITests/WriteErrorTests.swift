import Foundation
import Testing
import TestSupport

/// Every failed write is an error that names where and why, with exit status 1 (issue: write errors
/// were silently ignored). /dev/full fails every write with ENOSPC; `>&-` closes stdout.
@Suite struct WriteErrorTests {
    /// Runs caseql through the shell, so its stdout can be pointed at /dev/full or closed.
    func shell(_ script: String) throws -> CaseQLBinary.Result {
        try CaseQLBinary.run(executable: "/bin/sh", ["-c", script], environment: ["CASEQL": CaseQLBinary.path])
    }

    @Test(arguments: [
        "\"$CASEQL\" -c 'select firms' > /dev/full",
        "\"$CASEQL\" export-study > /dev/full",
        "\"$CASEQL\" generate-study --cases 1000 > /dev/full",
        "\"$CASEQL\" --format csv -c 'select firms' > /dev/full",
        "printf 'count firms\\n' | \"$CASEQL\" > /dev/full",
    ])
    func aFullDiskIsAnErrorForEverySubcommand(_ script: String) throws {
        let result = try shell(script)
        #expect(result.status == 1, "\(script): status \(result.status)")
        #expect(result.stderr.contains("cannot write to stdout"), "\(script): \(result.stderr)")
        #expect(result.stderr.contains("ENOSPC"))
    }

    @Test func aClosedStdoutIsAnError() throws {
        let result = try shell("\"$CASEQL\" -c 'count firms' >&-")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write to stdout"))
    }

    @Test func aFullOutputFileIsReportedAndResultsReturnToTheScreen() throws {
        let result = try CaseQLBinary.run(["-c", ".output /dev/full", "-c", "count firms", "-c", "count firms where has org"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write to '/dev/full'"), "\(result.stderr)")
        // The second result goes to the screen again.
        #expect(result.stdout == "4\n")
    }

    @Test func aClosedPipeStillEndsQuietly() throws {
        // One SIGPIPE policy for every subcommand: `| head -1` is a success, as for `-c`.
        for sub in ["-c 'select firms'", "export-study", "generate-study --cases 100000"] {
            let result = try CaseQLBinary.run(executable: "/bin/bash", ["-c", "set -o pipefail; \"$CASEQL\" \(sub) | head -1 > /dev/null"],
                                              environment: ["CASEQL": CaseQLBinary.path])
            #expect(result.status == 0, "\(sub): status \(result.status)")
            #expect(result.stderr.isEmpty, "\(sub): \(result.stderr)")
        }
    }
}

/// An export onto a disk that fills up leaves no half-written file that looks complete.
@Suite struct FullDiskExportTests {
    @Test func anExportThatDoesNotFitLeavesNothingBehind() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-tmpfs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let mounted = try CaseQLBinary.run(executable: "/bin/sh", ["-c", "mount -t tmpfs -o size=64k tmpfs '\(dir)'"])
        guard mounted.status == 0 else {
            // Mounting needs root (CI runs as root); elsewhere the test cannot run.
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("cannot mount a tmpfs: \(mounted.stderr)") }
            return
        }
        defer { _ = try? CaseQLBinary.run(executable: "/bin/sh", ["-c", "umount '\(dir)'"]) }
        let target = dir + "/study.json"
        let result = try CaseQLBinary.run(["export-study", "-o", target])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ENOSPC"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
