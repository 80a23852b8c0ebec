import Foundation
import Testing
import TestSupport

/// The habits of sqlite3's and DuckDB's shells (issue 11), through the real binary.
@Suite struct ShellHabitsTests {
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> CaseQLBinary.Result {
        try CaseQLBinary.run(arguments, stdin: stdin.map { Data($0.utf8) }, environment: environment)
    }

    @Test func echoPrintsEachStatementAndCommentBeforeItsOutput() throws {
        let script = ".echo on\n-- how many firms?\ncount firms\n-- with an organisation\ncount firms where has org\n.echo off\ncount firms\n"
        let result = try run([try temporaryFile("echo.cql", script)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "-- how many firms?\ncount firms\n20\n-- with an organisation\ncount firms where has org\n4\n.echo off\n20\n")
    }

    @Test func printWritesItsText() throws {
        let result = try run(["-c", ".print Table 1:   firms", "-c", ".print 'two  spaces'"])
        #expect(result.stdout == "Table 1: firms\ntwo  spaces\n")
    }

    @Test func onceSendsOnlyTheNextResultToTheFile() throws {
        let path = NSTemporaryDirectory() + "caseql-once-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(["-c", ".once '\(path)'\ncount firms\ncount firms where has org"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "4\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "20\n")
    }

    @Test func onceDashXOpensTheCSVOrSaysWhereItIs() throws {
        let dir = NSTemporaryDirectory() + "caseql-opener-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // No opener on PATH: the note names the file, which holds the CSV.
        let none = try run(["-c", ".once -x\nselect firms where has org limit 2"], environment: ["PATH": dir, "TMPDIR": dir])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout == "")
        let note = try #require(none.stderr.split(separator: "\n").first { $0.contains("no spreadsheet program") })
        let file = try #require(note.split(separator: " ").last.map(String.init))
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("name,"))
        // A fake xdg-open records what it was asked to open.
        let opener = dir + "/xdg-open"
        try "#!/bin/sh\necho \"$1\" > \(dir)/opened\n".write(toFile: opener, atomically: true, encoding: .utf8)
        chmod(opener, 0o755)
        let opened = try run(["-c", ".once -x\ncount firms group by country"], environment: ["PATH": dir + ":/usr/bin:/bin", "TMPDIR": dir])
        #expect(opened.stderr.contains("opened with \(opener)"), "\(opened.stderr)")
        var target = ""
        for _ in 0..<100 where target.isEmpty {
            target = (try? String(contentsOfFile: dir + "/opened", encoding: .utf8)) ?? ""
            usleep(20_000)
        }
        #expect(target.hasSuffix(".csv\n"))
        #expect(try String(contentsOfFile: String(target.dropLast()), encoding: .utf8).hasPrefix("country,"))
    }

    @Test func headersOffDropsTheCSVHeader() throws {
        let on = try run(["--format", "csv", "-c", "select firms where has org limit 1"])
        let off = try run(["--format", "csv", "-c", ".headers off\nselect firms where has org limit 1"])
        #expect(on.stdout.split(separator: "\n").count == 2)
        #expect(off.stdout == String(on.stdout.drop { $0 != "\n" }.dropFirst()))
        #expect(try run(["-c", ".headers maybe"]).stderr.contains(".headers takes on or off"))
    }

    @Test func lastShowsTheLastResultWithEveryRow() throws {
        let result = try run(["-c", ".maxrows 3\nselect firms\n.last"])
        #expect(result.status == 0, "\(result.stderr)")
        // The first table is capped at 3 rows; `.last` shows it again with all 20.
        let halves = result.stdout.components(separatedBy: "… 17 of 20 rows hidden\n")
        #expect(halves.count == 2, "\(result.stdout)")
        #expect(halves.last?.hasSuffix("\n20 rows\n") == true)
        #expect(halves.last.map { $0.split(separator: "\n").count } == 25)
        #expect(try run(["-c", ".last"]).stderr.contains(".last: no result yet"))
    }

    @Test func maxrowsZeroMeansEveryRow() throws {
        let capped = try run(["-c", ".maxrows 3\nselect firms"])
        #expect(capped.stdout.contains("hidden"))
        let zero = try run(["-c", ".maxrows 3\n.maxrows 0\nselect firms\n.show"])
        #expect(!zero.stdout.contains("hidden"))
        #expect(zero.stdout.contains("maxrows: off"))
        let negative = try run(["-c", ".maxrows -3"])
        #expect(negative.stderr.contains("0 or off: every row"), "\(negative.stderr)")
    }

    @Test func versionIsTheBinarysVersion() throws {
        let version = try run(["--version"]).stdout
        #expect(try run(["-c", ".version"]).stdout == "caseql " + version)
    }

    @Test func otherShellsCommandsAnswerWithCaseqlsWay() throws {
        for (command, instead) in [(".schema", "show taxonomy"), (".tables", "show study"), (".import x.csv", ".open FILE.csv"),
                                   (".excel", ".once -x"), (".databases", ".show")] {
            let result = try run(["-c", command])
            #expect(result.status == 1)
            #expect(result.stderr.contains("use `\(instead)`"), "\(command): \(result.stderr)")
        }
    }

    @Test func helpListsTheDefaultCommandsOptions() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        for option in ["-c", "--data", "--format", "--lang", "--bail", "--no-rc", "--taxonomy", "--delimiter", "export-study"] {
            #expect(help.stdout.contains(option), "caseql --help lacks \(option)")
        }
    }
}
