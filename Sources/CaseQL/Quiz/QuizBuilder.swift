import CaseModel

/// Draws a quiz's questions from the codes that carry evidence (never from candidates), with
/// SplitMix64 so a seed gives the same quiz on every machine. No question is asked twice.
struct QuizBuilder {
    let interpreter: Interpreter
    var rng: SplitMix64
    /// Categories the quiz may ask about.
    let scope: Set<Int>

    var index: CaseIndex { interpreter.index }
    var taxonomy: FlatTaxonomy { index.taxonomy }

    /// A code with its evidence: the raw material of every question.
    struct EvidencedCode: Hashable {
        var kase: Int
        var node: Int
        var evidence: [Evidence]
    }

    /// Every direct code with evidence in scope, in case then taxonomy order.
    var evidencedCodes: [EvidencedCode] {
        var codes: [EvidencedCode] = []
        for i in 0..<index.count {
            guard let record = interpreter.record(ofCase: i) else { continue }
            for code in record.codes where !code.evidence.isEmpty && code.membership > 0.5 {
                guard let node = taxonomy.index(of: code.category), scope.contains(node) else { continue }
                codes.append(EvidencedCode(kase: i, node: node, evidence: code.evidence))
            }
        }
        return codes
    }

    mutating func questions(count: Int) -> [QuizQuestion] {
        let codes = evidencedCodes
        var seenQuotes = Set<[String]>()
        var quotes = codes.filter { seenQuotes.insert([String($0.kase), $0.evidence[0].quote]).inserted }
        let codedNodes = Array(Set(codes.map(\.node))).sorted()
        var forCases = codedNodes.filter { index.categorySets[$0].cardinality < index.count }
        var definitions = codedNodes.filter { !definitionDistractors(of: $0).isEmpty }
        var coded = codes
        var notReported = codedNodes.flatMap { node in
            (0..<index.count).filter { !index.categorySets[node][$0] && interpreter.record(ofCase: $0) != nil }
                .map { EvidencedCode(kase: $0, node: node, evidence: []) }
        }
        var kinds = QuizQuestion.Kind.allCases
        shuffle(&kinds)
        var result: [QuizQuestion] = []
        // Categories already asked about: others come first, so a quiz ranges over the taxonomy.
        var used = Set<Int>()
        var turn = 0
        while result.count < count {
            var asked: QuizQuestion?
            for step in 0..<kinds.count where asked == nil {
                switch kinds[(turn + step) % kinds.count] {
                case .quoteCategory:
                    if let code = draw(&quotes, avoiding: used, \.node) { asked = quoteQuestion(code) }
                case .casesForCategory:
                    if let node = draw(&forCases, avoiding: used, \.self) { asked = casesQuestion(node) }
                case .definition:
                    if let node = draw(&definitions, avoiding: used, \.self) { asked = definitionQuestion(node) }
                case .isCoded:
                    // Coded and not-reported pairs alike, so "not reported" is a real answer.
                    let wantCoded = rng.below(2) == 0
                    if wantCoded || notReported.isEmpty, let code = draw(&coded, avoiding: used, \.node) {
                        asked = codedQuestion(code.kase, code.node)
                    } else if let pair = draw(&notReported, avoiding: used, \.node) {
                        asked = codedQuestion(pair.kase, pair.node)
                    }
                }
            }
            guard let question = asked else { break }
            // One question per case and category across kinds: drop the pairs just used.
            if let kase = question.kase {
                coded.removeAll { $0.kase == kase && $0.node == question.node }
                notReported.removeAll { $0.kase == kase && $0.node == question.node }
            }
            result.append(question)
            used.insert(question.node)
            turn += 1
        }
        return result
    }

    // MARK: kinds

    mutating func quoteQuestion(_ code: EvidencedCode) -> QuizQuestion {
        let quote = code.evidence[0]
        // The same words may evidence several codes of the case: each of them is a right answer.
        let evidenced = Set(evidencedCodes.filter { $0.kase == code.kase && $0.evidence.contains { $0.quote == quote.quote } }.map(\.node))
        let related = Set(evidenced.flatMap { taxonomy.lineage(of: $0) + taxonomy.subtree(of: $0) })
        let allowed = taxonomy.nodes.indices.filter { !related.contains($0) && !index.categorySets[$0][code.kase] }
        let dimension = taxonomy.nodes[code.node].dimension
        var near = allowed.filter { taxonomy.nodes[$0].dimension == dimension }
        var far = allowed.filter { taxonomy.nodes[$0].dimension != dimension }
        var picked = [code.node]
        while picked.count < 4, let n = draw(&near) ?? draw(&far) { picked.append(n) }
        shuffle(&picked)
        return QuizQuestion(kind: .quoteCategory, node: code.node, kase: code.kase, quote: quote,
                            choices: picked.map(categoryChoice),
                            correct: [picked.firstIndex(of: code.node)!], alsoCorrectNodes: evidenced)
    }

