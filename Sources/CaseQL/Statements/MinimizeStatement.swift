import CaseAnalysis
import QueryResult

/// `minimize [~]OUTCOME by C1, … [where COND] [cutoff N [, N0]] [n N] [pri N] [include remainders]
/// [expect E1, …] [show evidence] [sweep cutoff A to B by S | sweep n A to B]`: QCA's Boolean
/// minimisation of the truth table (R's `minimize()`), conservative by default, parsimonious with
/// the remainders, intermediate with directional expectations.
public struct MinimizeStatement: StatementNode {
    public enum Expectation: Sendable, Hashable {
        case present, absent, either
    }

    public enum Sweep: Sendable, Hashable {
        case cutoff(from: Double, to: Double, by: Double)
        case cases(from: Int, to: Int)
    }

    public var outcome: QCAOutcome
    public var conditions: [Name]
    public var condition: Condition?
    public var settings = QCASettings()
    public var includeRemainders = false
    /// One per condition, in the order of `conditions`: asks for the intermediate solution.
    public var expectations: [Expectation]?
    public var showEvidence = false
    public var sweep: Sweep?
    /// Where `sweep` was written, for errors of a sweep's range.
    public var sweepRange: SourceRange?

    public init(outcome: QCAOutcome, conditions: [Name]) {
        self.outcome = outcome
        self.conditions = conditions
    }

    public static let definition = StatementDefinition(
        keywords: [.minimize],
        grammar: """
            minimize = "minimize" , outcome , "by" , name , { "," , name } , [ "where" , condition ] , qcasettings , [ "include" , "remainders" ] , [ "expect" , expectation , { "," , expectation } ] , [ "show" , "evidence" ] , [ "sweep" , ( "cutoff" , number , "to" , number , "by" , number | "n" , number , "to" , number ) ] ;
            """,
        parse: { p throws(Diagnostic) in try p.parseMinimize() },
        help: { p in
            [HelpBook.Entry(topic: "minimize", aliases: ["minimise", "solution", "boolean minimization", "sweep"],
                            syntax: ["minimize [~]OUTCOME by CONDITION, … [where COND] [cutoff N [, N0]] [n N] [pri N]",
                                     "         [include remainders] [expect C|~C|-, …] [show evidence]",
                                     "         [sweep cutoff A to B by S | sweep n A to B]"],
                            summary: Localized.text(.helpMinimizeSummary, p.language, p.noun, String(p.noun.dropLastS)),
                            examples: HelpBook.present([
                                zip(p.category, zip(p.otherCategory, p.secondCategory)).map { "minimize \($0) by \($1.0), \($1.1)" },
                            ]),
                            shellExamples: [
                                "caseql --data Samples/lipset-fuzzy.csv -c 'minimize SURV by DEV, URB, LIT, IND, STB cutoff 0.8'",
                                "caseql --data Samples/lipset-crisp.csv -c 'minimize SURV by DEV, URB, LIT include remainders'",
                                "caseql --data Samples/lipset-crisp.csv -c 'minimize SURV by DEV, URB, LIT expect DEV, URB, -'",
                                "caseql --data Samples/lipset-fuzzy.csv -c 'minimize SURV by DEV, STB sweep n 1 to 3'",
                            ])]
        },
        complete: { c in
            QCACompletion.slot(c, clauses: ["where", "cutoff", "n", "pri", "include", "expect", "show", "sweep"])
        })

    public var printed: String {
        var text = "minimize " + outcome.printed + " by " + conditions.map { Printer.print($0) }.joined(separator: ", ")
        if let condition { text += " where " + Printer.print(condition) }
        text += settings.printed
        if includeRemainders { text += " include remainders" }
        if let expectations {
            text += " expect " + zip(conditions, expectations).map { name, e in
                switch e {
                case .present: Printer.print(name)
                case .absent: "~" + Printer.print(name)
                case .either: "-"
                }
            }.joined(separator: ", ")
        }
        if showEvidence { text += " show evidence" }
        switch sweep {
        case .cutoff(let a, let b, let s)?: text += " sweep cutoff \(Cell.format(a)) to \(Cell.format(b)) by \(Cell.format(s))"
        case .cases(let a, let b)?: text += " sweep n \(a) to \(b)"
        case nil: break
        }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        if sweep != nil { return .table(try interpreter.sweep(self)) }
        return .document(try interpreter.minimize(self))
    }
}

extension Keyword {
    static let minimize = Keyword("minimize")
}

