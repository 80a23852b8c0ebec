import QueryResult

/// `why NAME CATEGORY|DIMENSION`: the evidence for one code.
public struct WhyStatement: StatementNode {
    public var kase: Name
    public var category: Name

    public init(kase: Name, category: Name) {
        self.kase = kase
        self.category = category
    }

    public static let definition = StatementDefinition(
        keywords: [.why],
        grammar: #"why = "why" , ( name , name | expression , "->" , outcome ) ;"#,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            if p.isWhyTerm { return try p.parseWhyTerm() }  // `why TERM -> OUTCOME`: Teaching/WhyTerm.swift
            let kase = try p.parseName(what: "a case name")
            return WhyStatement(kase: kase, category: try p.parseName(what: "a category"))
        },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "why", aliases: ["quote"],
                  syntax: ["why NAME CATEGORY", "why NAME DIMENSION"],
                  summary: Localized.text(.helpWhySummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([zip(p.kase, p.kaseCategory).map { "why \($0) \($1)" },
                                     zip(p.kase, p.dimension).map { "why \($0) \($1)" }]), shellExamples: []),
            ]
        },
        complete: { c in c.count == 1 ? .caseNames : c.count == 2 ? .categories(dimensions: nil, then: []) : .nothing })

    public var printed: String { "why " + Printer.print(kase) + " " + Printer.print(category) }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        try interpreter.why(kase, category)
    }
}

extension Keyword {
    static let why = Keyword("why")
}
