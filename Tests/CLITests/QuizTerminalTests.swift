import Foundation
import Testing
import TestSupport

/// A quiz as a student takes it: piped answers give the golden transcripts, and at a real terminal
/// (tmux) each question has its own prompt with Tab completing the answers, `hint`, and Ctrl-C
/// leaving the quiz for the shell.
@Suite struct QuizPipedTests {
    /// Piped stdin runs like the golden script file: the quiz reads the lines after it.
    @Test(arguments: [("22-quiz", [String]()), ("23-quiz-zh", ["--lang", "zh"])])
    func pipedAnswersGiveTheGoldenTranscript(_ name: String, _ arguments: [String]) throws {
        let golden = GoldenTests.goldenDir.appendingPathComponent(name)
        let script = try Data(contentsOf: golden.appendingPathExtension("cql"))
        let expected = try String(contentsOf: golden.appendingPathExtension("stdout"), encoding: .utf8)
        // A whole quiz in a debug build: on two cores loaded by the parallel suite it once passed the
        // default 20 s deadline (CI at 35d8a4e), so it gets room; a hang still fails.
        let result = try CaseQLBinary.run(arguments, stdin: script, timeout: 120)
        #expect(result.stdout == expected)
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test func aStudyWithoutEvidenceIsAnErrorInScripts() throws {
        let result = try CaseQLBinary.run(["--data", "Samples/lipset-fuzzy.csv", "-c", "quiz"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("-c:1:1: error: this study has no coded evidence to ask about"))
    }
}

@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed; terminal tests skipped"))
struct QuizTerminalTests {
    @Test func aQuizAtThePrompt() throws {
        let shell = try TerminalSession(arguments: ["--no-rc"], width: 120, height: 50)
        try shell.waitForLine("caseql>")
        try shell.type("quiz questions 4 seed 2")
        try shell.press("Enter")
        try shell.waitForLine("quiz 1/4>")
        // A Chinese label, completed with Tab from the question's choices (产品 alone is also 产品升级, an alias).
        try shell.type("产品改")
        try shell.press("Tab")
        try shell.waitForLine("quiz 1/4> 产品改进")
        try shell.press("Enter")
        try shell.waitFor("Right: 3. product_improvement")
        try shell.waitForLine("quiz 2/4>")
        try shell.type("hint")
        try shell.press("Enter")
        try shell.waitFor("hint: research_funding:")
        try shell.waitForLine("quiz 2/4>")
        // By number: one of the two firms named, for half the credit.
        try shell.type("4")
        try shell.press("Enter")
        try shell.waitFor("Partly right: 1 of the 2 named found")
        try shell.waitForLine("quiz 3/4>")
        try shell.type("1")
        try shell.press("Enter")
        try shell.waitForLine("quiz 4/4>")
        // Ctrl-C leaves the quiz, with the score so far, not the shell.
        try shell.press("C-c")
        let screen = try shell.waitFor("Quiz ended after 3 of 4 questions.")
        #expect(screen.contains("Score: 2.5 of 3 (83%)."))
        try shell.waitForLine("caseql>")
        try shell.type("count firms")
        try shell.press("Enter")
        try shell.waitFor("20")
        #expect(try !shell.screen().contains("interrupted"))
    }
}
