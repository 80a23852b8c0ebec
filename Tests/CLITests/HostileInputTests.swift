import Foundation
import Testing
import TestSupport

/// Hostile input through the real binary: each case must end within seconds with status 0, or with
/// a clear error on stderr and a status from 1 to 127. A status of 128 or more is a signal, i.e. a
/// crash. Inputs are written at test time, so each test shows exactly the bytes it sends.
@Suite struct HostileInputTests {
    /// A clean outcome: success, or a failure that says something on stderr (and is not a signal).
    func expectClean(_ result: CaseQLBinary.Result, mentioning expected: String? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status < 128, "ended by a signal: status \(result.status)", sourceLocation: sourceLocation)
        if result.status != 0 {
            #expect((1...127).contains(result.status), sourceLocation: sourceLocation)
            #expect(!result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "failed without a message",
                    sourceLocation: sourceLocation)
        }
        if let expected {
            #expect(result.stderr.contains(expected), "stderr lacks '\(expected)': \(result.stderr.prefix(500))",
                    sourceLocation: sourceLocation)
        }
    }

    func expectError(_ result: CaseQLBinary.Result, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, "accepted: \(result.stdout.prefix(300))", sourceLocation: sourceLocation)
        expectClean(result, mentioning: expected, sourceLocation: sourceLocation)
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> CaseQLBinary.Result {
        try Bounded.run(CaseQLBinary.path, arguments, stdin: stdin)
    }

    func stdin(_ text: String) throws -> CaseQLBinary.Result {
        try run([], stdin: Data(text.utf8))
    }

    /// Runs a bash script with `$CASEQL` set to the binary: for what `Process` cannot pass itself
    /// (arguments that are not UTF-8) and for real shell pipelines.
    func bash(_ script: String) throws -> CaseQLBinary.Result {
        try Bounded.run("/bin/bash", ["-c", script], environment: ["CASEQL": CaseQLBinary.path])
    }

    // MARK: bytes that are not text

    @Test func nulAndInvalidUTF8OnStdin() throws {
        expectError(try run([], stdin: Data("count firms\0\n".utf8)), "U+0000")
        expectError(try run([], stdin: Data([0x63, 0x6F, 0x75, 0x6E, 0x74, 0x20, 0xFF, 0x0A])), "invalid UTF-8")
        expectError(try run([], stdin: Data([0xC3])), "invalid UTF-8")
    }

    @Test func nulAndInvalidUTF8InDashC() throws {
        expectError(try run(["-c", "count firms\u{1}"]), "U+0001")
        // Process cannot pass bytes that are not UTF-8 as an argument; bash can.
        expectError(try bash(#""$CASEQL" -c "$(printf 'count firms \377')""#), "error")
    }

    @Test func nulAndInvalidUTF8InScriptFiles() throws {
        expectError(try run([try temporaryFile("nul.cql", Data("count firms\n\0\n".utf8))]), "U+0000")
        let bad = try temporaryFile("bad.cql", Data("count firms\nselect firms where name = '".utf8) + Data([0xE4, 0xB8]) + Data("'\n".utf8))
        expectError(try run([bad]), "bad.cql:2:")
        expectError(try run([try temporaryFile("binary.cql", Data((0...255).map { UInt8($0) }))]), "invalid UTF-8")
    }

    // MARK: line endings and text

    @Test func crlfScriptsRunLikeLFScripts() throws {
        let script = ".mode csv\r\ncount firms\r\nselect firms where country = DE and\r\n  founded > 2000\r\n"
        let viaFile = try run([try temporaryFile("crlf.cql", script)])
        #expect(viaFile.status == 0, "\(viaFile.stderr)")
        #expect(viaFile.stdout.hasPrefix("count\r\n20\r\n") || viaFile.stdout.hasPrefix("count\n20\n"), "\(viaFile.stdout.prefix(200))")
        let viaStdin = try stdin(script)
        #expect(viaStdin.status == 0, "\(viaStdin.stderr)")
        #expect(viaStdin.stdout == viaFile.stdout)
    }

    @Test func emojiAndCombiningCharacters() throws {
        expectClean(try stdin("select firms where name contains '👩‍👩‍👧'\n"))
        expectClean(try stdin("select firms where field contains 'e\u{301}'\n"))
        expectError(try stdin("count firms where 👩‍👩‍👧 and has org\n"), "unexpected character")
        expectError(try stdin("explain cafe\u{301}\u{301}\u{301}\n"), "unknown")
        expectError(try stdin("count firms where \u{301}\u{301}\n"), "error")
        expectError(try run(["-c", "describe '\u{202E}evil\u{200B}'"]), "error")
    }

    @Test func unterminatedStrings() throws {
        expectError(try stdin("select firms where name = 'TESVOLT\n"), "unterminated string")
        expectError(try stdin("select firms where name = \"TESVOLT\ncount firms\n"), "unterminated string")
        expectError(try run(["-c", "explain “crowdfunding"]), "unterminated string")
    }

    // MARK: size and depth

    @Test func oneMegabyteLines() throws {
        let megabyte = 1 << 20
        expectError(try stdin("select firms where name = '" + String(repeating: "a", count: megabyte) + "'\n"), "too long")
        let chain = "select firms where " + Array(repeating: "has org", count: megabyte / 12).joined(separator: " and ")
        expectError(try stdin(chain + "\n"), "too long")
        expectError(try stdin(String(repeating: "x", count: megabyte) + "\n"), "error")
        expectClean(try stdin("-- " + String(repeating: "长", count: megabyte / 3) + "\ncount firms\n"))
    }

    @Test func longChainsBelowTheSizeLimitRunWithoutDeepRecursion() throws {
        // About 80,000 items in one `or`: n-ary in the AST, so nothing recurses per item.
        let chain = "count firms where " + Array(repeating: "has org", count: 80_000).joined(separator: " or ")
        let result = try stdin(chain + "\n")
        #expect(result.status == 0, "\(result.stderr.prefix(300))")
        #expect(result.stdout == (try stdin("count firms where has org\n")).stdout)
    }

    @Test func twentyThousandNestedParenthesesAndNots() throws {
        let depth = 20_000
        let parens = "select firms where " + String(repeating: "(", count: depth) + "has org" + String(repeating: ")", count: depth)
        expectError(try stdin(parens + "\n"), "nested too deeply")
        expectError(try run(["-c", parens]), "nested too deeply")
        expectError(try stdin("count firms where " + String(repeating: "not ", count: depth) + "has org\n"), "nested too deeply")
        expectError(try stdin("count firms where " + String(repeating: "(", count: depth) + "\n"), "error")
    }

    @Test func nestingSpreadOverManyLinesEndsQuickly() throws {
        // A statement stays open while parentheses are; the shell must not redo all earlier lines per line.
        let script = "select firms where\n" + String(repeating: "(\n", count: 20_000) + "has org\n" + String(repeating: ")\n", count: 20_000)
        let started = Date()
        expectError(try run([try temporaryFile("deep.cql", script)]), "nested too deeply")
        #expect(Date().timeIntervalSince(started) < 5)
        let andChain = "select firms where has org\n" + String(repeating: "and has org\n", count: 30_000)
        expectClean(try stdin(andChain))
    }

    @Test func numbersAndLimitsOutOfRange() throws {
        expectError(try stdin("select firms where founded > 99999999999999999999\n"), "out of range")
        expectError(try stdin("select firms where founded > -99999999999999999999.5\n"), "out of range")
        expectError(try stdin("select firms limit 99999999999999999999\n"), "limit must be")
        expectError(try stdin("select firms limit 1000000001\n"), "limit must be")
        expectError(try stdin("select firms limit -1\n"), "limit")
        expectError(try stdin("select firms where founded between 1e400 and 2\n"), "error")
        let ok = try stdin("select firms limit 1000000000\n")
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    // MARK: the command line

    @Test func unknownFlagsFormatsAndModes() throws {
        expectError(try run(["--bogus"]), "--bogus")
        expectError(try run(["--format", "xml", "-c", "count firms"]), "xml")
        expectError(try run(["--lang", "klingon", "-c", "count firms"]), "klingon")
        expectError(try run(["-c"]), "Missing value")
        expectError(try stdin(".mode xml\n"), "xml")
        expectError(try stdin(".frobnicate\n"), "error")
        expectError(try run(["no-such-script.cql"]), "no-such-script.cql")
    }

    // MARK: broken --data files

    func expectDataRejected(_ path: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        expectError(try run(["--data", path, "-c", "count cases"]), expected, sourceLocation: sourceLocation)
    }

    @Test func brokenJSONStudies() throws {
        let sample = try Data(contentsOf: URL(fileURLWithPath: PackagePaths.builtinStudy))
        try expectDataRejected("/nonexistent/study.json", "no such file")
        try expectDataRejected(try temporaryFile("empty.json", Data()), "expected a JSON value")
        try expectDataRejected(try temporaryFile("truncated.json", sample.prefix(sample.count / 2)), "truncated.json")
        try expectDataRejected(try temporaryFile("binary.json", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })), "binary.json")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-hostile-dir-\(UUID().uuidString).json")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try expectDataRejected(dir.path, "directory")
        try expectDataRejected(try temporaryFile("deep.json", String(repeating: "[", count: 100_000)), "deep")
    }

    @Test func brokenCSVMatrices() throws {
        try expectDataRejected("/nonexistent/matrix.csv", "matrix.csv")
        try expectDataRejected(try temporaryFile("empty.csv", Data()), "empty")
        try expectDataRejected(try temporaryFile("truncated.csv", "case,org.lab,org.inventor\nA,1,0\nB,\"1"), "truncated.csv")
        try expectDataRejected(try temporaryFile("binary.csv", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })), "binary.csv")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-hostile-dir-\(UUID().uuidString).csv")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try expectDataRejected(dir.path, "directory")
    }

    @Test func studiesWithWrongTypesOrUnknownCategories() throws {
        func study(attributes: String, codes: String) -> String {
            """
            {"format": 1, "title": {"en": "hostile"}, "caseNoun": "firms",
             "attributes": [{"id": "founded", "labels": {"en": "founded"}, "kind": "number"}],
             "taxonomy": {"dimensions": [{"id": "org", "labels": {"en": "organisation"},
                                          "categories": [{"id": "lab", "labels": {"en": "lab"}}]}]},
             "cases": [{"name": "A", "attributes": \(attributes), "codes": \(codes)}]}
            """
        }
        let evidence = #""evidence": [{"quote": "q", "section": {"number": "1", "title": ""}}]"#
        let valid = try temporaryFile("valid.json", study(attributes: #"{"founded": 1999}"#, codes: "[{\"category\": \"lab\", \(evidence)}]"))
        let loaded = try run(["--data", valid, "-c", "count firms where org includes lab"])
        #expect(loaded.status == 0, "the control study must load: \(loaded.stderr)")
        try expectDataRejected(try temporaryFile("types.json", study(attributes: #"{"founded": "nineteen ninety"}"#, codes: "[]")),
                               "expected a number")
        try expectDataRejected(try temporaryFile("types2.json", study(attributes: #"{"founded": [1999]}"#, codes: "[]")),
                               "founded")
        try expectDataRejected(try temporaryFile("category.json", study(attributes: "{}", codes: "[{\"category\": \"labb\", \(evidence)}]")),
                               "unknown category 'labb'")
        let taxonomy = PackagePaths.builtinStudy
        let csv = try temporaryFile("category.csv", "case,financing.crowdfundin\nA,1\n")
        expectError(try run(["--data", csv, "--taxonomy", taxonomy, "-c", "count firms"]), "crowdfundin")
        let badMembership = try temporaryFile("membership.csv", "case,org.lab\nA,2\n")
        try expectDataRejected(badMembership, "membership")
    }

    // MARK: a reader that goes away

    @Test func closedPipeEndsQuietly() throws {
        // The read end is closed before caseql starts, so its first write fails with EPIPE.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CaseQLBinary.path)
        process.arguments = ["-c", "select firms", "-c", "select firms"]
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = NSTemporaryDirectory() + "caseql-test-home"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try out.fileHandleForReading.close()
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        #expect(errData.isEmpty, "\(String(decoding: errData, as: UTF8.self))")
    }

    @Test func headClosingThePipeEarly() throws {
        // Enough output to fill the pipe, so caseql is still writing when `head` exits.
        let result = try bash(#"args=(); for i in $(seq 300); do args+=(-c "select firms"); done; "$CASEQL" "${args[@]}" | head -1; echo "status=${PIPESTATUS[0]}""#)
        #expect(result.stdout.hasSuffix("status=0\n"), "\(result.stdout.suffix(100))")
        #expect(result.stderr.isEmpty, "\(result.stderr.prefix(300))")
    }
}

/// Runs a program with a hard deadline: on time-out it is killed with SIGKILL (a hung caseql must not
/// outlive the test run) and the test fails with `TimedOut`.
enum Bounded {
    /// Generous for a debug build on a busy 2-core machine: a hang (quadratic work, a loop), not
    /// slowness, is the failure, and a hang blows far past it.
    static let timeout: TimeInterval = 60

    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                    environment extra: [String: String] = [:]) throws -> CaseQLBinary.Result {
        try CaseQLBinary.run(executable: executable, arguments, stdin: stdin, environment: extra, timeout: timeout)
    }
}
