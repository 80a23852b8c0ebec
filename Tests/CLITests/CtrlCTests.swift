import Foundation
import Testing
import TestSupport

/// Issue 12 item 7: Ctrl-C stops a long `.read` and a long result write at once and says what it
/// stopped; the shell goes on with the same study.
@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed; terminal tests skipped"))
struct CtrlCTests {
    func startShell() throws -> TerminalSession {
        let session = try TerminalSession(arguments: ["--no-rc"], width: 100, height: 40)
        try session.waitForLine("caseql>")
        return session
    }

    /// Seconds from Ctrl-C until the screen shows `text`.
    func secondsUntil(_ shell: TerminalSession, _ text: String) throws -> Double {
        let pressed = Date()
        try shell.press("C-c")
        try shell.waitFor(text, timeout: 30)
        return Date().timeIntervalSince(pressed)
    }

    @Test func ctrlCStopsAMillionStatementRead() throws {
        // A million statements: splitting them all first took seconds before the first one ran.
        let path = try temporaryFile("million.cql", String(repeating: "count firms where has org\n", count: 1_000_000))
        let shell = try startShell()
        try shell.type(".output /dev/null")
        try shell.press("Enter")
        try shell.type(".read '\(path)'")
        try shell.press("Enter")
        usleep(300_000)
        let seconds = try secondsUntil(shell, "interrupted: \(path) stopped before line")
        // The bound is 0.2 s; the screen is polled every 50 ms through tmux.
        #expect(seconds < 0.6, "Ctrl-C answered after \(seconds) s")
        try shell.type(".output")
        try shell.press("Enter")
        try shell.type("count firms")
        try shell.press("Enter")
        try shell.waitFor("caseql> count firms\n20\n")
    }

    @Test func ctrlCStopsALongWrite() throws {
        let csv = try CaseQLBinary.run(["generate-study", "--cases", "150000", "--format", "csv"], timeout: 120)
        let path = try temporaryFile("big.csv", csv.stdout)
        let shell = try TerminalSession(arguments: ["--no-rc", "--data", path], width: 100, height: 40)
        try shell.waitForLine("caseql>", timeout: 60)
        try shell.type(".maxrows 0")
        try shell.press("Enter")
        try shell.type("select cases")
        try shell.press("Enter")
        // Rows are arriving: the write is under way.
        try shell.waitFor("│ Case 0", timeout: 120)
        let seconds = try secondsUntil(shell, "interrupted: output stopped after")
        #expect(seconds < 1.0, "Ctrl-C answered after \(seconds) s")
        let screen = try shell.waitForLine("caseql>", timeout: 10)
        #expect(!screen.hasSuffix("150000 rows\ncaseql>"))
        try shell.type("count cases")
        try shell.press("Enter")
        try shell.waitFor("caseql> count cases\n150000\n")
    }
}

/// Issue 12 item 9: the 1 MiB limit is per statement, not per line.
@Suite struct StatementLimitTests {
    @Test func aMillionStatementsOnOneLineRun() throws {
        let line = String(repeating: "count firms;", count: 100_000) + "why navya;" + String(repeating: "count firms where has org;", count: 100) + "\n"
        #expect(line.utf8.count > 1 << 20)
        let result = try CaseQLBinary.run([try temporaryFile("one-line.cql", line)], timeout: 120)
        let counts = result.stdout.split(separator: "\n")
        #expect(counts.count == 100_100, "\(result.stderr.prefix(300))")
        #expect(counts.filter { $0 == "4" }.count == 100)
        #expect(result.status == 1)
        // The error names its real column in the whole line: `why navya` is statement 100,001.
        #expect(result.stderr.hasPrefix("one-line.cql:1:\(100_000 * 12 + 10): error: ") || result.stderr.contains(":1:\(100_000 * 12 + 10): error: "),
                "\(result.stderr.prefix(300))")
    }

    @Test func aStatementLongerThanTheLimitIsStillRefused() throws {
        let line = "count firms where name = '" + String(repeating: "x", count: 1_100_000) + "'; count firms\n"
        let result = try CaseQLBinary.run([try temporaryFile("too-long.cql", line)], timeout: 60)
        #expect(result.stderr.contains("error: input too long"))
        #expect(result.stdout == "20\n")
    }
}
