/// Recursive descent over the token stream. The parser only identifies errors (a `Diagnostic` with
/// a range and what was expected); it knows nothing of the loaded study.
public struct Parser {
    var tokens: [Token]
    var index = 0
    var depth = 0

    /// Parses a whole script or line: statements separated by `;` or line breaks.
    public static func parse(_ source: String) throws(Diagnostic) -> [ParsedStatement] {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        return try parser.parseScript()
    }

    /// Whether the text is a visibly unfinished statement that a shell should keep reading
    /// (an open parenthesis, a trailing `and`, `where`, `,` …). An error is not "unfinished".
    public static func needsContinuation(_ source: String) -> Bool {
        guard let tokens = try? Lexer.tokenize(source) else { return false }
        var depth = 0
        for t in tokens {
            if t.kind == .lparen { depth += 1 }
            if t.kind == .rparen { depth = max(0, depth - 1) }
            if t.kind == .semicolon { depth = 0 }
        }
        if depth > 0 { return true }
        let significant = tokens.dropLast().filter { $0.kind != .newline }
        return Token.continuesStatement(significant)
    }

    /// Tracks whether a statement read line by line is still visibly unfinished, lexing each line
    /// once: re-lexing the whole statement for every line would make long statements quadratic.
    /// Strings and comments end with their line, so each line lexes on its own.
    public struct Continuation: Sendable {
        var depth = 0
        /// The last two significant tokens (the `help KEYWORD` rule looks at both).
        var last: [Token] = []

        public init() {}

