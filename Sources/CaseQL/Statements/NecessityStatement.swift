import CaseAnalysis
import QueryResult

/// `necessity [~]OUTCOME by C1, … [where COND] [cutoff N] [cov N] [ron N]`: each condition and its negation
/// as necessary for the outcome (inclN, RoN, covN), then R's QCA `superSubset()` search for the
/// conjunctions and disjunctions of up to three conditions that pass the cutoff.
public struct NecessityStatement: StatementNode {
    public var outcome: QCAOutcome
    public var conditions: [Name]
    public var condition: Condition?
    /// inclN from which a combination is reported (QCA's `incl.cut`; 1 by default, as R's).
    public var cutoff: Double?
    /// covN from which a combination is reported (QCA's `cov.cut`; 0 by default).
    public var coverage: Double?
    public var ron: Double?

    public init(outcome: QCAOutcome, conditions: [Name]) {
        self.outcome = outcome
        self.conditions = conditions
    }

    public static let definition = StatementDefinition(
        keywords: [.necessity],
        grammar: """
            necessity = "necessity" , outcome , "by" , name , { "," , name } , [ "where" , condition ] , [ "cutoff" , number ] , [ "cov" , number ] , [ "ron" , number ] ;
            """,
        parse: { p throws(Diagnostic) in
            _ = p.advance()
            let outcome = try p.parseOutcome()
            _ = try p.expect(.by, context: "after the outcome")
            var s = NecessityStatement(outcome: outcome, conditions: try p.parseConditionList(outcome: outcome))
            if p.accept(.where) != nil { s.condition = try p.parseCondition() }
            while !p.atStatementEnd {
                let start = p.current.range
                if p.acceptWord("cutoff") != nil {
                    if s.cutoff != nil { throw Diagnostic("'cutoff' is given twice", at: start) }
                    s.cutoff = try p.parseUnitNumber("cutoff").0
                } else if p.acceptWord("cov") != nil {
                    if s.coverage != nil { throw Diagnostic("'cov' is given twice", at: start) }
                    s.coverage = try p.parseUnitNumber("coverage cutoff").0
                } else if p.acceptWord("ron") != nil {
                    if s.ron != nil { throw Diagnostic("'ron' is given twice", at: start) }
                    s.ron = try p.parseUnitNumber("RoN cutoff").0
                } else {
                    throw p.unexpected(expected: ["'cutoff'", "'cov'", "'ron'", "';'", "end of line"], context: "in the necessity analysis")
                }
            }
            return s
        },
        help: { p in
            [HelpBook.Entry(topic: "necessity", aliases: ["necessary", "superset", "supersubset", "relevance"],
                            syntax: ["necessity [~]OUTCOME by CONDITION, … [where COND] [cutoff N] [cov N] [ron N]"],
                            summary: Localized.text(.helpNecessitySummary, p.language, p.noun, String(p.noun.dropLastS)),
                            examples: HelpBook.present([
                                zip(p.category, zip(p.otherCategory, p.secondCategory)).map { "necessity \($0) by \($1.0), \($1.1)" },
                            ]),
                            shellExamples: ["caseql --data Samples/lipset-fuzzy.csv -c 'necessity SURV by DEV, URB, LIT, IND, STB cutoff 0.9'"])]
        },
        complete: { c in QCACompletion.slot(c, clauses: ["where", "cutoff", "cov", "ron"]) })

    public var printed: String {
        var text = "necessity " + outcome.printed + " by " + conditions.map { Printer.print($0) }.joined(separator: ", ")
        if let condition { text += " where " + Printer.print(condition) }
        if let cutoff { text += " cutoff \(Cell.format(cutoff))" }
        if let coverage { text += " cov \(Cell.format(coverage))" }
        if let ron { text += " ron \(Cell.format(ron))" }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        .document(try interpreter.necessity(self))
    }
}

extension Keyword {
    static let necessity = Keyword("necessity")
}

extension Interpreter {
    func necessity(_ s: NecessityStatement) throws(Diagnostic) -> Document {
        let input = try qcaInput(outcome: s.outcome, conditions: s.conditions, where: s.condition)
        let data = input.data
        let columns = [Column("expression"), Column("inclN", isNumeric: true), Column("RoN", isNumeric: true),
                       Column("covN", isNumeric: true)]
        let single = Necessity.ofConditions(data).map { line in
            [Cell.text(line.expression), Self.fitCell(line.fit.inclN), Self.fitCell(line.fit.ron), Self.fitCell(line.fit.covN)]
        }
        let cutoff = s.cutoff ?? 1
        let found: [NecessaryCombination]
        do throws(AnalysisError) {
            found = try Necessity.superSubset(data, inclusionCut: cutoff, coverageCut: s.coverage ?? 0, ronCut: s.ron ?? 0, depth: min(3, data.conditions.count))
        } catch {
            throw error.diagnostic(at: s.outcome.range)
        }
        let combined = found.map { c in
            [Cell.text(c.expression), Self.fitCell(c.fit.inclN), Self.fitCell(c.fit.ron), Self.fitCell(c.fit.covN)]
        }
        var notes = [ResultNote(.info, Localized.text(.qcaNecessityNote, language, Cell.format(cutoff),
                                                      Cell.format(s.coverage ?? 0), Cell.format(s.ron ?? 0)))]
        if found.isEmpty { notes.append(ResultNote(.info, Localized.text(.qcaNothingNecessary, language, Cell.format(cutoff)))) }
        if input.closedWorld { notes.append(closedWorldNote()) }
        let tables = [
            ResultTable(title: "necessity: conditions for \(data.outcomeName)", columns: columns, rows: single),
            ResultTable(title: "superSubset: \(data.outcomeName), inclN ≥ \(Cell.format(cutoff))", columns: columns,
                        rows: combined, notes: notes),
        ]
        func json(_ rows: [[Cell]]) -> DataValue {
            .array(rows.map { r in .record(zip(columns, r).map { ($0.name, $1.dataValue) }) })
        }
        return Document(tables.map { .table($0) },
                        data: .record([("kind", .string("necessity")), ("outcome", .string(data.outcomeName)),
                                       ("conditions", json(single)), ("superSubset", json(combined)),
                                       ("notes", .array(notes.map { .string($0.text) }))]))
    }
}