extension Parser {
    mutating func parseMinimize() throws(Diagnostic) -> MinimizeStatement {
        _ = advance()
        let outcome = try parseOutcome()
        _ = try expect(.by, context: "after the outcome")
        var m = MinimizeStatement(outcome: outcome, conditions: try parseConditionList(outcome: outcome))
        if accept(.where) != nil { m.condition = try parseCondition() }
        while !atStatementEnd {
            let start = current.range
            if try parseSetting(&m.settings) { continue }
            if acceptWord("include") != nil {
                guard acceptWord("remainders") != nil else { throw unexpected(expected: ["'remainders'"], context: "after 'include'") }
                if m.includeRemainders { throw Diagnostic("'include remainders' is given twice", at: start) }
                m.includeRemainders = true
            } else if acceptWord("expect") != nil {
                if m.expectations != nil { throw Diagnostic("'expect' is given twice", at: start) }
                m.expectations = try parseExpectations(m.conditions, at: start)
            } else if accept(.show) != nil {
                guard accept(.evidence) != nil else { throw unexpected(expected: ["'evidence'"], context: "after 'show'") }
                m.showEvidence = true
            } else if acceptWord("sweep") != nil {
                if m.sweep != nil { throw Diagnostic("'sweep' is given twice", at: start) }
                m.sweep = try parseSweep()
                m.sweepRange = start.to(tokens[max(0, index - 1)].range)
            } else {
                throw unexpected(expected: ["'cutoff'", "'n'", "'pri'", "'include'", "'expect'", "'show'", "'sweep'",
                                            "';'", "end of line"], context: "in the minimisation")
            }
        }
        return m
    }

    /// `C`, `~C` or `-` for each condition, in the order of the `by` list.
    private mutating func parseExpectations(_ conditions: [Name], at start: SourceRange) throws(Diagnostic)
        -> [MinimizeStatement.Expectation] {
        var result: [MinimizeStatement.Expectation] = []
        repeat {
            let i = result.count
            if acceptSetOperator("-") != nil {
                guard i < conditions.count else {
                    throw Diagnostic("more expectations than the \(conditions.count) conditions", at: tokens[index - 1].range)
                }
                result.append(.either)
                continue
            }
            let tilde = acceptSetOperator("~")
            let name = try parseName(what: "an expectation (C, ~C or -)")
            guard i < conditions.count else {
                throw Diagnostic("more expectations than the \(conditions.count) conditions", at: name.range)
            }
            guard name.text.lowercased() == conditions[i].text.lowercased() else {
                throw Diagnostic("expectation \(i + 1) must be about '\(conditions[i].text)' (C, ~C or -, in the order of 'by'), "
                    + "found '\(name.text)'", at: name.range)
            }
            result.append(tilde == nil ? .present : .absent)
        } while accept(.comma) != nil
        guard result.count == conditions.count else {
            throw Diagnostic("\(result.count) expectations for \(conditions.count) conditions: give one per condition "
                + "(C, ~C or -)", at: start.to(tokens[max(0, index - 1)].range))
        }
        return result
    }

    private mutating func parseSweep() throws(Diagnostic) -> MinimizeStatement.Sweep {
        if acceptWord("cutoff") != nil {
            let (a, _) = try parseUnitNumber("cutoff")
            guard acceptWord("to") != nil else { throw unexpected(expected: ["'to'"], context: "in the sweep") }
            let (b, rangeB) = try parseUnitNumber("cutoff")
            _ = try expect(.by, context: "in the sweep")
            let (s, rangeS) = try parseUnitNumber("step")
            guard b >= a else { throw Diagnostic("the sweep must go up: \(Cell.format(b)) is below \(Cell.format(a))", at: rangeB) }
            guard s > 0, (b - a) / s <= 1000 else {
                throw Diagnostic("the step must be above 0 and give at most 1000 settings", at: rangeS)
            }
            return .cutoff(from: a, to: b, by: s)
        }
        if acceptWord("n") != nil {
            let (a, _) = try parseCount("n")
            guard acceptWord("to") != nil else { throw unexpected(expected: ["'to'"], context: "in the sweep") }
            let (b, rangeB) = try parseCount("n")
            guard b >= a, b - a <= 1000 else {
                throw Diagnostic("the sweep must go up, by at most 1000 settings", at: rangeB)
            }
            return .cases(from: a, to: b)
        }
        throw unexpected(expected: ["'cutoff'", "'n'"], context: "after 'sweep'")
    }
}

