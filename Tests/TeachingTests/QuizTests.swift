import CaseModel
import Testing
@testable import CaseQL

/// The quiz: questions from coded evidence only, reproducible by seed, graded as documented.
@Suite struct QuizTests {
    let it = Paper.interpreter

    func quiz(_ source: String, in interpreter: Interpreter = Paper.interpreter, seed: UInt64 = 1) throws -> QuizRun {
        let parsed = try Parser.parse(source)
        let statement = try #require(parsed.first?.statement.as(QuizStatement.self))
        return try interpreter.quiz(statement, seed: seed)
    }

    /// What identifies a question, for comparing quizzes.
    func identity(_ q: QuizQuestion) -> String {
        "\(q.kind) \(q.node) \(q.kase.map(String.init) ?? "-") \(q.quote?.quote ?? "") \(q.choices.map(\.text)) \(q.correct.sorted())"
    }

    @Test func theSameSeedGivesTheSameQuiz() throws {
        let a = try quiz("quiz questions 10 seed 42").questions.map(identity)
        let b = try quiz("quiz questions 10 seed 42").questions.map(identity)
        let c = try quiz("quiz questions 10 seed 43").questions.map(identity)
        #expect(a.count == 10)
        #expect(a == b)
        #expect(a != c)
        // The seed of the statement wins over the one the shell would pick.
        #expect(try quiz("quiz questions 10 seed 42", seed: 99).questions.map(identity) == a)
    }

    @Test func noQuestionRepeatsAndEveryKindIsAsked() throws {
        for seed in UInt64(1)...20 {
            let questions = try quiz("quiz questions 12 seed \(seed)").questions
            #expect(Set(questions.map(identity)).count == questions.count, "seed \(seed) repeats a question")
            #expect(Set(questions.map(\.kind)) == Set(QuizQuestion.Kind.allCases), "seed \(seed)")
            let pairs = questions.compactMap { q in q.kase.map { "\(q.kind) \($0) \(q.node)" } }
            #expect(Set(pairs).count == pairs.count)
        }
    }

    /// Every answer the quiz calls right is what the codes say, and every quote is a code's evidence,
    /// never a candidate's.
    @Test func answersFollowTheCodedEvidence() throws {
        let taxonomy = it.index.taxonomy
        for seed in UInt64(1)...30 {
            for q in try quiz("quiz questions 10 seed \(seed)").questions {
                let id = taxonomy.nodes[q.node].category.id
                #expect(q.correct.allSatisfy(q.choices.indices.contains))
                switch q.kind {
                case .quoteCategory:
                    let kase = try #require(q.kase)
                    let code = try #require(Paper.study.cases[kase].codes.first { $0.category == id })
                    #expect(code.evidence.contains { $0.quote == q.quote?.quote })
                    #expect(q.correct.count == 1 && q.choices[q.correct.first!].node == q.node)
                    // No other listed category is coded for the case: a distractor is never also right.
                    for (n, choice) in q.choices.enumerated() where !q.correct.contains(n) {
                        #expect(!it.index.categorySets[choice.node!][kase])
                    }
                case .casesForCategory:
                    for (n, choice) in q.choices.enumerated() {
                        #expect(q.correct.contains(n) == it.index.categorySets[q.node][choice.kase!])
                    }
                    #expect(!q.correct.isEmpty)
                case .definition:
                    let right = q.choices[q.correct.first!]
                    #expect(right.text == taxonomy.nodes[q.node].category.definition.en)
                    #expect(Set(q.choices.map(\.text)).count == q.choices.count)
                case .isCoded:
                    let kase = try #require(q.kase)
                    #expect(q.correct == [it.index.categorySets[q.node][kase] ? 0 : 1])
                }
            }
        }
    }

    @Test func aScopeLimitsTheCategories() throws {
        let financing = try #require(it.index.taxonomy.dimensions.firstIndex { $0.id == "financing" })
        let run = try quiz("quiz financing questions 8 seed 3")
        #expect(run.questions.allSatisfy { it.index.taxonomy.nodes[$0.node].dimension == financing })
        let publicNode = try #require(it.index.taxonomy.index(of: "public"))
        let subtree = Set(it.index.taxonomy.subtree(of: publicNode))
        #expect(try quiz("quiz public questions 5 seed 3").questions.allSatisfy { subtree.contains($0.node) })
    }

    @Test func answersAreReadByNumberIdLabelOrName() throws {
        let questions = try quiz("quiz questions 12 seed 5").questions
        let named = { (s: String) in Paper.interpreter.vocabulary.category(named: s) }
        let quote = try #require(questions.first { $0.kind == .quoteCategory })
        let right = quote.correct.first!
        let category = it.index.taxonomy.nodes[quote.node].category
        for answer in ["\(right + 1)", category.id, category.labels.zh, category.labels.en.uppercased()] {
            #expect(quote.read(answer, categoriesNamed: named) == .picks([right], others: []), "\(answer)")
        }
        #expect(quote.read(" skip ", categoriesNamed: named) == .skip)
        #expect(quote.read("提示", categoriesNamed: named) == .hint)
        #expect(quote.read("9", categoriesNamed: named) == .unrecognized("9"))
        #expect(quote.read("1, 2", categoriesNamed: named) == .unrecognized("1, 2"), "one answer only")
        let cases = try #require(questions.first { $0.kind == .casesForCategory })
        let names = cases.correct.sorted().map { cases.choices[$0].text }
        #expect(cases.read(names.joined(separator: "、"), categoriesNamed: named) == .picks(cases.correct, others: []))
        let coded = try #require(questions.first { $0.kind == .isCoded })
        #expect(coded.read("not reported", categoriesNamed: named) == .picks([1], others: []))
        #expect(coded.read("未报告", categoriesNamed: named) == .picks([1], others: []))
        // "no" is not the closed world's answer: it is not taken.
        #expect(coded.read("no", categoriesNamed: named) == .unrecognized("no"))
    }

