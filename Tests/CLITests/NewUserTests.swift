import Foundation
import Testing
import TestSupport

/// What a new user tripped over (issue 11), through the real binary; each failed before its fix.
@Suite struct NewUserTests {
    func run(_ arguments: [String], stdin: String? = nil) throws -> CaseQLBinary.Result {
        try CaseQLBinary.run(arguments, stdin: stdin.map { Data($0.utf8) })
    }

    /// Bug 1: in scripts a line starting with a clause word continues the statement above.
    @Test func sqlStyleLayoutsContinueInScripts() throws {
        let script = "select firms where has org\n  and has financing order by founded\ncount firms\n-- a comment\nshow dimensions\n"
        let piped = try run([], stdin: script)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("NAVYA"))
        #expect(piped.stdout.contains("1 row\n20\n"))
        let file = try run([try temporaryFile("layout.cql", "count firms\n  where has org\n  and has financing\n")])
        #expect(file.stdout == "1\n")
        let dashC = try run(["-c", "count firms where has org\n or has financing"])
        #expect(dashC.stdout == "8\n", "\(dashC.stderr)")
    }

    /// Bug 2: statements sharing a line run one by one; an error stops only with --bail.
    @Test func aBadStatementDoesNotCancelTheGoodOnesBeforeIt() throws {
        let result = try run(["-c", "count firms; why navya; count firms where has org"])
        #expect(result.stdout == "20\n4\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("-c:1:23: error"))
        let bailed = try run(["--bail", "-c", "count firms; why navya; count firms where has org"])
        #expect(bailed.stdout == "20\n")
    }

    /// Bug 3: a study named on the command line is opened, as `sqlite3 file.db` opens its file.
    @Test func aStudyFileArgumentOpensTheStudy() throws {
        let study = try run(["export-study"]).stdout
        let path = try temporaryFile("study.json", study)
        let result = try run([path, "-c", "count firms where has org"])
        #expect(result.stdout == "4\n", "\(result.stderr)")
        #expect(try run(["Samples/lipset-crisp.csv", "-c", "count cases"]).stdout == "18\n")
        let both = try run([path, "--data", "Samples/lipset-crisp.csv", "-c", "count cases"])
        #expect(both.status == 64)
    }

    /// Bug 4: a semicolon-separated matrix (Excel in many locales) is read as such.
    @Test func semicolonSeparatedMatricesLoad() throws {
        let path = try temporaryFile("excel.csv", "case;org.alpha;org.beta;size\nA;1;0;3\nB;0;1;5\nC;1;1;7\n")
        let result = try run(["--data", path, "-c", "count cases where org includes alpha"])
        #expect(result.stdout == "2\n", "\(result.stderr)")
        let forced = try run(["--data", path, "--delimiter", ",", "-c", "count cases where org includes alpha"])
        #expect(forced.status == 1)
    }

    /// Bug 13: a generated study has the same case noun as CSV and as JSON.
    @Test func generatedStudiesKeepTheirNounInBothFormats() throws {
        let csv = try temporaryFile("g.csv", try run(["generate-study", "--cases", "50"]).stdout)
        let json = try temporaryFile("g.json", try run(["generate-study", "--cases", "50", "--format", "json"]).stdout)
        for path in [csv, json] {
            let result = try run(["--data", path, "-c", "count cases"])
            #expect(result.stdout == "50\n", "\(path): \(result.stderr)")
        }
    }

    /// Bug 14: one "error:" per message; a usage error exits 64.
    @Test func wording() throws {
        let missing = try run(["--data", "nope.json", "-c", "count cases"])
        #expect(missing.stderr.components(separatedBy: "error:").count == 2, "\(missing.stderr)")
        #expect(try run(["--taxonomy", "x.json", "-c", "count firms"]).status == 64)
        #expect(try run(["generate-study", "--cases", "-5"]).status == 64)
        let noun = try run(["--data", "Samples/lipset-crisp.csv", "-c", "count firms"])
        #expect(!noun.stderr.contains("('cases' works too)"), "\(noun.stderr)")
    }

    /// `caseql -` reads the script from stdin.
    @Test func dashReadsTheScriptFromStdin() throws {
        #expect(try run(["-"], stdin: "count firms\n").stdout == "20\n")
    }
}
