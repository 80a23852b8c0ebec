import QueryResult

/// `help [TOPIC]`: the syntax and examples of a statement or topic.
public struct HelpStatement: StatementNode {
    public var topic: Name?

    public init(topic: Name?) {
        self.topic = topic
    }

    public static let definition = StatementDefinition(
        keywords: [.help],
        grammar: #"help = "help" , [ name | keyword ] ;"#,
        standsAlone: true,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            if p.atStatementEnd { return HelpStatement(topic: nil) }
            let t = p.advance()
            switch t.kind {
            case .keyword(let k): return HelpStatement(topic: Name(k.rawValue, range: t.range))
            case .identifier(let s): return HelpStatement(topic: Name(s, range: t.range))
            case .string(let s): return HelpStatement(topic: Name(s, range: t.range, quoted: true))
            default:
                p.index -= 1
                throw p.unexpected(expected: ["a help topic"])
            }
        },
        help: { p in
            return [
            HelpBook.Entry(topic: "help", aliases: ["?", "usage"],
                  syntax: ["help [TOPIC]"],
                  summary: Localized.text(.helpHelpSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: ["help", "help conditions"], shellExamples: []),
            ]
        },
        complete: { $0.count == 1 ? .helpTopic : .nothing })

    public var printed: String { 
        guard let topic else { return "help" }
        // `help select` keeps the keyword's text; written bare, it parses back the same way.
        if !topic.quoted, Keyword(rawValue: topic.text) != nil { return "help " + topic.text }
        return "help " + Printer.print(topic)
     }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        try interpreter.help(topic)
    }
}

extension Keyword {
    static let help = Keyword("help")
}
