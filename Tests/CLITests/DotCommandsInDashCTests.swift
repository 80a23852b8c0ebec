import Testing
import TestSupport

/// Dot-commands work in `caseql -c` (one per -c or per line), and help says so in both languages.
@Suite struct DotCommandsInDashCTests {
    @Test func aDotCommandInDashCApplies() throws {
        let separate = try CaseQLBinary.run(["-c", ".mode csv", "-c", "select firms limit 1"])
        #expect(separate.status == 0)
        #expect(separate.stdout.hasPrefix("name,country,"), "\(separate.stdout)")
        let lines = try CaseQLBinary.run(["-c", ".mode csv\nselect firms limit 1"])
        #expect(lines.stdout == separate.stdout)
    }

    @Test func helpSaysSo() throws {
        for language in ["en", "zh"] {
            let help = try CaseQLBinary.run(["--lang", language, "-c", "help dot-commands"], environment: ["COLUMNS": "1000"]).stdout
            #expect(!help.contains("do not work"), "\(language): \(help)")
            #expect(!help.contains("不能在"), "\(language): \(help)")
            #expect(help.contains("caseql -c '.mode csv' -c 'select firms'"), "\(language): \(help)")
        }
    }
}
