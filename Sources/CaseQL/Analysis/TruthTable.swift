import CaseModel
import QueryResult

/// QCA's truth table: the configurations of the conditions that cases show, with, for each, the
/// cases in it and how consistently it is a subset of the outcome — as R's QCA package computes it
/// (Ragin 2008; Dusa 2019): crisp or fuzzy, a case belongs to the configuration in which its
/// membership is above 0.5, and a configuration's inclusion is Σ min(X, Y) / Σ X over all cases.
extension Interpreter {
    func truthTable(_ spec: TruthTableSpec) throws(Diagnostic) -> ResultTable {
        let outcome = try resolver.category(spec.outcome, inDimension: nil)
        var conditions: [Int] = []
        for name in spec.conditions {
            let node = try resolver.category(name, inDimension: nil)
            if node == outcome || conditions.contains(node) {
                throw Diagnostic("'\(name.text)' is already in the truth table", at: name.range)
            }
            conditions.append(node)
        }
        var predicate: Predicate?
        if let condition = spec.condition { predicate = try resolver.predicate(condition) }
        let scope = Evaluator(index: index, study: study).evaluate(predicate)
        let cutoff = spec.cutoff ?? 1

        let crisp = !([outcome] + conditions).contains { memberships[$0] != nil }
        let table = TruthTableCounts(degree: degree, conditions: conditions, outcome: outcome, scope: scope, crisp: crisp)
        let ids = conditions.map { taxonomy.nodes[$0].category.id }
        var columns = ids.map { Column($0, isNumeric: true) }
        columns += [Column("OUT", isNumeric: true), Column("n", isNumeric: true), Column("incl", isNumeric: true),
                    Column("PRI", isNumeric: true), Column(study.caseNoun)]
        var rows: [[Cell]] = []
        for row in table.rows {
            var cells: [Cell] = (0..<conditions.count).map { i in .integer(row.configuration >> (conditions.count - 1 - i) & 1) }
            cells.append(row.inclusion.map { .integer($0 >= cutoff - 1e-9 ? 1 : 0) } ?? .text("?"))
            cells.append(.integer(row.cases.count))
            cells.append(row.inclusion.map { .number(Self.rounded3($0)) } ?? .empty)
            cells.append(row.pri.map { .number(Self.rounded3($0)) } ?? .empty)
            cells.append(.list(row.cases.map { index.names[$0] }))
            rows.append(cells)
        }
        var notes = [
            ResultNote(.info, "outcome \(taxonomy.nodes[outcome].category.id); a \(caseSingular) is in the configuration where "
                + "its membership is above 0.5; incl = Σmin(X,Y)/ΣX over the \(scope.cardinality) \(study.caseNoun) in scope; "
                + "OUT = 1 where incl ≥ \(Cell.format(cutoff))."),
        ]
        let remainders = (1 << conditions.count) - table.rows.count
        if remainders > 0 {
            let verb = remainders == 1 ? "has" : "have"
            notes.append(ResultNote(.info, "\(remainders) of \(1 << conditions.count) configurations \(verb) no \(caseSingular) "
                + "(logical remainders) and are not listed."))
        }
        if table.atCrossover > 0 {
            notes.append(ResultNote(.warning, "\(table.atCrossover) \(study.caseNoun) with a membership of exactly 0.5 in a "
                + "condition belong to no configuration."))
        }
        if study.cases.contains(where: { $0.codes.contains { !$0.evidence.isEmpty } }) {
            notes.append(ResultNote(.closedWorld, "a \(caseSingular) not coded for a category counts as 0 in it: "
                + "\"not reported in the paper\", not \"does not\"."))
        }
        return ResultTable(title: "truth table: \(taxonomy.nodes[outcome].category.id) by \(ids.joined(separator: ", "))",
                           columns: columns, rows: rows, notes: notes)
    }

    /// The degree of membership of case `c` in the category at `node`: its fuzzy degree where the
    /// study has one, else 1 or 0 from the bitset (a code on a descendant counts).
    func degree(_ node: Int, _ c: Int) -> Double {
        if let degrees = memberships[node] { return Double(degrees[c]) }
        return index.categorySets[node][c] ? 1 : 0
    }

    static func rounded3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// The arithmetic of a truth table, apart from its presentation.
struct TruthTableCounts {
    struct Row {
        /// The condition values as bits, the first condition most significant (R's row order).
        var configuration: Int
        var cases: [Int]
        /// nil when no case has any membership in the configuration.
        var inclusion: Double?
        var pri: Double?
    }

    var rows: [Row] = []
    /// Cases with a membership of exactly 0.5 in some condition: in no configuration.
    var atCrossover = 0

    /// `crisp`: every degree is 0 or 1, so a case adds only to its own configuration (one pass).
    init(degree: (Int, Int) -> Double, conditions: [Int], outcome: Int, scope: Bitset, crisp: Bool) {
        let k = conditions.count
        var members: [Int: [Int]] = [:]
        // Per observed configuration: Σ X, Σ min(X, Y), Σ min(X, Y, 1 − Y).
        var sums: [Int: (x: Double, xy: Double, xyNotY: Double)] = [:]
        let cases = scope.members
        var degrees = [Double](repeating: 0, count: k)
        for c in cases {
            var configuration = 0
            var crossover = false
            for (i, node) in conditions.enumerated() {
                let m = degree(node, c)
                degrees[i] = m
                if m == 0.5 { crossover = true }
                configuration = configuration << 1 | (m > 0.5 ? 1 : 0)
            }
            if crossover { atCrossover += 1; continue }
            members[configuration, default: []].append(c)
            if crisp {
                let y = degree(outcome, c)
                var s = sums[configuration] ?? (0, 0, 0)
                s.x += 1
                s.xy += y
                sums[configuration] = s
            }
        }
        if !crisp { addFuzzySums(degree: degree, conditions: conditions, outcome: outcome, cases: cases,
                                 configurations: Array(members.keys), into: &sums) }
        rows = members.keys.sorted().map { configuration in
            let s = sums[configuration]!
            let inclusion = s.x > 0 ? s.xy / s.x : nil
            let denominator = s.x - s.xyNotY
            let pri = denominator > 0 ? (s.xy - s.xyNotY) / denominator : nil
            return Row(configuration: configuration, cases: members[configuration]!, inclusion: inclusion, pri: pri)
        }
    }

    private func addFuzzySums(degree: (Int, Int) -> Double, conditions: [Int], outcome: Int, cases: [Int],
                              configurations: [Int], into sums: inout [Int: (x: Double, xy: Double, xyNotY: Double)]) {
        let k = conditions.count
        var degrees = [Double](repeating: 0, count: k)
        for configuration in configurations { sums[configuration] = (0, 0, 0) }
        // Every case adds to every observed configuration's sums: its membership in a configuration
        // it is not in can still be above 0 with fuzzy sets (for crisp sets it is 0 and adds nothing).
        for c in cases {
            for (i, node) in conditions.enumerated() { degrees[i] = degree(node, c) }
            let y = degree(outcome, c)
            for configuration in configurations {
                var x = 1.0
                for i in 0..<k {
                    let bit = configuration >> (k - 1 - i) & 1
                    x = min(x, bit == 1 ? degrees[i] : 1 - degrees[i])
                    if x == 0 { break }
                }
                guard x > 0 else { continue }
                var s = sums[configuration]!
                s.x += x
                s.xy += min(x, y)
                s.xyNotY += min(x, y, 1 - y)
                sums[configuration] = s
            }
        }
    }
}
