import CaseShell
import Foundation
import Testing
import TestSupport

/// Issue 12 item 9: colour follows `NO_COLOR` and `TERM=dumb`. The shell runs in a pseudo-terminal
/// (util-linux `script`), where it would colour a crosstab's cells.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "no /usr/bin/script"))
struct ColourTests {
    func crosstabAtATerminal(_ environment: [String: String]) throws -> String {
        let command = TerminalSession.shellQuoted(CaseQLBinary.path) + " --no-rc"
        var env = ["HOME": NSTemporaryDirectory() + "caseql-colour-home"]
        for (k, v) in environment { env[k] = v }
        // `env -u NO_COLOR` undoes the test runner's NO_COLOR=1 where a test wants colour.
        let unset = environment["NO_COLOR"] == nil ? ["-u", "NO_COLOR"] : []
        let result = try CaseQLBinary.run(executable: "/usr/bin/env", unset + ["script", "-q", "-c", command, "/dev/null"],
                                          stdin: Data("crosstab financing by country\n.quit\n".utf8), environment: env)
        return result.stdout
    }

    @Test func aColourTerminalGetsColour() throws {
        #expect(try crosstabAtATerminal(["TERM": "xterm-256color"]).contains("\u{1B}[97;48;5;27m"))
    }

    @Test func dumbTerminalsAndNoColorGetNone() throws {
        for environment in [["TERM": "dumb"], ["TERM": "xterm-256color", "NO_COLOR": "1"]] {
            let output = try crosstabAtATerminal(environment)
            #expect(output.contains("crowdfunding"), "\(environment)")
            #expect(!output.contains("\u{1B}[97;48;5;27m"), "\(environment)")
        }
    }

    @Test func theRule() {
        #expect(Settings.colourAllowed { ["TERM": "xterm"][$0] })
        #expect(!Settings.colourAllowed { ["TERM": "dumb"][$0] })
        #expect(!Settings.colourAllowed { [:][$0] })
        #expect(!Settings.colourAllowed { ["TERM": "xterm", "NO_COLOR": "yes"][$0] })
        #expect(Settings.colourAllowed { ["TERM": "xterm", "NO_COLOR": ""][$0] })
    }
}
