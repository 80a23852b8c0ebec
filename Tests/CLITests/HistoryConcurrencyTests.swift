import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Shells sharing one HOME, and a shell's signals, through the real binary in real terminals.
@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed; terminal tests skipped"))
struct HistoryConcurrencyTests {
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

    @Test func sigtermEndsCaseqlButNotTheShellThatStartedIt() throws {
        // The pane runs `sh -c '…; caseql …; echo $? > status'`: no job control, so caseql is in
        // the shell's process group, where libedit used to re-send the signal.
        let shell = try startShell()
        try shell.type("select firms wh")
        let pid = try #require(Self.processID(home: shell.home))
        let terminal = try #require(try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/0"))
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try shell.waitForExit() == 128 + SIGTERM)
        // …and it left the terminal as it found it, not in libedit's raw mode.
        let settings = try Self.run("/bin/stty", ["-a", "-F", terminal])
        #expect(settings.contains(" icanon ") && settings.contains(" echo "), "stty -a: \(settings)")
    }

    // MARK: helpers

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

    private static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
    }
}
