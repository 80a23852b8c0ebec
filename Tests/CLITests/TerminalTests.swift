import Foundation
import Testing

/// The interactive shell in a real terminal (tmux), typed at as a person would: Tab, Up, Ctrl-C,
/// multi-line input, Chinese, Ctrl-D, and a restart that must bring the history back.
///
/// Without tmux these tests are skipped with a message, except in CI (env CI set), where the
/// set-up installs tmux and its absence is a failure.
@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed; terminal tests skipped"))
struct TerminalTests {
    static let prompt = "caseql> "

    /// A session at its first prompt.
    func startShell(home: URL? = nil, arguments: [String] = ["--no-rc"]) throws -> TerminalSession {
        let session = try TerminalSession(arguments: arguments, home: home)
        try session.waitFor("Enter \".help\" for usage hints")
        try session.waitForLine("caseql>")
        return session
    }

    @Test func bannerAndPrompt() throws {
        let shell = try startShell()
        let screen = try shell.screen()
        #expect(screen.contains("caseql 0.1.0 — 20 firms, 5 dimensions"))
        #expect(screen.contains("Study: Smart Specialization of SMEs"))
    }

    @Test func tabCompletesKeywordsAndCategories() throws {
        let shell = try startShell()
        try shell.type("sel")
        try shell.press("Tab")
        try shell.waitForLine(Self.prompt + "select")
        try shell.type("firms where financing includes crowdf")
        try shell.press("Tab")
        try shell.waitForLine(Self.prompt + "select firms where financing includes crowdfunding")
        try shell.press("Enter")
        let screen = try shell.waitFor("1 row")
        #expect(screen.contains("NOVA INNOVATION"))
    }

    @Test func longResultsAreCappedAtThePromptAndSaySo() throws {
        let shell = try startShell()
        try shell.type(".maxrows 3")
        try shell.press("Enter")
        try shell.type("select firms order by founded")
        try shell.press("Enter")
        let screen = try shell.waitFor("… 17 of 20 rows hidden")
        #expect(screen.contains("FILTRINE MANUFACTURING"))
        #expect(!screen.contains("NOVA INNOVATION"))
    }

    @Test func tabListsTheCandidatesWhenAmbiguous() throws {
        let shell = try startShell()
        try shell.type("select firms where country = united")
        try shell.press("Tab", "Tab")
        let screen = try shell.waitFor("\"United Kingdom\"")
        #expect(screen.contains("\"United States\""))
        // The common prefix was inserted, quote and all.
        try shell.waitForLine(Self.prompt + "select firms where country = \"United")
    }

    @Test func chineseNamesComplete() throws {
        let shell = try startShell()
        try shell.type("select firms where 融资渠道 includes 众")
        try shell.press("Tab")
        try shell.waitForLine(Self.prompt + "select firms where 融资渠道 includes 众筹")
        try shell.press("Enter")
        #expect(try shell.waitFor("1 row").contains("NOVA INNOVATION"))
    }

    @Test func historyComesBackAfterARestartChineseIncluded() throws {
        let chinese = "select firms where 融资渠道 includes 众筹"
        let first = try startShell()
        first.keepHome()
        let home = first.home
        defer { try? FileManager.default.removeItem(at: home) }
        try first.type(chinese)
        try first.press("Enter")
        try first.waitFor("1 row")
        try first.type("count firms")
        try first.press("Enter")
        try first.waitFor("caseql> count firms\n20\n")
        try first.press("Up")
        try first.waitForLine(Self.prompt + "count firms")
        try first.press("C-u", "C-d")
        #expect(try first.waitForExit() == 0)

        let file = home.appendingPathComponent("state/caseql/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains(chinese + "\n") && saved.contains("count firms\n"))

        let second = try startShell(home: home)
        try second.press("Up")
        try second.waitForLine(Self.prompt + "count firms")
        try second.press("Up")
        try second.waitForLine(Self.prompt + chinese)
        try second.press("Enter")
        #expect(try second.waitFor("1 row").contains("NOVA INNOVATION"))
    }

    @Test func ctrlCAbandonsTheInputAndTheShellKeepsRunning() throws {
        let shell = try startShell()
        try shell.type("select fir")
        try shell.press("C-c")
        try shell.waitForLine("caseql>")
        // Also in the middle of a statement typed over several lines.
        try shell.type("select firms where")
        try shell.press("Enter")
        try shell.waitForLine("   ...>")
        try shell.press("C-c")
        try shell.waitForLine("caseql>")
        #expect(try shell.exitStatus() == nil)
        try shell.type("count firms")
        try shell.press("Enter")
        try shell.waitFor("caseql> count firms\n20\n")
        // Abandoned input is not history.
        try shell.type(".history")
        try shell.press("Enter")
        let screen = try shell.waitFor("2  .history")
        #expect(screen.contains("1  count firms"))
        #expect(!screen.contains("1  select"))
    }

    @Test func aStatementTypedOverTwoLinesRunsAndIsOneHistoryEntry() throws {
        let shell = try startShell()
        try shell.type("select firms where")
        try shell.press("Enter")
        try shell.waitForLine("   ...>")
        try shell.type("  financing includes crowdfunding")
        try shell.press("Enter")
        #expect(try shell.waitFor("1 row").contains("NOVA INNOVATION"))
        try shell.press("Up")
        try shell.waitForLine(Self.prompt + "select firms where financing includes crowdfunding")
        let saved = try String(contentsOf: shell.home.appendingPathComponent("state/caseql/history"), encoding: .utf8)
        #expect(saved.contains("select firms where\\n  financing includes crowdfunding\n"))
    }

    @Test func ctrlDExitsWithStatusZeroEvenAfterAnError() throws {
        let shell = try startShell()
        try shell.type("selct firms")
        try shell.press("Enter")
        try shell.waitFor("did you mean 'select'?")
        try shell.waitForLine("caseql>")
        try shell.press("C-d")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func dotQuitLeaves() throws {
        let shell = try startShell()
        try shell.type(".quit")
        try shell.waitForLine(Self.prompt + ".quit")
        try shell.press("Enter")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func rcFileRunsAtStartUpUnlessSkipped() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-rc-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try ".mode csv\ncount firms where nosuch includes x\n".write(
            to: home.appendingPathComponent(".caseqlrc"), atomically: true, encoding: .utf8)

        let shell = try startShell(home: home, arguments: [])
        #expect(try shell.screen().contains(home.path + "/.caseqlrc:2:19: error: unknown dimension 'nosuch'"))
        try shell.type("count firms")
        try shell.press("Enter")
        try shell.waitFor("count\n20")  // .mode csv from the rc file

        let skipped = try startShell(home: home, arguments: ["--no-rc"])
        #expect(!(try skipped.screen().contains(".caseqlrc")))
    }

    @Test func tourPagesOneStepAtATime() throws {
        let shell = try startShell()
        try shell.type("tour")
        try shell.press("Enter")
        try shell.waitFor("Press Enter to continue, q to stop")
        #expect(!(try shell.screen().contains("── 2 of")))
        try shell.press("Enter")
        try shell.waitFor("── 2 of")
        try shell.type("q")
        try shell.press("Enter")
        try shell.waitForLine("caseql>")
        #expect(!(try shell.screen().contains("── 3 of")))
    }
}

/// In CI the terminal tests must run: a missing tmux fails there instead of skipping quietly.
@Suite struct TerminalTestsAvailability {
    @Test func tmuxIsInstalledInCI() {
        if ProcessInfo.processInfo.environment["CI"] != nil, let reason = TerminalSession.unavailableReason {
            Issue.record("CI is set but \(reason)")
        }
    }
}
