import CaseAnalysis
import QueryResult

/// The pieces the QCA statements share: an outcome that may be negated, a list of conditions, a
/// sum of products in QCA notation, and the truth-table settings (`cutoff`, `n`, `pri`).
extension Keyword {
    /// Statements in which `~ * + -> <- -` are QCA's set operators (the lexer reads them only there,
    /// so elsewhere `~` and `*` keep their friendly "this is not SQL" errors).
    static let setNotationStatements: Set<Keyword> = [.truthtable, .minimize, .fit, .necessity, .why]
}

/// `SURV` or `~SURV`.
public struct QCAOutcome: Sendable, Hashable {
    public var name: Name
    public var negated: Bool
    /// From the `~` (if any) to the end of the name.
    public var range: SourceRange

    public var printed: String { (negated ? "~" : "") + Printer.print(name) }
}

/// One literal of a product: a category, or its negation.
public struct SetLiteral: Sendable, Hashable {
    public var name: Name
    public var negated: Bool
    public var range: SourceRange
}

/// A sum of products as written: `DEV*~IND + URB*STB`.
public struct SetExpression: Sendable, Hashable {
    public var terms: [[SetLiteral]]
    public var range: SourceRange

    public var printed: String {
        terms.map { $0.map { ($0.negated ? "~" : "") + Printer.print($0.name) }.joined(separator: "*") }
            .joined(separator: " + ")
    }
}

/// The truth-table settings, as R's `truthTable(incl.cut = c(ic1, ic0), n.cut, pri.cut)`.
public struct QCASettings: Sendable, Hashable {
    public var cutoff: Double?
    /// The second cutoff: rows with inclusion in [cutoff0, cutoff) are contradictions.
    public var cutoff0: Double?
    public var minimumCases: Int?
    public var pri: Double?
    /// Where `cutoff` was written, for errors found when the analysis runs.
    public var range: SourceRange?

    public init() {}

    var options: TruthTableOptions {
        TruthTableOptions(inclusionCut: cutoff ?? 1, contradictionCut: cutoff0, minimumCases: minimumCases ?? 1,
                          priCut: pri ?? 0)
    }

    var printed: String {
        var text = ""
        if let cutoff { text += " cutoff \(Cell.format(cutoff))" + (cutoff0.map { ", \(Cell.format($0))" } ?? "") }
        if let minimumCases { text += " n \(minimumCases)" }
        if let pri { text += " pri \(Cell.format(pri))" }
        return text
    }
}

extension Parser {
    /// The current token is the bare word `word` (clause words of the QCA statements are not reserved).
    func checkWord(_ word: String) -> Bool {
        if case .identifier(let w) = current.kind { return w.lowercased() == word }
        return false
    }

    func checkSetOperator(_ op: String) -> Bool { current.kind == .setOperator(op) }

    mutating func acceptSetOperator(_ op: String) -> Token? { checkSetOperator(op) ? advance() : nil }

    mutating func parseOutcome() throws(Diagnostic) -> QCAOutcome {
        let tilde = acceptSetOperator("~")
        let name = try parseName(what: "the outcome (a category, or ~ and a category)")
        return QCAOutcome(name: name, negated: tilde != nil, range: (tilde?.range ?? name.range).to(name.range))
    }

    /// `C1, C2, …`: distinct names, at most `MembershipData.maximumConditions`.
    mutating func parseConditionList(outcome: QCAOutcome?) throws(Diagnostic) -> [Name] {
        var conditions: [Name] = []
        repeat {
            if checkSetOperator("~") {
                throw Diagnostic("a condition is a category, not its negation: the analysis looks at both '~X' and 'X'",
                                 at: current.range)
            }
            let name = try parseName(what: "a condition (a category)")
            if let outcome, name.text.lowercased() == outcome.name.text.lowercased() {
                throw Diagnostic("'\(name.text)' is the outcome: it cannot also be a condition", at: name.range)
            }
            if let first = conditions.first(where: { $0.text.lowercased() == name.text.lowercased() }) {
                throw Diagnostic("'\(name.text)' is twice in the list of conditions", at: name.range,
                                 labels: [Diagnostic.Label("first here", at: first.range)])
            }
            conditions.append(name)
            if conditions.count > MembershipData.maximumConditions {
                throw Diagnostic("too many conditions: QCA here takes at most \(MembershipData.maximumConditions) "
                    + "(2^\(MembershipData.maximumConditions) configurations)", at: name.range)
            }
        } while accept(.comma) != nil
        return conditions
    }

