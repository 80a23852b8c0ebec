public enum Keyword: String, Sendable, CaseIterable {
    case select, count, `where`, group, order, by, asc, desc, limit
    case and, or, not, includes, any, all, has, `in`, between, contains
    case explain, describe, why, show, crosstab, help, tour, truthtable
}

public enum TokenKind: Sendable, Hashable {
    case keyword(Keyword)
    /// A bare name: letters (any script), digits and `_`, not starting with a digit.
    case identifier(String)
    /// A quoted string, quotes removed and escapes resolved.
    case string(String)
    /// The literal as written; the parser converts it, so range errors can point at it.
    case number(String)
    case lparen, rparen, comma, semicolon
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    /// A line break outside parentheses, after a token that can end a statement.
    case newline
    case end
}

public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var range: SourceRange
    /// The exact source text of the token.
    public var text: String

    public init(kind: TokenKind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// How the token is named in "expected …, found …" messages.
    public var description: String {
        switch kind {
        case .keyword(let k): return "'\(k.rawValue)'"
        case .identifier(let s): return "name '\(s)'"
        case .string(let s): return "string '\(s)'"
        case .number(let s): return "number \(s)"
        case .newline: return "end of line"
        case .end: return "end of input"
        default: return "'\(text)'"
        }
    }

    /// Whether a line break after the last of `tokens` continues the statement: it does after a
    /// token that cannot end one, except a keyword written as the topic of `help` (`help select`).
    static func continuesStatement(_ tokens: some BidirectionalCollection<Token>) -> Bool {
        guard let last = tokens.last else { return false }
        if tokens.count >= 2, tokens[tokens.index(tokens.endIndex, offsetBy: -2)].kind == .keyword(.help) {
            return false
        }
        return last.continuesStatement
    }

    /// A statement cannot end after this token, so a line break after it continues the statement.
    var continuesStatement: Bool {
        switch kind {
        case .keyword(let k):
            switch k {
            case .asc, .desc, .help, .tour: return false
            default: return true
            }
        case .comma, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .lparen: return true
        default: return false
        }
    }
}
