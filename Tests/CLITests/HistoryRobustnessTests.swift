import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The history under stress, and a shell's signals, through the real binary in real terminals:
/// shells sharing one HOME, history files that are not plain writable files, SIGTERM.
@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed; terminal tests skipped"))
struct HistoryRobustnessTests {
    private func startShell(home: URL? = nil) throws -> TerminalSession {
        let session = try TerminalSession(home: home)
        try session.waitForLine("caseql>")
        return session
    }

    @Test func threeShellsTypingInTurnKeepEveryStatementInOrder() throws {
        let first = try startShell()
        first.keepHome()
        let home = first.home
        defer { try? FileManager.default.removeItem(at: home) }
        let shells = [first, try startShell(home: home), try startShell(home: home)]
        let file = home.appendingPathComponent("state/caseql/history")

        var typed: [String] = []
        for round in 1...3 {
            for (number, shell) in shells.enumerated() {
                let statement = "count firms where founded > \(1900 + 10 * round + number)"
                try shell.type(statement)
                try shell.press("Enter")
                typed.append(statement)
                // The next shell types once this one has saved (before it runs the statement).
                try waitUntil("\(statement) in the history file") { Self.entries(in: file).contains(statement) }
                try shell.waitForLine("caseql>")
            }
        }
        for shell in shells {
            try shell.press("C-d")
            #expect(try shell.waitForExit() == 0)
        }
        #expect(Self.entries(in: file) == typed)
        // A shell started afterwards recalls the last statement typed in any of them.
        let later = try startShell(home: home)
        try later.press("Up")
        try later.waitForLine("caseql> " + typed[typed.count - 1])
    }

    @Test func aFIFOAsTheHistoryFileIsRefusedAndTheShellStarts() throws {
        let home = try Self.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(mkfifo(home.appendingPathComponent(".caseql_history").path, 0o600) == 0)
        // Opening a FIFO without a writer used to block start-up for good.
        let shell = try startShell(home: home)
        #expect(try shell.screen().contains("/.caseql_history: it is a FIFO, not a regular file; history will not be saved"))
        try shell.type("count firms")
        try shell.press("Enter")
        try shell.waitFor("caseql> count firms\n20\n")
        try shell.press("C-d")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func aReadOnlyHistoryFileIsWarnedAboutOnceAndLeftAsItIs() throws {
        let home = try Self.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(".caseql_history")
        let before = "#caseql-history v1\ncount firms where has org\n"
        try before.write(to: file, atomically: false, encoding: .utf8)
        chmod(file.path, 0o400)
        let shell = try startShell(home: home)
        try shell.press("Up")
        try shell.waitForLine("caseql> count firms where has org")
        try shell.press("C-u")
        for statement in ["count firms", "select firms limit 1"] {
            try shell.type(statement)
            try shell.press("Enter")
            try shell.waitFor("caseql> " + statement + "\n")
        }
        try shell.press("C-d")
        #expect(try shell.waitForExit() == 0)
        #expect(try shell.screen().components(separatedBy: "is read-only; history will not be saved").count == 2)
        #expect(try String(contentsOf: file, encoding: .utf8) == before)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue == 0o400)
    }

    @Test func aSymlinkedHistoryIsWrittenThroughItsLinkKeepingUndecodableLinesAndLosingStaleTemporaries() throws {
        let home = try Self.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let dotfiles = home.appendingPathComponent("dotfiles")
        try FileManager.default.createDirectory(at: dotfiles, withIntermediateDirectories: true)
        let target = dotfiles.appendingPathComponent("caseql_history")
        // A Latin-1 line (not UTF-8) that an old editor left.
        let latin1 = Data("select firms where country = \"Espa".utf8) + Data([0xF1, 0x61, 0x22, 0x0A])
        try (Data("#caseql-history v1\n".utf8) + latin1).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: home.appendingPathComponent(".caseql_history").path,
                                                   withDestinationPath: "dotfiles/caseql_history")
        // What a save killed before its rename leaves behind.
        let stale = dotfiles.appendingPathComponent(".caseql_history.tmp-\(try Self.deadProcessID())-42")
        try Data("#caseql-history v1\npartial".utf8).write(to: stale)

        let shell = try startShell(home: home)
        try shell.type("count firms")
        try shell.press("Enter")
        try shell.waitFor("caseql> count firms\n20\n")
        try shell.press("C-d")
        #expect(try shell.waitForExit() == 0)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: home.appendingPathComponent(".caseql_history").path)
                == "dotfiles/caseql_history")
        #expect(try Data(contentsOf: target) == Data("#caseql-history v1\n".utf8) + latin1 + Data("count firms\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func sigtermEndsCaseqlButNotTheShellThatStartedIt() throws {
        // The pane runs `sh -c '…; caseql …; echo $? > status'`: no job control, so caseql is in
        // the shell's process group, where libedit used to re-send the signal.
        let shell = try startShell()
        try shell.type("select firms wh")
        try shell.waitForLine("caseql> select firms wh")
        let pid = try #require(Self.processID(home: shell.home))
        let terminal = open("/proc/\(pid)/fd/0", O_RDWR | O_NOCTTY)
        defer { close(terminal) }
        var settings = termios()
        #expect(tcgetattr(terminal, &settings) == 0)
        #expect(settings.c_lflag & tcflag_t(ICANON) == 0, "libedit has the terminal in raw mode while editing")

        #expect(kill(pid, SIGTERM) == 0)
        // The terminal lives until the shell has recorded the status and exited; caseql must have
        // put it back into cooked mode by the time it is gone. (Under heavy load the shell may be
        // quicker than this loop; then only the status is checked.)
        var afterCaseql: termios?
        let deadline = Date().addingTimeInterval(8)
        while Date() < deadline, tcgetattr(terminal, &settings) == 0 {
            if Self.hasEnded(pid) {
                afterCaseql = settings
                break
            }
        }
        if let afterCaseql {
            #expect(afterCaseql.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO))
        }
        #expect(try shell.waitForExit() == 128 + SIGTERM)
    }

    // MARK: helpers

    private static func makeHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-history-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// The id of a process that has exited and been reaped.
    private static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// The history file's entries (multi-line ones escaped), oldest first.
    private static func entries(in file: URL) -> [String] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().map(String.init)
    }

    private func waitUntil(_ what: String, timeout: TimeInterval = 8, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { throw TerminalSession.Failure(description: "timed out waiting for \(what)") }
            usleep(50_000)
        }
    }

    /// Whether `pid` has exited: reaped already, or a zombie ("PID (NAME) Z …" in /proc/PID/stat,
    /// where the name may hold parentheses).
    private static func hasEnded(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
              let end = stat.lastIndex(of: UInt8(ascii: ")")), end + 2 < stat.count
        else { return false }
        return stat[end + 2] == UInt8(ascii: "Z")
    }

    /// The running caseql whose HOME is `home`.
    private static func processID(home: URL) -> pid_t? {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        let wanted = Data("HOME=\(home.path)".utf8)
        for name in processes {
            guard let pid = pid_t(name),
                  let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(name)/exe"),
                  URL(fileURLWithPath: executable).lastPathComponent == "caseql",
                  let environment = FileManager.default.contents(atPath: "/proc/\(name)/environ")
            else { continue }
            if environment.split(separator: 0).contains(where: { $0 == wanted }) { return pid }
        }
        return nil
    }
}
