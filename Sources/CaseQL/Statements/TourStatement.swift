import QueryResult

/// `tour [N] [run]`: a guided walk through the study; `tour N` opens step N, `tour run` runs the
/// example queries of the step last opened (`tour N run`, of step N).
public struct TourStatement: StatementNode {
    /// The step, from 1; nil for the whole tour (or, with `run`, the step last opened).
    public var step: Int?
    public var run: Bool
    /// Where the step number was written, for an error about it.
    public var stepRange: SourceRange?

    public init(step: Int? = nil, run: Bool = false, stepRange: SourceRange? = nil) {
        self.step = step
        self.run = run
        self.stepRange = stepRange
    }

    public static let definition = StatementDefinition(
        keywords: [.tour],
        grammar: #"tour = "tour" , [ number ] , [ "run" ] ;"#,
        standsAlone: true,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            var tour = TourStatement()
            if case .number = p.current.kind {
                let value = try p.parseValue()
                guard case .number(let d, _) = value.literal, d == d.rounded(), d >= 1, d <= 1000 else {
                    throw Diagnostic(Localized.text(.tourStepRange, p.language, value.text), at: value.range)
                }
                tour.step = Int(d)
                tour.stepRange = value.range
            }
            if case .identifier(let word) = p.current.kind, word.lowercased() == "run" {
                _ = p.advance()
                tour.run = true
            }
            return tour
        },
        help: { p in
            return [
            HelpBook.Entry(topic: "tour", aliases: ["tutorial", "introduction", "guide"],
                  syntax: ["tour [N] [run]"],
                  summary: Localized.text(.helpTourSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: ["tour", "tour 2", "tour 2 run"], shellExamples: []),
            ]
        },
        complete: { c in c.count <= 2 ? .keywords(["run"]) : .nothing })

    public var printed: String {
        var text = "tour"
        if let step { text += " \(step)" }
        if run { text += " run" }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        guard let step else {
            // `tour run` outside the shell has no step last opened: the first one's.
            return run ? .text(try interpreter.tourQueries(ofStep: 1, range: nil).joined(separator: "\n") + "\n")
                : interpreter.tour()
        }
        if run { return .text(try interpreter.tourQueries(ofStep: step, range: stepRange).joined(separator: "\n") + "\n") }
        return .document(try interpreter.tourStep(step, range: stepRange))
    }
}

extension Keyword {
    static let tour = Keyword("tour")
}

extension Interpreter {
    /// The text of step `n` (from 1).
    public func tourStep(_ n: Int, range: SourceRange?) throws(Diagnostic) -> Document {
        let steps = Tour.steps(for: self)
        try checkTourStep(n, count: steps.count, range: range)
        return steps[n - 1]
    }

    /// The example queries of step `n` (from 1), to run.
    public func tourQueries(ofStep n: Int, range: SourceRange?) throws(Diagnostic) -> [String] {
        let steps = Tour.tourSteps(for: self)
        try checkTourStep(n, count: steps.count, range: range)
        return steps[n - 1].examples
    }

    private func checkTourStep(_ n: Int, count: Int, range: SourceRange?) throws(Diagnostic) {
        guard n > count else { return }
        let origin = SourcePosition(offset: 0, line: 1, column: 1)
        throw Diagnostic(Localized.text(.tourNoSuchStep, language, String(n), String(count)), at: range ?? SourceRange(origin, origin))
    }
}
