import Foundation
import Testing
import TestSupport

/// `quiz` under `--format json` is a stream of JSON objects a program can read; under `markdown` a
/// handout with every question and an answer key.
@Suite struct QuizFormatsTests {
    /// The top-level objects of a stream of pretty-printed JSON values.
    static func objects(_ text: String) throws -> [[String: Any]] {
        var objects: [[String: Any]] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line == "}" {
                let value = try JSONSerialization.jsonObject(with: Data(current.utf8))
                objects.append(try #require(value as? [String: Any]))
                current = ""
            }
        }
        #expect(current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        return objects
    }

    @Test func jsonQuizIsOneObjectPerEvent() throws {
        let result = try CaseQLBinary.run(["--format", "json"], stdin: Data("quiz questions 2 seed 7\nhint\n1\nnonsense\n2\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try Self.objects(result.stdout)
        let kinds = objects.compactMap { $0["kind"] as? String }
        #expect(kinds == ["quiz", "question", "hint", "feedback", "question", "not_understood", "feedback", "score"], "\(kinds)")
        let feedback = try #require(objects.first { $0["kind"] as? String == "feedback" })
        #expect(feedback["answer"] as? String == "1")
        #expect(["right", "wrong", "partial", "skipped"].contains(feedback["verdict"] as? String ?? ""))
        let score = try #require(objects.last)
        #expect(score["asked"] as? Int == 2)
        #expect(score["finished"] as? Bool == true)
    }

    @Test func markdownQuizIsAHandout() throws {
        let result = try CaseQLBinary.run(["--format", "markdown", "-c", "quiz questions 4 seed 7"])
        #expect(result.status == 0, "\(result.stderr)")
        let headings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Question 1 of 4", "## Question 2 of 4", "## Question 3 of 4", "## Question 4 of 4", "## Answers"])
        #expect(result.stdout.contains("- `1`  "))
        #expect(result.stdout.contains("```\nwhy ") || result.stdout.contains("  why "))
        // The same seed gives the same handout.
        #expect(try CaseQLBinary.run(["--format", "markdown", "-c", "quiz questions 4 seed 7"]).stdout == result.stdout)
    }
}
