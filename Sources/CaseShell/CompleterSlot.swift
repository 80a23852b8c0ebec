import CaseQL

/// What may be typed next, read off the tokens of the statement so far. It follows the grammar
/// loosely: completion must help with half-typed, even wrong, statements, never reject them.
indirect enum CompletionSlot: Equatable {
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

    enum AttributeReference: Equatable {
        case name
        case declared(Int)
        case unknown
    }

    static let statementKeywords = ["select", "count", "explain", "describe", "why", "show", "crosstab", "help", "tour"]
    static let showTargets = ShowTarget.words

    init(statement tokens: [Token], vocabulary: Vocabulary) {
        let reader = SlotReader(tokens: tokens, vocabulary: vocabulary)
        self = reader.slot()
    }
}

/// Reads the slot from a statement's tokens; split from the enum to keep each step short.
private struct SlotReader {
    let tokens: [Token]
    let vocabulary: Vocabulary

    func slot() -> CompletionSlot {
        guard let first = tokens.first else { return .statementStart }
        guard case .keyword(let keyword) = first.kind else { return .nothing }
        let count = tokens.count
        switch keyword {
        case .select, .count:
            return querySlot()
        case .describe:
            return count == 1 ? .caseNames : .nothing
        case .why:
            return count == 1 ? .caseNames : count == 2 ? .categories(dimensions: nil, then: []) : .nothing
        case .explain:
            return count == 1 ? .explainTarget : .nothing
        case .show:
            if count == 1 { return .showTarget }
            if count == 2, name(tokens[1])?.lowercased() == "categories" { return .dimensions }
            return .nothing
        case .crosstab:
            return crosstabSlot()
        case .help:
            return count == 1 ? .helpTopic : .nothing
        default:
            return .nothing
        }
    }

    /// `select|count NOUN [where COND] [group by X] [order by X [asc|desc]] [limit N]`
    func querySlot() -> CompletionSlot {
        if tokens.count == 1 { return .caseNoun }
        let clauses: [Keyword] = [.where, .group, .order, .limit]
        guard let k = lastIndex(of: clauses, from: 2), case .keyword(let clause) = tokens[k].kind else {
            return tokens.count == 2 ? .keywords(["where", "group", "order", "limit"]) : .nothing
        }
        let rest = Array(tokens[(k + 1)...])
        switch clause {
        case .where:
            return conditionSlot(rest, then: ["and", "or", "group", "order", "limit"])
        case .group:
            switch rest.count {
            case 0: return .keywords(["by"])
            case 1: return .attributes(withDimensions: true, then: [])
            case 2: return .keywords(["order", "limit"])
            default: return .nothing
            }
        case .order:
            switch rest.count {
            case 0: return .keywords(["by"])
            case 1: return .attributes(withDimensions: false, then: ["count"])
            case 2: return .keywords(["asc", "desc", "limit"])
            case 3 where isKeyword(rest[2], .asc) || isKeyword(rest[2], .desc): return .keywords(["limit"])
            default: return .nothing
            }
        default:
            return .nothing
        }
    }

    /// `crosstab DIM by DIM|ATTR [where COND] [show NOUN]`
    func crosstabSlot() -> CompletionSlot {
        switch tokens.count {
        case 1: return .dimensions
        case 2: return .keywords(["by"])
        case 3: return .attributes(withDimensions: true, then: [])
        case 4: return .keywords(["where", "show"])
        default: break
        }
        guard let k = lastIndex(of: [.where, .show], from: 4) else { return .nothing }
        let rest = Array(tokens[(k + 1)...])
        if isKeyword(tokens[k], .show) { return rest.isEmpty ? .caseNoun : .nothing }
        return conditionSlot(rest, then: ["and", "or", "show"])
    }

    /// Inside a condition: `then` are the keywords that may follow a finished condition.
    func conditionSlot(_ c: [Token], then: [String]) -> CompletionSlot {
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

    func name(_ token: Token) -> String? {
        switch token.kind {
        case .identifier(let s), .string(let s): return s
        default: return nil
        }
    }

    func dimensions(_ token: Token) -> Set<Int>? {
        guard let name = name(token) else { return nil }
        let found = vocabulary.dimension(named: name)
        return found.isEmpty ? nil : found
    }

    func attribute(_ token: Token) -> CompletionSlot.AttributeReference {
        guard let name = name(token) else { return .unknown }
        if let index = vocabulary.attribute(named: name) { return .declared(index) }
        return Vocabulary.key(name) == Vocabulary.nameAttribute ? .name : .unknown
    }

    func isKeyword(_ token: Token, _ keyword: Keyword) -> Bool {
        token.kind == .keyword(keyword)
    }

    func lastIndex(of keywords: [Keyword], from start: Int) -> Int? {
        guard start < tokens.count else { return nil }
        return tokens[start...].lastIndex { token in keywords.contains { isKeyword(token, $0) } }
    }
}
