import Foundation

/// What a program run to its end printed and how it ended.
public struct ProgramResult: Sendable {
    public var stdout: String
    public var stderr: String
    /// The exit status, or 128 + the signal's number when a signal ended it (as a shell says).
    public var status: Int32
    public var stdoutBytes: Data
    /// From the start to the end of the run: a bound for hangs, not a speed figure.
    public var seconds: Double
}

/// Runs a program as a user's shell would: arguments, stdin and environment in; stdout, stderr
/// and the exit status out, with a hard deadline so a hung child cannot outlive the test run.
public enum Program {
    /// Runs `executable` in `directory` (the package root unless given). `environment` changes the
    /// test process's own environment: a value sets a variable, nil removes it. On time-out the
    /// child is killed with SIGKILL and `TimedOut` is thrown.
    public static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                           environment changes: [String: String?] = [:], directory: String = PackagePaths.root,
                           timeout: TimeInterval) throws -> ProgramResult {
        // Feeding stdin to a program that has already exited must fail the write, not kill the tests.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        let started = Date()
        try process.run()
        // Both pipes are drained while the child runs: a child that fills one pipe's buffer
        // would otherwise wait for us while we wait for it.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        group.enter()
        DispatchQueue.global().async { out = outPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { err = errPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async {
            // A writer that the program never reads from must not hold the test: EPIPE is fine here.
            if let stdin { try? inPipe.fileHandleForWriting.write(contentsOf: stdin) }
            try? inPipe.fileHandleForWriting.close()
            group.leave()
        }
        let deadline = started.addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(5000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw TimedOut(arguments: [executable] + arguments.map { String($0.prefix(80)) }, timeout: timeout)
        }
        process.waitUntilExit()
        group.wait()
        return ProgramResult(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                             status: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus
                                 : process.terminationStatus,
                             stdoutBytes: out, seconds: Date().timeIntervalSince(started))
    }

    public struct TimedOut: Error, CustomStringConvertible {
        public var arguments: [String]
        public var timeout: TimeInterval
        public var description: String { "\(arguments) did not finish in \(Int(timeout)) s" }
    }
}

/// The built `caseql` binary, run as a user would run it, in a private environment: C.UTF-8, no
/// colour, and a HOME of its own so no test touches a real history file.
public enum CaseQLBinary {
    public typealias Result = ProgramResult

    /// Next to the test bundle in the build folder, unless CASEQL_BIN says otherwise.
    public static let path: String = {
        if let bin = ProcessInfo.processInfo.environment["CASEQL_BIN"] { return bin }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundleDir, bundleDir.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("caseql").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return PackagePaths.file(".build/debug/caseql")
    }()

    /// The variables every run gets, before the test's own.
    static let environment: [String: String] = [
        "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory() + "caseql-test-home", "NO_COLOR": "1",
    ]

    /// Runs `executable` (the built caseql unless given) in the package root, in caseql's test
    /// environment plus `extra`.
    public static func run(executable: String = path, _ arguments: [String], stdin: Data? = nil,
                           environment extra: [String: String] = [:], timeout: TimeInterval = 20) throws -> Result {
        let changes = environment.merging(extra) { _, test in test }.mapValues { Optional($0) }
        return try Program.run(executable, arguments, stdin: stdin, environment: changes, timeout: timeout)
    }

    public static func run(_ arguments: [String], stdin: Data? = nil, environment extra: [String: String] = [:],
                           timeout: TimeInterval = 20) throws -> Result {
        try run(executable: path, arguments, stdin: stdin, environment: extra, timeout: timeout)
    }
}

/// A file in a fresh temporary folder, for tests that hand caseql a script or a study.
public func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
}

public func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, Data(text.utf8))
}
