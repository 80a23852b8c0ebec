import CaseAnalysis
import CaseModel
import QueryResult

/// The study's codes as QCA set-membership data: one home for turning categories into memberships
/// (a fuzzy degree where the study has one, else 1 or 0; a code on a sub-category counts), so every
/// QCA statement computes on the same numbers, with CaseAnalysis doing the arithmetic.
struct QCAInput {
    var data: MembershipData
    /// The case (an index into `index.names`) of each row of `data`.
    var cases: [Int]
    var conditionNodes: [Int]
    var outcomeNode: Int
    /// The codes come from a text (evidence), so an uncoded case is "not reported", not "does not".
    var closedWorld: Bool
}

extension Interpreter {
    /// Resolves the outcome and conditions, narrows the cases by `condition`, and reads the memberships.
    func qcaInput(outcome: QCAOutcome, conditions: [Name], where condition: Condition?) throws(Diagnostic) -> QCAInput {
        let outcomeNode = try resolver.category(outcome.name, inDimension: nil)
        var nodes: [Int] = []
        for name in conditions {
            let node = try resolver.category(name, inDimension: nil)
            if node == outcomeNode {
                throw Diagnostic("'\(name.text)' is the outcome: it cannot also be a condition", at: name.range)
            }
            if let earlier = nodes.firstIndex(of: node) {
                throw Diagnostic("'\(name.text)' is already among the conditions (as '\(conditions[earlier].text)')", at: name.range,
                                 labels: [Diagnostic.Label("first here", at: conditions[earlier].range)])
            }
            nodes.append(node)
        }
        return try qcaInput(outcome: outcome, outcomeNode: outcomeNode, conditionNodes: nodes, where: condition)
    }

    func qcaInput(outcome: QCAOutcome, outcomeNode: Int, conditionNodes nodes: [Int],
                  where condition: Condition?) throws(Diagnostic) -> QCAInput {
        var predicate: Predicate?
        if let condition { predicate = try resolver.predicate(condition) }
        let scope = Evaluator(index: index, study: study).evaluate(predicate).members
        guard !scope.isEmpty else {
            throw Diagnostic("no \(caseSingular) is in scope: the 'where' condition matches none", at: outcome.range)
        }
        let ids = nodes.map { taxonomy.nodes[$0].category.id }
        do throws(AnalysisError) {
            var data = try MembershipData(caseNames: scope.map { index.names[$0] }, conditions: ids,
                                          memberships: nodes.map { n in scope.map { degree(n, $0) } },
                                          outcomeName: taxonomy.nodes[outcomeNode].category.id,
                                          outcome: scope.map { degree(outcomeNode, $0) })
            if outcome.negated { data = data.negatingOutcome() }
            return QCAInput(data: data, cases: scope, conditionNodes: nodes, outcomeNode: outcomeNode,
                            closedWorld: hasCodedEvidence)
        } catch {
            throw Diagnostic(error.message, at: outcome.range)
        }
    }

    /// The degree of membership of case `c` in the category at `node`: its fuzzy degree where the
    /// study has one, else 1 or 0 from the bitset (a code on a descendant counts).
    func degree(_ node: Int, _ c: Int) -> Double {
        if let degrees = memberships[node] { return Double(degrees[c]) }
        return index.categorySets[node][c] ? 1 : 0
    }

    /// Codes with evidence text: the study is coded from a source, and absence is "not reported".
    var hasCodedEvidence: Bool {
        study.cases.contains(where: { $0.codes.contains { !$0.evidence.isEmpty } })
    }

    static func rounded3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// A parameter of fit as a cell: rounded to 3 decimals, as QCA prints it; empty when undefined.
    static func fitCell(_ x: Double?) -> Cell {
        guard let x, x.isFinite else { return .empty }
        return .number(rounded3(x))
    }

    static func fitValue(_ x: Double?) -> DataValue {
        guard let x, x.isFinite else { return .null }
        return .number(rounded3(x))
    }

    /// A configuration in QCA notation over `conditions`: `DEV*~URB*LIT`.
    static func configurationNotation(_ configuration: Int, _ conditions: [String]) -> String {
        Implicant(configuration: configuration, conditionCount: conditions.count).notation(conditions)
    }

    /// The QCA statements' one "absent codes are not reported" caution.
    func closedWorldNote() -> ResultNote {
        ResultNote(.closedWorld, Localized.text(.qcaClosedWorld, language, caseSingular))
    }
}

extension AnalysisError {
    func diagnostic(at range: SourceRange) -> Diagnostic { Diagnostic(message, at: range) }
}
