import CaseModel
import QueryResult

/// What a line typed at a question's prompt means.
public enum QuizInput: Sendable, Hashable {
    case skip
    case hint
    /// The choices picked (indices into `choices`); `others` are category nodes named that are not
    /// listed (wrong unless the quote evidences them too).
    case picks(Set<Int>, others: Set<Int>)
    /// Nothing the question can take; `reason` says what was not understood.
    case unrecognized(String)
}

/// How an answer was graded.
public struct QuizVerdict: Sendable, Hashable {
    /// From 0 to 1; several-answer questions give partial credit.
    public var credit: Double
    public var skipped: Bool
    public var picks: Set<Int>

    public var isRight: Bool { credit >= 1 }
}

extension QuizQuestion {
    /// Reads an answer: `skip`, `hint`, a choice's number, or its words (an id, a label in either
    /// language, a case's name); several, separated by commas, where several are expected.
    /// `categoriesNamed` resolves a category name that is not among the choices.
    public func read(_ line: String, categoriesNamed: (String) -> Set<Int>) -> QuizInput {
        let text = line.trimmingSpaces
        let key = Vocabulary.key(text)
        if key == "skip" || text == "跳过" { return .skip }
        if key == "hint" || text == "提示" { return .hint }
        if text.isEmpty { return .unrecognized("") }
        if let whole = pick(text, categoriesNamed: categoriesNamed) { return single(whole) }
        let separators: Set<Character> = [",", "，", "、", ";", "；"]
        var parts = text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingSpaces }
        // "1 3" lists numbers with spaces.
        if parts.count == 1 { parts = text.split(separator: " ").map(String.init) }
        var picks = Set<Int>()
        var others = Set<Int>()
        for part in parts where !part.isEmpty {
            switch pick(part, categoriesNamed: categoriesNamed) {
            case .choice(let c)?: picks.insert(c)
            case .other(let n)?: others.insert(n)
            case nil: return .unrecognized(part)
            }
        }
        guard takesSeveral || picks.count + others.count <= 1 else { return .unrecognized(text) }
        return .picks(picks, others: others)
    }

    private enum Pick { case choice(Int), other(Int) }

    private func single(_ p: Pick) -> QuizInput {
        switch p {
        case .choice(let c): return .picks([c], others: [])
        case .other(let n): return .picks([], others: [n])
        }
    }

    private func pick(_ text: String, categoriesNamed: (String) -> Set<Int>) -> Pick? {
        if let n = Int(text), n >= 1, n <= choices.count { return .choice(n - 1) }
        let key = Vocabulary.key(text)
        if let c = choices.firstIndex(where: { $0.words.contains { Vocabulary.key($0) == key } }) { return .choice(c) }
        guard kind == .quoteCategory else { return nil }
        let named = categoriesNamed(text)
        if let c = choices.firstIndex(where: { $0.node.map(named.contains) ?? false }) { return .choice(c) }
        return named.count == 1 ? .other(named.first!) : nil
    }

    /// Grades picks: all right for one right choice (or a category the quote evidences too); for
    /// several answers, the share of right ones found less the wrong ones, never below zero.
    public func grade(_ picks: Set<Int>, others: Set<Int> = []) -> QuizVerdict {
        guard takesSeveral else {
            let right = picks.contains(where: correct.contains) || others.contains(where: alsoCorrectNodes.contains)
            return QuizVerdict(credit: right ? 1 : 0, skipped: false, picks: picks)
        }
        let hits = picks.intersection(correct).count
        let misses = picks.subtracting(correct).count
        let credit = max(0, Double(hits - misses)) / Double(max(1, correct.count))
        return QuizVerdict(credit: credit, skipped: false, picks: picks)
    }

    public static let skippedVerdict = QuizVerdict(credit: 0, skipped: true, picks: [])
}