/// Running a minimisation: the truth table, then CaseAnalysis's solution, then its presentation.
extension Interpreter {
    func minimization(_ m: MinimizeStatement, _ input: QCAInput, _ settings: QCASettings) throws(Diagnostic)
        -> (TruthTable, Minimization) {
        let table = try analysisTruthTable(input, settings, at: m.outcome.range)
        let expectations: [DirectionalExpectation]? = m.expectations?.map {
            switch $0 {
            case .present: .present
            case .absent: .absent
            case .either: .either
            }
        }
        let options = MinimizationOptions(includeRemainders: m.includeRemainders || expectations != nil,
                                          expectations: expectations)
        do throws(AnalysisError) {
            return (table, try Minimization(table, options: options))
        } catch {
            throw error.diagnostic(at: settings.range ?? m.outcome.range)
        }
    }

    func minimize(_ m: MinimizeStatement) throws(Diagnostic) -> Document {
        let input = try qcaInput(outcome: m.outcome, conditions: m.conditions, where: m.condition)
        let truth = try analysisTruthTable(input, m.settings, at: m.outcome.range)
        if truth.configurations(.positive).isEmpty {
            // Nothing to explain is an answer, not a mistake in the statement: say so, with the table's notes.
            return Document([.paragraph([.plain(Localized.text(.qcaNoPositive, language, input.data.outcomeName,
                                                               Cell.format(truth.options.inclusionCut)))])]
                            + truthTableNotes(truth, listed: true).map { .note($0) })
        }
        let (table, result) = try minimization(m, input, m.settings)
        let data = input.data
        let names = data.conditions
        var blocks: [Block] = []
        var jsonSolutions: [DataValue] = []
        var jsonAssumptions: [DataValue] = []
        var jsonEvidence: [DataValue] = []
        let kind = result.solutions.first?.kind ?? .conservative
        let kindName: Message = switch kind {
        case .conservative: .qcaKindConservative
        case .parsimonious: .qcaKindParsimonious
        case .intermediate: .qcaKindIntermediate
        }
        blocks.append(.heading(level: 1, [.plain(Localized.text(.qcaSolutionHeading, language, Localized.text(kindName, language),
                                                                data.outcomeName, names.joined(separator: ", ")))]))
        for solution in result.solutions {
            var body: [Block] = []
            body.append(.table(modelsTable(solution)))
            body.append(.table(termsTable(solution, data)))
            for (i, model) in solution.models.enumerated() {
                jsonSolutions.append(.record([
                    ("model", .string(model.name)), ("solution", solution.label.map(DataValue.string)),
                    ("expression", .string(model.expression)), ("inclS", Self.fitValue(model.fit.inclS)),
                    ("PRI", Self.fitValue(model.fit.pri)), ("covS", Self.fitValue(model.fit.covS)),
                    ("terms", .array(model.terms.enumerated().map { t, term in
                        let line = solution.terms.first { $0.term == term }
                        return .record([
                            ("expression", .string(term.notation(names))), ("inclS", Self.fitValue(line?.fit.inclS)),
                            ("PRI", Self.fitValue(line?.fit.pri)), ("covS", Self.fitValue(line?.fit.covS)),
                            ("covU", Self.fitValue(model.covU[t])),
                            ("cases", .array((line?.cases.flatMap { $0 } ?? []).map { .string(data.caseNames[$0]) })),
                        ])
                    })),
                ]))
                if solution.kind == .parsimonious, i < solution.simplifyingAssumptions.count {
                    jsonAssumptions.append(.record([
                        ("model", .string(model.name)),
                        ("configurations", .array(solution.simplifyingAssumptions[i].map {
                            .string(Self.configurationNotation($0, names))
                        })),
                    ]))
                }
            }
            if solution.kind == .parsimonious {
                body.append(.table(assumptionsTable(solution, names)))
            }
            if solution.kind == .intermediate {
                body.append(.table(counterfactualsTable(solution, names)))
                jsonAssumptions.append(.record([
                    ("model", .string(solution.label ?? "")),
                    ("configurations", .array(solution.easyCounterfactuals.map { .string(Self.configurationNotation($0, names)) })),
                    ("easy", .bool(true)),
                ]))
            }
            if m.showEvidence {
                for term in solution.terms {
                    let (evidence, data) = termEvidence(term.term, input)
                    body += evidence
                    jsonEvidence.append(data)
                }
            }
            if let label = solution.label {
                blocks.append(.section(Section([.plain(label)], body)))
            } else {
                blocks += body
            }
        }
        if let pars = result.parsimonious {
            blocks.append(.paragraph([.plain(Localized.text(.qcaFromParsimonious, language,
                                                            pars.models.map(\.expression).joined(separator: "; ")))]))
        }
        let notes = truthTableNotes(table, listed: true)
        blocks += notes.map { .note($0) }
        let payload = DataValue.record([
            ("kind", .string("minimize")), ("outcome", .string(data.outcomeName)), ("solutionType", .string(kind.rawValue)),
            ("conditions", .array(names.map(DataValue.string))),
            ("solutions", .array(jsonSolutions)),
            ("simplifyingAssumptions", .array(jsonAssumptions)),
            ("notes", .array(notes.map { .string($0.text) })),
            ("evidence", m.showEvidence ? .array(jsonEvidence) : nil),
        ])
        return Document(blocks, data: payload)
    }

