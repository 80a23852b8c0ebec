import CaseQL
import LineEditor

/// Tab completion for the shell, as a pure function of the text typed so far and the loaded
/// study's vocabulary, so it can be tested without a terminal.
///
/// The text before the word being completed is tokenised with the language's own lexer; the last
/// statement's tokens tell what may come next (`CompletionSlot`), and the word is matched
/// case-insensitively against the names that fit there, in English or Chinese.
public struct Completer: Sendable {
    public var vocabulary: Vocabulary
    /// What `help TOPIC` and `.help TOPIC` accept; the statement keywords when empty.
    public var helpTopics: [String]
    /// Lists a directory for file-name completion (`.read`, `.open`, `.output`); replaceable in tests.
    var listDirectory: @Sendable (String) -> [FileNameCompletion.Entry]?

    public init(vocabulary: Vocabulary, helpTopics: [String] = []) {
        self.vocabulary = vocabulary
        self.helpTopics = helpTopics
        self.listDirectory = { FileNameCompletion.listDirectory($0) }
    }

    /// Completes `line` with the study's `vocabulary`; see `complete(line:preceding:)`.
    public static func complete(line: String, vocabulary: Vocabulary) -> Completion {
        Completer(vocabulary: vocabulary).complete(line: line)
    }

    /// The candidates for the word that ends `line` (the text up to the cursor). `preceding` is
    /// the unfinished statement's earlier lines, which give the context of a continuation line;
    /// the returned offset is into `line` alone.
    public func complete(line: String, preceding: String = "") -> Completion {
        if preceding.isEmpty, let dotLine = Self.dotCommandLine(line) {
            return completeDotCommand(line: line, command: dotLine)
        }
        let text = preceding.isEmpty ? line : preceding + "\n" + line
        let word = WordAtCursor(in: text)
        let lineStart = text.utf8.count - line.utf8.count
        guard word.start >= lineStart else { return .none }
        let before = String(decoding: text.utf8.prefix(word.start), as: UTF8.self)
        guard let tokens = Self.lastStatementTokens(before) else { return .none }
        let slot = CompletionSlot(statement: tokens, vocabulary: vocabulary)
        var candidates = self.candidates(for: slot, word: word)
        if tokens.isEmpty, preceding.isEmpty, word.quote == nil, word.text.hasPrefix(".") {
            candidates = Self.matching(Self.dotCommandNames, typed: word.text)
        }
        var completion = Completion(replacing: word, candidates: candidates)
        completion.replaceFrom -= lineStart
        return completion
    }

    /// The tokens of the statement being typed, after the last `;` or completed line; nil when the
    /// text does not lex (a stray character), where guessing would mislead.
    static func lastStatementTokens(_ text: String) -> [Token]? {
        guard let tokens = try? Lexer.tokenize(text) else { return nil }
        var statement: [Token] = []
        for token in tokens {
            switch token.kind {
            case .semicolon, .newline: statement.removeAll()
            case .end: break
            default: statement.append(token)
            }
        }
        return statement
    }

    // MARK: matching

    /// `names` that start with `typed`, ignoring case, in order and without repeats. A keyword
    /// typed in capitals completes in capitals.
    static func matching(_ names: [String], typed: String) -> [String] {
        let key = typed.lowercased()
        var seen = Set<String>()
        return names.filter { $0.lowercased().hasPrefix(key) && seen.insert($0).inserted }
    }

    static func keywords(_ words: [String], typed: String) -> [String] {
        let shout = typed.contains(where: \.isLetter) && typed == typed.uppercased() && typed != typed.lowercased()
        return matching(words, typed: typed).map { shout ? $0.uppercased() : $0 }
    }
}