        /// Adds a line; true while the statement goes on.
        public mutating func feed(_ line: String) -> Bool {
            guard let tokens = try? Lexer.tokenize(line) else { return false }
            for t in tokens.dropLast() where t.kind != .newline {
                if t.kind == .lparen { depth += 1 }
                if t.kind == .rparen { depth = max(0, depth - 1) }
                if t.kind == .semicolon { depth = 0 }
                last.append(t)
                if last.count > 2 { last.removeFirst() }
            }
            return depth > 0 || Token.continuesStatement(last)
        }
    }

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
        let what = expected.count == 1 ? expected[0] : "one of " + expected.joined(separator: ", ")
        var message = "expected \(what)"
        if let context { message += " \(context)" }
        message += ", found \(current.description)"
        return Diagnostic(message, at: current.range, expected: expected)
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
                throw unexpected(expected: ["';'", "end of line"], context: "after the statement")
            }
        }
        return statements
    }

    static let statementStarts = ["select", "count", "explain", "describe", "why", "show", "crosstab", "truthtable",
                                  "help", "tour"]

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        guard case .keyword(let keyword) = current.kind else {
            throw unknownStatement()
        }
        switch keyword {
        case .select, .count:
            return .query(try parseQuery())
        case .explain:
            _ = advance()
            return .explain(try parseName(what: "a category, dimension or attribute to explain"))
        case .describe:
            _ = advance()
            return .describe(try parseName(what: "a case name"))
        case .why:
            _ = advance()
            let kase = try parseName(what: "a case name")
            let category = try parseName(what: "a category")
            return .why(case: kase, category: category)
        case .show:
            _ = advance()
            return .show(try parseShowTarget())
        case .crosstab:
            return .crosstab(try parseCrosstab())
        case .help:
            _ = advance()
            if check(.semicolon) || check(.newline) || check(.end) { return .help(nil) }
            let t = advance()
            if case .keyword(let k) = t.kind { return .help(Name(k.rawValue, range: t.range)) }
            if case .identifier(let s) = t.kind { return .help(Name(s, range: t.range)) }
            if case .string(let s) = t.kind { return .help(Name(s, range: t.range, quoted: true)) }
            index -= 1
            throw unexpected(expected: ["a help topic"])
        case .tour:
            _ = advance()
            return .tour
        case .truthtable:
            return .truthTable(try parseTruthTable())
        default:
            throw unknownStatement()
        }
    }

    func unknownStatement() -> Diagnostic {
        var notes: [String] = []
        if case .identifier(let word) = current.kind,
           let guess = Suggestions.closest(to: word, among: Parser.statementStarts) {
            notes.append("help: did you mean '\(guess)'?")
        }
        return Diagnostic("expected a statement, found \(current.description)", at: current.range,
                          expected: Parser.statementStarts.map { "'\($0)'" }, notes: notes)
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
            throw Diagnostic("expected \(what), found keyword '\(k.rawValue)'", at: current.range, expected: [what],
                             notes: ["help: quote a name that is also a keyword: \"\(current.text)\""])
        default:
            throw unexpected(expected: [what])
        }
    }

    mutating func parseShowTarget() throws(Diagnostic) -> ShowTarget {
        let targets = ShowTarget.words + ["firms", "cases"]
        guard case .identifier(let word) = current.kind else {
            throw unexpected(expected: targets.map { "'\($0)'" }, context: "after 'show'")
        }
        let t = advance()
        switch word.lowercased() {
        case "taxonomy", "tree": return .taxonomy
        case "dimensions": return .dimensions
        case "attributes": return .attributes
        case "notes": return .notes
        case "study": return .study
        case "categories":
            if check(.semicolon) || check(.newline) || check(.end) { return .categories(nil) }
            return .categories(try parseName(what: "a dimension"))
        default:
            // Any other word is taken as the case noun (`firms`, `cases`); the resolver checks it.
            return .cases(Name(word, range: t.range))
        }
    }

    mutating func parseCrosstab() throws(Diagnostic) -> Crosstab {
        _ = advance()
        let rows = try parseName(what: "a dimension")
        _ = try expect(.by, context: "after the crosstab's rows")
        let columns = try parseName(what: "a dimension or attribute")
        var condition: Condition?
        if accept(.where) != nil { condition = try parseCondition() }
        var showNoun: Name?
        if accept(.show) != nil {
            guard case .identifier(let word) = current.kind else {
                throw unexpected(expected: ["the case noun (e.g. 'firms')"], context: "after 'show'")
            }
            showNoun = Name(word, range: advance().range)
        }
        return Crosstab(rows: rows, columns: columns, condition: condition, showNoun: showNoun)
    }

    /// QCA truth tables get slow and unreadable past this many conditions (2^12 configurations).
    static let maxConditions = 12

    mutating func parseTruthTable() throws(Diagnostic) -> TruthTableSpec {
        _ = advance()
        let outcome = try parseName(what: "the outcome (a category)")
        _ = try expect(.by, context: "after the outcome")
        var conditions = [try parseName(what: "a condition (a category)")]
        while accept(.comma) != nil {
            conditions.append(try parseName(what: "a condition (a category)"))
            if conditions.count > Parser.maxConditions {
                throw Diagnostic("too many conditions (the limit is \(Parser.maxConditions))", at: conditions.last!.range)
            }
        }
        var spec = TruthTableSpec(outcome: outcome, conditions: conditions)
        if accept(.where) != nil { spec.condition = try parseCondition() }
        if case .identifier(let word) = current.kind, word.lowercased() == "cutoff" {
            _ = advance()
            let value = try parseValue()
            guard case .number(let d, _) = value.literal, d >= 0, d <= 1 else {
                throw Diagnostic("the cutoff is an inclusion score from 0 to 1, found \(value.text)", at: value.range)
            }
            spec.cutoff = d
            spec.cutoffRange = value.range
        }
        return spec
    }

    mutating func parseQuery() throws(Diagnostic) -> Query {
        let kind: Query.Kind = advance().kind == .keyword(.select) ? .select : .count
        guard case .identifier(let noun) = current.kind else {
            throw unexpected(expected: ["the case noun (e.g. 'firms')"], context: "after '\(kind.rawValue)'")
        }
        var query = Query(kind: kind, noun: Name(noun, range: advance().range))
        if accept(.where) != nil {
            query.condition = try parseCondition()
        }
        if accept(.group) != nil {
            _ = try expect(.by, context: "after 'group'")
            query.groupBy = try parseName(what: "an attribute or dimension to group by")
        }
        if let order = accept(.order) {
            query.orderRange = order.range
            _ = try expect(.by, context: "after 'order'")
            repeat {
                let key: Name
                if let count = accept(.count) {
                    key = Name("count", range: count.range)
                } else {
                    key = try parseName(what: "an attribute to order by")
                }
                var item = OrderItem(key: key)
                if accept(.desc) != nil { item.direction = .desc } else { _ = accept(.asc) }
                query.order.append(item)
                if query.order.count > 32 {
                    throw Diagnostic("too many sort keys (the limit is 32)", at: key.range)
                }
            } while accept(.comma) != nil
        }
        if accept(.limit) != nil {
            guard case .number(let text) = current.kind else {
                throw unexpected(expected: ["a whole number"], context: "after 'limit'")
            }
            let t = advance()
            guard let n = Int(text), n >= 0, n <= Limits.maxLimit else {
                throw Diagnostic("limit must be a whole number from 0 to \(Limits.maxLimit), found \(text)", at: t.range)
            }
            query.limit = n
            query.limitRange = t.range
        }
        if case .keyword(let k) = current.kind, [.where, .group, .order, .limit].contains(k) {
            throw Diagnostic("'\(k.rawValue)' is out of place: clauses go in the order where, group by, order by, limit",
                             at: current.range)
        }
        return query
    }
}
