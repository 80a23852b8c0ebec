import CaseAnalysis
import QueryResult

/// `truthtable [~]OUTCOME by CONDITION, … [where COND] [cutoff N [, N0]] [n N] [pri N] [complete]
/// [sort by incl|n, …]`: QCA's truth table, as R's `truthTable()` computes it (CaseAnalysis).
public struct TruthTableSpec: StatementNode {
    public var outcome: Name
    /// `~OUTCOME`: the table of the outcome's absence.
    public var negated = false
    public var conditions: [Name]
    public var condition: Condition?
    /// The inclusion score from which a configuration's outcome is 1 (QCA's `incl.cut`).
    public var cutoff: Double?
    public var cutoffRange: SourceRange?
    /// The second cutoff: rows in [cutoff0, cutoff) are contradictions (C).
    public var cutoff0: Double?
    /// Rows with fewer cases become remainders (QCA's `n.cut`).
    public var minimumCases: Int?
    public var pri: Double?
    /// List the logical remainders too.
    public var complete = false
    public var sortKeys: [TruthTable.SortKey] = []

    public init(outcome: Name, conditions: [Name], condition: Condition? = nil, cutoff: Double? = nil,
                cutoffRange: SourceRange? = nil) {
        self.outcome = outcome
        self.conditions = conditions
        self.condition = condition
        self.cutoff = cutoff
        self.cutoffRange = cutoffRange
    }

    var qcaOutcome: QCAOutcome { QCAOutcome(name: outcome, negated: negated, range: outcome.range) }

    /// The shared QCA settings (`cutoff`, `n`, `pri`), as `minimize` holds them; the fields stay
    /// separate here because the statement's public shape predates them.
    var settings: QCASettings {
        get {
            var s = QCASettings()
            s.cutoff = cutoff
            s.cutoff0 = cutoff0
            s.minimumCases = minimumCases
            s.pri = pri
            s.range = cutoffRange
            return s
        }
        set {
            cutoff = newValue.cutoff
            cutoff0 = newValue.cutoff0
            minimumCases = newValue.minimumCases
            pri = newValue.pri
            cutoffRange = newValue.range
        }
    }
}

extension TruthTableSpec {
    public static let definition = StatementDefinition(
        keywords: [.truthtable],
        grammar: """
            truthtable = "truthtable" , outcome , "by" , name , { "," , name } , [ "where" , condition ] , qcasettings , [ "complete" ] , [ "sort" , "by" , ( "incl" | "n" ) , { "," , ( "incl" | "n" ) } ] ;
            """,
        parse: { p throws(Diagnostic) in try p.parseTruthTable() },
        help: { p in
            return [
            HelpBook.Entry(topic: "truthtable", aliases: ["truth table", "configurations", "sufficiency"],
                  syntax: ["truthtable [~]OUTCOME by CONDITION, … [where COND] [cutoff N [, N0]] [n N] [pri N]",
                           "           [complete] [sort by n|incl]"],
                  summary: Localized.text(.helpTruthtableSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    zip(p.category, p.otherCategory).map { "truthtable \($0) by \($1)" },
                    zip(zip(p.category, p.otherCategory), p.secondCategory).map { pair, second in
                        "truthtable \(pair.0) by \(pair.1), \(second) cutoff 0.8"
                    },
                  ]), shellExamples: ["caseql --data Samples/lipset-fuzzy.csv -c 'truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8'",
                                      "caseql --data Samples/lipset-fuzzy.csv -c 'truthtable ~SURV by DEV, STB complete sort by incl'"]),
            ]
        },
        complete: { c in QCACompletion.slot(c, clauses: ["where", "cutoff", "n", "pri", "complete", "sort"]) })

    public var printed: String {
        var text = "truthtable " + qcaOutcome.printed + " by " + conditions.map { Printer.print($0) }.joined(separator: ", ")
        if let condition { text += " where " + Printer.print(condition) }
        text += settings.printed
        if complete { text += " complete" }
        if !sortKeys.isEmpty {
            text += " sort by " + sortKeys.map { $0 == .inclusion ? "incl" : "n" }.joined(separator: ", ")
        }
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
        let outcome = try parseOutcome()
        _ = try expect(.by, context: "after the outcome")
        var spec = TruthTableSpec(outcome: outcome.name, conditions: try parseConditionList(outcome: outcome))
        spec.negated = outcome.negated
        if accept(.where) != nil { spec.condition = try parseCondition() }
        var settings = QCASettings()
        while !atStatementEnd {
            if try parseSetting(&settings) { continue }
            if let word = acceptWord("complete") {
                if spec.complete { throw Diagnostic("'complete' is given twice", at: word.range) }
                spec.complete = true
                continue
            }
            if let word = acceptWord("sort") {
                if !spec.sortKeys.isEmpty { throw Diagnostic("'sort' is given twice", at: word.range) }
                _ = try expect(.by, context: "after 'sort'")
                repeat {
                    if acceptWord("incl") != nil { spec.sortKeys.append(.inclusion) }
                    else if acceptWord("n") != nil { spec.sortKeys.append(.cases) }
                    else { throw unexpected(expected: ["'incl'", "'n'"], context: "after 'sort by'") }
                } while accept(.comma) != nil
                continue
            }
            throw unexpected(expected: ["'cutoff'", "'n'", "'pri'", "'complete'", "'sort'", "';'", "end of line"],
                             context: "in the truth table")
        }
        spec.settings = settings
        return spec
    }
}

