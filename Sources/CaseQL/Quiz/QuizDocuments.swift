import CaseModel
import QueryResult

/// A quiz as documents, for `--format json` and `markdown`. JSON gets one object per event — the
/// quiz, each question, each hint or feedback, the score — so a program can drive a quiz line by
/// line; Markdown gets a handout: every question, then the answers with their evidence.
extension QuizRun {
    public var openingDocument: Document {
        let scope = scopeName ?? Localized.text(.quizScopeAll, language)
        let text = Localized.text(.quizOpening, language, String(questions.count), scope, String(seed), replay)
        return Document([.paragraph([.plain(text)])], data: .record([
            ("kind", .string("quiz")), ("questions", .integer(questions.count)), ("requested", .integer(requested)),
            ("seed", Int(exactly: seed).map(DataValue.integer) ?? .string(String(seed))), ("scope", .string(scope)), ("replay", .string(replay)),
            ("instructions", .string(Localized.text(.quizInstructions, language))),
        ]))
    }

    /// Question `n` (from 0). Its category is left out where it is the answer (a quote's category).
    public func questionDocument(_ n: Int) -> Document {
        let q = questions[n]
        let it = interpreter
        var fields: [(String, DataValue?)] = [
            ("kind", .string("question")), ("number", .integer(n + 1)), ("of", .integer(questions.count)),
            ("type", .string(QuizRun.typeName(q.kind))), ("ask", .string(ask(q))),
            ("case", q.kase.map { .string(it.index.names[$0]) }),
            ("category", q.kind == .quoteCategory ? nil : .string(it.taxonomy.nodes[q.node].category.id)),
            ("quote", q.quote.map { it.data($0) }),
            ("several", .bool(q.takesSeveral)),
            ("choices", .array(q.choices.enumerated().map { c, choice in
                .record([("number", .integer(c + 1)), ("text", .string(choice.text))])
            })),
        ]
        fields.removeAll { $0.1 == nil }
        return Document(questionBlocks(n, level: 2), data: .record(fields))
    }

    /// What one answer line gives: the feedback and the next question, or a hint, or why it is
    /// not an answer.
    public mutating func answerDocuments(_ line: String) -> [Document] {
        let number = verdicts.count + 1
        switch take(line) {
        case nil: return []
        case .hint(let text):
            return [Document([.paragraph([.plain(text)])],
                             data: .record([("kind", .string("hint")), ("number", .integer(number)), ("text", .string(text))]))]
        case .notUnderstood(let text):
            return [Document([.paragraph([.plain(text)])],
                             data: .record([("kind", .string("not_understood")), ("number", .integer(number)),
                                            ("answer", .string(line)), ("text", .string(text))]))]
        case .verdict(let n, let verdict):
            var documents = [feedbackDocument(n, verdict, answer: line)]
            if current != nil { documents.append(questionDocument(verdicts.count)) }
            return documents
        }
    }

    func feedbackDocument(_ n: Int, _ verdict: QuizVerdict, answer: String) -> Document {
        let q = questions[n]
        let it = interpreter
        let text = it.quizFeedback(q, verdict)
        let outcome = verdict.skipped ? "skipped" : verdict.isRight ? "right" : verdict.credit > 0 ? "partial" : "wrong"
        let evidence = it.feedbackEvidence(q)
        let fields: [(String, DataValue?)] = [
            ("kind", .string("feedback")), ("number", .integer(n + 1)), ("answer", .string(answer)),
            ("verdict", .string(outcome)), ("credit", .number(verdict.credit)),
            ("picked", .array(verdict.picks.sorted().map { .integer($0 + 1) })),
            ("correct", .array(q.correct.sorted().map { .record([("number", .integer($0 + 1)), ("text", .string(q.choices[$0].text))]) })),
            ("evidence", .array(evidence.map { code in
                .record([("case", .string(it.index.names[code.kase])), ("category", .string(it.taxonomy.nodes[code.node].category.id)),
                         ("quote", it.data(code.evidence)), ("query", .string(it.whyQuery(code.kase, code.node)))])
            })),
            ("not_reported", .bool(q.kind == .isCoded && evidence.isEmpty)),
            ("text", .string(String(text.dropLast()))),
        ]
        return Document([.paragraph([.plain(String(text.dropLast()))])], data: .record(fields))
    }

