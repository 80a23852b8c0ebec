import QueryResult

/// `show taxonomy | dimensions | categories [DIM] | NOUN | attributes | notes | study`: browsing.
public struct ShowStatement: StatementNode {
    public var target: ShowTarget

    public init(target: ShowTarget) {
        self.target = target
    }

    public static let definition = StatementDefinition(
        keywords: [.show],
        grammar: """
            show = "show" , ( "taxonomy" | "dimensions" | "attributes" | "notes" | "study" | noun | "categories" , [ name ] ) ;
            """,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            return ShowStatement(target: try p.parseShowTarget())
        },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "show", aliases: ["list", "browse", "taxonomy", "tree", "dimensions", "categories", "attributes",
                                           "notes", "study"],
                  syntax: ["show taxonomy | dimensions | categories [DIM] | \(n) | attributes | notes | study"],
                  summary: Localized.text(.helpShowSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present(["show taxonomy", "show dimensions", p.dimension.map { "show categories \($0)" },
                                     "show \(n)", "show attributes", "show notes", "show study"]), shellExamples: []),
            ]
        },
        complete: { c in
            if c.count == 1 { return .showTarget }
            if c.count == 2, c.name(c.tokens[1])?.lowercased() == "categories" { return .dimensions }
            return .nothing
        })

    public var printed: String { "show " + Printer.print(target) }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        try interpreter.show(target)
    }
}


public enum ShowTarget: Sendable, Hashable {
    case taxonomy
    case dimensions
    case categories(Name?)
    case cases(Name)
    case attributes
    /// The source's ambiguities and inconsistencies, for the study and for each case.
    case notes
    /// What the loaded study is: title, source, size.
    case study

    /// The words `show` takes besides the case noun, in the order help and completion list them.
    public static let words = ["taxonomy", "dimensions", "categories", "attributes", "notes", "study"]
}


extension Parser {
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
            if atStatementEnd { return .categories(nil) }
            return .categories(try parseName(what: "a dimension"))
        default:
            // Any other word is taken as the case noun (`firms`, `cases`); the resolver checks it.
            return .cases(Name(word, range: t.range))
        }
    }
}