    /// Each model with its parameters of fit, as QCA prints the solution line.
    func modelsTable(_ solution: Solution) -> ResultTable {
        ResultTable(title: Localized.text(.qcaModelsTitle, language),
                    columns: [Column("model"), Column("expression"), Column("inclS", isNumeric: true),
                              Column("PRI", isNumeric: true), Column("covS", isNumeric: true)],
                    rows: solution.models.map { model in
                        [.text(model.name), .text(model.expression), Self.fitCell(model.fit.inclS),
                         Self.fitCell(model.fit.pri), Self.fitCell(model.fit.covS)]
                    })
    }

    /// Each term of the solution's models with its fit, unique coverage (per model when several)
    /// and the cases of the truth-table rows it covers (rows separated by ";", as QCA prints them).
    func termsTable(_ solution: Solution, _ data: MembershipData) -> ResultTable {
        let several = solution.models.count > 1
        var columns = [Column("term"), Column("inclS", isNumeric: true), Column("PRI", isNumeric: true),
                       Column("covS", isNumeric: true), Column("covU", isNumeric: true)]
        if several { columns += solution.models.map { Column("(\($0.name))", isNumeric: true) } }
        columns.append(Column(study.caseNoun))
        let rows: [[Cell]] = solution.terms.map { term in
            var cells: [Cell] = [.text(term.expression), Self.fitCell(term.fit.inclS), Self.fitCell(term.fit.pri),
                                 Self.fitCell(term.fit.covS), Self.fitCell(term.covU)]
            if several {
                cells += solution.models.map { model in
                    model.terms.firstIndex(of: term.term).map { Self.fitCell(model.covU[$0]) } ?? .empty
                }
            }
            cells.append(.text(term.cases.map { $0.map { data.caseNames[$0] }.joined(separator: ",") }.joined(separator: "; ")))
            return cells
        }
        return ResultTable(title: Localized.text(.qcaTermsTitle, language), columns: columns, rows: rows)
    }

    func assumptionsTable(_ solution: Solution, _ names: [String]) -> ResultTable {
        var rows: [[Cell]] = []
        for (model, assumptions) in zip(solution.models, solution.simplifyingAssumptions) {
            for c in assumptions {
                rows.append([.text(model.name), .integer(c + 1), .text(Self.configurationNotation(c, names))])
            }
        }
        return ResultTable(title: Localized.text(.qcaAssumptionsTitle, language),
                           columns: [Column("model"), Column("row", isNumeric: true), Column("configuration")], rows: rows,
                           notes: [ResultNote(.info, Localized.text(.qcaAssumptionsNote, language))])
    }

    func counterfactualsTable(_ solution: Solution, _ names: [String]) -> ResultTable {
        let rows: [[Cell]] = solution.easyCounterfactuals.map { [.integer($0 + 1), .text(Self.configurationNotation($0, names))] }
        return ResultTable(title: Localized.text(.qcaEasyTitle, language),
                           columns: [Column("row", isNumeric: true), Column("configuration")], rows: rows,
                           notes: [ResultNote(.info, Localized.text(.qcaDifficultNote, language,
                                                                    String(solution.difficultCounterfactuals.count)))])
    }