    @Test func severalAnswersEarnPartialCredit() throws {
        let q = try #require(try (1...40).lazy.flatMap { seed in
            try quiz("quiz questions 12 seed \(seed)").questions
        }.first { $0.kind == .casesForCategory && $0.correct.count >= 2 })
        let right = q.correct.sorted()
        let wrong = try #require(q.choices.indices.first { !q.correct.contains($0) })
        #expect(q.grade(Set(right)).credit == 1)
        #expect(q.grade([right[0]]).credit == 1 / Double(right.count))
        #expect(q.grade([right[0], wrong]).credit == 0)
        #expect(q.grade([wrong]).credit == 0)
    }

    @Test func aRunScoresAndNamesTheCategoriesToRevisit() throws {
        var run = try quiz("quiz questions 3 seed 8")
        let first = run.questions[0], second = run.questions[1]
        _ = run.answer("\(first.correct.first! + 1)")
        let wrong = second.choices.indices.first { !second.correct.contains($0) }!
        let feedback = run.answer("\(wrong + 1)")
        #expect(feedback.contains("Not right"))
        #expect(run.summary.contains("Quiz ended after 2 of 3 questions."))
        #expect(run.summary.contains("Score: 1 of 2 (50%)."))
        #expect(run.summary.contains("explain " + it.index.taxonomy.nodes[second.node].category.id))
        #expect(!run.summary.contains("explain " + it.index.taxonomy.nodes[first.node].category.id + "\n")
                || first.node == second.node)
    }

    @Test func notReportedIsExplainedAsTheClosedWorld() throws {
        let q = try #require(try (1...40).lazy.flatMap { seed in
            try quiz("quiz questions 10 seed \(seed)").questions
        }.first { $0.kind == .isCoded && $0.correct == [1] })
        let english = it.quizFeedback(q, q.grade([1]))
        #expect(english.contains("Not coded means not reported"))
        #expect(english.contains("never 'no'"))
        #expect(english.contains("why "))
        #expect(Paper.chinese.quizFeedback(q, q.grade([1])).contains("封闭世界"))
    }

    @Test func aStudyWithoutEvidenceSaysSo() throws {
        let bare = Interpreter(study: MiniStudy.study)
        let d = try #require(bare.diagnostic("quiz"))
        #expect(d.message.hasPrefix("this study has no coded evidence"))
        #expect(Interpreter(study: MiniStudy.study, language: .zh).diagnostic("quiz")?.message.hasPrefix("此研究没有") == true)
    }

    @Test func badOptionsArePositionedErrors() throws {
        #expect(it.diagnostic("quiz questions 0")?.message == "the number of questions is a whole number from 1 to 1000, found 0")
        #expect(it.diagnostic("quiz seed 1.5")?.message == "the seed is a whole number from 0, found 1.5")
        #expect(it.diagnostic("quiz nosuchthing")?.message.hasPrefix("unknown category 'nosuchthing'") == true)
    }

    @Test func theStatementPrintsBack() throws {
        for source in ["quiz", "quiz financing", "quiz questions 4", "quiz \"互联 网\" questions 3 seed 9", "quiz seed 0"] {
            let parsed = try #require(try Parser.parse(source).first?.statement.as(QuizStatement.self))
            #expect(parsed.printed == source)
        }
        // `questions` and `seed` without a number are names, not options.
        #expect(throws: Diagnostic.self) { try Parser.parse("quiz questions questions") }
    }
}

/// `tour N` and `tour run`: one step, and the step's queries, which all run on the study.
@Suite struct TourStepTests {
    @Test func aStepIsTheTourHasIt() throws {
        let steps = Tour.steps(for: Paper.interpreter)
        for n in 1...steps.count {
            #expect(try Paper.interpreter.run("tour \(n)") == [.document(steps[n - 1])])
        }
        #expect(Paper.interpreter.diagnostic("tour \(steps.count + 1)")?.message
                == "the tour has no step \(steps.count + 1): its steps are 1 to \(steps.count)")
        #expect(Paper.chinese.diagnostic("tour 99")?.message.hasPrefix("导览没有第 99 步") == true)
        #expect(Paper.interpreter.diagnostic("tour 0") != nil)
    }

    @Test func everyStepsQueriesRun() throws {
        let steps = Tour.tourSteps(for: Paper.interpreter)
        for n in 1...steps.count {
            let queries = try Paper.interpreter.tourQueries(ofStep: n, range: nil)
            #expect(!queries.isEmpty, "step \(n) has no query to run")
            #expect(try Paper.interpreter.text("tour \(n) run") == queries.joined(separator: "\n") + "\n")
            for query in queries { #expect(Paper.interpreter.diagnostic(query) == nil, "\(query)") }
        }
    }

    @Test func theFormsPrintBack() throws {
        for source in ["tour", "tour 2", "tour run", "tour 3 run"] {
            #expect(try Parser.parse(source).first?.statement.printed == source)
        }
    }
}
