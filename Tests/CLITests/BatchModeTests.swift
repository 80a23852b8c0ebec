import Foundation
import Testing
import TestSupport

/// caseql without a terminal: piped stdin, `-c` and script files run like scripts — no banner, no
/// prompt, no line editing, no history, no rc file — and errors are `where:line:col: error:` with
/// a non-zero status.
@Suite struct BatchModeTests {
    func run(_ arguments: [String] = [], stdin: String? = nil, home: URL? = nil) throws -> CaseQLBinary.Result {
        var environment: [String: String] = [:]
        if let home {
            environment["HOME"] = home.path
            environment["XDG_STATE_HOME"] = home.path + "/state"
        }
        return try CaseQLBinary.run(arguments, stdin: stdin.map { Data($0.utf8) }, environment: environment)
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseql-batch-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func pipedStatementPrintsJustTheAnswer() throws {
        let result = try run(stdin: "count firms\n")
        #expect(result.stdout == "20\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func pipedInputLeavesNoHistoryAndSkipsTheRCFile() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        try ".mode csv\n".write(to: home.appendingPathComponent(".caseqlrc"), atomically: true, encoding: .utf8)
        let result = try run(stdin: "count firms group by country\n", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("┌"), "the rc file's .mode csv must not apply:\n\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("state/caseql/history").path))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".caseql_history").path))
    }

    @Test func pipedStatementsAndDotCommands() throws {
        let script = """
            .mode csv
            count firms group by country
            .lang zh
            select firms where
              country = DE
            """
        let result = try run(stdin: script + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("country,count\n"))
        #expect(result.stdout.contains("TESVOLT,德国,"))
        #expect(!result.stdout.contains("caseql>") && !result.stdout.contains("...>"))
    }

    @Test func errorsNameTheLineAndColumnOfStdin() throws {
        let result = try run(stdin: "count firms\nselect firms where\n  countr = DE\ncount firms\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:3:3: error: unknown attribute 'countr'\n"), "\(result.stderr)")
        // Without --bail the script goes on after the error.
        #expect(result.stdout == "20\n20\n")
    }

    @Test func bailStopsAtTheFirstError() throws {
        let result = try run(["--bail"], stdin: "count firms\nselct firms\ncount firms\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:2:1: error:"))
        #expect(result.stdout == "20\n")
    }

    @Test func unknownDotCommandPointsToHelp() throws {
        let result = try run(stdin: ".frobnicate\n")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<stdin>:1:1: error: unknown command '.frobnicate'"))
        #expect(result.stderr.contains(".help"))
    }

    @Test func dashCStatements() throws {
        let ok = try run(["-c", "count firms"])
        #expect(ok.stdout == "20\n" && ok.status == 0)
        let failed = try run(["-c", "count firms where nosuch includes x"])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("-c:1:19: error: unknown dimension 'nosuch'"), "\(failed.stderr)")
    }

    @Test func scriptFileErrorsNameTheFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("query.cql")
        try "-- a comment\ncount firms\n\ncount firms where has nosuch\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try run([script.path])
        #expect(result.status == 1)
        #expect(result.stdout == "20\n")
        #expect(result.stderr.hasPrefix("\(script.path):4:23: error:"), "\(result.stderr)")
    }

    @Test func invalidUTF8OnStdinIsAnErrorNotACrash() throws {
        let result = try CaseQLBinary.run([], stdin: Data([0x63, 0x6F, 0x75, 0x6E, 0x74, 0x20, 0xFF, 0x0A]))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:1:7: error: invalid UTF-8"))
    }
}
