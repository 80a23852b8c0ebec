import QueryResult

/// `tour`: a guided walk through the study.
public struct TourStatement: StatementNode {
    public init() {}

    public static let definition = StatementDefinition(
        keywords: [.tour],
        grammar: #"tour = "tour" ;"#,
        standsAlone: true,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            return TourStatement()
        },
        help: { p in
            return [
            HelpBook.Entry(topic: "tour", aliases: ["tutorial", "introduction", "guide"],
                  syntax: ["tour"],
                  summary: Localized.text(.helpTourSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: ["tour"], shellExamples: []),
            ]
        },
        complete: { _ in .nothing })

    public var printed: String { "tour" }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        .text(Tour.steps(for: interpreter).joined(separator: "\n"))
    }
}

extension Keyword {
    static let tour = Keyword("tour")
}
