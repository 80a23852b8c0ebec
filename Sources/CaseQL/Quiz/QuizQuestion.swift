import CaseModel

/// One question of a quiz, drawn from the study's coded evidence. Everything needed to ask it, check
/// an answer and explain the answer is here, so checking is a pure function of the question.
public struct QuizQuestion: Sendable, Hashable {
    public enum Kind: Sendable, Hashable, CaseIterable {
        /// Which category does this quote evidence? (one answer)
        case quoteCategory
        /// Which of these cases does the source name for the category? (several answers)
        case casesForCategory
        /// What does the category mean? (one definition among others of its dimension)
        case definition
        /// Is the case coded for the category? (coded, or not reported: never "no")
        case isCoded
    }

    public struct Choice: Sendable, Hashable {
        /// What the list shows.
        public var text: String
        /// Words that pick this choice besides its number (an id, labels, aliases, a case's names).
        public var words: [String]
        /// The category or case the choice stands for, when it stands for one.
        public var node: Int?
        public var kase: Int?
    }

    public let kind: Kind
    /// The category asked about (for a quote, the category it evidences).
    public let node: Int
    /// The case of the quote, or the case asked about.
    public let kase: Int?
    /// The quote shown (quoteCategory).
    public let quote: Evidence?
    public let choices: [Choice]
    /// The indices of the right choices.
    public let correct: Set<Int>
    /// Categories that are right too though not listed (the quote evidences several codes).
    public let alsoCorrectNodes: Set<Int>

    /// Several answers are expected (partial credit).
    public var takesSeveral: Bool { kind == .casesForCategory }

    /// What completion offers at this question's prompt.
    public var completions: [String] {
        var words = choices.indices.map { String($0 + 1) }
        for choice in choices { words += choice.words }
        return words + ["skip", "hint"]
    }
}
