import CaseModel

/// The words of a quiz: questions, hints and feedback, in the interpreter's language.
extension Interpreter {
    /// "debt — Debt financing · 债务融资", the output language's label first.
    func quizName(ofNode node: Int) -> String {
        let category = taxonomy.nodes[node].category
        let first = category.labels.text(in: language)
        let second = language == .zh ? category.labels.en : category.labels.zh
        let labels = [first, second].filter { !$0.isEmpty && $0 != category.id }
        return labels.isEmpty ? category.id : category.id + " — " + uniqued(labels).joined(separator: " · ")
    }

    func quizText(ofQuestion q: QuizQuestion, number: Int, of total: Int) -> String {
        var lines = [Localized.text(.quizQuestionHeader, language, String(number), String(total))]
        let name = quizName(ofNode: q.node)
        switch q.kind {
        case .quoteCategory:
            lines.append(Localized.text(.quizAskQuote, language, q.kase.map { index.names[$0] } ?? ""))
            if let quote = q.quote { lines.append("  “" + quote.quote + "”") }
        case .casesForCategory:
            lines.append(Localized.text(.quizAskCases, language, study.caseNoun, name))
        case .definition:
            lines.append(Localized.text(.quizAskDefinition, language, name))
        case .isCoded:
            lines.append(Localized.text(.quizAskCoded, language, q.kase.map { index.names[$0] } ?? "", name))
        }
        for (n, choice) in q.choices.enumerated() {
            lines.append("  \(n + 1). " + choice.text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The category's definition; for a definition question, a quote instead (the definition is the answer).
    func quizHint(_ q: QuizQuestion) -> String {
        let category = taxonomy.nodes[q.node].category
        if q.kind == .definition {
            guard let code = firstEvidence(of: q.node, preferring: nil) else { return Localized.text(.quizHintNone, language) + "\n" }
            return Localized.text(.quizHint, language, index.names[code.kase] + ": “" + code.evidence.quote + "”") + "\n"
        }
        let definition = category.definition.text(in: language)
        guard !definition.isEmpty else { return Localized.text(.quizHintNone, language) + "\n" }
        let subject = q.kind == .quoteCategory ? "" : category.id + ": "
        return Localized.text(.quizHint, language, subject + definition) + "\n"
    }

    func quizFeedback(_ q: QuizQuestion, _ verdict: QuizVerdict) -> String {
        let answer = q.correct.sorted().map { "\($0 + 1). " + q.choices[$0].text }.joined(separator: "; ")
        var lines: [String] = []
        if verdict.skipped {
            lines.append(Localized.text(.quizSkipped, language, answer))
        } else if verdict.isRight {
            lines.append(q.kind == .definition || q.takesSeveral ? Localized.text(.quizRight, language)
                         : Localized.text(.quizRightAnswer, language, answer))
        } else if verdict.credit > 0 {
            let found = verdict.picks.intersection(q.correct).count
            let wrong = verdict.picks.subtracting(q.correct).count
            lines.append(Localized.text(.quizPartial, language, String(found), String(q.correct.count), String(wrong), answer))
        } else {
            lines.append(Localized.text(.quizWrong, language, answer))
        }
        if q.kind == .definition {
            let category = taxonomy.nodes[q.node].category
            let section = category.section.map { " (" + $0.display + ")" } ?? ""
            lines.append("  " + quizName(ofNode: q.node) + section)
        }
        let shown = feedbackEvidence(q)
        for code in shown { lines += evidenceLines(code.kase, code.node, code.evidence) }
        if q.kind == .definition {
            lines.append("  " + Localized.text(.quizQuery, language, "explain " + taxonomy.nodes[q.node].category.id))
        }
        if q.kind == .isCoded, shown.isEmpty, let kase = q.kase { lines += notReportedLines(kase, q.node) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The codes the feedback on a question shows, each with its quote: the quote asked about, the
    /// named cases', the category's first, the case's own. Empty when the case asked about is not
    /// reported for the category (the feedback then explains the closed-world reading).
    func feedbackEvidence(_ q: QuizQuestion) -> [(kase: Int, node: Int, evidence: Evidence)] {
        switch q.kind {
        case .quoteCategory:
            guard let kase = q.kase, let quote = q.quote else { return [] }
            return [(kase, q.node, quote)]
        case .casesForCategory:
            return q.correct.sorted().compactMap { c in
                guard let kase = q.choices[c].kase, let code = firstEvidence(of: q.node, preferring: kase), code.kase == kase else { return nil }
                return (kase, code.node, code.evidence)
            }
        case .definition:
            return firstEvidence(of: q.node, preferring: nil).map { [$0] } ?? []
        case .isCoded:
            guard let kase = q.kase, index.categorySets[q.node][kase],
                  let code = firstEvidence(of: q.node, preferring: kase), code.kase == kase else { return [] }
            return [code]
        }
    }

    /// Quote, gloss, section and the `why` query of one code.
    private func evidenceLines(_ kase: Int, _ node: Int, _ evidence: Evidence) -> [String] {
        var lines = ["  " + Localized.text(.quizEvidence, language, index.names[kase], taxonomy.nodes[node].category.id),
                     "    “" + evidence.quote + "”"]
        if !evidence.gloss.isEmpty { lines.append("    = " + evidence.gloss) }
        if !evidence.section.number.isEmpty || !evidence.section.title.isEmpty { lines.append("    " + evidence.section.display) }
        lines.append("    " + Localized.text(.quizQuery, language, whyQuery(kase, node)))
        return lines
    }

    /// The closed-world reading, and the candidate sentence if the study records one.
    private func notReportedLines(_ kase: Int, _ node: Int) -> [String] {
        let category = taxonomy.nodes[node].category
        var lines = ["  " + Localized.text(.quizNotReported, language, index.names[kase], category.id, caseSingular)]
        let ids = Set(taxonomy.subtree(of: node).map { taxonomy.nodes[$0].category.id })
        if record(ofCase: kase)?.candidates.contains(where: { ids.contains($0.category) }) == true {
            lines.append("  " + Localized.text(.quizCandidate, language))
        }
        lines.append("  " + Localized.text(.quizQuery, language, whyQuery(kase, node)))
        return lines
    }

    func whyQuery(_ kase: Int, _ node: Int) -> String {
        "why " + Interpreter.quotedName(index.names[kase]) + " " + taxonomy.nodes[node].category.id
    }

    /// The first evidenced direct code within the node's subtree, of `kase` when given.
    func firstEvidence(of node: Int, preferring kase: Int?) -> (kase: Int, node: Int, evidence: Evidence)? {
        let subtree = taxonomy.subtree(of: node)
        let cases = kase.map { [$0] } ?? Array(0..<index.count)
        for i in cases {
            guard index.categorySets[node][i], let record = record(ofCase: i) else { continue }
            for n in subtree {
                let id = taxonomy.nodes[n].category.id
                if let e = record.codes.first(where: { $0.category == id })?.evidence.first { return (i, n, e) }
            }
        }
        return nil
    }
}
