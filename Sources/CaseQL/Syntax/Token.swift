/// A reserved word. The clause and operator words are listed here; the words that start a
/// statement come from the statement registry, so a statement added there is a keyword at once.
public struct Keyword: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    /// A known keyword (lower case), or nil.
    public init?(rawValue: String) {
        guard Keyword.known.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Declares a keyword; statement files declare theirs this way.
    init(_ word: String) {
        rawValue = word
    }

    static let `where` = Keyword("where"), group = Keyword("group"), order = Keyword("order"), by = Keyword("by")
    static let asc = Keyword("asc"), desc = Keyword("desc"), limit = Keyword("limit")
    static let and = Keyword("and"), or = Keyword("or"), not = Keyword("not"), includes = Keyword("includes")
    static let any = Keyword("any"), all = Keyword("all"), has = Keyword("has"), `in` = Keyword("in")
    static let between = Keyword("between"), contains = Keyword("contains")
    /// Also a statement's keyword (`count firms`); a clause word in `order by count`.
    static let count = Keyword("count")
    /// Also a statement's keyword (`show taxonomy`); a clause word in `crosstab … show firms`.
    static let show = Keyword("show")

    /// Words that are keywords wherever they appear, besides the statements' own.
    static let clauseWords: [Keyword] = [.where, .group, .order, .by, .asc, .desc, .limit, .and, .or, .not, .includes,
                                         .any, .all, .has, .in, .between, .contains]

    /// Every keyword: the clause words and every registered statement's keywords.
    public static let allCases: [Keyword] = {
        var seen = Set<String>()
        return (StatementRegistry.all.flatMap { $0.definition.keywords } + clauseWords).filter { seen.insert($0.rawValue).inserted }
    }()

    static let known: Set<String> = Set(allCases.map(\.rawValue))
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
    /// QCA's set notation (`~`, `*`, `+`, `->`, `<-`, `-`), lexed only inside the QCA statements.
    case setOperator(String)
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

    /// Words that, first on a line, continue the statement above (SQL-style layouts in scripts:
    /// `select firms where has org` / `  and has financing`). `show` is not among them: a line
    /// `show taxonomy` after a statement is a statement of its own.
    public static let continuationWords: Set<String> = ["and", "or", "where", "group", "order", "limit", "by"]

    static func startsContinuationLine(_ word: String) -> Bool { continuationWords.contains(word) }

    /// The continuation rule, in one place: a line break after the last of `tokens` continues the
    /// statement when that token cannot end one. A keyword can end a statement when it is the topic
    /// of `help` (`help select`), `asc`/`desc`, or a statement's keyword that stands alone (`tour`).
    static func continuesStatement(_ tokens: some BidirectionalCollection<Token>) -> Bool {
        guard let last = tokens.last else { return false }
        if tokens.count >= 2, tokens[tokens.index(tokens.endIndex, offsetBy: -2)].kind == .keyword(.help) {
            return false
        }
        switch last.kind {
        case .keyword(let k):
            if k == .asc || k == .desc { return false }
            return !StatementRegistry.standsAlone(k)
        case .comma, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .lparen: return true
        // `A*`, `A +`, `~`, `->` want more; a lone `-` (an expectation) may end `expect …, -`.
        case .setOperator(let op): return op != "-"
        default: return false
        }
    }
}
