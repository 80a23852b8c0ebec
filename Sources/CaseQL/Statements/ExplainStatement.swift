import QueryResult

/// `explain NAME`: what a category, dimension or attribute means, with its evidence.
public struct ExplainStatement: StatementNode {
    public var name: Name

    public init(name: Name) {
        self.name = name
    }

    public static let definition = StatementDefinition(
        keywords: [.explain],
        grammar: #"explain = "explain" , name ;"#,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            return ExplainStatement(name: try p.parseName(what: "a category, dimension or attribute to explain"))
        },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "explain", aliases: ["definition", "define", "meaning"],
                  syntax: ["explain CATEGORY | DIMENSION | ATTRIBUTE"],
                  summary: Localized.text(.helpExplainSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([p.category.map { "explain \($0)" }, p.dimension.map { "explain \($0)" },
                                     p.attribute.map { "explain \($0)" }]), shellExamples: []),
            ]
        },
        complete: { $0.count == 1 ? .explainTarget : .nothing })

    public var printed: String { "explain " + Printer.print(name) }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        try interpreter.explain(name)
    }
}

extension Keyword {
    static let explain = Keyword("explain")
}