    public var summaryDocument: Document {
        let (credit, asked, percent) = score
        let it = interpreter
        let text = String(summary.dropLast())
        return Document([.paragraph([.plain(text)])], data: .record([
            ("kind", .string("score")), ("credit", .number((credit * 100).rounded() / 100)), ("asked", .integer(asked)),
            ("of", .integer(questions.count)), ("percent", .integer(percent)), ("finished", .bool(isFinished)),
            ("revisit", .array(revisit.map { node in
                let id = it.taxonomy.nodes[node].category.id
                return .record([("category", .string(id)), ("name", .string(it.quizName(ofNode: node))),
                                ("query", .string("explain " + id))])
            })),
        ]))
    }

    /// Every question, then the answers with the evidence and the query behind each: a handout a
    /// teacher can print (`--format markdown`).
    public var handout: Document {
        let scope = scopeName ?? Localized.text(.quizScopeAll, language)
        var blocks: [Block] = [.heading(level: 1, [.plain(Localized.text(.quizOpening, language, String(questions.count),
                                                                            scope, String(seed), replay))])]
        for n in questions.indices { blocks += questionBlocks(n, level: 2) }
        blocks.append(.heading(level: 2, [.plain(Localized.text(.quizAnswers, language))]))
        let it = interpreter
        let items = questions.enumerated().map { n, q in
            let answer = q.correct.sorted().map { "\($0 + 1). " + q.choices[$0].text }.joined(separator: "; ")
            var under: [Block] = []
            var queries: [String] = []
            for code in it.feedbackEvidence(q) {
                under.append(it.quote(code.evidence))
                queries.append(it.whyQuery(code.kase, code.node))
            }
            if q.kind == .isCoded, under.isEmpty, let kase = q.kase {
                under.append(.paragraph([.plain(Localized.text(.quizNotReported, language, it.index.names[kase],
                                                               it.taxonomy.nodes[q.node].category.id, it.caseSingular))]))
                queries.append(it.whyQuery(kase, q.node))
            }
            if !queries.isEmpty { under.append(.queries(queries)) }
            return ListItem([.plain(Localized.text(.quizQuestionHeader, language, String(n + 1), String(questions.count))
                                    + (language == .zh ? "：" : ": ") + answer)], blocks: under)
        }
        blocks.append(.list(List(items)))
        return Document(blocks, data: .array(questions.indices.map { questionDocument($0).data }))
    }

    /// A question as a heading, what it asks, its quote and its numbered choices.
    private func questionBlocks(_ n: Int, level: Int) -> [Block] {
        let q = questions[n]
        var blocks: [Block] = [.heading(level: level, [.plain(Localized.text(.quizQuestionHeader, language, String(n + 1),
                                                                               String(questions.count)))]),
                               .paragraph([.plain(ask(q))])]
        if let quote = q.quote { blocks.append(.quote(Quote(quote.quote))) }
        blocks.append(.list(List(q.choices.enumerated().map { c, choice in ListItem([.code(String(c + 1)), .plain("  " + choice.text)]) })))
        return blocks
    }

    /// The question's sentence, without its header, quote and choices.
    private func ask(_ q: QuizQuestion) -> String {
        let lines = interpreter.quizText(ofQuestion: q, number: 1, of: 1).split(separator: "\n")
        return lines.count > 1 ? String(lines[1]) : ""
    }

    static func typeName(_ kind: QuizQuestion.Kind) -> String {
        switch kind {
        case .quoteCategory: return "quote_category"
        case .casesForCategory: return "cases_for_category"
        case .definition: return "definition"
        case .isCoded: return "is_coded"
        }
    }
}
