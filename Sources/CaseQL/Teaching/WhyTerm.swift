import CaseAnalysis
import CaseModel
import QueryResult

/// `why TERM -> OUTCOME` (e.g. `why DEV*~URB*LIT*STB -> SURV`): a QCA solution term back to the
/// evidence — the cases it covers, per case the memberships and quotes behind each of its
/// conditions, and the deviant cases (in the term, not in the outcome). A form of `why`: parsed
/// from `why`'s definition when the statement holds `->`.
public struct WhyTermStatement: StatementNode {
    public var term: SetExpression
    public var outcome: QCAOutcome

    public static var definition: StatementDefinition { WhyStatement.definition }

    public var printed: String { "why " + term.printed + " -> " + outcome.printed }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        .document(try interpreter.whyTerm(self))
    }
}

extension Parser {
    /// The statement (after `why`) is the term form: it has a set operator (`->`, `*`, `~`) before its end.
    var isWhyTerm: Bool {
        var i = index
        while i < tokens.count {
            switch tokens[i].kind {
            case .setOperator: return true
            case .semicolon, .newline, .end: return false
            default: i += 1
            }
        }
        return false
    }

    mutating func parseWhyTerm() throws(Diagnostic) -> WhyTermStatement {
        let term = try parseSetExpression()
        guard acceptSetOperator("->") != nil else {
            throw unexpected(expected: ["'*'", "'+'", "'->'"], context: "after the term")
        }
        return WhyTermStatement(term: term, outcome: try parseOutcome())
    }
}

/// A product's literals resolved to taxonomy nodes.
struct ResolvedTerm {
    var literals: [(node: Int, negated: Bool)]
    var notation: String
}

extension Interpreter {
    /// Resolves the literals of each product; the conditions of the expression are its distinct
    /// categories, in the order they first appear.
    func resolveTerms(_ expression: SetExpression, outcomeNode: Int?) throws(Diagnostic) -> (terms: [ResolvedTerm], nodes: [Int]) {
        var nodes: [Int] = []
        var terms: [ResolvedTerm] = []
        for product in expression.terms {
            var literals: [(node: Int, negated: Bool)] = []
            for literal in product {
                let node = try resolver.category(literal.name, inDimension: nil)
                if node == outcomeNode {
                    throw Diagnostic("'\(literal.name.text)' is the outcome: it cannot also be a condition", at: literal.name.range)
                }
                if literals.contains(where: { $0.node == node }) {
                    throw Diagnostic("'\(literal.name.text)' is twice in one product", at: literal.range)
                }
                literals.append((node, literal.negated))
                if !nodes.contains(node) { nodes.append(node) }
            }
            let notation = literals.map { ($0.negated ? "~" : "") + taxonomy.nodes[$0.node].category.id }.joined(separator: "*")
            terms.append(ResolvedTerm(literals: literals, notation: notation))
        }
        if nodes.count > MembershipData.maximumConditions {
            throw Diagnostic("too many conditions: QCA here takes at most \(MembershipData.maximumConditions)", at: expression.range)
        }
        return (terms, nodes)
    }

    func whyTerm(_ s: WhyTermStatement) throws(Diagnostic) -> Document {
        let outcomeNode = try resolver.category(s.outcome.name, inDimension: nil)
        let (terms, nodes) = try resolveTerms(s.term, outcomeNode: outcomeNode)
        let input = try qcaInput(outcome: s.outcome, outcomeNode: outcomeNode, conditionNodes: nodes, where: nil)
        var blocks: [Block] = []
        var json: [DataValue] = []
        for term in terms {
            let (section, data) = termEvidence(term, input)
            blocks += section
            json.append(data)
        }
        if input.closedWorld { blocks.append(.note(closedWorldNote())) }
        return Document(blocks, data: .record([("kind", .string("why")), ("outcome", .string(input.data.outcomeName)),
                                                ("terms", .array(json))]))
    }

    /// The terms of a minimisation's solution, with their evidence (`minimize … show evidence`).
    func termEvidence(_ term: Implicant, _ input: QCAInput) -> (blocks: [Block], data: DataValue) {
        let k = input.conditionNodes.count
        var literals: [(node: Int, negated: Bool)] = []
        for i in 0..<k {
            let bit = 1 << (k - 1 - i)
            if term.mask & bit != 0 { literals.append((input.conditionNodes[i], term.bits & bit == 0)) }
        }
        return termEvidence(ResolvedTerm(literals: literals, notation: term.notation(input.data.conditions)), input)
    }

