import CaseModel
import QueryResult

/// `evidence [for CAT|DIM] [where COND] [with candidates]`: the quotes behind the codes, one row
/// per quote, as data (search it, filter it, export it).
public struct EvidenceStatement: StatementNode {
    /// `for CAT|DIM`: only these codes' quotes.
    public var scope: Name?
    public var condition: Condition?
    /// `with candidates`: also the passages that fit a category without being coded for it.
    public var withCandidates: Bool

    public init(scope: Name? = nil, condition: Condition? = nil, withCandidates: Bool = false) {
        self.scope = scope
        self.condition = condition
        self.withCandidates = withCandidates
    }

    public static let definition = StatementDefinition(
        keywords: [.evidence],
        grammar: #"evidence = "evidence" , [ "for" , name ] , [ "where" , condition ] , [ "with" , "candidates" ] ;"#,
        standsAlone: true,
        parse: { p throws(Diagnostic) in try p.parseEvidence() },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "evidence", aliases: ["quotes", "candidates"],
                  syntax: ["evidence [for CAT|DIM] [where COND] [with candidates]"],
                  summary: Localized.text(.helpEvidenceSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    p.dimension.map { "evidence for \($0)" },
                    "select \(n) where evidence contains 'university'",
                    p.includes.map { "evidence where \($0) with candidates" },
                  ]), shellExamples: []),
            ]
        },
        complete: { $0.evidenceSlot() })

    public var printed: String {
        var text = "evidence"
        if let scope { text += " for " + Printer.print(scope) }
        if let condition { text += " where " + Printer.print(condition) }
        if withCandidates { text += " with candidates" }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        let resolver = interpreter.resolver
        let scope = try resolver.codeScope(self.scope)
        let predicate = try condition.map { c throws(Diagnostic) in try resolver.predicate(c) }
        return .table(interpreter.evidenceTable(scope: scope, predicate: predicate, withCandidates: withCandidates))
    }
}

extension Keyword {
    static let evidence = Keyword("evidence")
}

extension Parser {
    mutating func parseEvidence() throws(Diagnostic) -> EvidenceStatement {
        _ = advance()
        var statement = EvidenceStatement()
        if acceptWord("for") != nil { statement.scope = try parseName(what: "a category or dimension") }
        if accept(.where) != nil { statement.condition = try parseCondition() }
        if let with = acceptWord("with") {
            guard acceptWord("candidates") != nil else {
                throw unexpected(expected: ["'candidates'"], context: "after '\(with.text)'")
            }
            statement.withCandidates = true
        }
        return statement
    }

    /// A contextual word (`for`, `with`): an identifier, not a keyword, so it stays usable as a name.
    mutating func acceptWord(_ word: String) -> Token? {
        guard case .identifier(let w) = current.kind, w.lowercased() == word else { return nil }
        return advance()
    }
}

extension CompletionContext {
    /// `evidence [for CAT|DIM] [where COND] [with candidates]`
    func evidenceSlot() -> CompletionSlot {
        func word(_ t: Token, _ w: String) -> Bool { if case .identifier(let s) = t.kind { return s.lowercased() == w }; return false }
        if let k = lastIndex(of: [.where], from: 1) {
            let rest = Array(tokens[(k + 1)...])
            if let last = rest.last, word(last, "with") { return .keywords(["candidates"]) }
            return conditionSlot(rest, then: ["and", "or", "with"])
        }
        switch tokens.count {
        case 1: return .keywords(["for", "where", "with"])
        case 2 where word(tokens[1], "for"): return .all([.dimensions, .categories(dimensions: nil, then: [])])
        case 2 where word(tokens[1], "with"), 4 where word(tokens[3], "with"): return .keywords(["candidates"])
        case 3 where word(tokens[1], "for"): return .keywords(["where", "with"])
        default: return .nothing
        }
    }
}

extension Interpreter {
    /// The rows of `evidence`: per matching case, per code in scope (taxonomy order), per quote.
    func evidenceTable(scope: CodeScope, predicate: Predicate?, withCandidates: Bool) -> ResultTable {
        let search = EvidenceSearch(index: index, study: study)
        var columns = [Column(caseSingular), Column("dimension"), Column("category"), Column("quote"), Column("gloss"),
                       Column("section")]
        if withCandidates { columns.append(Column("counted")) }
        var table = ResultTable(columns: columns)
        guard search.hasRecords else {
            table.notes.append(ResultNote(.warning, "this study was loaded without per-case records: it has no evidence."))
            return table
        }
        let matches = Evaluator(index: index, study: study).evaluate(predicate)
        func order(_ category: String) -> Int { taxonomy.index(of: category) ?? Int.max }
        func row(_ kase: Case, _ category: String, _ e: Evidence, counted: Bool) -> [Cell] {
            let node = taxonomy.index(of: category)
            var cells: [Cell] = [.text(kase.name),
                                 .text(node.map { rowName(ofDimension: taxonomy.nodes[$0].dimension) } ?? ""),
                                 .text(node.map(rowName(ofNode:)) ?? category),
                                 .text(e.quote), e.gloss.isEmpty ? .empty : .text(e.gloss), .text(e.section.display)]
            if withCandidates { cells.append(.text(counted ? "yes" : "no (candidate)")) }
            return cells
        }
        var candidates = 0
        matches.forEachMember { i in
            let kase = study.cases[i]
            var entries: [(Int, [Cell])] = []
            for code in kase.codes where search.contains(code.category, in: scope) && code.membership > CaseIndex.crossover {
                for e in code.evidence { entries.append((order(code.category), row(kase, code.category, e, counted: true))) }
            }
            if withCandidates {
                for c in kase.candidates where search.contains(c.category, in: scope) {
                    for e in c.evidence {
                        entries.append((order(c.category), row(kase, c.category, e, counted: false)))
                        candidates += 1
                    }
                }
            }
            // Stable: codes keep their quotes' order, candidates follow their category's codes.
            table.rows += entries.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
        }
        if candidates > 0 {
            table.notes.append(ResultNote(.info, "\(candidates) candidate passage\(candidates == 1 ? "" : "s") (counted: no) "
                + "fit a category's definition without the source naming the \(caseSingular) for it; no query counts them."))
        }
        return table
    }
}
