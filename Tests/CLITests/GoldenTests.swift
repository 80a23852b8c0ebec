import CustomDump
import Foundation
import Testing
import TestSupport

/// Golden files: `Golden/NAME.cql` runs through the real binary (`caseql [ARGS] NAME.cql`, where a
/// leading comment line `-- args: …` gives ARGS and `-- env: NAME=VALUE …` the environment) and its stdout, stderr and exit status must equal `NAME.stdout`,
/// `NAME.stderr` (absent: empty) and `NAME.status` (absent: 0). The samples in `Samples/*.cql` run the
/// same way against `Golden/samples/`. Set CASEQL_UPDATE_GOLDEN=1 to rewrite the expected files.
@Suite struct GoldenTests {
    static let goldenDir = PackagePaths.rootURL.appendingPathComponent("Tests/CLITests/Golden")
    static let samplesDir = PackagePaths.rootURL.appendingPathComponent("Samples")

    static func scripts(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".cql") }.sorted()
    }

    static let goldenScripts = scripts(in: goldenDir)
    static let sampleScripts = scripts(in: samplesDir)

    @Test func thereAreGoldenFiles() {
        #expect(GoldenTests.goldenScripts.count >= 10)
    }

    @Test(arguments: GoldenTests.goldenScripts)
    func golden(_ name: String) throws {
        try check(script: GoldenTests.goldenDir.appendingPathComponent(name), expectedDir: GoldenTests.goldenDir)
    }

    @Test(arguments: GoldenTests.sampleScripts)
    func sample(_ name: String) throws {
        try check(script: GoldenTests.samplesDir.appendingPathComponent(name),
                  expectedDir: GoldenTests.goldenDir.appendingPathComponent("samples"))
    }

    func check(script: URL, expectedDir: URL) throws {
        let text = try String(contentsOf: script, encoding: .utf8)
        var args: [String] = []
        // Unset, COLUMNS would make prose wrap at the width of the terminal the tests run in.
        var environment = ["COLUMNS": ""]
        for line in text.split(separator: "\n").prefix(while: { $0.hasPrefix("-- ") }) {
            if line.hasPrefix("-- args:") {
                args = line.dropFirst("-- args:".count).split(separator: " ").map(String.init)
            } else if line.hasPrefix("-- env:") {
                for pair in line.dropFirst("-- env:".count).split(separator: " ") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    environment[parts[0]] = parts.count > 1 ? parts[1] : ""
                }
            }
        }
        let relative = script.path.replacingOccurrences(of: PackagePaths.rootURL.path + "/", with: "")
        let result = try CaseQLBinary.run(args + [relative], environment: environment)
        let base = expectedDir.appendingPathComponent(script.deletingPathExtension().lastPathComponent)
        let outURL = base.appendingPathExtension("stdout")
        let errURL = base.appendingPathExtension("stderr")
        let statusURL = base.appendingPathExtension("status")
        if ProcessInfo.processInfo.environment["CASEQL_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: expectedDir, withIntermediateDirectories: true)
            try result.stdout.write(to: outURL, atomically: true, encoding: .utf8)
            if result.stderr.isEmpty { try? FileManager.default.removeItem(at: errURL) }
            else { try result.stderr.write(to: errURL, atomically: true, encoding: .utf8) }
            if result.status == 0 { try? FileManager.default.removeItem(at: statusURL) }
            else { try "\(result.status)\n".write(to: statusURL, atomically: true, encoding: .utf8) }
            return
        }
        let expectedOut = try String(contentsOf: outURL, encoding: .utf8)
        let expectedErr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        let expectedStatus = (try? String(contentsOf: statusURL, encoding: .utf8)).flatMap {
            Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
        } ?? 0
        // On a mismatch, show what changed (a line diff), not the whole output.
        #expect(result.stdout == expectedOut, "stdout of \(relative) differs:\n\(diff(expectedOut, result.stdout) ?? "")")
        #expect(result.stderr == expectedErr, "stderr of \(relative) differs:\n\(diff(expectedErr, result.stderr) ?? "")")
        #expect(result.status == expectedStatus)
    }
}