    /// One term: its fit, each case in it (membership above 0.5) with the evidence for each of its
    /// conditions, and which of those cases are deviant (outcome 0.5 or below).
    func termEvidence(_ term: ResolvedTerm, _ input: QCAInput) -> (blocks: [Block], data: DataValue) {
        let rows = input.data.caseNames.indices
        let x: [Double] = rows.map { r in
            term.literals.reduce(1.0) { m, literal in
                let d = degree(literal.node, input.cases[r])
                return min(m, literal.negated ? 1 - d : d)
            }
        }
        let y = input.data.outcome
        let fit = SufficiencyFit(x: x, y: y)
        let members = rows.filter { x[$0] > 0.5 }
        let deviant = members.filter { y[$0] <= 0.5 }
        var items: [ListItem] = []
        var caseData: [DataValue] = []
        for r in members {
            let c = input.cases[r]
            let name = index.names[c]
            var body: [Block] = []
            var conditionData: [DataValue] = []
            for literal in term.literals {
                let id = taxonomy.nodes[literal.node].category.id
                let d = degree(literal.node, c)
                let text = (literal.negated ? "~" : "") + id + " = " + Cell.format(Self.rounded3(literal.negated ? 1 - d : d))
                body.append(.paragraph([.code(text)]))
                let (quotes, evidence) = conditionEvidence(c, literal.node, negated: literal.negated)
                body += quotes
                conditionData.append(.record([("condition", .string((literal.negated ? "~" : "") + id)),
                                              ("membership", .number(Self.rounded3(literal.negated ? 1 - d : d))),
                                              ("evidence", .array(evidence))]))
            }
            let isDeviant = y[r] <= 0.5
            let outcomeText = Localized.text(isDeviant ? .qcaDeviantCase : .qcaConsistentCase, language,
                                             input.data.outcomeName, Cell.format(Self.rounded3(y[r])))
            items.append(ListItem([.name(name, id: name), .plain(" — " + outcomeText)], blocks: body))
            caseData.append(.record([("case", .string(name)), ("membership", .number(Self.rounded3(x[r]))),
                                     ("outcome", .number(Self.rounded3(y[r]))), ("deviant", .bool(isDeviant)),
                                     ("conditions", .array(conditionData))]))
        }
        var blocks: [Block] = [
            .heading(level: 2, [.code(term.notation), .plain(" -> " + input.data.outcomeName)]),
            .paragraph([.plain(Localized.text(.qcaTermFit, language, Cell.format(Self.rounded3(fit.inclS)),
                                              Cell.format(Self.rounded3(fit.pri)), Cell.format(Self.rounded3(fit.covS)),
                                              String(members.count), members.count == 1 ? caseSingular : study.caseNoun))]),
        ]
        if !items.isEmpty { blocks.append(.list(List(items))) }
        blocks.append(.paragraph([.plain(deviant.isEmpty
            ? Localized.text(.qcaNoDeviant, language, study.caseNoun)
            : Localized.text(.qcaDeviantList, language, deviant.map { input.data.caseNames[$0] }.joined(separator: ", "),
                             input.data.outcomeName))]))
        let data = DataValue.record([
            ("term", .string(term.notation)), ("inclS", Self.fitValue(fit.inclS)), ("PRI", Self.fitValue(fit.pri)),
            ("covS", Self.fitValue(fit.covS)), ("cases", .array(caseData)),
            ("deviant", .array(deviant.map { .string(input.data.caseNames[$0]) })),
        ])
        return (blocks, data)
    }

    /// The quotes behind case `c`'s membership in a condition: the evidence of its code (or of the
    /// sub-categories it is coded through); for a negated condition that is not coded, the caution
    /// that absence is "not reported".
    func conditionEvidence(_ c: Int, _ node: Int, negated: Bool) -> ([Block], [DataValue]) {
        guard let record = record(ofCase: c) else { return ([], []) }
        let codes = taxonomy.subtree(of: node).filter { index.directSets[$0][c] }
        var blocks: [Block] = []
        var data: [DataValue] = []
        for code in codes {
            let id = taxonomy.nodes[code].category.id
            for evidence in record.codes.first(where: { $0.category == id })?.evidence ?? [] {
                blocks.append(quote(evidence, label: code == node ? "" : "[\(id)]"))
                data.append(self.data(evidence))
            }
        }
        if codes.isEmpty && negated && hasCodedEvidence {
            blocks.append(.paragraph([.emphasis(Localized.text(.qcaNotReported, language))]))
        }
        return (blocks, data)
    }
}
