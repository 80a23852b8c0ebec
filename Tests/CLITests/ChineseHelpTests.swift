import Foundation
import Testing
import CaseQL
import StudyIO
import TestSupport

/// Under `--lang zh` help reads in Chinese: no sentence of English is left untranslated.
@Suite struct ChineseHelpTests {
    /// Runs of three English words or more, outside syntax and example lines, quotes and code.
    static func englishProse(in text: String) -> [String] {
        var found: [String] = []
        for raw in text.split(separator: "\n") {
            let line = raw.drop { $0 == " " }
            let code = StatementRegistry.keywords + ["COND", "|", "=", ".", "caseql", "例如 "]
            if code.contains(where: { line.hasPrefix($0) }) || !line.contains(" ") { continue }
            // Quoted code ('help conditions') is the language, not prose.
            var unquoted = ""
            var inQuote = false
            for c in line {
                if c == "'" { inQuote.toggle(); continue }
                if !inQuote { unquoted.append(c) }
            }
            // Words of two letters or more in a row, separated by spaces only: a Chinese character or
            // punctuation ends a run, so "使用 group by 时" is two words, not prose.
            var run = 0, word = 0
            for c in unquoted + "。" {
                if c.isASCII, c.isLetter {
                    word += 1
                } else {
                    if word >= 2 { run += 1 } else if word > 0 { run = 0 }
                    word = 0
                    if run >= 3 { found.append(String(line)); break }
                    if c != " " { run = 0 }
                }
            }
        }
        return found
    }

    @Test func helpAndEveryTopicAreChinese() throws {
        let book = Interpreter(study: BuiltinStudy.load()).helpBook
        let statements = (["help"] + book.topicNames.map { "help \($0)" }).joined(separator: "\n")
        let result = try CaseQLBinary.run(["--lang", "zh", "-c", statements])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.count > 5000)
        let english = Self.englishProse(in: result.stdout)
        #expect(english.isEmpty, "untranslated: \(english)")
        // The detector finds English where there is some.
        #expect(!Self.englishProse(in: try CaseQLBinary.run(["-c", "help"]).stdout).isEmpty)
    }
}
