/// What may be typed next, read off the tokens of the statement so far. It follows the grammar
/// loosely: completion must help with half-typed, even wrong, statements, never reject them.
public indirect enum CompletionSlot: Equatable, Sendable {
    case nothing
    case statementStart
    case keywords([String])
    case caseNoun
    /// Where a condition starts: dimensions, attributes, `has`, `not`, bare categories.
    case conditionStart
    /// Categories of these dimensions (all when nil), then extra keywords.
    case categories(dimensions: Set<Int>?, then: [String])
    case dimensions
    case attributes(withDimensions: Bool, then: [String])
    /// Values of an attribute; the implicit `name` attribute's values are the case names.
    case values(attribute: AttributeReference)
    case caseNames
    case explainTarget
    case showTarget
    case helpTopic
    case all([CompletionSlot])

    public enum AttributeReference: Equatable, Sendable {
        case name
        case declared(Int)
        case unknown
    }

    /// The words that start a statement: the registry's, so every statement completes.
    public static var statementKeywords: [String] { StatementRegistry.keywords }
    public static let showTargets = ShowTarget.words

    /// The slot after `tokens` (one statement's, its keyword first), as its definition says.
    public init(statement tokens: [Token], vocabulary: Vocabulary) {
        guard let first = tokens.first else { self = .statementStart; return }
        guard case .keyword(let keyword) = first.kind, let definition = StatementRegistry.definition(for: keyword) else {
            self = .nothing
            return
        }
        self = definition.complete(CompletionContext(tokens: tokens, vocabulary: vocabulary))
    }
}

/// A statement's tokens so far, with the helpers statement definitions use to say what may come
/// next. The slot of a statement is its definition's business; conditions and lists are shared.
public struct CompletionContext: Sendable {
    public let tokens: [Token]
    public let vocabulary: Vocabulary

    public var count: Int { tokens.count }

    /// Inside a condition: `then` are the keywords that may follow a finished condition.
    public func conditionSlot(_ c: [Token], then: [String]) -> CompletionSlot {
        guard let last = c.last else { return .conditionStart }
        let previous = c.count >= 2 ? c[c.count - 2] : nil
        switch last.kind {
        case .lparen, .comma:
            return listSlot(c) ?? (last.kind == .lparen ? .conditionStart : .nothing)
        case .keyword(.where), .keyword(.or), .keyword(.not):
            return .conditionStart
        case .keyword(.and):
            // `between 1 and` wants a number, not a condition.
            let isBetween = c.count >= 3 && isKeyword(c[c.count - 3], .between)
            return isBetween ? .nothing : .conditionStart
        case .keyword(.includes):
            return .categories(dimensions: previous.flatMap(dimensions), then: ["any", "all"])
        case .keyword(.has):
            return .dimensions
        case .equal, .notEqual:
            return .values(attribute: previous.map(attribute) ?? .unknown)
        case .identifier, .string:
            let startsCondition = previous.map { [.keyword(.and), .keyword(.or), .keyword(.not), .lparen].contains($0.kind) } ?? true
            guard startsCondition else { return .keywords(then) }
            if dimensions(last) != nil { return .keywords(["includes"]) }
            if attribute(last) != .unknown { return .keywords(["in", "between", "contains"]) }
            return .keywords(then)
        case .number, .rparen:
            return .keywords(then)
        default:
            return .nothing
        }
    }

    /// Inside `DIM includes any|all (…` or `ATTR in (…`, after `(` or `,`: that list's names.
    func listSlot(_ c: [Token]) -> CompletionSlot? {
        var depth = 0
        var open: Int?
        for (i, token) in c.enumerated().reversed() {
            if token.kind == .rparen { depth += 1 }
            if token.kind == .lparen {
                if depth == 0 { open = i; break }
                depth -= 1
            }
        }
        guard let open, open >= 2 else { return nil }
        let before = c[open - 1]
        if isKeyword(before, .in) {
            return .values(attribute: attribute(c[open - 2]))
        }
        if isKeyword(before, .any) || isKeyword(before, .all), open >= 3, isKeyword(c[open - 2], .includes) {
            return .categories(dimensions: dimensions(c[open - 3]), then: [])
        }
        return nil
    }

    // MARK: names

    public func name(_ token: Token) -> String? {
        switch token.kind {
        case .identifier(let s), .string(let s): return s
        default: return nil
        }
    }

    public func dimensions(_ token: Token) -> Set<Int>? {
        guard let name = name(token) else { return nil }
        let found = vocabulary.dimension(named: name)
        return found.isEmpty ? nil : found
    }

    public func attribute(_ token: Token) -> CompletionSlot.AttributeReference {
        guard let name = name(token) else { return .unknown }
        if let index = vocabulary.attribute(named: name) { return .declared(index) }
        return Vocabulary.key(name) == Vocabulary.nameAttribute ? .name : .unknown
    }

    public func isKeyword(_ token: Token, _ keyword: Keyword) -> Bool {
        token.kind == .keyword(keyword)
    }

    public func lastIndex(of keywords: [Keyword], from start: Int) -> Int? {
        guard start < tokens.count else { return nil }
        return tokens[start...].lastIndex { token in keywords.contains { isKeyword(token, $0) } }
    }
}