    /// A number from 0 to 1 (a cutoff, a PRI or RoN threshold).
    mutating func parseUnitNumber(_ what: String) throws(Diagnostic) -> (Double, SourceRange) {
        let value = try parseValue()
        guard case .number(let d, _) = value.literal, d >= 0, d <= 1 else {
            throw Diagnostic("the \(what) is a score from 0 to 1, found \(value.text)", at: value.range)
        }
        return (d, value.range)
    }

    mutating func parseCount(_ what: String) throws(Diagnostic) -> (Int, SourceRange) {
        let value = try parseValue()
        guard case .number(let d, _) = value.literal, d >= 1, d == d.rounded(), d <= 1_000_000_000 else {
            throw Diagnostic("\(what) is a whole number of cases from 1, found \(value.text)", at: value.range)
        }
        return (Int(d), value.range)
    }

    /// `cutoff N [, N0]`, `n N` or `pri N` at the current token, if it is one of them; each at most once.
    mutating func parseSetting(_ settings: inout QCASettings) throws(Diagnostic) -> Bool {
        let start = current.range
        if acceptWord("cutoff") != nil {
            if settings.cutoff != nil { throw Diagnostic("'cutoff' is given twice", at: start) }
            let (c, range) = try parseUnitNumber("cutoff")
            settings.cutoff = c
            settings.range = range
            if accept(.comma) != nil {
                let (c0, range0) = try parseUnitNumber("second cutoff")
                guard c0 <= c else {
                    throw Diagnostic("the second cutoff (\(Cell.format(c0))) must not exceed the first (\(Cell.format(c)))",
                                     at: range0, notes: ["note: rows with an inclusion between the two are contradictions (C)"])
                }
                settings.cutoff0 = c0
            }
            return true
        }
        if acceptWord("n") != nil {
            if settings.minimumCases != nil { throw Diagnostic("'n' is given twice", at: start) }
            settings.minimumCases = try parseCount("n").0
            return true
        }
        if acceptWord("pri") != nil {
            if settings.pri != nil { throw Diagnostic("'pri' is given twice", at: start) }
            settings.pri = try parseUnitNumber("PRI cutoff").0
            return true
        }
        return false
    }

    /// A sum of products: `A*~B + C`.
    mutating func parseSetExpression() throws(Diagnostic) -> SetExpression {
        let start = current.range
        var terms: [[SetLiteral]] = []
        repeat {
            var product = [try parseSetLiteral()]
            while accept(.setOperator("*")) != nil {
                let literal = try parseSetLiteral()
                if let first = product.first(where: { $0.name.text.lowercased() == literal.name.text.lowercased() }) {
                    throw Diagnostic("'\(literal.name.text)' is twice in one product", at: literal.range,
                                     labels: [Diagnostic.Label("first here", at: first.range)])
                }
                product.append(literal)
            }
            terms.append(product)
            if terms.count > 1000 { throw Diagnostic("too many products in the expression (the limit is 1000)", at: start) }
        } while accept(.setOperator("+")) != nil
        let end = tokens[max(0, index - 1)].range
        return SetExpression(terms: terms, range: start.to(end))
    }

    private mutating func parseSetLiteral() throws(Diagnostic) -> SetLiteral {
        let tilde = acceptSetOperator("~")
        switch current.kind {
        case .identifier, .string:
            let name = try parseName(what: "a condition")
            return SetLiteral(name: name, negated: tilde != nil, range: (tilde?.range ?? name.range).to(name.range))
        default:
            throw unexpected(expected: ["a condition name"], context: tilde != nil ? "after '~'" : "in the expression")
        }
    }
}
