import Foundation

/// Runs the built `caseql` binary as a user would: arguments, stdin, environment in; stdout,
/// stderr and the exit status out.
struct CaseQLBinary {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
        var stdoutBytes: Data
    }

    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Next to the test bundle in the build folder, unless CASEQL_BIN says otherwise.
    static let path: String = {
        if let bin = ProcessInfo.processInfo.environment["CASEQL_BIN"] { return bin }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [bundleDir, bundleDir.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("caseql").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/caseql").path
    }()

    /// Runs `executable` (the built caseql unless given) with a hard deadline: on time-out it is
    /// killed with SIGKILL, so a hung caseql cannot outlive the test run, and `TimedOut` is thrown.
    static func run(executable: String = path, _ arguments: [String], stdin: Data? = nil,
                    environment extra: [String: String] = [:], timeout: TimeInterval = 20) throws -> Result {
        // Feeding stdin to a program that has already exited must fail the write, not kill the tests.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["HOME"] = NSTemporaryDirectory() + "caseql-test-home"
        env["NO_COLOR"] = "1"
        for (k, v) in extra { env[k] = v }
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
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
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(5000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw TimedOut(arguments: [executable] + arguments.map { String($0.prefix(80)) })
        }
        process.waitUntilExit()
        group.wait()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus
                          : process.terminationStatus,
                      stdoutBytes: out)
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment extra: [String: String] = [:],
                    timeout: TimeInterval = 20) throws -> Result {
        try run(executable: path, arguments, stdin: stdin, environment: extra, timeout: timeout)
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "caseql \(arguments) did not finish in time" }
    }
}

/// A file in a fresh temporary folder, for tests that hand caseql a script or a study.
func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
}

func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, Data(text.utf8))
}