/// The truth table as a result: one row per configuration (conditions, OUT, n, incl, PRI, cases).
extension Interpreter {
    func truthTable(_ spec: TruthTableSpec) throws(Diagnostic) -> ResultTable {
        let input = try qcaInput(outcome: spec.qcaOutcome, conditions: spec.conditions, where: spec.condition)
        if spec.complete && spec.conditions.count > 12 {
            throw Diagnostic("'complete' lists all 2^\(spec.conditions.count) configurations: at most 12 conditions here",
                             at: spec.conditions[12].range)
        }
        let table = try analysisTruthTable(input, spec.settings, at: spec.outcome.range)
        let data = input.data
        let k = data.conditions.count
        var columns = data.conditions.map { Column($0, isNumeric: true) }
        columns += [Column("OUT", isNumeric: true), Column("n", isNumeric: true), Column("incl", isNumeric: true),
                    Column("PRI", isNumeric: true), Column(study.caseNoun)]
        func bits(_ configuration: Int) -> [Cell] {
            (0..<k).map { i in .integer(configuration >> (k - 1 - i) & 1) }
        }
        var rows: [[Cell]] = []
        let observed = spec.sortKeys.isEmpty ? table.rows : table.sorted(by: spec.sortKeys)
        for row in observed {
            rows.append(bits(row.configuration) + [Self.outputCell(row.output), .integer(row.cases.count),
                                                  Self.fitCell(row.inclusion), Self.fitCell(row.pri),
                                                  .list(row.cases.map { data.caseNames[$0] })])
        }
        if spec.complete {
            var remainders = table.unobservedConfigurations.map { c in
                (c, bits(c) + [Cell.text("?"), .integer(0), .empty, .empty, .list([])])
            }
            if spec.sortKeys.isEmpty {
                // Configuration order throughout, as QCA's `complete = TRUE` prints.
                var all = zip(table.rows.map(\.configuration), rows).map { ($0, $1) }
                all += remainders
                remainders = []
                rows = all.sorted { $0.0 < $1.0 }.map(\.1)
            }
            rows += remainders.map(\.1)
        }
        var notes = [ResultNote(.info, Localized.text(.qcaTruthTableNote, language, data.outcomeName, caseSingular,
                                                      String(data.caseNames.count), study.caseNoun,
                                                      Cell.format(table.options.inclusionCut)))]
        notes += truthTableNotes(table, listed: spec.complete)
        return ResultTable(title: "truth table: \(data.outcomeName) by \(data.conditions.joined(separator: ", "))",
                           columns: columns, rows: rows, notes: notes)
    }

    /// CaseAnalysis's truth table of `input`; its errors point at `range`.
    func analysisTruthTable(_ input: QCAInput, _ settings: QCASettings, at range: SourceRange) throws(Diagnostic) -> TruthTable {
        do throws(AnalysisError) {
            return try TruthTable(input.data, options: settings.options)
        } catch {
            throw error.diagnostic(at: settings.range ?? range)
        }
    }

    static func outputCell(_ output: RowOutput) -> Cell {
        switch output {
        case .positive: .integer(1)
        case .negative: .integer(0)
        case .contradiction, .remainder: .text(output.rawValue)
        }
    }

    /// What a truth table leaves out or marks, said rather than dropped: remainders, contradictions,
    /// rows below `n`, cases at the crossover, and the closed world of coded studies.
    func truthTableNotes(_ table: TruthTable, listed: Bool) -> [ResultNote] {
        var notes: [ResultNote] = []
        let k = table.data.conditions.count
        let unobserved = (1 << k) - table.rows.count
        if unobserved > 0 && !listed {
            notes.append(ResultNote(.info, Localized.text(.qcaRemaindersNote, language, String(unobserved), String(1 << k),
                                                          caseSingular)))
        }
        let names = table.data.conditions
        let contradictions = table.configurations(.contradiction)
        if !contradictions.isEmpty {
            notes.append(ResultNote(.warning, Localized.text(
                .qcaContradictionsNote, language, String(contradictions.count),
                contradictions.map { Self.configurationNotation($0, names) }.joined(separator: ", "),
                Cell.format(table.options.contradictionCut ?? table.options.inclusionCut),
                Cell.format(table.options.inclusionCut))))
        }
        let few = table.rows.filter { $0.output == .remainder }
        if !few.isEmpty {
            notes.append(ResultNote(.warning, Localized.text(
                .qcaBelowNNote, language, String(few.count),
                few.map { Self.configurationNotation($0.configuration, names) }.joined(separator: ", "),
                String(table.options.minimumCases))))
        }
        if !table.casesAtCrossover.isEmpty {
            notes.append(ResultNote(.warning, Localized.text(
                .qcaCrossoverNote, language, String(table.casesAtCrossover.count), study.caseNoun,
                table.casesAtCrossover.map { table.data.caseNames[$0] }.joined(separator: ", "))))
        }
        if hasCodedEvidence { notes.append(closedWorldNote()) }
        return notes
    }
}
