import CaseModel

/// A quiz being taken: the questions, where the student is, and the verdicts so far. The shell feeds
/// it the lines typed (or read from a script) and prints what it answers; nothing here touches a
/// terminal, so a whole quiz is testable as values.
public struct QuizRun: Sendable {
    public let questions: [QuizQuestion]
    /// How many were asked for (more than the evidence may give).
    public let requested: Int
    public let seed: UInt64
    /// The statement that asks the same quiz again.
    public let replay: String
    let scopeName: String?
    let interpreter: Interpreter
    public private(set) var verdicts: [QuizVerdict] = []

    var language: LocalizedText.Language { interpreter.language }

    init(questions: [QuizQuestion], requested: Int, seed: UInt64, replay: String, scopeName: String?,
         interpreter: Interpreter) {
        self.questions = questions
        self.requested = requested
        self.seed = seed
        self.replay = replay
        self.scopeName = scopeName
        self.interpreter = interpreter
    }

    /// The question being asked, nil when the quiz is over.
    public var current: QuizQuestion? { verdicts.count < questions.count ? questions[verdicts.count] : nil }

    public var isFinished: Bool { current == nil }

    /// `quiz 3/10> `
    public var prompt: String { "quiz \(verdicts.count + 1)/\(questions.count)> " }

    /// What the student reads first: what the quiz covers and how to answer.
    public var opening: String {
        let scope = scopeName ?? Localized.text(.quizScopeAll, language)
        var lines = [Localized.text(.quizOpening, language, String(questions.count), scope, String(seed), replay)]
        if questions.count < requested {
            lines.append(Localized.text(.quizFewer, language, String(questions.count), String(requested)))
        }
        lines.append(Localized.text(.quizInstructions, language))
        return lines.joined(separator: "\n") + "\n\n" + interpreter.quizText(ofQuestion: questions[0], number: 1, of: questions.count)
    }

    /// Takes one line typed at the prompt and says what to print: feedback (and the next question),
    /// a hint, or why the line was not understood (the same question is asked again).
    public mutating func answer(_ line: String) -> String {
        switch take(line) {
        case nil: return ""
        case .hint(let text), .notUnderstood(let text): return text + "\n"
        case .verdict(let n, let verdict):
            var text = interpreter.quizFeedback(questions[n], verdict)
            if let next = current {
                text += "\n" + interpreter.quizText(ofQuestion: next, number: verdicts.count + 1, of: questions.count)
            }
            return text
        }
    }

    /// What one line did: a verdict on question `n` (from 0), recorded; or a hint or a reason the
    /// line was not an answer, the question still open. Nil when the quiz is over.
    public enum Event: Sendable {
        case verdict(Int, QuizVerdict)
        case hint(String)
        case notUnderstood(String)
    }

    public mutating func take(_ line: String) -> Event? {
        guard let question = current else { return nil }
        let vocabulary = interpreter.vocabulary
        switch question.read(line, categoriesNamed: { vocabulary.category(named: $0) }) {
        case .hint:
            return .hint(String(interpreter.quizHint(question).dropLast()))
        case .unrecognized(let part):
            return .notUnderstood(part.isEmpty ? Localized.text(.quizEmptyAnswer, language, String(question.choices.count))
                : Localized.text(.quizNotUnderstood, language, part, String(question.choices.count)))
        case .skip:
            verdicts.append(QuizQuestion.skippedVerdict)
        case .picks(let picks, let others):
            verdicts.append(question.grade(picks, others: others))
        }
        return .verdict(verdicts.count - 1, verdicts[verdicts.count - 1])
    }

    /// The score so far and the categories to revisit; says so when the quiz was left early.
    public var summary: String {
        let (credit, asked, percent) = score
        var lines: [String] = []
        if asked < questions.count {
            lines.append(Localized.text(.quizStopped, language, String(asked), String(questions.count)))
        }
        lines.append(Localized.text(.quizScore, language, NumberText.format((credit * 100).rounded() / 100),
                                    String(asked), String(percent)))
        if asked > 0 {
            if revisit.isEmpty {
                lines.append(Localized.text(.quizRevisitNone, language))
            } else {
                lines.append(Localized.text(.quizRevisit, language))
                for node in revisit {
                    lines.append("  " + interpreter.quizName(ofNode: node) + "   explain " + interpreter.taxonomy.nodes[node].category.id)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Credit earned, questions answered, and the percentage.
    var score: (credit: Double, asked: Int, percent: Int) {
        let credit = verdicts.reduce(0) { $0 + $1.credit }
        let asked = verdicts.count
        return (credit, asked, asked == 0 ? 0 : Int((credit / Double(asked) * 100).rounded()))
    }

    /// The categories of the questions not answered right, in the order asked, each once.
    var revisit: [Int] {
        var nodes: [Int] = []
        for (question, verdict) in zip(questions, verdicts) where !verdict.isRight && !nodes.contains(question.node) {
            nodes.append(question.node)
        }
        return nodes
    }
}