    mutating func casesQuestion(_ node: Int) -> QuizQuestion {
        let members = index.categorySets[node]
        var named = (0..<index.count).filter { members[$0] }
        var others = (0..<index.count).filter { !members[$0] }
        let rightCount = min(named.count, 1 + rng.below(3))
        var picked: [Int] = []
        while picked.count < rightCount, let k = draw(&named) { picked.append(k) }
        while picked.count < 6, let k = draw(&others) { picked.append(k) }
        shuffle(&picked)
        let choices = picked.map { k in
            QuizQuestion.Choice(text: index.names[k], words: [index.names[k]] + (interpreter.record(ofCase: k)?.aliases ?? []),
                                node: nil, kase: k)
        }
        return QuizQuestion(kind: .casesForCategory, node: node, kase: nil, quote: nil, choices: choices,
                            correct: Set(picked.indices.filter { members[picked[$0]] }), alsoCorrectNodes: [])
    }

    /// Other categories of the dimension whose definitions differ from the node's.
    func definitionDistractors(of node: Int) -> [Int] {
        let own = definition(of: node)
        guard !own.isEmpty else { return [] }
        let d = taxonomy.nodes[node].dimension
        var seen: Set<String> = [own]
        return taxonomy.nodes.indices.filter { n in
            taxonomy.nodes[n].dimension == d && !definition(of: n).isEmpty && seen.insert(definition(of: n)).inserted
        }
    }

    func definition(of node: Int) -> String {
        taxonomy.nodes[node].category.definition.text(in: interpreter.language)
    }

    mutating func definitionQuestion(_ node: Int) -> QuizQuestion {
        var others = definitionDistractors(of: node)
        var picked = [node]
        while picked.count < 4, let n = draw(&others) { picked.append(n) }
        shuffle(&picked)
        let choices = picked.map { QuizQuestion.Choice(text: definition(of: $0), words: [], node: $0, kase: nil) }
        return QuizQuestion(kind: .definition, node: node, kase: nil, quote: nil, choices: choices,
                            correct: [picked.firstIndex(of: node)!], alsoCorrectNodes: [])
    }

    func codedQuestion(_ kase: Int, _ node: Int) -> QuizQuestion {
        let language = interpreter.language
        let choices = [
            QuizQuestion.Choice(text: Localized.text(.quizChoiceCoded, language),
                                words: ["yes", "y", "coded", "是", "已编码"], node: nil, kase: nil),
            QuizQuestion.Choice(text: Localized.text(.quizChoiceNotReported, language),
                                words: ["not reported", "not coded", "未报告", "未编码"], node: nil, kase: nil),
        ]
        return QuizQuestion(kind: .isCoded, node: node, kase: kase, quote: nil, choices: choices,
                            correct: [index.categorySets[node][kase] ? 0 : 1], alsoCorrectNodes: [])
    }

    func categoryChoice(_ node: Int) -> QuizQuestion.Choice {
        let category = taxonomy.nodes[node].category
        let words = [category.id, category.labels.en, category.labels.zh] + category.aliases
        return QuizQuestion.Choice(text: interpreter.quizName(ofNode: node), words: words.filter { !$0.isEmpty },
                                   node: node, kase: nil)
    }

    // MARK: randomness

    /// Removes and returns a random element.
    mutating func draw<T>(_ pool: inout [T]) -> T? {
        guard !pool.isEmpty else { return nil }
        return pool.remove(at: rng.below(pool.count))
    }

    /// Removes and returns a random element whose category is not in `used`, else any.
    mutating func draw<T>(_ pool: inout [T], avoiding used: Set<Int>, _ node: KeyPath<T, Int>) -> T? {
        let fresh = pool.indices.filter { !used.contains(pool[$0][keyPath: node]) }
        guard !fresh.isEmpty else { return draw(&pool) }
        return pool.remove(at: fresh[rng.below(fresh.count)])
    }

    /// Fisher–Yates with the quiz's generator (the standard shuffle's algorithm may change).
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, rng.below(i + 1))
        }
    }
}
