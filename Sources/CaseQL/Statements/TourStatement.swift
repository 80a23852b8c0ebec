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
        help: { _ in
            return [
            HelpBook.Entry(topic: "tour", aliases: ["tutorial", "introduction", "guide"],
                  syntax: ["tour"],
                  summary: "A guided walk through the study for a newcomer: one screen per dimension, with queries "
                    + "to try. The shell waits for Enter between screens; a script prints them all.",
                  examples: ["tour"], shellExamples: []),
            ]
        },
        complete: { _ in .nothing })

    public var printed: String { "tour" }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        interpreter.tour()
    }
}

extension Keyword {
    static let tour = Keyword("tour")
}
