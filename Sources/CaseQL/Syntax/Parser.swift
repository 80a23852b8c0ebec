import CaseModel

/// Recursive descent over the token stream. The parser only identifies errors (a `Diagnostic` with
/// a range and what was expected); it knows nothing of the loaded study.
public struct Parser {
    var tokens: [Token]
    var index = 0
    var depth = 0

    /// Parses a whole script or line: statements separated by `;` or line breaks.
    public static func parse(_ source: String, language: LocalizedText.Language = .en) throws(Diagnostic) -> [ParsedStatement] {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        parser.language = language
        return try parser.parseScript()
    }

    /// Tracks whether a statement read line by line is still visibly unfinished, lexing each line
    /// once: re-lexing the whole statement for every line would make long statements quadratic.
    /// Strings and comments end with their line, so each line lexes on its own.
    public struct Continuation: Sendable {
        var depth = 0
        /// The last two significant tokens (the `help KEYWORD` rule looks at both).
        var last: [Token] = []
        /// The statement is a QCA one, so its later lines lex `~ * +` as set operators too.
        var setNotation = false

        public init() {}

        /// Adds a line; true while the statement goes on.
        public mutating func feed(_ line: String) -> Bool {
            guard let tokens = try? Lexer.tokenize(line, setNotation: setNotation) else { return false }
            for t in tokens.dropLast() where t.kind != .newline {
                if t.kind == .lparen { depth += 1 }
                if t.kind == .rparen { depth = max(0, depth - 1) }
                if t.kind == .semicolon { depth = 0; setNotation = false }
                if last.isEmpty || last.last?.kind == .semicolon, case .keyword(let k) = t.kind {
                    setNotation = Keyword.setNotationStatements.contains(k)
                }
                last.append(t)
                if last.count > 2 { last.removeFirst() }
            }
            return depth > 0 || Token.continuesStatement(last)
        }
    }

    /// The language of its messages (the grammar's words in them stay as they are).
    var language: LocalizedText.Language = .en

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    var current: Token { tokens[index] }

    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    func check(_ kind: TokenKind) -> Bool { current.kind == kind }
    func check(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    mutating func accept(_ keyword: Keyword) -> Token? {
        check(keyword) ? advance() : nil
    }

    mutating func accept(_ kind: TokenKind) -> Token? {
        check(kind) ? advance() : nil
    }

    mutating func expect(_ keyword: Keyword, context: String? = nil) throws(Diagnostic) -> Token {
        if let t = accept(keyword) { return t }
        throw unexpected(expected: ["'\(keyword.rawValue)'"], context: context)
    }

    mutating func expect(_ kind: TokenKind, _ name: String, context: String? = nil) throws(Diagnostic) -> Token {
        if let t = accept(kind) { return t }
        throw unexpected(expected: [name], context: context)
    }

    func unexpected(expected: [String], context: String? = nil) -> Diagnostic {
        let items = expected.map { ExpectedItems.item($0, language) }
        let what = items.count == 1 ? items[0]
            : Localized.text(.errorOneOf, language, items.joined(separator: language == .zh ? "、" : ", "))
        let found = ExpectedItems.found(current, language)
        let message = context.map { Localized.text(.errorExpectedContext, language, what, ExpectedItems.context($0, language), found) }
            ?? Localized.text(.errorExpected, language, what, found)
        return Diagnostic(message, at: current.range, expected: expected)
    }

    /// Parses every statement of `source` on its own: a statement with an error yields its
    /// diagnostic and parsing resumes after the next `;` or line break, so `count firms; why x`
    /// still runs `count firms`. A lexical error (an unterminated string) ends the text.
    public static func parseEach(_ source: String, language: LocalizedText.Language = .en) -> [Result<ParsedStatement, Diagnostic>] {
        let tokens: [Token]
        do { tokens = try Lexer.tokenize(source) } catch { return [.failure(error)] }
        var parser = Parser(tokens: tokens)
        parser.language = language
        var results: [Result<ParsedStatement, Diagnostic>] = []
        while true {
            while parser.accept(.semicolon) != nil || parser.accept(.newline) != nil {}
            if parser.check(.end) { break }
            let start = parser.current.range
            do throws(Diagnostic) {
                let statement = try parser.parseStatement()
                let end = parser.tokens[max(0, parser.index - 1)].range
                if !parser.atStatementEnd { throw parser.junkAfterStatement() }
                results.append(.success(ParsedStatement(statement: statement, range: start.to(end))))
            } catch {
                results.append(.failure(error))
                // Resume at the next statement.
                while !parser.check(.end), !parser.check(.semicolon), !parser.check(.newline) { _ = parser.advance() }
            }
        }
        return results
    }

    mutating func parseScript() throws(Diagnostic) -> [ParsedStatement] {
        var statements: [ParsedStatement] = []
        while true {
            while accept(.semicolon) != nil || accept(.newline) != nil {}
            if check(.end) { break }
            let start = current.range
            let statement = try parseStatement()
            let end = tokens[max(0, index - 1)].range
            statements.append(ParsedStatement(statement: statement, range: start.to(end)))
            if check(.end) { break }
            if accept(.semicolon) == nil, accept(.newline) == nil {
                throw junkAfterStatement()
            }
        }
        return statements
    }

    /// The statement at the current token, parsed by its registered definition.
    mutating func parseStatement() throws(Diagnostic) -> Statement {
        guard case .keyword(let keyword) = current.kind, let definition = StatementRegistry.definition(for: keyword) else {
            throw unknownStatement()
        }
        return Statement(any: try definition.parse(&self))
    }

    /// Something after a complete statement; a misspelt clause word (`wher`) reads as a stray name
    /// here, so it gets its did-you-mean.
    func junkAfterStatement() -> Diagnostic {
        var d = unexpected(expected: ["';'", "end of line"], context: "after the statement")
        if case .identifier(let word) = current.kind,
           let guess = Suggestions.closest(to: word, among: Keyword.clauseWords.map(\.rawValue)) {
            d.suggest(guess, at: current.range)
        }
        return d
    }

    /// At `;`, a line break or the end: a statement may stop here.
    var atStatementEnd: Bool { check(.semicolon) || check(.newline) || check(.end) }

    func unknownStatement() -> Diagnostic {
        var d = Diagnostic(Localized.text(.errorExpectedStatement, language, ExpectedItems.found(current, language)),
                           at: current.range, id: "syntax", expected: StatementRegistry.keywords.map { "'\($0)'" })
        if case .identifier(let word) = current.kind {
            if let guess = Suggestions.closest(to: word, among: StatementRegistry.keywords) {
                d.suggest(guess, at: current.range)
                d.annotations[0].text = Localized.text(.errorDidYouMean, language, guess)
            } else if word.lowercased() == "from" || tokens.contains(where: { $0.kind == .identifier("from") }) {
                d.notes.append("note: " + Localized.text(.errorNotSQL, language))
            }
        }
        return d
    }

    /// A bare or quoted name.
    mutating func parseName(what: String) throws(Diagnostic) -> Name {
        switch current.kind {
        case .identifier(let s):
            let t = advance()
            return Name(s, range: t.range)
        case .string(let s):
            let t = advance()
            return Name(s, range: t.range, quoted: true)
        case .keyword(let k):
            throw Diagnostic(Localized.text(.errorExpectedKeyword, language, ExpectedItems.item(what, language), k.rawValue),
                             at: current.range, expected: [what],
                             notes: ["help: " + Localized.text(.errorQuoteKeyword, language, "\"\(current.text)\"")])
        default:
            throw unexpected(expected: [what])
        }
    }
}
