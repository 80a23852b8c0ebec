import QueryResult

/// A statement of the language: its syntax tree, how it prints back, and how it runs. Each kind
/// lives in one file of `Statements/`, together with its `definition` (keywords, grammar, help,
/// completion, parsing); the parser, `help`, the completer and the grammar tests read the registry.
public protocol StatementNode: Sendable, Hashable {
    static var definition: StatementDefinition { get }
    /// Source text that parses back to this node (ranges aside).
    var printed: String { get }
    func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput
}

/// What the registry knows of a statement kind.
public struct StatementDefinition: Sendable {
    /// The words that start it (`select`, `count`): keywords of the language.
    public let keywords: [Keyword]
    /// Its rule, `name = production ;`, as Grammar/caseql.ebnf has it (a test compares them, comments
    /// and spacing aside); the grammar's `statement` rule lists every registered rule.
    public let grammar: String
    /// The statement may be its keyword alone (`tour`, `help`), so a line may end after it.
    public let standsAlone: Bool
    /// Parses the statement; the parser's current token is its keyword.
    let parse: @Sendable (inout Parser) throws(Diagnostic) -> any StatementNode
    /// Its help entries (one per keyword where they differ), with examples from the loaded study.
    let help: @Sendable (ExamplePicks) -> [HelpBook.Entry]
    /// What may be typed next, given the statement's tokens so far (its keyword first).
    let complete: @Sendable (CompletionContext) -> CompletionSlot

    init(keywords: [Keyword], grammar: String, standsAlone: Bool = false,
         parse: @escaping @Sendable (inout Parser) throws(Diagnostic) -> any StatementNode,
         help: @escaping @Sendable (ExamplePicks) -> [HelpBook.Entry],
         complete: @escaping @Sendable (CompletionContext) -> CompletionSlot) {
        self.keywords = keywords
        self.grammar = grammar
        self.standsAlone = standsAlone
        self.parse = parse
        self.help = help
        self.complete = complete
    }
}

/// Every statement kind, in the order help lists them. Adding a statement: write its file in
/// `Statements/` and add its type here.
public enum StatementRegistry {
    public static let all: [any StatementNode.Type] = [
        Query.self, ExplainStatement.self, DescribeStatement.self, WhyStatement.self, ShowStatement.self,
        Crosstab.self, MatrixStatement.self, EvidenceStatement.self, TruthTableSpec.self,
        MinimizeStatement.self, FitStatement.self, NecessityStatement.self, CalibrateStatement.self, QuizStatement.self, HelpStatement.self,
        TourStatement.self,
    ]

    /// The words that start a statement, in registry order.
    public static var keywords: [String] { all.flatMap { $0.definition.keywords.map(\.rawValue) } }

    static let byKeyword: [Keyword: StatementDefinition] = {
        var table: [Keyword: StatementDefinition] = [:]
        for kind in all { for k in kind.definition.keywords { table[k] = kind.definition } }
        return table
    }()

    public static func definition(for keyword: Keyword) -> StatementDefinition? { byKeyword[keyword] }

    static func standsAlone(_ keyword: Keyword) -> Bool { byKeyword[keyword]?.standsAlone ?? false }

    /// The name of a definition's grammar rule (`explain` of `explain = …`).
    public static func ruleName(_ definition: StatementDefinition) -> String {
        String(definition.grammar.prefix { $0 != "=" }).trimmingCharacters(in: " ")
    }
}

/// One parsed statement of any kind.
public struct Statement: Sendable, Hashable {
    public let node: any StatementNode

    public init(_ node: some StatementNode) {
        self.node = node
    }

    init(any node: any StatementNode) {
        self.node = node
    }

    /// The node as a given kind, or nil.
    public func `as`<T: StatementNode>(_ kind: T.Type) -> T? { node as? T }

    public var printed: String { node.printed }

    public static func == (a: Statement, b: Statement) -> Bool { AnyHashable(a.node) == AnyHashable(b.node) }

    public func hash(into hasher: inout Hasher) { AnyHashable(node).hash(into: &hasher) }
}

/// A statement with the source range it was parsed from.
public struct ParsedStatement: Sendable, Hashable {
    public var statement: Statement
    public var range: SourceRange
}