    /// `… sweep cutoff A to B by S` / `sweep n A to B`: the solution at each setting, marking changes.
    func sweep(_ m: MinimizeStatement) throws(Diagnostic) -> ResultTable {
        let input = try qcaInput(outcome: m.outcome, conditions: m.conditions, where: m.condition)
        var settings: [(label: String, settings: QCASettings)] = []
        switch m.sweep {
        case .cutoff(let a, let b, let s)?:
            let steps = Int(((b - a) / s + 1e-9).rounded(.down))
            for i in 0...steps {
                var setting = m.settings
                // Rounded so that 0.7 + 3 × 0.05 prints and compares as 0.85.
                let value = ((a + Double(i) * s) * 1e6).rounded() / 1e6
                setting.cutoff = value
                if let c0 = setting.cutoff0, c0 > value { setting.cutoff0 = value }
                settings.append((Cell.format(setting.cutoff!), setting))
            }
        case .cases(let a, let b)?:
            for n in a...b {
                var setting = m.settings
                setting.minimumCases = n
                settings.append((String(n), setting))
            }
        case nil: break
        }
        var rows: [[Cell]] = []
        var previous: String?
        var firstWith: [String: String] = [:]
        for (label, setting) in settings {
            var expression: String
            var fit: [Cell] = [.empty, .empty, .empty]
            do throws(Diagnostic) {
                let (_, result) = try minimization(m, input, setting)
                let models = result.solutions.flatMap(\.models)
                expression = models.map(\.expression).joined(separator: "; ")
                if let first = models.first {
                    fit = [Self.fitCell(first.fit.inclS), Self.fitCell(first.fit.pri), Self.fitCell(first.fit.covS)]
                }
            } catch {
                expression = "— " + error.message
            }
            let changed = previous.map { $0 != expression } ?? false
            let same = firstWith[expression]
            if same == nil { firstWith[expression] = label }
            rows.append([.text(label), .text(expression)] + fit + [.text(changed ? "*" : ""), same.map { .text($0) } ?? .empty])
            previous = expression
        }
        let key = m.sweep.map { if case .cases = $0 { "n" } else { "cutoff" } } ?? "cutoff"
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for row in rows {
            let expression = row[1].plainText
            if groups[expression] == nil { order.append(expression) }
            groups[expression, default: []].append(row[0].plainText)
        }
        var notes = order.compactMap { expression -> ResultNote? in
            guard let labels = groups[expression], labels.count > 1 else { return nil }
            return ResultNote(.info, Localized.text(.qcaSweepSame, language, key, labels.joined(separator: ", "), expression))
        }
        notes.append(ResultNote(.info, Localized.text(.qcaSweepNote, language)))
        if input.closedWorld { notes.append(closedWorldNote()) }
        return ResultTable(title: "sweep: \(input.data.outcomeName) by \(input.data.conditions.joined(separator: ", "))",
                           columns: [Column(key, isNumeric: true), Column("solution"), Column("inclS", isNumeric: true),
                                     Column("PRI", isNumeric: true), Column("covS", isNumeric: true), Column("changed"),
                                     Column("same as")],
                           rows: rows, notes: notes)
    }
}

/// Completion shared by the QCA statements: categories where a name goes, the clause words after.
enum QCACompletion {
    static func slot(_ c: CompletionContext, clauses: [String]) -> CompletionSlot {
        if let w = c.lastIndex(of: [.where], from: 0) {
            return c.conditionSlot(Array(c.tokens[(w + 1)...]), then: clauses.filter { $0 != "where" })
        }
        let previous = c.tokens.count >= 2 ? c.tokens[c.tokens.count - 2] : nil
        if let last = c.tokens.last, let word = c.name(last)?.lowercased(), !last.text.hasPrefix("'"), !last.text.hasPrefix("\"") {
            switch word {
            case "expect": return .categories(dimensions: nil, then: [])
            case "include": return .keywords(["remainders"])
            case "sort": return .keywords(["by"])
            case "sweep": return .keywords(["cutoff", "n"])
            default: break
            }
        }
        if c.tokens.last?.kind == .keyword(.by), let previous, c.name(previous)?.lowercased() == "sort" {
            return .keywords(["incl", "n"])
        }
        if c.tokens.last?.kind == .keyword(.show) { return .keywords(["evidence"]) }
        switch c.tokens.last?.kind {
        case .keyword(.by), .comma, .setOperator: return .categories(dimensions: nil, then: [])
        case .keyword where c.count == 1: return .categories(dimensions: nil, then: [])
        case .identifier, .string: return .keywords(c.count <= 3 ? ["by"] : clauses)
        case .number: return .keywords(clauses)
        default: return .nothing
        }
    }
}
