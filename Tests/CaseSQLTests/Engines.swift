import Foundation
import Testing

/// The real engines the cross-engine test runs on, as `Scripts/engines.sh` provides them: the
/// runner script, a Python with duckdb and pyspark, and a PostgreSQL URL. Under CI a missing
/// engine is a failure (a test that silently skips in CI is a defect); elsewhere it is a skip
/// with the reason printed.
struct Engines {
    static let all = ["sqlite", "duckdb", "postgres", "spark"]

    /// Every engine; outside CI, CASEQL_ENGINES=sqlite,duckdb narrows the run while working.
    static var names: [String] {
        let env = ProcessInfo.processInfo.environment
        guard env["CI"] != "true", let only = env["CASEQL_ENGINES"] else { return all }
        return all.filter { only.split(separator: ",").map(String.init).contains($0) }
    }

    let python: String
    let runner: String

    /// The engines, or nil after recording why not (an issue under CI, a printed note otherwise).
    static func available() -> Engines? {
        let env = ProcessInfo.processInfo.environment
        var missing: [String] = []
        let python = env["CASEQL_PYTHON"] ?? ""
        let runner = env["CASEQL_ENGINE_RUNNER"] ?? ""
        if python.isEmpty || !FileManager.default.isExecutableFile(atPath: python) { missing.append("CASEQL_PYTHON") }
        if runner.isEmpty { missing.append("CASEQL_ENGINE_RUNNER") }
        if (env["CASEQL_PG_URL"] ?? "").isEmpty { missing.append("CASEQL_PG_URL") }
        if missing.isEmpty { return Engines(python: python, runner: runner) }
        let reason = "cross-engine test needs \(missing.joined(separator: ", ")): run it through Scripts/engines.sh"
        if env["CI"] == "true" {
            Issue.record(Comment(rawValue: reason))
        } else {
            print("skipped: \(reason)")
        }
        return nil
    }

    struct Job: Encodable {
        var setup: String
        var queries: [String]
    }

    /// Per job, per query: the rows, or the engine's error.
    func run(_ engine: String, jobs: [Job], in directory: URL) throws -> [[Result<[[String]], EngineError>]] {
        let input = directory.appendingPathComponent("\(engine)-jobs.json")
        let output = directory.appendingPathComponent("\(engine)-results.json")
        try JSONEncoder().encode(jobs).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [runner, engine, input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw EngineError(message: "\(engine) runner failed (\(process.terminationStatus)): "
                              + String(decoding: stderr.suffix(2000), as: UTF8.self))
        }
        let decoded = try JSONDecoder().decode([[Answer]].self, from: Data(contentsOf: output))
        // An answer given on a second try passes, but is not silent: the log says which and why.
        for (j, job) in decoded.enumerated() {
            for (q, answer) in job.enumerated() {
                if let note = answer.note { print("\(engine), job \(j), query \(q): \(note)") }
            }
        }
        return decoded.map { job in job.map { $0.error.map { .failure(EngineError(message: $0)) } ?? .success($0.rows ?? []) } }
    }

    private struct Answer: Decodable {
        var rows: [[String]]?
        var error: String?
        var note: String?
    }
}

struct EngineError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
