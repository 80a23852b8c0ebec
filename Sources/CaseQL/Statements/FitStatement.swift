import CaseAnalysis
import QueryResult

/// `fit EXPR -> OUTCOME [where COND]` (sufficiency) and `fit EXPR <- OUTCOME [where COND]`
/// (necessity): R's QCA `pof()`, the parameters of fit of any sum of products.
public struct FitStatement: StatementNode {
    public var expression: SetExpression
    /// `->`: is EXPR sufficient for OUTCOME; `<-`: is it necessary.
    public var sufficiency: Bool
    public var outcome: QCAOutcome
    public var condition: Condition?

    public init(expression: SetExpression, sufficiency: Bool, outcome: QCAOutcome, condition: Condition? = nil) {
        self.expression = expression
        self.sufficiency = sufficiency
        self.outcome = outcome
        self.condition = condition
    }

    public static let definition = StatementDefinition(
        keywords: [.fit],
        grammar: """
            fit = "fit" , expression , ( "->" | "<-" ) , outcome , [ "where" , condition ] ;
            """,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            let expression = try p.parseSetExpression()
            let arrow: Bool
            if p.acceptSetOperator("->") != nil { arrow = true }
            else if p.acceptSetOperator("<-") != nil { arrow = false }
            else { throw p.unexpected(expected: ["'*'", "'+'", "'->'", "'<-'"], context: "after the expression") }
            var fit = FitStatement(expression: expression, sufficiency: arrow, outcome: try p.parseOutcome())
            if p.accept(.where) != nil { fit.condition = try p.parseCondition() }
            return fit
        },
        help: { p in
            [HelpBook.Entry(topic: "fit", aliases: ["pof", "parameters of fit", "consistency", "coverage"],
                            syntax: ["fit EXPR -> [~]OUTCOME [where COND]", "fit EXPR <- [~]OUTCOME [where COND]",
                                     "EXPR := A*~B + C   (* and, + or, ~ not)"],
                            summary: Localized.text(.helpFitSummary, p.language, p.noun, String(p.noun.dropLastS)),
                            examples: HelpBook.present([
                                zip(p.category, zip(p.otherCategory, p.secondCategory)).map { "fit \($1.0)*~\($1.1) -> \($0)" },
                            ]),
                            shellExamples: ["caseql --data Samples/lipset-fuzzy.csv -c 'fit DEV*~IND + URB*STB -> SURV'",
                                            "caseql --data Samples/lipset-fuzzy.csv -c 'fit STB + LIT <- SURV'"])]
        },
        complete: { c in
            if c.tokens.contains(where: { $0.kind == .setOperator("->") || $0.kind == .setOperator("<-") }) {
                return QCACompletion.slot(c, clauses: ["where"])
            }
            switch c.tokens.last?.kind {
            case .keyword(.fit), .setOperator: return .categories(dimensions: nil, then: [])
            default: return .nothing
            }
        })

    public var printed: String {
        var text = "fit " + expression.printed + (sufficiency ? " -> " : " <- ") + outcome.printed
        if let condition { text += " where " + Printer.print(condition) }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        .table(try interpreter.fit(self))
    }
}

extension Keyword {
    static let fit = Keyword("fit")
}

extension Interpreter {
    func fit(_ s: FitStatement) throws(Diagnostic) -> ResultTable {
        let outcomeNode = try resolver.category(s.outcome.name, inDimension: nil)
        let (terms, nodes) = try resolveTerms(s.expression, outcomeNode: outcomeNode)
        let input = try qcaInput(outcome: s.outcome, outcomeNode: outcomeNode, conditionNodes: nodes, where: s.condition)
        let sop = SumOfProducts(terms: terms.map { term in
            term.literals.map { SumOfProducts.Literal(name: taxonomy.nodes[$0.node].category.id, negated: $0.negated) }
        })
        let title = terms.map(\.notation).joined(separator: " + ") + (s.sufficiency ? " -> " : " <- ") + input.data.outcomeName
        var rows: [[Cell]] = []
        let columns: [Column]
        var notes: [ResultNote] = []
        do throws(AnalysisError) {
            if s.sufficiency {
                let report = try SufficiencyReport(sop, in: input.data)
                columns = [Column("expression"), Column("inclS", isNumeric: true), Column("PRI", isNumeric: true),
                           Column("covS", isNumeric: true), Column("covU", isNumeric: true)]
                rows = report.terms.map { line in
                    [.text(line.expression), Self.fitCell(line.fit.inclS), Self.fitCell(line.fit.pri),
                     Self.fitCell(line.fit.covS), Self.fitCell(line.covU)]
                }
                if report.terms.count > 1 {
                    rows.append([.text("expression"), Self.fitCell(report.expression.inclS), Self.fitCell(report.expression.pri),
                                 Self.fitCell(report.expression.covS), .empty])
                }
                notes.append(ResultNote(.info, Localized.text(.qcaFitSufficiencyNote, language)))
            } else {
                let report = try NecessityReport(sop, in: input.data)
                columns = [Column("expression"), Column("inclN", isNumeric: true), Column("RoN", isNumeric: true),
                           Column("covN", isNumeric: true)]
                rows = report.terms.map { line in
                    [.text(line.expression), Self.fitCell(line.fit.inclN), Self.fitCell(line.fit.ron), Self.fitCell(line.fit.covN)]
                }
                if report.terms.count > 1 {
                    rows.append([.text("expression"), Self.fitCell(report.expression.inclN), Self.fitCell(report.expression.ron),
                                 Self.fitCell(report.expression.covN)])
                }
                notes.append(ResultNote(.info, Localized.text(.qcaFitNecessityNote, language)))
            }
        } catch {
            throw error.diagnostic(at: s.expression.range)
        }
        if input.closedWorld { notes.append(closedWorldNote()) }
        return ResultTable(title: "fit: " + title, columns: columns, rows: rows, notes: notes)
    }
}
