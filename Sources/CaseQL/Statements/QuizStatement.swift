import CaseModel
import QueryResult

/// `quiz [DIM|CAT] [questions N] [seed S]`: questions drawn from the coded evidence. The shell asks
/// them one at a time; run on its own (`Interpreter.run`) the statement prints them as a sheet.
public struct QuizStatement: StatementNode {
    public var scope: Name?
    public var questions: Int?
    public var seed: UInt64?
    /// The keyword's range, where an error about the whole quiz points.
    public var range: SourceRange?

    public init(scope: Name? = nil, questions: Int? = nil, seed: UInt64? = nil, range: SourceRange? = nil) {
        self.scope = scope
        self.questions = questions
        self.seed = seed
        self.range = range
    }

    static let defaultQuestions = 10
    /// More than any study's evidence gives in one sitting; keeps a typo (`questions 1e9`) harmless.
    static let maxQuestions = 1000

    public static let definition = StatementDefinition(
        keywords: [.quiz],
        grammar: #"quiz = "quiz" , [ name ] , [ "questions" , number ] , [ "seed" , number ] ;"#,
        standsAlone: true,
        parse: { p throws(Diagnostic) in try p.parseQuiz() },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "quiz", aliases: ["test", "exercise", "practice", "测验"],
                  syntax: ["quiz [DIM|CAT] [questions N] [seed S]"],
                  summary: Localized.text(.helpQuizSummary, p.language, n) + (p.language == .zh ? "" : " ")
                      + Localized.text(.helpQuizFormats, p.language),
                  examples: p.hasEvidence ? HelpBook.present(["quiz questions 3 seed 7", p.dimension.map { "quiz \($0) questions 5" }]) : [],
                  shellExamples: []),
            ]
        },
        complete: { c in
            switch c.tokens.last?.kind {
            case .keyword(.quiz): return .all([.dimensions, .categories(dimensions: nil, then: []), .keywords(["questions", "seed"])])
            case .identifier(let word) where ["questions", "seed"].contains(word.lowercased()): return .nothing
            default: return .keywords(["questions", "seed"])
            }
        })

    public var printed: String {
        var text = "quiz"
        if let scope { text += " " + Printer.print(scope) }
        if let questions { text += " questions \(questions)" }
        if let seed { text += " seed \(seed)" }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        let run = try interpreter.quiz(self, seed: seed ?? 1)
        return .text(run.sheet)
    }
}

extension Keyword {
    static let quiz = Keyword("quiz")
}

extension Parser {
    mutating func parseQuiz() throws(Diagnostic) -> QuizStatement {
        var quiz = QuizStatement(range: advance().range)
        if !atStatementEnd, !atQuizOption {
            quiz.scope = try parseName(what: "a dimension, a category, 'questions' or 'seed'")
        }
        while atQuizOption {
            guard case .identifier(let word) = advance().kind else { break }
            let isSeed = word.lowercased() == "seed"
            let value = try parseValue()
            guard case .number(let d, _) = value.literal, d == d.rounded(), d >= (isSeed ? 0 : 1),
                  isSeed || d <= Double(QuizStatement.maxQuestions) else {
                throw Diagnostic(isSeed ? Localized.text(.quizSeedRange, language, value.text)
                                 : Localized.text(.quizQuestionsRange, language, String(QuizStatement.maxQuestions), value.text),
                                 at: value.range)
            }
            if isSeed { quiz.seed = UInt64(d) } else { quiz.questions = Int(d) }
        }
        return quiz
    }

    /// At `questions N` or `seed N` (the words are names elsewhere, so a number must follow).
    private var atQuizOption: Bool {
        guard case .identifier(let word) = current.kind, ["questions", "seed"].contains(word.lowercased()),
              index + 1 < tokens.count, case .number = tokens[index + 1].kind else { return false }
        return true
    }
}

extension Interpreter {
    /// The quiz a statement asks for; `seed` when the statement gives none.
    public func quiz(_ statement: QuizStatement, seed fallback: UInt64) throws(Diagnostic) -> QuizRun {
        let seed = statement.seed ?? fallback
        var scope = Set(taxonomy.nodes.indices)
        var scopeName: String?
        if let name = statement.scope {
            let dimensions = vocabulary.dimension(named: name.text)
            if vocabulary.category(named: name.text).isEmpty, let d = dimensions.first, dimensions.count == 1 {
                scope = Set(taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d })
                let dimension = taxonomy.dimensions[d]
                let label = dimension.labels.text(in: language)
                scopeName = label.isEmpty || label == dimension.id ? dimension.id : "\(dimension.id) (\(label))"
            } else {
                let node = try resolver.category(name, inDimension: nil)
                scope = Set(taxonomy.subtree(of: node))
                scopeName = quizName(ofNode: node)
            }
        }
        let requested = statement.questions ?? QuizStatement.defaultQuestions
        var builder = QuizBuilder(interpreter: self, rng: SplitMix64(seed: seed), scope: scope)
        let questions = builder.questions(count: requested)
        guard !questions.isEmpty else {
            let origin = SourcePosition(offset: 0, line: 1, column: 1)
            let range = statement.scope?.range ?? statement.range ?? SourceRange(origin, origin)
            let hasEvidence = study.cases.contains { $0.codes.contains { !$0.evidence.isEmpty } }
            throw Diagnostic(hasEvidence ? Localized.text(.quizNothingInScope, language, statement.scope?.text ?? "")
                             : Localized.text(.quizNoEvidence, language), at: range)
        }
        var replay = statement
        replay.seed = seed
        return QuizRun(questions: questions, requested: requested, seed: seed, replay: replay.printed,
                       scopeName: scopeName, interpreter: self)
    }
}

extension QuizRun {
    /// Every question at once, for a printed sheet: what the statement gives outside the shell.
    public var sheet: String {
        let header = opening.prefix { $0 != "\n" }
        return ([String(header)] + questions.enumerated().map { n, q in
            interpreter.quizText(ofQuestion: q, number: n + 1, of: questions.count)
        }).joined(separator: "\n")
    }
}
