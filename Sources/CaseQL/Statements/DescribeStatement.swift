import QueryResult

/// `describe NAME`: everything recorded about one case.
public struct DescribeStatement: StatementNode {
    public var name: Name

    public init(name: Name) {
        self.name = name
    }

    public static let definition = StatementDefinition(
        keywords: [.describe],
        grammar: #"describe = "describe" , name ;"#,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            return DescribeStatement(name: try p.parseName(what: "a case name"))
        },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "describe", aliases: ["case", "profile"],
                  syntax: ["describe NAME"],
                  summary: Localized.text(.helpDescribeSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([p.kase.map { "describe \($0)" }]), shellExamples: []),
            ]
        },
        complete: { $0.count == 1 ? .caseNames : .nothing })

    public var printed: String { "describe " + Printer.print(name) }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        try interpreter.describe(name)
    }
}

extension Keyword {
    static let describe = Keyword("describe")
}
