import QueryResult

/// `truthtable OUTCOME by CONDITION, … [where COND] [cutoff N]`: QCA's truth table.
public struct TruthTableSpec: StatementNode {
    public var outcome: Name
    public var conditions: [Name]
    public var condition: Condition?
    /// The inclusion score from which a configuration's outcome is 1 (QCA's `incl.cut`).
    public var cutoff: Double?
    public var cutoffRange: SourceRange?

    public init(outcome: Name, conditions: [Name], condition: Condition? = nil, cutoff: Double? = nil,
                cutoffRange: SourceRange? = nil) {
        self.outcome = outcome
        self.conditions = conditions
        self.condition = condition
        self.cutoff = cutoff
        self.cutoffRange = cutoffRange
    }
}


extension TruthTableSpec {
    public static let definition = StatementDefinition(
        keywords: [.truthtable],
        grammar: """
            truthtable = "truthtable" , name , "by" , name , { "," , name } , [ "where" , condition ] , [ "cutoff" , number ] ;
            """,
        parse: { p throws(Diagnostic) in try p.parseTruthTable() },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "truthtable", aliases: ["truth table", "qca", "configurations", "sufficiency"],
                  syntax: ["truthtable OUTCOME by CONDITION, … [where COND] [cutoff N]"],
                  summary: Localized.text(.helpTruthtableSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    zip(p.category, p.otherCategory).map { "truthtable \($0) by \($1)" },
                    zip(zip(p.category, p.otherCategory), p.secondCategory).map { pair, second in
                        "truthtable \(pair.0) by \(pair.1), \(second) cutoff 0.8"
                    },
                  ]), shellExamples: ["caseql --data Samples/lipset-fuzzy.csv -c 'truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8'"]),
            ]
        },
        complete: { c in
            // OUTCOME by CONDITION, … : categories wherever a name goes.
            switch c.tokens.last?.kind {
            case .keyword(.truthtable), .keyword(.by), .comma: return .categories(dimensions: nil, then: [])
            case .identifier, .string: return .keywords(c.count == 2 ? ["by"] : ["where", "cutoff"])
            default: return .nothing
            }
        })

    public var printed: String {
        var text = "truthtable " + Printer.print(outcome) + " by " + conditions.map { Printer.print($0) }.joined(separator: ", ")
        if let condition { text += " where " + Printer.print(condition) }
        if let cutoff { text += " cutoff \(cutoff)" }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        .table(try interpreter.truthTable(self))
    }
}

extension Keyword {
    static let truthtable = Keyword("truthtable")
}

extension Parser {
    mutating func parseTruthTable() throws(Diagnostic) -> TruthTableSpec {
        _ = advance()
        let outcome = try parseName(what: "the outcome (a category)")
        _ = try expect(.by, context: "after the outcome")
        var conditions = [try parseName(what: "a condition (a category)")]
        while accept(.comma) != nil {
            conditions.append(try parseName(what: "a condition (a category)"))
            if conditions.count > Limits.maxConditions {
                throw Diagnostic("too many conditions (the limit is \(Limits.maxConditions))", at: conditions.last!.range)
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
}
