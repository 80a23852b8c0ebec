import Foundation
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// The built `caseql` in a tmux pane, driven with keystrokes as a person would drive it, its screen
/// read back with `capture-pane`. Each session has its own tmux server (a socket in its own temp
/// folder), so tests never touch the user's tmux or each other, and a HOME of its own, so the
/// user's history and rc file are never read or written.
final class TerminalSession {
    /// tmux on PATH, or nil.
    static let tmux: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Why terminal tests cannot run here, or nil when they can.
    static var unavailableReason: String? {
        tmux == nil ? "tmux is not installed (apt-get install -y tmux); the terminal tests need it" : nil
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The session's HOME; a restarted session keeps it, and with it the history.
    let home: URL
    private let socket: String
    private let target = "caseql"
    private var ownsHome: Bool

    /// Starts `caseql ARGUMENTS` in a `width`×`height` terminal. With `home`, reuses that folder
    /// (to restart and find the history); without, makes a fresh one, removed at the end.
    init(arguments: [String] = ["--no-rc"], home: URL? = nil, width: Int = 100, height: Int = 40) throws {
        guard let tmux = Self.tmux else { throw Failure(description: Self.unavailableReason ?? "no tmux") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-tty-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let home {
            self.home = home
            ownsHome = false
        } else {
            self.home = folder.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: self.home, withIntermediateDirectories: true)
            ownsHome = true
        }
        socket = folder.appendingPathComponent("tmux.sock").path
        statusFile = folder.appendingPathComponent("status")
        self.tmuxPath = tmux
        self.folder = folder
        // The pane starts idle so `remain-on-exit` is on before caseql runs: an instant exit or
        // crash then stays visible with its status instead of closing the pane.
        try tmuxCommand(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "cat"])
        try tmuxCommand(["set-option", "-t", target, "remain-on-exit", "on"])
        try tmuxCommand(["respawn-pane", "-k", "-t", target,
                         Self.shellCommand(arguments: arguments, home: self.home, statusFile: statusFile)])
    }

    private let tmuxPath: String
    private let folder: URL
    /// Where the pane's shell writes caseql's exit status.
    private let statusFile: URL

    deinit {
        _ = try? tmuxCommand(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
        if ownsHome { try? FileManager.default.removeItem(at: home) }
    }

    /// Keeps HOME for a later session (the caller removes it).
    func keepHome() {
        ownsHome = false
    }

    /// caseql under a shell that records its exit status in `statusFile`. (Under load, tmux 3.3
    /// was seen not to reap an exited pane process for seconds, so `#{pane_dead_status}` is not
    /// relied on.) The shell ignores SIGINT, so Ctrl-C reaches only caseql, which installs its own
    /// handler; the shell's `$?` is 128+N when caseql dies of signal N.
    static func shellCommand(arguments: [String], home: URL, statusFile: URL) -> String {
        let environment = [
            "LANG=C.UTF-8", "HOME=\(home.path)", "XDG_STATE_HOME=\(home.path)/state", "NO_COLOR=1",
        ]
        let words = ["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "CASEQL_HISTSIZE"] + environment
            + [CaseQLBinary.path] + arguments
        let command = words.map(shellQuoted).joined(separator: " ")
        let record = "echo $? > \(shellQuoted(statusFile.path)).tmp && mv \(shellQuoted(statusFile.path)).tmp \(shellQuoted(statusFile.path))"
        return "trap '' INT; \(command); \(record)"
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: typing

    /// Types `text` literally (no key names), Chinese included.
    func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", target, "-l", text])
    }

    /// Presses keys by tmux name: `Tab`, `Enter`, `Up`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        for key in keys {
            try tmuxCommand(["send-keys", "-t", target, key])
            // libedit reads a Tab pressed twice in a row as "list"; keep separate presses separate.
            usleep(60_000)
        }
    }

    // MARK: reading the screen

    /// The screen and its scrollback, wrapped lines joined, trailing blank lines dropped.
    func screen() throws -> String {
        let text = try tmuxCommand(["capture-pane", "-p", "-J", "-t", target, "-S", "-500"])
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
    }

    /// The last non-empty line: where the cursor is after a prompt.
    func lastLine() throws -> String {
        try screen().split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Polls the screen until `condition` holds; throws with the screen when it never does.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 8, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        repeat {
            text = try screen()
            if condition(text) { return text }
            usleep(50_000)
        } while Date() < deadline
        throw Failure(description: "timed out waiting for \(what); the screen shows:\n\(text)")
    }

    /// Waits for `text` to appear `times` times on the screen.
    @discardableResult
    func waitFor(_ text: String, times: Int = 1, timeout: TimeInterval = 8) throws -> String {
        try waitUntil("'\(text)'" + (times > 1 ? " ×\(times)" : ""), timeout: timeout) {
            $0.components(separatedBy: text).count - 1 >= times
        }
    }

    /// Waits for the prompt line to read exactly `line` (the input being edited).
    @discardableResult
    func waitForLine(_ line: String, timeout: TimeInterval = 8) throws -> String {
        try waitUntil("the line '\(line)'", timeout: timeout) {
            $0.split(separator: "\n").last.map(String.init) == line
        }
    }

    /// The exit status once caseql has exited, or nil while it runs.
    func exitStatus() throws -> Int32? {
        guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    func waitForExit(timeout: TimeInterval = 8) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let status = try exitStatus() { return status }
            usleep(50_000)
        } while Date() < deadline
        throw Failure(description: "caseql did not exit (\(try processState())); the screen shows:\n\(try screen())")
    }

    /// What the pane's process is doing, from /proc, for failure messages.
    func processState() throws -> String {
        let pid = try tmuxCommand(["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "gone"
        let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? "?"
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return "pid \(pid), wchan \(wchan), children [\(children)], stat \(stat.prefix(80))"
    }

    // MARK: tmux

    @discardableResult
    private func tmuxCommand(_ arguments: [String]) throws -> String {
        let outputFile = folder.appendingPathComponent("tmux-output-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let status = try Self.spawnAndWait([tmuxPath, "-u", "-S", socket] + arguments, output: outputFile.path)
        let text = String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self)
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    /// Runs a program with output to a file, every other descriptor closed and signals at their
    /// defaults, and waits for it.
    ///
    /// Not Foundation's `Process`: the tmux server that `new-session` forks would inherit the
    /// descriptors `Process` uses to notice that a child exited (its own and those of processes
    /// other tests are running), and those waits would then never end.
    private static func spawnAndWait(_ arguments: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        closeInheritedDescriptors(&actions)

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")  // tests run inside tmux must not talk to the outer server
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Test threads block signals; a tmux server inheriting that mask would never see SIGCHLD
        // (a dead pane would look alive) and would pass the blocked SIGINT on to caseql.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot run \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: error \(errno)") }
        }
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import.
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Adds "close every descriptor from 3 on" to `actions`: glibc's closefrom action where it has one
    /// (2.34+, looked up at run time since Swift does not see its declaration), else one close
    /// per descriptor open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor >= 3 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }
}
